//! The Unstoppable Login OAuth 2.0 / OpenID Connect error codes.
//!
//! [`LoginError`] is generated at compile time by `errcat::catalog!` from
//! `error-codes.toml`, the single source of truth for the codes, their HTTP
//! statuses, descriptions, remediation hints and references. Each endpoint
//! has the enum of the codes it may return, from the entries' `tags`:
//! [`AuthorizeError`], [`TokenError`] and [`ResourceError`], each convertible
//! into a [`LoginError`] and back.
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

    /// Errors the authorization endpoint may return, in the redirect to the
    /// client (RFC 6749 sections 4.1.2.1 and 4.2.2.1, OpenID Connect Core
    /// section 3.1.2.6), and the service's own.
    pub enum AuthorizeError = "error-codes.toml" where tag = "authorize";

    /// Errors the token endpoint may return (RFC 6749 section 5.2), and the
    /// service's own.
    pub enum TokenError = "error-codes.toml" where tag = "token";

    /// Errors a protected resource may return in its `WWW-Authenticate`
    /// challenge (RFC 6750 section 3.1), and the service's own.
    pub enum ResourceError = "error-codes.toml" where tag = "resource";
}

/// The code samples of the README, the manual and the crates' READMEs:
/// every ```` ```rust ```` block of these files runs as a doctest of this
/// crate, so `cargo test --workspace` compiles them against `LoginError`,
/// the catalogs `error-codes.toml` and `docs/samples/*.toml` (paths are
/// relative to this crate's directory) and this crate's dev-dependencies.
/// `tests/integration/docs_samples.rs` checks the catalogs and links of the same files.
#[cfg(doctest)]
mod manual {
    #[doc = include_str!("../README.md")]
    pub struct Readme;
    #[doc = include_str!("../docs/catalog-format.md")]
    pub struct CatalogFormat;
    #[doc = include_str!("../docs/generated-api.md")]
    pub struct GeneratedApi;
    #[doc = include_str!("../docs/wire-formats.md")]
    pub struct WireFormats;
    #[doc = include_str!("../docs/integrations.md")]
    pub struct Integrations;
    #[doc = include_str!("../docs/openapi.md")]
    pub struct OpenApi;
    #[doc = include_str!("../docs/grpc.md")]
    pub struct Grpc;
    #[doc = include_str!("../runtime/README.md")]
    pub struct RuntimeReadme;
    #[doc = include_str!("../codegen/README.md")]
    pub struct CodegenReadme;
}
