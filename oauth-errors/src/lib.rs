#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

errcat::catalog! {
    /// Every standard OAuth 2.0 and OpenID Connect error code, one variant
    /// per code and meaning.
    ///
    /// A code whose status changes with the endpoint has a variant per
    /// status: `invalid_client` is [`InvalidClient`](OAuthError::InvalidClient)
    /// at 400 and [`InvalidClientUnauthorized`](OAuthError::InvalidClientUnauthorized)
    /// at 401, and [`OAuthError::from_code`] returns the first.
    pub enum OAuthError = "oauth-errors.toml";

    /// Errors the authorization endpoint may return, in the redirect to the
    /// client (RFC 6749 sections 4.1.2.1 and 4.2.2.1, OpenID Connect Core 1.0
    /// section 3.1.2.6, RFC 8707, RFC 9101, RFC 9396).
    pub enum AuthorizeError = "oauth-errors.toml" where tag = "authorize";

    /// Errors the token endpoint may return (RFC 6749 section 5.2, RFC 8628,
    /// RFC 8693, RFC 8707, RFC 9449, CIBA's poll mode).
    pub enum TokenError = "oauth-errors.toml" where tag = "token";

    /// Errors a protected resource may return in its `Bearer` or `DPoP`
    /// challenge (RFC 6750 section 3.1, RFC 9449, RFC 9470).
    pub enum ResourceError = "oauth-errors.toml" where tag = "resource";

    /// Errors the revocation endpoint may return (RFC 7009).
    pub enum RevocationError = "oauth-errors.toml" where tag = "revocation";

    /// Errors the client registration endpoint may return (RFC 7591, and
    /// RFC 7592's updates).
    pub enum RegistrationError = "oauth-errors.toml" where tag = "registration";

    /// Errors the device authorization endpoint may return (RFC 8628).
    pub enum DeviceAuthorizationError = "oauth-errors.toml" where tag = "device";

    /// Errors the pushed authorization request endpoint may return (RFC 9126
    /// section 2.3): never one that needs the user.
    pub enum PushedAuthorizationError = "oauth-errors.toml" where tag = "par";

    /// Errors the CIBA backchannel authentication endpoint may return
    /// (OpenID CIBA Core 1.0 section 13).
    pub enum BackchannelAuthenticationError = "oauth-errors.toml" where tag = "ciba";

    /// Errors a CIBA provider may push to the client notification endpoint
    /// (OpenID CIBA Core 1.0 section 12).
    pub enum CibaPushError = "oauth-errors.toml" where tag = "ciba-push";
}
