//! Reading the error of a `WWW-Authenticate` value.

use crate::response::{Format, ResponseBuilder};
use crate::{ErrorResponse, Limits, ParseError, params, parse_www_authenticate};

impl ErrorResponse {
    /// Reads the error of a `WWW-Authenticate` value: the first challenge
    /// with an `error` parameter gives `error`, `error_description` and
    /// `error_uri`; its other parameters (`realm`, `scope`...) go to
    /// [`extensions`](Self::extensions).
    ///
    /// # Errors
    ///
    /// As [`parse_www_authenticate`], and [`ParseError::MissingError`] when
    /// no challenge has an `error`.
    ///
    /// ```
    /// use errcat::ErrorResponse;
    ///
    /// let response = ErrorResponse::from_www_authenticate(
    ///     r#"Bearer realm="example", error="invalid_token", error_description="The access token expired""#,
    /// )?;
    /// assert_eq!(response.error, "invalid_token");
    /// assert_eq!(response.extensions["realm"], "example");
    /// # Ok::<(), errcat::ParseError>(())
    /// ```
    pub fn from_www_authenticate(value: &str) -> Result<Self, ParseError> {
        let challenges = parse_www_authenticate(value, Limits::DEFAULT)?;
        let challenge = challenges
            .into_iter()
            .find(|challenge| challenge.param(params::ERROR).is_some())
            .ok_or(ParseError::MissingError)?;
        let mut builder = ResponseBuilder::new(Format::Challenge);
        for (name, value) in challenge.params {
            builder.param(name, value)?;
        }
        builder.finish()
    }
}
