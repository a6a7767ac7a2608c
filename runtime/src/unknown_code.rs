use core::fmt;

/// The error of `FromStr` on a generated enum: the text was not a wire code
/// of the catalog.
///
/// With the `alloc` feature (on by default) it keeps the whole text. Without
/// it, it keeps the first [`UnknownCode::INLINE_CAPACITY`] bytes (cut at a
/// character boundary) and the full length, so the message still says which
/// code was refused and that it was shortened.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    text: Text,
}

#[cfg(feature = "alloc")]
type Text = alloc::boxed::Box<str>;

#[cfg(not(feature = "alloc"))]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Text {
    bytes: [u8; UnknownCode::INLINE_CAPACITY],
    kept: usize,
    full_len: usize,
}

impl UnknownCode {
    /// How many bytes of the refused text are kept without the `alloc`
    /// feature.
    pub const INLINE_CAPACITY: usize = 64;

    /// Records `code` as refused.
    #[must_use]
    pub fn new(code: &str) -> Self {
        Self {
            text: Self::keep(code),
        }
    }

    #[cfg(feature = "alloc")]
    fn keep(code: &str) -> Text {
        code.into()
    }

    #[cfg(not(feature = "alloc"))]
    fn keep(code: &str) -> Text {
        let mut kept = code.len().min(Self::INLINE_CAPACITY);
        while !code.is_char_boundary(kept) {
            kept -= 1;
        }
        let mut bytes = [0; Self::INLINE_CAPACITY];
        bytes[..kept].copy_from_slice(&code.as_bytes()[..kept]);
        Text {
            bytes,
            kept,
            full_len: code.len(),
        }
    }

    /// The refused text, or its kept prefix without the `alloc` feature.
    #[must_use]
    pub fn code(&self) -> &str {
        #[cfg(feature = "alloc")]
        {
            &self.text
        }
        #[cfg(not(feature = "alloc"))]
        {
            // `keep` copied a prefix that ends on a character boundary.
            core::str::from_utf8(&self.text.bytes[..self.text.kept]).unwrap_or_default()
        }
    }

    /// Whether [`code`](Self::code) is only a prefix of the refused text.
    #[must_use]
    pub fn is_truncated(&self) -> bool {
        #[cfg(feature = "alloc")]
        {
            false
        }
        #[cfg(not(feature = "alloc"))]
        {
            self.text.kept < self.text.full_len
        }
    }
}

impl fmt::Debug for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("UnknownCode").field(&self.code()).finish()
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {:?}", self.code())?;
        if self.is_truncated() {
            f.write_str(" (shortened)")?;
        }
        Ok(())
    }
}

impl core::error::Error for UnknownCode {}

#[cfg(test)]
mod tests {
    use core::fmt::Write;

    use super::UnknownCode;

    /// A fixed buffer to format into, so these tests run without `alloc`.
    struct Buffer {
        bytes: [u8; 256],
        len: usize,
    }

    impl Write for Buffer {
        fn write_str(&mut self, text: &str) -> core::fmt::Result {
            let end = self.len + text.len();
            let slot = self.bytes.get_mut(self.len..end).ok_or(core::fmt::Error)?;
            slot.copy_from_slice(text.as_bytes());
            self.len = end;
            Ok(())
        }
    }

    fn displays_as(refused: &UnknownCode, expected: &str) -> bool {
        let mut buffer = Buffer {
            bytes: [0; 256],
            len: 0,
        };
        write!(buffer, "{refused}").is_ok() && &buffer.bytes[..buffer.len] == expected.as_bytes()
    }

    #[test]
    fn short_codes_are_kept_whole() {
        let refused = UnknownCode::new("slow_down");
        assert_eq!(refused.code(), "slow_down");
        assert!(!refused.is_truncated());
        assert!(displays_as(&refused, "unknown error code \"slow_down\""));
    }

    #[cfg(feature = "alloc")]
    #[test]
    fn with_alloc_long_codes_are_kept_whole() {
        let long = "x".repeat(1000);
        let refused = UnknownCode::new(&long);
        assert_eq!(refused.code(), long);
        assert!(!refused.is_truncated());
    }

    #[cfg(not(feature = "alloc"))]
    #[test]
    fn without_alloc_long_codes_keep_a_prefix_on_a_char_boundary() {
        // 63 ASCII bytes, then a two-byte character across the 64-byte limit.
        let long = concat!(
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "é and more"
        );
        let refused = UnknownCode::new(long);
        assert_eq!(refused.code(), &long[..63]);
        assert!(refused.is_truncated());
        let expected = concat!(
            "unknown error code \"",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "\" (shortened)"
        );
        assert!(displays_as(&refused, expected));
    }
}
