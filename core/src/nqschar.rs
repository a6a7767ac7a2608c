//! The RFC 6749 NQSCHAR rule (appendix A.7 and A.8): the characters
//! `error` and `error_description` may hold, printable ASCII except `"` and
//! `\` (`%x20-21 / %x23-5B / %x5D-7E`).
//!
//! The macro refuses catalog text outside it and the runtime writes run-time
//! text to it: one definition, so that what the macro let through is what
//! the runtime sends unescaped.

/// Whether `byte` is an NQSCHAR. NQSCHAR is ASCII, so text can be checked
/// byte by byte without decoding characters.
#[must_use]
pub const fn is_nqschar_byte(byte: u8) -> bool {
    matches!(byte, 0x20..=0x21 | 0x23..=0x5B | 0x5D..=0x7E)
}

/// Whether `c` is an NQSCHAR.
#[must_use]
pub const fn is_nqschar(c: char) -> bool {
    c.is_ascii() && is_nqschar_byte(c as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_is_printable_ascii_but_quote_and_backslash() {
        let allowed = (0_u8..=0x7F).filter(|&b| is_nqschar_byte(b));
        let expected = (0x20_u8..=0x7E).filter(|&b| b != b'"' && b != b'\\');
        assert!(allowed.eq(expected));
        // Every byte beyond ASCII is out, lead or continuation.
        assert!((0x80_u8..=0xFF).all(|b| !is_nqschar_byte(b)));
    }

    #[test]
    fn characters_and_bytes_agree() {
        for byte in 0_u8..=0x7F {
            assert_eq!(is_nqschar(char::from(byte)), is_nqschar_byte(byte));
        }
        // A character whose code point truncates to an allowed byte is
        // still refused: U+0141 would be `A` (0x41) as a byte.
        for c in ['é', '\u{0141}', '\u{2028}', '\u{1F600}'] {
            assert!(!is_nqschar(c), "{c:?}");
        }
    }
}
