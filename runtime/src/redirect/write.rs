//! Writing the error parameters into a redirect URI, form-encoded.

use alloc::string::String;

use super::{
    MAX_REDIRECT_URI_LEN, MAX_REDIRECT_URI_PARAMETERS, RedirectOptions, RedirectUriError,
    ResponseMode, form_decode, pairs,
};
use crate::text::cut::{self, Transport};
use crate::{Error, ErrorCode, params, text};

impl<C: ErrorCode> Error<C> {
    /// The redirect URI carrying this error: `error`, `error_description`,
    /// `error_uri`, `state` and `iss` added to the query or the fragment,
    /// `application/x-www-form-urlencoded` as RFC 6749 says. The scheme,
    /// authority, path and existing query of `redirect_uri` are kept
    /// byte for byte, the client's own parameters included, repeated ones
    /// too.
    ///
    /// What this builds reads back with
    /// [`ErrorResponse::from_redirect_uri`](crate::ErrorResponse::from_redirect_uri)
    /// to this error's [`to_response`](Self::to_response) (with `iss`),
    /// plus, in query mode, the first value of each of the client's
    /// parameters in `extensions`. So `redirect_uri` is refused, in either
    /// mode, when its query could make the response ambiguous or
    /// unreadable.
    ///
    /// # Errors
    ///
    /// A [`RedirectUriError`] that says why, when `redirect_uri`:
    ///
    /// - is longer than [`MAX_REDIRECT_URI_LEN`](crate::MAX_REDIRECT_URI_LEN)
    ///   (2048) bytes ([`TooLong`](RedirectUriError::TooLong));
    /// - is not absolute or has a fragment (RFC 6749 section 3.1.2), or
    ///   holds a space, a control or a non-ASCII character;
    /// - already has one of the response's parameters (`error`,
    ///   `error_description`, `error_uri`, `state`, `iss`) in its query,
    ///   names compared after form-decoding
    ///   ([`HasResponseParameter`](RedirectUriError::HasResponseParameter)):
    ///   the redirect would carry it twice;
    /// - has more than [`MAX_REDIRECT_URI_PARAMETERS`](crate::MAX_REDIRECT_URI_PARAMETERS)
    ///   (59) query parameters, or one that is not form-encoded UTF-8.
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
            // The query starts after the first `?`; a later `?` is data
            // (RFC 3986 allows it in a query), so only an empty query or
            // one ending in `&` already ends in a separator.
            ResponseMode::Query => match redirect_uri.split_once('?') {
                None => out.push('?'),
                Some((_, query)) if query.is_empty() || query.ends_with('&') => {}
                Some(_) => out.push('&'),
            },
            ResponseMode::Fragment => out.push('#'),
        }
        // Each value is cut to its limit as form encoding lengthens it.
        let response = self.view().to_response_for(options.expose, Transport::Form);
        // The parameters start after the separator, whether it was added
        // or the redirect URI ended in it.
        let start = out.len();
        let mut form = form_urlencoded::Serializer::for_suffix(out, start);
        form.append_pair(params::ERROR, &response.error);
        for (name, value) in response.optional_fields() {
            form.append_pair(name, value);
        }
        if let Some(issuer) = options.issuer {
            let issuer = cut::cut_raw(issuer, text::MAX_ISS_LEN, Transport::Form);
            form.append_pair(params::ISS, &issuer);
        }
        Ok(form.finish())
    }
}

/// Whether errcat can build a redirect on `uri`: see the errors of
/// [`Error::redirect_uri`].
fn check_redirect_uri(uri: &str) -> Result<(), RedirectUriError> {
    // First, so that nothing below walks more than the limit.
    if uri.len() > MAX_REDIRECT_URI_LEN {
        return Err(RedirectUriError::TooLong {
            len: uri.len(),
            limit: MAX_REDIRECT_URI_LEN,
        });
    }
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
    // The query starts after the first `?`, as the reader finds it.
    if let Some(query_start) = uri.find('?').map(|at| at + 1) {
        check_query(&uri[query_start..], query_start)?;
    }
    Ok(())
}

