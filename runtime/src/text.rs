//! The character rules of the wire: how text and `error_uri` are written.
//!
//! # Text
//!
//! `error_description` and the values of a challenge (realm, scope, extra
//! parameters) are text, and RFC 6749 allows only NQSCHAR there: printable
//! ASCII except `"` and `\`. Text set at run time (a description override,
//! a hint, debug detail, a realm) may hold anything, so every character is
//! written by one rule, which keeps ordinary punctuation readable and is
//! reversible:
//!
//! | character | on the wire |
//! |---|---|
//! | printable ASCII (U+0020 to U+007E, space included) except `%`, `"` and `\` | itself |
//! | `%`, `"`, `\` | `%25`, `%22`, `%5C` |
//! | tab, CR, LF and every other control character | its byte percent-encoded: `%09`, `%0D`, `%0A`, `%00`, `%7F` |
//! | any non-ASCII character (whitespace such as U+2028 included) | its UTF-8 bytes percent-encoded: `é` → `%C3%A9`, U+2028 → `%E2%80%A8` |
//!
//! Hex digits are uppercase. Catalog text follows the same rule, applied
//! once, by the macro, when the crate compiles (the generated
//! `oauth_description` and `oauth_hint`, with this rule's encoder from
//! `errcat-core`): under `text = "oauth"` it is NQSCHAR, so only its `%`
//! can change (`100%` goes out as `100%25`); under `text = "unicode"`
//! every non-ASCII character, `"` and `\` are encoded too (`été` goes out
//! as `%C3%A9t%C3%A9`). The runtime copies that form as it is.
//!
//! The mapping is injective: a `%` in the text is encoded like any other
//! escaped character, so a literal `%0d%0a` goes out as `%250d%250a` and
//! can never be read as an encoded line break. A client recovers the text
//! exactly with **one percent-decoding** of the value, as UTF-8, after the
//! transport's own decoding (unescaping the JSON string, form-decoding the
//! redirect parameter, unquoting the header's quoted string):
//!
//! - JavaScript: `decodeURIComponent(value)`;
//! - Python: `urllib.parse.unquote(value)`;
//! - Rust: `percent_encoding::percent_decode_str(value).decode_utf8()`.
//!
//! `+` is a plus sign in the decoded value, not a space (that is form
//! decoding, which the redirect's transport step has already done), and
//! decoding a second time is wrong (`%2541` is the text `%41`).
//!
//! The wire code (`error`) is an identifier, sent and compared exactly as
//! the catalog has it, and `state` is echoed exactly as received: neither
//! is text in this sense.
//!
//! This rule is for the OAuth fields: `error_description` in the JSON
//! body, the redirect and the challenge, and a challenge's values.
//! problem+json is not OAuth: its `title` and `detail` carry the text
//! itself, catalog and run-time text alike, JSON-escaped, with no
//! percent-encoding to undo.
//!
//! # `error_uri`
//!
//! An `error_uri` (and problem+json's `type`) is a link, not text: it goes
//! out as an RFC 3986 URI-reference, as RFC 6749 sections 4.1.2.1 and 5.2
//! require. One that already is one goes out byte for byte unchanged;
//! anything else is made one by percent-encoding only what must be, never
//! refused ([`push_uri`] lists the cases). Clients use it as a URI, with no
//! decoding step.
//!
//! # Limits
//!
//! Every field set at run time is cut to a limit, counted in the bytes it
//! takes as sent, at a character boundary and outside every escape, and
//! ends with [`CUT_MARKER`] when cut: see [`MAX_ERROR_DESCRIPTION_LEN`] and
//! the constants beside it, and the maxima they give each output
//! ([`MAX_JSON_BODY_LEN`], [`MAX_PROBLEM_JSON_LEN`],
//! [`MAX_WWW_AUTHENTICATE_LEN`], [`MAX_REDIRECT_PARAMS_LEN`]).

use alloc::string::String;

pub(crate) mod cut;
mod limits;
mod uri_reference;

pub use limits::*;

// The rule the macro checked catalog text against: `errcat-core`'s, so the
// two cannot drift apart.
pub use errcat_core::nqschar::is_nqschar;
use errcat_core::nqschar::is_nqschar_byte;

