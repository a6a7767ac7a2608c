//! Authorization-response redirects (RFC 6749 sections 4.1.2.1 and
//! 4.2.2.1): the error parameters in the query or the fragment of the
//! client's redirect URI (`write`), and reading them back (`read`).

mod read;
mod write;

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use crate::{Expose, Limits};

/// The longest redirect URI, in bytes, that
/// [`Error::redirect_uri`](crate::Error::redirect_uri) builds on: 2048. A
/// longer one is refused ([`RedirectUriError::TooLong`]), not cut, since a
/// cut URI would send the user agent somewhere else. Registered redirect
/// URIs are far shorter; the bound keeps what errcat writes bounded.
pub const MAX_REDIRECT_URI_LEN: usize = 2048;

/// The most parameters the query of a redirect URI given to
/// [`Error::redirect_uri`](crate::Error::redirect_uri) may hold: 59, so
/// that with the five a response adds the redirect stays within the
/// parameters [`ErrorResponse::from_redirect_uri`](crate::ErrorResponse::from_redirect_uri)
/// reads by default ([`Limits::DEFAULT`], 64). Empty pairs (`a=1&&b=2`)
/// are not parameters, for the reader either.
pub const MAX_REDIRECT_URI_PARAMETERS: usize =
    Limits::DEFAULT.max_parameters - crate::params::ALL.len();

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
    /// It is longer than [`MAX_REDIRECT_URI_LEN`].
    TooLong {
        /// Its length in bytes.
        len: usize,
        /// The limit, [`MAX_REDIRECT_URI_LEN`].
        limit: usize,
    },
    /// Its query already holds `name`, one of the parameters the error
    /// response sets (`error`, `error_description`, `error_uri`, `state`,
    /// `iss`), names compared after form-decoding as the reader compares
    /// them (`%65rror` is `error`). The redirect would carry the parameter
    /// twice, which clients read differently (refused, first or last
    /// value); `at` is the byte offset of the parameter.
    HasResponseParameter {
        /// The parameter's decoded name.
        name: &'static str,
        /// The byte offset where the parameter starts.
        at: usize,
    },
    /// Its query holds more than [`MAX_REDIRECT_URI_PARAMETERS`]
    /// parameters: with the response's, the redirect would hold more than
    /// a client reads.
    TooManyParameters {
        /// The limit, [`MAX_REDIRECT_URI_PARAMETERS`].
        limit: usize,
    },
    /// A parameter of its query is not form-encoded UTF-8 (`%FF`), so no
    /// client can read the redirect's query; `at` is the byte offset of
    /// the parameter.
    InvalidEncoding {
        /// The byte offset where the parameter starts.
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
            Self::TooLong { len, limit } => write!(
                f,
                "the redirect URI is {len} bytes long, more than the limit of {limit}"
            ),
            Self::HasResponseParameter { name, at } => write!(
                f,
                "the redirect URI's query already has the parameter `{name}` (at byte {at}), \
                 which the error response sets"
            ),
            Self::TooManyParameters { limit } => write!(
                f,
                "the redirect URI's query has more than {limit} parameters"
            ),
            Self::InvalidEncoding { at } => write!(
                f,
                "the redirect URI's query has a parameter that is not form-encoded UTF-8 \
                 at byte {at}"
            ),
        }
    }
}

impl core::error::Error for RedirectUriError {}

/// The `name=value` pairs of a query or fragment, as the reader and the
/// writer both split them: at `&`, empty pairs dropped, a pair without `=`
/// a name with an empty value. Each comes with its byte offset in
/// `component`.
fn pairs(component: &str) -> impl Iterator<Item = (usize, &str, &str)> {
    component
        .split('&')
        .scan(0, |start, pair| {
            let at = *start;
            *start += pair.len() + 1;
            Some((at, pair))
        })
        .filter(|(_, pair)| !pair.is_empty())
        .map(|(at, pair)| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (at, name, value)
        })
}

/// Decodes one `application/x-www-form-urlencoded` name or value: `+` is a
/// space, `%XX` a byte. `None` when the bytes are not UTF-8: refused, not
/// guessed at.
fn form_decode(encoded: &str) -> Option<String> {
    let spaced = encoded.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(Cow::into_owned)
}
