//! The bound on `error_description` and how many bytes text takes as each
//! output sends it: the runtime cuts run-time text by them, and the macro
//! refuses catalog text that could not fit by them, so catalog text is
//! sent whole in every format and the documented maxima hold for every
//! catalog that compiles.

use crate::text::is_plain_byte;

/// The most bytes `error_description` takes in any output (the
/// description, hint and debug detail joined, as sent); also the bound of
/// problem+json's `detail` and of a gRPC status message.
pub const MAX_ERROR_DESCRIPTION_LEN: usize = 1024;

/// The encoding of an output whose bytes a limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// A JSON string, or a header's quoted-string: NQSCHAR text as is, a
    /// raw value (`state`) escaped as JSON requires.
    Json,
    /// A form-encoded (`application/x-www-form-urlencoded`) redirect
    /// parameter.
    Form,
}

impl Transport {
    /// Both transports.
    pub const ALL: [Self; 2] = [Self::Json, Self::Form];

    /// The bytes the ASCII `byte` takes, encoded for this transport: the
    /// escapes of a JSON string and of `form_urlencoded`.
    #[must_use]
    pub const fn ascii_len(self, byte: u8) -> usize {
        match self {
            Self::Json => match byte {
                b'"' | b'\\' | b'\n' | b'\r' | b'\t' => 2,
                0..0x20 => 6,
                _ => 1,
            },
            Self::Form => match byte {
                b'*' | b'-' | b'.' | b'_' | b' ' => 1,
                byte if byte.is_ascii_alphanumeric() => 1,
                _ => 3,
            },
        }
    }

    /// The bytes the raw `text` takes, encoded for this transport.
    #[must_use]
    pub fn raw_len(self, text: &str) -> usize {
        text.chars().map(|c| self.raw_char_len(c)).sum()
    }

    /// The bytes the raw character `c` (of a `state`, an issuer, a
    /// problem's `detail`) takes.
    #[must_use]
    pub fn raw_char_len(self, c: char) -> usize {
        match (u8::try_from(c), self) {
            (Ok(byte), _) if byte.is_ascii() => self.ascii_len(byte),
            (_, Self::Json) => c.len_utf8(),
            (_, Self::Form) => 3 * c.len_utf8(),
        }
    }

    /// The bytes `text` takes once the text rule wrote it (see
    /// [`text`](crate::text)) and this transport encoded that.
    #[must_use]
    pub fn text_len(self, text: &str) -> usize {
        text.chars().map(|c| self.text_char_len(c)).sum()
    }

    /// The bytes the character `c` of text takes once the text rule wrote
    /// it (itself, or `%XX` for each of its UTF-8 bytes) and this transport
    /// encoded that (`%XX` stays `%XX` in JSON, becomes `%25XX` in a form).
    #[must_use]
    pub fn text_char_len(self, c: char) -> usize {
        match u8::try_from(c) {
            Ok(byte) if byte.is_ascii() && is_plain_byte(byte) => self.ascii_len(byte),
            _ => {
                c.len_utf8()
                    * match self {
                        Self::Json => 3,
                        Self::Form => 5,
                    }
            }
        }
    }

    /// At most how many bytes one input byte becomes: a value this many
    /// times shorter than its limit needs no search.
    #[must_use]
    pub const fn max_growth(self) -> usize {
        match self {
            // `\u00XX` for a control character; `%XX` for a text byte.
            Self::Json => 6,
            // `%25XX` for a text byte; `%XX` for each normalised URI byte,
            // which is itself at most `%XX` of an input byte.
            Self::Form => 9,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_grows_as_each_transport_encodes_it() {
        // `é` is two bytes: `%C3%A9` in JSON, `%25C3%25A9` in a form.
        assert_eq!(Transport::Json.text_len("a é"), 1 + 1 + 6);
        assert_eq!(Transport::Form.text_len("a é"), 1 + 1 + 10);
        // `,` is NQSCHAR, kept by the text rule, `%2C` in a form.
        assert_eq!(Transport::Form.text_len("a,b"), 5);
        assert_eq!(Transport::Json.raw_len("\"é\u{1}"), 2 + 2 + 6);
    }
}
