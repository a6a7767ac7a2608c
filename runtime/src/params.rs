//! The names of the OAuth 2.0 error response parameters, defined once.
//!
//! Every writer, every reader and the challenge's list of reserved names
//! use these constants, so a name cannot be spelt two ways.

/// The wire code (RFC 6749 section 5.2).
pub(crate) const ERROR: &str = "error";
/// The human-readable text (RFC 6749 section 5.2).
pub(crate) const ERROR_DESCRIPTION: &str = "error_description";
/// A page about the error (RFC 6749 section 5.2).
pub(crate) const ERROR_URI: &str = "error_uri";
/// The client's `state`, echoed (RFC 6749 section 4.1.2.1).
pub(crate) const STATE: &str = "state";
/// The authorization server's issuer identifier (RFC 9207).
pub(crate) const ISS: &str = "iss";

/// The five, in wire order: the parameters of a redirect error response,
/// which a redirect URI errcat builds must not already hold.
pub(crate) const ALL: [&str; 5] = [ERROR, ERROR_DESCRIPTION, ERROR_URI, STATE, ISS];
