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
