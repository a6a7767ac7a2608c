//! Authorization-response redirects (RFC 6749 sections 4.1.2.1 and
//! 4.2.2.1): the error parameters in the query or the fragment of the
//! client's redirect URI (`write`), and reading them back (`read`).

mod read;
mod write;

use core::fmt;

use crate::Expose;

/// Where the parameters go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseMode {
    /// In the query (authorization code flow, RFC 6749 section 4.1.2.1).
    #[default]
    Query,
    /// In the fragment (implicit flow, section 4.2.2.1, and
    /// `response_mode=fragment`).
    Fragment,
}

/// How [`Error::redirect_uri`](crate::Error::redirect_uri) builds the redirect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RedirectOptions<'a> {
    /// Query or fragment.
    pub mode: ResponseMode,
    /// The authorization server's issuer identifier, sent as `iss` (RFC
    /// 9207) so the client can detect mix-up attacks.
    pub issuer: Option<&'a str>,
    /// What `error_description` shows.
    pub expose: Expose,
}

/// Why a redirect URI cannot carry an error response.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RedirectUriError {
    /// It does not start with a scheme (`https:`, `com.example.app:`), so
    /// it is not the absolute URI RFC 6749 section 3.1.2 requires.
    NotAbsolute,
    /// It has a fragment, which section 3.1.2 forbids.
    HasFragment,
    /// It contains a space, a control character or a non-ASCII character,
    /// which a URI cannot hold unencoded; `at` is the byte offset.
    InvalidCharacter {
        /// The byte offset of the character.
        at: usize,
    },
}

impl fmt::Display for RedirectUriError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAbsolute => f.write_str("the redirect URI is not absolute: it has no scheme"),
            Self::HasFragment => {
                f.write_str("the redirect URI has a fragment, which RFC 6749 forbids")
            }
            Self::InvalidCharacter { at } => {
                write!(
                    f,
                    "the redirect URI has a character a URI cannot hold at byte {at}"
                )
            }
        }
    }
}

impl core::error::Error for RedirectUriError {}
