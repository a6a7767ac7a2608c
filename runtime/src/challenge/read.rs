//! Reading the error of a `WWW-Authenticate` value.

use crate::response::{Format, ResponseBuilder};
use crate::{ErrorResponse, Limits, ParseError, params, parse_www_authenticate};

impl ErrorResponse {
    /// Reads the error of a `WWW-Authenticate` value: the first challenge
    /// with an `error` parameter gives `error`, `error_description` and
    /// `error_uri`; its other parameters (`realm`, `scope`...) go to
    /// [`extensions`](Self::extensions).
    ///
    /// The value is read with the default [`Limits`], as
    /// [`parse_www_authenticate`] reads it: empty list elements
    /// (`Bearer , error="x"`) are skipped, and a parameter's name compares
    /// without case, so `error` and `ERROR` in one challenge are a repeat.
    ///
    /// # Errors
    ///
    /// As [`parse_www_authenticate`], and [`ParseError::MissingError`] when
    /// no challenge has an `error`, [`ParseError::EmptyError`] when that
    /// `error` is empty.
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
        Self::from_www_authenticate_with_limits(value, Limits::DEFAULT)
    }

    /// Reads the error of a `WWW-Authenticate` value within `limits`:
    /// `max_bytes` bounds the value, `max_parameters` the auth-params of
    /// all its challenges together.
    ///
    /// # Errors
    ///
    /// As [`from_www_authenticate`](Self::from_www_authenticate).
    ///
    /// ```
    /// use errcat::{ErrorResponse, Limits, ParseError};
    ///
    /// let header = r#"Bearer realm="api", error="invalid_token", scope="read write""#;
    /// let tight = Limits { max_parameters: 2, ..Limits::DEFAULT };
    /// assert_eq!(
    ///     ErrorResponse::from_www_authenticate_with_limits(header, tight),
    ///     Err(ParseError::TooManyParameters { limit: 2 })
    /// );
    /// let response = ErrorResponse::from_www_authenticate_with_limits(header, Limits::DEFAULT)?;
    /// assert_eq!(response.extensions["scope"], "read write");
    /// # Ok::<(), ParseError>(())
    /// ```
    pub fn from_www_authenticate_with_limits(
        value: &str,
        limits: Limits,
    ) -> Result<Self, ParseError> {
        let challenges = parse_www_authenticate(value, limits)?;
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
