//! The client-side `WWW-Authenticate` parser: `parse_www_authenticate` and
//! `ErrorResponse::from_www_authenticate` on arbitrary text.
//!
//! Properties: nothing panics; an error's offset lies inside the input;
//! what is accepted is made of tokens, within the limits, without repeated
//! parameters, and written out again (values re-quoted) it reads back
//! unchanged; `from_www_authenticate` takes the first challenge with an
//! `error`, its error attributes read as such and its other parameters as
//! extensions.

use std::collections::BTreeMap;

use errcat::{ErrorResponse, Limits, ParseError, ParsedChallenge, parse_www_authenticate};

/// Parses `data` (as text, invalid UTF-8 replaced) as a `WWW-Authenticate`
/// value and checks the properties.
///
/// # Panics
///
/// When a property does not hold.
pub fn check(data: &[u8]) {
    let value = String::from_utf8_lossy(data);
    let parsed = parse_www_authenticate(&value, Limits::DEFAULT);
    let response = ErrorResponse::from_www_authenticate(&value);
    let challenges = match parsed {
        Ok(challenges) => challenges,
        Err(error) => {
            if let ParseError::Challenge { at, .. } = error {
                assert!(at <= value.len(), "offset {at} past the end");
            }
            assert_eq!(response, Err(error), "both entry points refuse alike");
            return;
        }
    };
    let mut params = 0;
    for challenge in &challenges {
        assert!(is_token(&challenge.scheme), "{challenge:?}");
        assert!(challenge.token68.is_none() || challenge.params.is_empty());
        for (index, (name, _)) in challenge.params.iter().enumerate() {
            assert!(is_token(name), "{challenge:?}");
            assert!(
                challenge.params[..index]
                    .iter()
                    .all(|(earlier, _)| !earlier.eq_ignore_ascii_case(name)),
                "a repeated parameter was accepted: {challenge:?}"
            );
        }
        params += challenge.params.len();
    }
    assert!(params <= Limits::DEFAULT.max_parameters);
    let written = write(&challenges);
    let unlimited = Limits {
        max_bytes: usize::MAX,
        ..Limits::DEFAULT
    };
    assert_eq!(
        parse_www_authenticate(&written, unlimited).as_ref(),
        Ok(&challenges),
        "{written}"
    );
    check_response(&challenges, response);
}

/// `from_www_authenticate` agrees with the challenges it read.
fn check_response(challenges: &[ParsedChallenge], response: Result<ErrorResponse, ParseError>) {
    let first_with_error = challenges
        .iter()
        .find(|challenge| challenge.param("error").is_some());
    match (first_with_error, response) {
        (None, response) => assert_eq!(response, Err(ParseError::MissingError)),
        (Some(challenge), Ok(response)) => {
            assert_eq!(Some(response.error.as_str()), challenge.param("error"));
            assert!(!response.error.is_empty());
            assert_eq!(
                response.error_description.as_deref(),
                challenge.param("error_description")
            );
            assert_eq!(response.error_uri.as_deref(), challenge.param("error_uri"));
            // Its other parameters, `state` and `iss` among them, are
            // extensions under their names as sent.
            let others: BTreeMap<String, String> = challenge
                .params
                .iter()
                .filter(|(name, _)| {
                    !["error", "error_description", "error_uri"]
                        .iter()
                        .any(|standard| standard.eq_ignore_ascii_case(name))
                })
                .cloned()
                .collect();
            assert_eq!(response.extensions, others, "{challenge:?}");
            assert_eq!((&response.state, &response.iss), (&None, &None));
        }
        (Some(challenge), Err(error)) => {
            assert_eq!(error, ParseError::EmptyError, "{challenge:?}");
            assert_eq!(challenge.param("error"), Some(""));
        }
    }
}

/// The challenges written out again, each value as a quoted string.
fn write(challenges: &[ParsedChallenge]) -> String {
    let mut out = String::new();
    for challenge in challenges {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(&challenge.scheme);
        if let Some(token68) = &challenge.token68 {
            out.push(' ');
            out.push_str(token68);
        }
        for (index, (name, value)) in challenge.params.iter().enumerate() {
            out.push_str(if index == 0 { " " } else { ", " });
            out.push_str(name);
            out.push_str("=\"");
            for c in value.chars() {
                if matches!(c, '"' | '\\') {
                    out.push('\\');
                }
                out.push(c);
            }
            out.push('"');
        }
    }
    out
}

/// Whether `text` is an HTTP token (RFC 9110 section 5.6.2).
pub(crate) fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
}
