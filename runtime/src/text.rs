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

use alloc::string::String;
use core::fmt::Write as _;

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

/// Appends a URI made safe for `error_uri` and for a quoted header value:
/// characters outside the URI-reference set RFC 6749 allows
/// (`%x21 / %x23-5B / %x5D-7E`) are percent-encoded, so the link still
/// resolves to the same place.
pub fn push_uri(out: &mut String, uri: &str) {
    for c in uri.chars() {
        if c != ' ' && is_nqschar(c) {
            out.push(c);
        } else {
            push_percent_encoded(out, c);
        }
    }
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

    #[test]
    fn uris_are_percent_encoded_not_rewritten() {
        let mut out = String::new();
        push_uri(&mut out, "https://example.com/errors?q=a b#\"x\"\\é");
        assert_eq!(out, "https://example.com/errors?q=a%20b#%22x%22%5C%C3%A9");
    }
}
