use alloc::string::String;
use core::fmt;

use crate::ErrorCode;

/// A wire code read from a response: a code of the caller's catalog, or a
/// code it does not know, kept exactly as sent.
///
/// ```
/// use errcat::Code;
/// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
///
/// assert_eq!(Code::<DocError>::parse("server_error"), Code::Known(DocError::ServerError));
/// assert_eq!(Code::<DocError>::parse("slow_down").as_str(), "slow_down");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Code<C> {
    /// A code of the catalog.
    Known(C),
    /// A code the catalog does not have, as sent.
    Unknown(String),
}

impl<C: ErrorCode> Code<C> {
    /// Resolves `code` against the catalog: its first entry with that code.
    #[must_use]
    pub fn parse(code: &str) -> Self {
        C::from_code(code).map_or_else(|| Self::Unknown(code.into()), Self::Known)
    }

    /// Resolves `code` sent with HTTP `status`: the entry with both when the
    /// catalog has one (a shared code such as `invalid_token` at 400 and 401
    /// then finds the right variant), else the first entry with the code.
    #[must_use]
    pub fn parse_with_status(code: &str, status: u16) -> Self {
        C::with_status(status)
            .iter()
            .copied()
            .find(|known| known.code() == code)
            .map_or_else(|| Self::parse(code), Self::Known)
    }

    /// The wire code.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Known(code) => code.code(),
            Self::Unknown(code) => code,
        }
    }

    /// The catalog code, when it is one.
    #[must_use]
    pub fn known(&self) -> Option<C> {
        match self {
            Self::Known(code) => Some(*code),
            Self::Unknown(_) => None,
        }
    }
}

impl<C: ErrorCode> fmt::Display for Code<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