/// Whether the reader takes the query of a redirect built on it, apart
/// from the `error` it lacks: its pairs form-decode, none is a response
/// parameter, and with the response's they are few enough. It is checked
/// in fragment mode too, though the reader then reads the fragment: a
/// client may merge query and fragment, and one rule for both modes says
/// what a redirect URI must be. `offset` is where the query starts in the
/// redirect URI, for the errors' offsets.
fn check_query(query: &str, offset: usize) -> Result<(), RedirectUriError> {
    for (count, (at, name, value)) in pairs(query).enumerate() {
        if count >= MAX_REDIRECT_URI_PARAMETERS {
            return Err(RedirectUriError::TooManyParameters {
                limit: MAX_REDIRECT_URI_PARAMETERS,
            });
        }
        let at = offset + at;
        let name = form_decode(name).ok_or(RedirectUriError::InvalidEncoding { at })?;
        if let Some(&name) = params::ALL.iter().find(|&&param| param == name) {
            return Err(RedirectUriError::HasResponseParameter { name, at });
        }
        if form_decode(value).is_none() {
            return Err(RedirectUriError::InvalidEncoding { at });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use alloc::format;

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

    #[test]
    fn refuses_a_redirect_uri_too_long_to_bound_the_output() {
        let at_limit = format!("https://x/cb?p={}", "a".repeat(MAX_REDIRECT_URI_LEN - 15));
        assert_eq!(at_limit.len(), MAX_REDIRECT_URI_LEN);
        assert_eq!(check_redirect_uri(&at_limit), Ok(()));
        let over = format!("{at_limit}a");
        assert_eq!(
            check_redirect_uri(&over),
            Err(RedirectUriError::TooLong {
                len: 2049,
                limit: 2048
            })
        );
    }

    /// Names are compared decoded and exactly, as the reader does.
    #[test]
    fn refuses_a_query_that_holds_a_response_parameter() {
        for (uri, name, at) in [
            ("https://x/cb?state=1", "state", 13),
            ("https://x/cb?a=1&iss", "iss", 17),
            ("https://x/cb?a&&%65rror=x", "error", 16),
            ("https://x/cb?error_description", "error_description", 13),
            ("com.example.app:/cb?error%5Furi=", "error_uri", 20),
        ] {
            assert_eq!(
                check_redirect_uri(uri),
                Err(RedirectUriError::HasResponseParameter { name, at }),
                "{uri}"
            );
        }
        // Other names, and the names as values, are the client's.
        for uri in [
            "https://x/cb?ERROR=1&errors=2&x=error&state%20=3&tag=a&tag=b",
            "https://x/cb/error?",
        ] {
            assert_eq!(check_redirect_uri(uri), Ok(()), "{uri}");
        }
    }

    #[test]
    fn refuses_a_query_the_reader_cannot_read() {
        assert_eq!(
            check_redirect_uri("https://x/cb?a=1&b=%FF"),
            Err(RedirectUriError::InvalidEncoding { at: 17 })
        );
        assert_eq!(
            check_redirect_uri("https://x/cb?%C3=1"),
            Err(RedirectUriError::InvalidEncoding { at: 13 })
        );
        let most = "a&".repeat(MAX_REDIRECT_URI_PARAMETERS);
        assert_eq!(
            check_redirect_uri(&format!("https://x/cb?{most}&&")),
            Ok(())
        );
        assert_eq!(
            check_redirect_uri(&format!("https://x/cb?{most}b")),
            Err(RedirectUriError::TooManyParameters { limit: 59 })
        );
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
            ("https://x/cb?&", "https://x/cb?&error="),
        ] {
            let built = crate::Error::from(DocError::InvalidRequest)
                .redirect_uri(redirect_uri, &RedirectOptions::default())
                .expect("a valid redirect URI");
            assert!(built.starts_with(expected), "{built}");
        }
    }

    /// Found by the `render` fuzz target: a `?` after the query's first is
    /// data, so a query ending in one still needs its `&`; without it every
    /// form reader took `a=1?error=...` for one pair and found no `error`.
    #[test]
    fn a_query_ending_in_a_question_mark_gets_its_separator() {
        crate::catalog! { enum DocError = "examples/doc-catalog.toml"; }
        for (redirect_uri, expected) in [
            ("https://x/cb?a=1?", "https://x/cb?a=1?&error="),
            ("https://x/cb??", "https://x/cb??&error="),
            ("https://x/cb?a=?&b=1?", "https://x/cb?a=?&b=1?&error="),
            ("https://x/cb?a&?", "https://x/cb?a&?&error="),
        ] {
            let built = crate::Error::from(DocError::InvalidRequest)
                .redirect_uri(redirect_uri, &RedirectOptions::default())
                .expect("a valid redirect URI");
            assert!(built.starts_with(expected), "{built}");
        }
    }
}
