//! How an error is rendered as an HTTP response: the choices a caller
//! makes, apart from the policy that [`HttpResponse`](crate::HttpResponse)
//! applies.

use crate::{Challenge, Expose};

/// The body an HTTP error response carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BodyFormat {
    /// The RFC 6749 section 5.2 JSON body, `application/json`.
    #[default]
    OAuth,
    /// RFC 9457 problem details, `application/problem+json`.
    Problem,
}

/// How [`Error::http_response`](crate::Error::http_response) (and every
/// integration built on it) renders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseOptions {
    /// What `error_description` shows.
    pub expose: Expose,
    /// The challenge of a 401 response's `WWW-Authenticate` header.
    pub challenge: Challenge,
    /// The body.
    pub format: BodyFormat,
}

impl Default for ResponseOptions {
    /// The hint exposed, debug detail hidden, a `Bearer` challenge without
    /// realm, an RFC 6749 JSON body.
    fn default() -> Self {
        Self {
            expose: Expose::DEFAULT,
            challenge: Challenge::bearer(),
            format: BodyFormat::OAuth,
        }
    }
}
