//! The limits on what errcat writes, and the largest output they allow.
//!
//! Each field set at run time is cut to its limit at a character boundary,
//! never inside an escape, and a cut field ends with [`CUT_MARKER`] inside
//! the limit. A limit counts the bytes the field's value takes in the
//! output that carries it: after the [text rule](super) and after that
//! output's own encoding (JSON string escaping of a raw `state`, form
//! encoding in a redirect; a header's quoted-string adds nothing, since its
//! values are NQSCHAR). So the same long value can be cut shorter in a
//! redirect, where form encoding lengthens it, than in a JSON body.
//!
//! Catalog text (codes, descriptions, hints) is known at compile time and
//! is not cut: the macro refuses a description and hint that, one space
//! apart, would take more than [`MAX_ERROR_DESCRIPTION_LEN`] bytes in any
//! output that carries them (a redirect's form encoding lengthens them
//! most), so every format sends catalog text whole, and the same. An
//! `error_description` that joins catalog text and run-time text is cut as
//! a whole.
//!
//! The `MAX_*_LEN` maxima follow from the limits, for every catalog that
//! compiles; each leaves out what only the catalog decides (the code, and
//! a problem's title, the catalog's description, which fits in
//! [`MAX_ERROR_DESCRIPTION_LEN`] too). errcat's own readers accept all of
//! them with [`Limits::DEFAULT`](crate::Limits::DEFAULT) (64 KiB).

/// What a cut field ends with: three full stops, which every output
/// carries as they are (JSON, a quoted-string, form encoding, and an
/// `error_uri`'s path, query or fragment).
pub const CUT_MARKER: &str = "...";

// One definition for the macro, which holds catalog text to it, and the
// runtime, which cuts run-time text to it.
pub use errcat_core::limits::MAX_ERROR_DESCRIPTION_LEN;

/// The most bytes `error_uri`, and problem+json's `type`, take in any
/// output. A cut URI is still a valid RFC 3986 URI-reference.
pub const MAX_ERROR_URI_LEN: usize = 512;

/// The most bytes `state` takes in a JSON body (escaped) or a redirect
/// (form-encoded).
pub const MAX_STATE_LEN: usize = 1024;

/// The most bytes the issuer takes as a redirect's `iss` parameter,
/// form-encoded.
pub const MAX_ISS_LEN: usize = 256;

/// The most bytes each challenge parameter value (`realm`, `scope` and
/// the others) takes inside its quotes.
pub const MAX_CHALLENGE_VALUE_LEN: usize = 256;

/// How many parameters a [`Challenge`](crate::Challenge) holds besides
/// `realm` and `scope`; [`Challenge::with_param`](crate::Challenge::with_param)
/// refuses another.
pub const MAX_CHALLENGE_PARAMS: usize = 4;

/// The longest scheme or parameter name a
/// [`Challenge`](crate::Challenge) accepts, in bytes.
pub const MAX_CHALLENGE_NAME_LEN: usize = 64;

/// The longest RFC 6749 JSON body [`Error::json_body`](crate::Error::json_body)
/// writes, not counting the code: every field at its limit, 2,621 bytes.
pub const MAX_JSON_BODY_LEN: usize =
    r#"{"error":"","error_description":"","error_uri":"","state":""}"#.len()
        + MAX_ERROR_DESCRIPTION_LEN
        + MAX_ERROR_URI_LEN
        + MAX_STATE_LEN;

/// The longest problem+json body [`Error::problem_json`](crate::Error::problem_json)
/// writes, not counting the code and the title (the catalog's description
/// of the code, or a status's reason phrase, 31 bytes at most): 1,594
/// bytes.
pub const MAX_PROBLEM_JSON_LEN: usize =
    r#"{"type":"","title":"","status":000,"detail":"","error":""}"#.len()
        + MAX_ERROR_URI_LEN
        + MAX_ERROR_DESCRIPTION_LEN;

/// The longest `WWW-Authenticate` value
/// [`Error::www_authenticate`](crate::Error::www_authenticate) writes, not
/// counting the code: a scheme and four parameter names of
/// [`MAX_CHALLENGE_NAME_LEN`], six parameter values of
/// [`MAX_CHALLENGE_VALUE_LEN`], and the error's description and URI at
/// their limits, 3,477 bytes. A `Bearer` challenge with `realm`, `scope`
/// and the error alone takes at most 2,119 bytes besides the code.
pub const MAX_WWW_AUTHENTICATE_LEN: usize = MAX_CHALLENGE_NAME_LEN
    + r#" realm="", scope="""#.len()
    + MAX_CHALLENGE_PARAMS * (r#", ="""#.len() + MAX_CHALLENGE_NAME_LEN)
    + (2 + MAX_CHALLENGE_PARAMS) * MAX_CHALLENGE_VALUE_LEN
    + r#", error="", error_description="", error_uri="""#.len()
    + MAX_ERROR_DESCRIPTION_LEN
    + MAX_ERROR_URI_LEN;

/// The most bytes [`Error::redirect_uri`](crate::Error::redirect_uri) adds
/// to the base redirect URI, not counting the code: the separator and the
/// five parameters at their limits, 2,865 bytes. The base URI itself is
/// refused beyond 2048 bytes, so a `Location` is at most 4,913 bytes plus
/// the code.
pub const MAX_REDIRECT_PARAMS_LEN: usize = "?error=&error_description=&error_uri=&state=&iss="
    .len()
    + MAX_ERROR_DESCRIPTION_LEN
    + MAX_ERROR_URI_LEN
    + MAX_STATE_LEN
    + MAX_ISS_LEN;

#[cfg(test)]
mod tests {
    use super::*;

    /// The figures the documentation states.
    #[test]
    fn the_maxima_are_the_documented_figures() {
        assert_eq!(MAX_JSON_BODY_LEN, 2621);
        assert_eq!(MAX_PROBLEM_JSON_LEN, 1594);
        assert_eq!(MAX_WWW_AUTHENTICATE_LEN, 3477);
        assert_eq!(MAX_REDIRECT_PARAMS_LEN, 2865);
        assert_eq!(2048 + MAX_REDIRECT_PARAMS_LEN, 4913);
    }
}
