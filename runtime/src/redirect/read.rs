//! Reading the error parameters of a redirect URI.

use super::{form_decode, pairs};
use crate::response::{Format, ResponseBuilder};
use crate::{ErrorResponse, Limits, ParseError, params};

impl ErrorResponse {
    /// Reads the error parameters of an authorization-response redirect:
    /// from the fragment when it has an `error`, else from the query.
    ///
    /// Names are compared after form-decoding (`%65rror` is `error`). The
    /// client's own parameters, which a query-mode redirect keeps, go to
    /// [`extensions`](Self::extensions); one the client's redirect URI
    /// repeats (`?tag=a&tag=b`) keeps its first value, so that every
    /// redirect [`Error::redirect_uri`](crate::Error::redirect_uri) builds
    /// reads back.
    ///
    /// # Errors
    ///
    /// When the URI is longer than the default [`Limits`] or has more
    /// parameters, has neither query nor fragment, has no `error` or an
    /// empty one, repeats one of the response's parameters (`error`,
    /// `error_description`, `error_uri`, `state`, `iss`: RFC 6749 allows
    /// each once), or has a parameter that is not percent-encoded UTF-8.
    ///
    /// ```
    /// use errcat::ErrorResponse;
    ///
    /// let response = ErrorResponse::from_redirect_uri(
    ///     "https://client.example/cb?error=access_denied&state=xyz",
    /// )?;
    /// assert_eq!(response.error, "access_denied");
    /// assert_eq!(response.state.as_deref(), Some("xyz"));
    /// # Ok::<(), errcat::ParseError>(())
    /// ```
    pub fn from_redirect_uri(uri: &str) -> Result<Self, ParseError> {
        Self::from_redirect_uri_with_limits(uri, Limits::DEFAULT)
    }

    /// Reads a redirect within `limits`.
    ///
    /// # Errors
    ///
    /// As [`from_redirect_uri`](Self::from_redirect_uri).
    pub fn from_redirect_uri_with_limits(uri: &str, limits: Limits) -> Result<Self, ParseError> {
        if uri.len() > limits.max_bytes {
            return Err(ParseError::TooLong {
                len: uri.len(),
                limit: limits.max_bytes,
            });
        }
        let (before_fragment, fragment) = match uri.split_once('#') {
            Some((before, fragment)) => (before, Some(fragment)),
            None => (uri, None),
        };
        let query = before_fragment.split_once('?').map(|(_, query)| query);
        // Names are compared decoded, as they are read: `%65rror=x` is an
        // `error` too.
        let has_error = |component: &str| {
            pairs(component)
                .any(|(_, name, _)| form_decode(name).is_some_and(|name| name == params::ERROR))
        };
        let component = match (query, fragment) {
            (None, None) => return Err(ParseError::NoParameters),
            (_, Some(fragment)) if has_error(fragment) => fragment,
            (Some(query), _) => query,
            (None, Some(fragment)) => fragment,
        };
        Self::from_form(component, limits)
    }

    /// Reads `application/x-www-form-urlencoded` parameters.
    fn from_form(component: &str, limits: Limits) -> Result<Self, ParseError> {
        let mut builder = ResponseBuilder::new(Format::Redirect);
        for (count, (_, name, value)) in pairs(component).enumerate() {
            if count >= limits.max_parameters {
                return Err(ParseError::TooManyParameters {
                    limit: limits.max_parameters,
                });
            }
            let name = form_decode(name).ok_or_else(|| ParseError::InvalidEncoding(name.into()))?;
            let value =
                form_decode(value).ok_or_else(|| ParseError::InvalidEncoding(name.clone()))?;
            builder.param(name, value)?;
        }
        builder.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_encoded_error_name_in_the_fragment_is_found() {
        let response =
            ErrorResponse::from_redirect_uri("https://x/cb?lang=en#%65rror=access_denied");
        assert_eq!(
            response.map(|response| response.error),
            Ok("access_denied".into())
        );
    }

    #[test]
    fn decodes_form_encoding_and_refuses_bad_utf8() {
        assert_eq!(form_decode("a+b%2Bc%C3%A9").as_deref(), Some("a b+cé"));
        assert_eq!(form_decode("%FF"), None);
        assert_eq!(form_decode("100%").as_deref(), Some("100%"));
    }
}
