//! Authorization-response redirects (RFC 6749 sections 4.1.2.1 and
//! 4.2.2.1): the error parameters in the query or the fragment of the
//! client's redirect URI, and reading them back.

use alloc::string::String;
use core::fmt;

use crate::{Error, ErrorCode, ErrorResponse, Expose, Limits, ParseError};

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

/// How [`Error::redirect_uri`] builds the redirect.
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
        }
    }
}

impl core::error::Error for RedirectUriError {}

impl<C: ErrorCode> Error<C> {
    /// The redirect URI carrying this error: `error`, `error_description`,
    /// `error_uri`, `state` and `iss` added to the query or the fragment,
    /// `application/x-www-form-urlencoded` as RFC 6749 says. The scheme,
    /// authority, path and existing query of `redirect_uri` are kept
    /// byte for byte.
    ///
    /// # Errors
    ///
    /// When `redirect_uri` is not an absolute URI without a fragment.
    ///
    /// ```
    /// use errcat::{Error, RedirectOptions};
    /// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
    ///
    /// let error = Error::from(DocError::InvalidRequest).with_state("xyz");
    /// let options = RedirectOptions { issuer: Some("https://as.example"), ..RedirectOptions::default() };
    /// assert_eq!(
    ///     error.redirect_uri("https://client.example/cb?lang=en", &options)?,
    ///     "https://client.example/cb?lang=en&error=invalid_request&error_description=The+request+is+missing+a+required+parameter.+Check+the+request+parameters.&state=xyz&iss=https%3A%2F%2Fas.example"
    /// );
    /// # Ok::<(), errcat::RedirectUriError>(())
    /// ```
    pub fn redirect_uri(
        &self,
        redirect_uri: &str,
        options: &RedirectOptions<'_>,
    ) -> Result<String, RedirectUriError> {
        check_redirect_uri(redirect_uri)?;
        let mut out = String::with_capacity(redirect_uri.len() + 160);
        out.push_str(redirect_uri);
        match options.mode {
            ResponseMode::Query => match redirect_uri.find('?') {
                None => out.push('?'),
                Some(_) if redirect_uri.ends_with(['?', '&']) => {}
                Some(_) => out.push('&'),
            },
            ResponseMode::Fragment => out.push('#'),
        }
        let response = self.to_response(options.expose);
        // The parameters start after the separator, when one was added:
        // a URI that ends in `?` or `&` already has it.
        let start = out.len();
        let mut form = form_urlencoded::Serializer::for_suffix(out, start);
        form.append_pair("error", &response.error);
        for (key, value) in response.optional_fields() {
            form.append_pair(key, value);
        }
        if let Some(issuer) = options.issuer {
            form.append_pair("iss", issuer);
        }
        Ok(form.finish())
    }
}

fn check_redirect_uri(uri: &str) -> Result<(), RedirectUriError> {
    let scheme_len = uri
        .find(':')
        .filter(|&end| {
            let scheme = &uri[..end];
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        })
        .ok_or(RedirectUriError::NotAbsolute)?;
    if let Some(at) = uri.find(|c: char| c == ' ' || c.is_control() || !c.is_ascii()) {
        return Err(RedirectUriError::InvalidCharacter { at });
    }
    if uri[scheme_len..].contains('#') {
        return Err(RedirectUriError::HasFragment);
    }
    Ok(())
}

impl ErrorResponse {
    /// Reads the error parameters of an authorization-response redirect:
    /// from the fragment when it has an `error`, else from the query.
    ///
    /// # Errors
    ///
    /// When the URI is longer than the default [`Limits`], has neither
    /// query nor fragment, has no `error`, repeats a parameter, or has a
    /// parameter that is not percent-encoded UTF-8.
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
            component.split('&').any(|pair| {
                let name = pair.split_once('=').map_or(pair, |(name, _)| name);
                form_decode(name).is_some_and(|name| name == "error")
            })
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
        let mut error = None;
        let mut response = Self::default();
        let pairs = component.split('&').filter(|pair| !pair.is_empty());
        for (count, pair) in pairs.enumerate() {
            if count >= limits.max_parameters {
                return Err(ParseError::TooManyParameters {
                    limit: limits.max_parameters,
                });
            }
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = form_decode(name).ok_or_else(|| ParseError::InvalidEncoding(name.into()))?;
            let value =
                form_decode(value).ok_or_else(|| ParseError::InvalidEncoding(name.clone()))?;
            let Some(slot) = response.slot_for(&mut error, &name) else {
                if response.extensions.contains_key(&name) {
                    return Err(ParseError::DuplicateParameter(name));
                }
                response.extensions.insert(name, value);
                continue;
            };
            if slot.replace(value).is_some() {
                return Err(ParseError::DuplicateParameter(name));
            }
        }
        response.error = error.ok_or(ParseError::MissingError)?;
        if response.error.is_empty() {
            return Err(ParseError::EmptyError);
        }
        Ok(response)
    }
}

/// Decodes one `application/x-www-form-urlencoded` name or value: `+` is a
/// space, `%XX` a byte. `None` when the bytes are not UTF-8: refused, not
/// guessed at.
fn form_decode(encoded: &str) -> Option<String> {
    let spaced = encoded.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(alloc::borrow::Cow::into_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_redirect_uris_rfc_6749_forbids() {
        assert_eq!(
            check_redirect_uri("/relative/cb"),
            Err(RedirectUriError::NotAbsolute)
        );
        assert_eq!(
            check_redirect_uri("1http://x"),
            Err(RedirectUriError::NotAbsolute)
        );
        assert_eq!(
            check_redirect_uri("https://x/cb#frag"),
            Err(RedirectUriError::HasFragment)
        );
        assert_eq!(
            check_redirect_uri("https://x/c b"),
            Err(RedirectUriError::InvalidCharacter { at: 11 })
        );
        assert_eq!(
            check_redirect_uri("com.example.app:/oauth2redirect"),
            Ok(())
        );
        assert_eq!(check_redirect_uri("http://localhost:8080/cb?x=1"), Ok(()));
    }

    /// Found by the `render` fuzz target: a redirect URI that ends in its
    /// query's separator made the form serializer panic.
    #[test]
    fn redirect_uris_ending_in_a_separator_get_no_second_one() {
        crate::catalog! { enum DocError = "examples/doc-catalog.toml"; }
        for (redirect_uri, expected) in [
            ("https://x/cb?", "https://x/cb?error="),
            ("https://x/cb?a=1&", "https://x/cb?a=1&error="),
            ("https://x/cb", "https://x/cb?error="),
        ] {
            let built = crate::Error::from(DocError::InvalidRequest)
                .redirect_uri(redirect_uri, &RedirectOptions::default())
                .expect("a valid redirect URI");
            assert!(built.starts_with(expected), "{built}");
        }
    }

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
