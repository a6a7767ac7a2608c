//! Writing the error parameters into a redirect URI, form-encoded.

use alloc::string::String;

use super::{RedirectOptions, RedirectUriError, ResponseMode};
use crate::text::cut::{self, Transport};
use crate::{Error, ErrorCode, params, text};

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
        // Each value is cut to its limit as form encoding lengthens it.
        let response = self.view().to_response_for(options.expose, Transport::Form);
        // The parameters start after the separator, when one was added:
        // a URI that ends in `?` or `&` already has it.
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
}
