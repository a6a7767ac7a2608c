//! The client-side redirect parser: `ErrorResponse::from_redirect_uri` on
//! arbitrary text.
//!
//! Properties: nothing panics; what is accepted has a non-empty code and at
//! most the allowed parameters, and the same parameters written as a form
//! into another redirect read back unchanged.

use errcat::{ErrorResponse, Limits, ParseError};

/// Parses `data` (as text, invalid UTF-8 replaced) as a redirect URI and
/// checks the properties.
///
/// # Panics
///
/// When a property does not hold.
pub fn check(data: &[u8]) {
    let uri = String::from_utf8_lossy(data);
    let parsed = ErrorResponse::from_redirect_uri(&uri);
    if let Err(ParseError::TooLong { len, limit }) = &parsed {
        assert!(len > limit);
    }
    let Ok(response) = parsed else {
        return;
    };
    assert!(!response.error.is_empty());
    assert!(response.extensions.len() < Limits::DEFAULT.max_parameters);
    for mode in ['?', '#'] {
        let rewritten = format!("https://client.example/cb{mode}{}", to_form(&response));
        let unlimited = Limits {
            max_bytes: usize::MAX,
            ..Limits::DEFAULT
        };
        assert_eq!(
            ErrorResponse::from_redirect_uri_with_limits(&rewritten, unlimited).as_ref(),
            Ok(&response),
            "{rewritten}"
        );
    }
}

/// The response's parameters, `application/x-www-form-urlencoded`.
fn to_form(response: &ErrorResponse) -> String {
    let mut form = form_urlencoded::Serializer::new(String::new());
    form.append_pair("error", &response.error);
    let optional = [
        ("error_description", &response.error_description),
        ("error_uri", &response.error_uri),
        ("state", &response.state),
        ("iss", &response.iss),
    ];
    for (name, value) in optional {
        if let Some(value) = value {
            form.append_pair(name, value);
        }
    }
    for (name, value) in &response.extensions {
        form.append_pair(name, value);
    }
    form.finish()
}
