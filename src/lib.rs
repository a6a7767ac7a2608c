//! The Unstoppable Login OAuth 2.0 / OpenID Connect error codes.
//!
//! [`LoginError`] is generated at compile time by `errcat::catalog!` from
//! `error-codes.toml`, the single source of truth for the codes, their HTTP
//! statuses, descriptions, remediation hints and references.
#![forbid(unsafe_code)]

errcat::catalog! {
    /// Errors returned by the Unstoppable Login service.
    ///
    /// Each variant is one row of `error-codes.toml`. The wire code is what
    /// goes in the OAuth 2.0 `error` parameter; two variants may share one
    /// (`invalid_token` is [`InvalidTokenFormat`](LoginError::InvalidTokenFormat)
    /// at 400 and [`TokenExpired`](LoginError::TokenExpired) at 401), and
    /// [`LoginError::from_code`] returns the first.
    pub enum LoginError = "error-codes.toml";
}
