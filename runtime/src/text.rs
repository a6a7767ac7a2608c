//! The character rules of the wire, applied to text set at run time.
//!
//! Catalog text is checked at compile time and goes out as written. Text
//! given at run time (a description override, a hint, debug detail, a realm)
//! may hold anything, so it is made safe here, in one documented way,
//! before it reaches any output:
//!
//! | character | becomes | why |
//! |---|---|---|
//! | printable ASCII except `"` and `\` (RFC 6749 NQSCHAR) | itself | allowed |
//! | `"` | `'` | reads the same; a quote would end a header's quoted string |
//! | `\` | `/` | a backslash would start a quoted-pair |
//! | tab, CR, LF and other whitespace | a space | no line break can reach a header |
//! | any other control or non-ASCII character | its UTF-8 bytes, percent-encoded (`é` → `%C3%A9`) | nothing is dropped |
//!
//! The result is always NQSCHAR, and sanitising it again changes nothing.
//!
//! An `error_uri` (and problem+json's `type`) is a link, not text: it goes
//! out as an RFC 3986 URI-reference, as RFC 6749 sections 4.1.2.1 and 5.2
//! require. One that already is one goes out byte for byte unchanged;
//! anything else is made one by percent-encoding only what must be, never
//! refused ([`push_uri`] lists the cases).

use alloc::string::String;
use core::fmt::Write as _;

mod uri_reference;

/// Whether `c` is an RFC 6749 NQSCHAR: printable ASCII except `"` and `\`.
#[must_use]
pub const fn is_nqschar(c: char) -> bool {
    matches!(c, '\x20'..='\x21' | '\x23'..='\x5B' | '\x5D'..='\x7E')
}

/// Whether every character of `text` is NQSCHAR.
#[must_use]
pub fn is_nqschar_text(text: &str) -> bool {
    text.chars().all(is_nqschar)
}

/// Appends `text` to `out` made NQSCHAR by the rules of this module.
pub fn push_sanitized(out: &mut String, text: &str) {
    // The common case, text that is already safe, is one copy.
    if is_nqschar_text(text) {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        match c {
            c if is_nqschar(c) => out.push(c),
            '"' => out.push('\''),
            '\\' => out.push('/'),
            c if c.is_whitespace() => out.push(' '),
            c => push_percent_encoded(out, c),
        }
    }
}

/// `text` made NQSCHAR by the rules of this module.
#[must_use]
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_sanitized(&mut out, text);
    out
}

/// Appends `uri` as an RFC 3986 URI-reference, for `error_uri` (in every
/// format) and problem+json's `type`.
///
/// A `uri` that already is a valid URI-reference is appended unchanged.
/// Anything else is made one by percent-encoding (uppercase hex, UTF-8)
/// only what must be, reading it as RFC 3986 appendix B splits it
/// (`scheme:`, `//authority`, path, `?query`, `#fragment`):
///
/// - a character outside the URI character set: space, `"`, `<`, `>`,
///   `\`, `^`, `` ` ``, `{`, `|`, `}`, controls, any non-ASCII character;
/// - a `%` not followed by two hex digits, which becomes `%25`;
/// - a character the grammar does not allow where it stands: a second `#`
///   (in the fragment), `[` and `]` anywhere but around a valid IP-literal
///   host (an IPv6 address as [`core::net::Ipv6Addr`] parses it, or the
///   `IPvFuture` form `vX.…`), `:` in the first segment of a relative path
///   (`1a:b`, whose `1a` is no scheme), a `:` in the host not followed by
///   a port of digits only, and every `@` of the authority but the last (as
///   browsers read `user@evil@host`, whose host is `host`).
///
/// The result is NQSCHAR and a valid URI-reference, so doing this again
/// changes nothing.
///
/// ```
/// let mut out = String::new();
/// errcat::text::push_uri(&mut out, "https://docs.example/errors?q=a b#x#{y}");
/// assert_eq!(out, "https://docs.example/errors?q=a%20b#x%23%7By%7D");
/// ```
pub fn push_uri(out: &mut String, uri: &str) {
    uri_reference::push_uri_reference(out, uri);
}

/// Appends `text` to `out`, each byte kept as is when `keep(bytes, at)`
/// says so and percent-encoded otherwise. `keep` is asked about ASCII
/// bytes only: a non-ASCII byte is always encoded, so the output is ASCII.
fn push_encoding(out: &mut String, text: &str, keep: impl Fn(&[u8], usize) -> bool) {
    let bytes = text.as_bytes();
    // Kept bytes are copied in runs. A run holds only ASCII bytes, so it
    // starts and ends on character boundaries.
    let mut run_start = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        if byte.is_ascii() && keep(bytes, at) {
            continue;
        }
        if let Some(run) = text.get(run_start..at) {
            out.push_str(run);
        }
        push_percent_encoded_byte(out, byte);
        run_start = at + 1;
    }
    if let Some(run) = text.get(run_start..) {
        out.push_str(run);
    }
}

fn push_percent_encoded_byte(out: &mut String, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(char::from(HEX[usize::from(byte >> 4)]));
    out.push(char::from(HEX[usize::from(byte & 0x0F)]));
}

fn push_percent_encoded(out: &mut String, c: char) {
    let mut bytes = [0; 4];
    for byte in c.encode_utf8(&mut bytes).bytes() {
        // Writing to a String cannot fail.
        let _ = write!(out, "%{byte:02X}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_text_is_unchanged() {
        let text = "The request is missing a parameter (e.g., state). 100% sure!";
        assert_eq!(sanitize(text), text);
    }

    #[test]
    fn each_unsafe_character_has_its_replacement() {
        assert_eq!(sanitize("say \"hi\""), "say 'hi'");
        assert_eq!(sanitize("C:\\path"), "C:/path");
        assert_eq!(
            sanitize("line\r\nbreak\tand\u{2028}more"),
            "line  break and more"
        );
        assert_eq!(sanitize("Café ☕"), "Caf%C3%A9 %E2%98%95");
        assert_eq!(sanitize("nul\0bell\x07"), "nul%00bell%07");
    }

    #[test]
    fn sanitising_twice_changes_nothing() {
        for text in ["a\"b\\c\nd", "Café", "\u{0}\u{7f}\u{85}", ""] {
            let once = sanitize(text);
            assert!(is_nqschar_text(&once), "{once:?}");
            assert_eq!(sanitize(&once), once);
        }
    }
}
