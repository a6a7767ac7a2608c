//! The one text rule of the OAuth wire: how any text is written so that it
//! holds only NQSCHAR and one percent-decoding gives it back.
//!
//! Printable ASCII except `%`, `"` and `\` is kept; every other character
//! is written as its UTF-8 bytes, each `%XX` with uppercase hex digits.
//! The runtime writes run-time text by it, and the macro writes each
//! catalog description and hint by it once, when the crate compiles, so
//! the runtime sends catalog text without looking at it. Both call
//! [`encode`], so the two cannot write the same text differently.

use core::fmt;

use crate::nqschar::is_nqschar_byte;

/// Whether the rule keeps `byte` as it is: NQSCHAR except `%`.
#[must_use]
pub const fn is_plain_byte(byte: u8) -> bool {
    byte != b'%' && is_nqschar_byte(byte)
}

/// Whether `text` is written unchanged by the rule.
#[must_use]
pub fn is_plain(text: &str) -> bool {
    text.bytes().all(is_plain_byte)
}

/// `byte` percent-encoded: `%` and two uppercase hex digits.
#[must_use]
pub const fn percent_encoded(byte: u8) -> [u8; 3] {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    [b'%', HEX[(byte >> 4) as usize], HEX[(byte & 0x0F) as usize]]
}

/// Writes `text` to `out` by the rule: kept bytes in runs, every other
/// byte percent-encoded. The output is ASCII.
///
/// # Errors
///
/// When `out` fails; a `String` never does.
pub fn encode(out: &mut impl fmt::Write, text: &str) -> fmt::Result {
    encode_keeping(out, text, |bytes, at| is_plain_byte(bytes[at]))
}

/// Writes `text` to `out`, each byte kept as is when `keep(bytes, at)` says
/// so and percent-encoded otherwise: the encoder of [`encode`], for the
/// runtime's other percent-encoded output (URI references) to share.
/// `keep` is asked about ASCII bytes only: a non-ASCII byte is always
/// encoded, so the output is ASCII.
///
/// # Errors
///
/// When `out` fails; a `String` never does.
pub fn encode_keeping(
    out: &mut impl fmt::Write,
    text: &str,
    keep: impl Fn(&[u8], usize) -> bool,
) -> fmt::Result {
    let bytes = text.as_bytes();
    // Kept bytes are copied in runs. A run holds only ASCII bytes, so it
    // starts and ends on character boundaries and `get` always finds it.
    let mut run_start = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        if byte.is_ascii() && keep(bytes, at) {
            continue;
        }
        out.write_str(text.get(run_start..at).unwrap_or_default())?;
        let [percent, high, low] = percent_encoded(byte);
        for digit in [percent, high, low] {
            out.write_char(char::from(digit))?;
        }
        run_start = at + 1;
    }
    out.write_str(text.get(run_start..).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use std::string::String;

    fn encoded(text: &str) -> String {
        let mut out = String::new();
        encode(&mut out, text).expect("a String never fails");
        out
    }

    #[test]
    fn plain_text_is_kept_and_the_rest_is_percent_encoded() {
        assert_eq!(
            encoded("invalid request (a & b)"),
            "invalid request (a & b)"
        );
        assert_eq!(encoded("100% \"é\"\\\n"), "100%25 %22%C3%A9%22%5C%0A");
        assert_eq!(encoded(""), "");
        assert!(is_plain("plain text"));
        assert!(!is_plain("100%") && !is_plain("é"));
    }

    #[test]
    fn every_byte_is_kept_exactly_when_it_is_plain() {
        for byte in 0_u8..=0x7F {
            let c = char::from(byte);
            let expected = if (' '..='~').contains(&c) && !matches!(c, '%' | '"' | '\\') {
                std::format!("{c}")
            } else {
                std::format!("%{byte:02X}")
            };
            assert_eq!(encoded(c.encode_utf8(&mut [0; 4])), expected);
        }
    }
}