/// Whether every character of `text` is NQSCHAR.
#[must_use]
pub fn is_nqschar_text(text: &str) -> bool {
    // NQSCHAR is ASCII: a non-ASCII character fails on its first byte.
    text.bytes().all(is_nqschar_byte)
}

/// Appends `text` to `out` written by the rule of this module: printable
/// ASCII except `%`, `"` and `\` as is, every other character's UTF-8
/// bytes percent-encoded.
///
/// The output is NQSCHAR, and one percent-decoding gives `text` back.
pub fn push_sanitized(out: &mut String, text: &str) {
    // `errcat-core`'s encoder, which the macro writes catalog text with
    // too: one definition of the rule. Writing to a `String` cannot fail.
    let _ = errcat_core::text::encode(out, text);
}

/// `text` written by the rule of this module (see [`push_sanitized`]).
///
/// Always NQSCHAR; injective, and `percent_decode(sanitize(x)) == x`. It
/// is not idempotent: sanitising again encodes the `%` of the first pass,
/// as it would any other `%`.
///
/// ```
/// use errcat::text::sanitize;
///
/// assert_eq!(sanitize("say \"hi\"\r\n"), "say %22hi%22%0D%0A");
/// assert_eq!(sanitize("100% Café"), "100%25 Caf%C3%A9");
/// assert_eq!(sanitize("a literal %0d%0a"), "a literal %250d%250a");
/// ```
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
/// says so and percent-encoded otherwise (`errcat-core`'s encoder).
fn push_encoding(out: &mut String, text: &str, keep: impl Fn(&[u8], usize) -> bool) {
    // Writing to a `String` cannot fail.
    let _ = errcat_core::text::encode_keeping(out, text, keep);
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    fn decode(text: &str) -> String {
        percent_encoding::percent_decode_str(text)
            .decode_utf8()
            .expect("UTF-8")
            .into_owned()
    }

    #[test]
    fn ordinary_text_and_punctuation_are_unchanged() {
        let text =
            "The request is missing a parameter (e.g., state): 'a' & <b> + {c} = [d]; x#y?z~`!^|";
        assert_eq!(sanitize(text), text);
    }

    #[test]
    fn each_escaped_character_is_percent_encoded() {
        assert_eq!(sanitize("say \"hi\""), "say %22hi%22");
        assert_eq!(sanitize("C:\\path"), "C:%5Cpath");
        assert_eq!(sanitize("100%"), "100%25");
        assert_eq!(
            sanitize("line\r\nbreak\tand\u{2028}more"),
            "line%0D%0Abreak%09and%E2%80%A8more"
        );
        assert_eq!(sanitize("Café ☕"), "Caf%C3%A9 %E2%98%95");
        assert_eq!(sanitize("nul\0bell\x07del\x7f"), "nul%00bell%07del%7F");
        assert_eq!(sanitize("\u{85}\u{a0}😀"), "%C2%85%C2%A0%F0%9F%98%80");
    }

    #[test]
    fn a_literal_escape_is_not_an_encoded_character() {
        let literal = sanitize("%0d%0a");
        let line_break = sanitize("\r\n");
        assert_eq!(literal, "%250d%250a");
        assert_eq!(line_break, "%0D%0A");
        assert_eq!(decode(&literal), "%0d%0a");
        assert_eq!(decode(&line_break), "\r\n");
    }

    #[test]
    fn one_decoding_gives_the_text_back() {
        for text in [
            "a\"b\\c\nd",
            "Café",
            "\u{0}\u{7f}\u{85}",
            "",
            "%%25%zz%",
            "a+b c",
        ] {
            let sent = sanitize(text);
            assert!(is_nqschar_text(&sent), "{sent:?}");
            assert_eq!(decode(&sent), text);
        }
    }

    #[test]
    fn sanitising_again_encodes_the_percent_signs() {
        assert_eq!(sanitize(&sanitize("é")), "%25C3%25A9");
        assert_eq!(sanitize(&sanitize("plain")), "plain");
    }

    #[test]
    fn each_ascii_character_is_kept_or_encoded_as_the_table_says() {
        for byte in 0..=0x7F_u8 {
            let c = char::from(byte);
            let expected = if (' '..='~').contains(&c) && !matches!(c, '%' | '"' | '\\') {
                c.to_string()
            } else {
                alloc::format!("%{byte:02X}")
            };
            assert_eq!(sanitize(c.encode_utf8(&mut [0; 4])), expected);
        }
    }
}
