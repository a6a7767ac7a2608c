//! The challenge and the `WWW-Authenticate` value: what the builder takes
//! and refuses (docs/wire-formats.md, "`WWW-Authenticate` challenge"; the
//! rustdoc of `Challenge` and `ChallengeError`), and what the header
//! carries.

use errcat::text::{MAX_CHALLENGE_NAME_LEN, MAX_CHALLENGE_PARAMS, MAX_CHALLENGE_VALUE_LEN};
use errcat::{Challenge, ChallengeError, Error, ErrorResponse, Limits, parse_www_authenticate};
use login_errors::LoginError;

use super::field::{Carrier, Field, Value};
use super::{Case, description_field, is_header_text};
use crate::challenge::is_token;

/// The parameters errcat writes itself, which `with_param` refuses.
const RESERVED: [&str; 5] = ["realm", "scope", "error", "error_description", "error_uri"];

/// The longest `WWW-Authenticate` value of a `Bearer` challenge with only
/// `realm`, `scope` and the error, besides the code, as
/// docs/wire-formats.md states it.
const MAX_BEARER_LEN: usize = 2119;

/// A challenge built as the case asks, and what the documentation says it
/// holds: its scheme, and each parameter under the name it was first set
/// with, with the value last given.
pub(super) struct Built {
    pub(super) challenge: Challenge,
    scheme: String,
    params: Vec<(String, String)>,
}

/// Builds the case's challenge, checking each refusal against the
/// documented reasons; a refused scheme falls back to `Bearer`, a refused
/// parameter is left out.
pub(super) fn build(case: &Case) -> Built {
    let (mut challenge, scheme) = match Challenge::with_scheme(case.scheme.clone()) {
        Ok(challenge) => {
            assert!(
                is_token(&case.scheme) && case.scheme.len() <= MAX_CHALLENGE_NAME_LEN,
                "took a scheme it should refuse: {:?}",
                case.scheme
            );
            (challenge, case.scheme.clone())
        }
        Err(refusal) => {
            let name = &case.scheme;
            let applies = match &refusal {
                ChallengeError::NameTooLong { len } => is_too_long(name, *len),
                ChallengeError::NotAToken(refused) => refused == name && !is_token(name),
                _ => false,
            };
            assert!(applies, "refused scheme {name:?} with {refusal:?}");
            (Challenge::bearer(), "Bearer".to_owned())
        }
    };
    let mut params = Vec::new();
    if let Some(realm) = &case.realm {
        challenge = challenge.with_realm(realm);
        set(&mut params, "realm", realm);
    }
    if let Some(scope) = &case.scope {
        challenge = challenge.with_scope(scope);
        set(&mut params, "scope", scope);
    }
    for (name, value) in &case.params {
        let known = params.iter().any(|(set, _)| set.eq_ignore_ascii_case(name));
        let others = params
            .iter()
            .filter(|(set, _)| set != "realm" && set != "scope")
            .count();
        let reserved = RESERVED.iter().any(|r| r.eq_ignore_ascii_case(name));
        match challenge.clone().with_param(name.clone(), value) {
            Ok(with_param) => {
                assert!(
                    is_token(name) && name.len() <= MAX_CHALLENGE_NAME_LEN && !reserved,
                    "took a parameter name it should refuse: {name:?}"
                );
                assert!(
                    known || others < MAX_CHALLENGE_PARAMS,
                    "took a parameter beyond the {MAX_CHALLENGE_PARAMS}: {name:?}"
                );
                challenge = with_param;
                set(&mut params, name, value);
            }
            Err(refusal) => {
                let applies = match &refusal {
                    ChallengeError::NameTooLong { len } => is_too_long(name, *len),
                    ChallengeError::NotAToken(refused) => refused == name && !is_token(name),
                    ChallengeError::Reserved(refused) => refused == name && reserved,
                    ChallengeError::TooManyParams(refused) => {
                        refused == name && !known && others >= MAX_CHALLENGE_PARAMS
                    }
                    _ => false,
                };
                assert!(applies, "refused parameter {name:?} with {refusal:?}");
            }
        }
    }
    Built {
        challenge,
        scheme,
        params,
    }
}

/// Whether `NameTooLong { len }` describes `name`.
fn is_too_long(name: &str, len: usize) -> bool {
    len == name.len() && len > MAX_CHALLENGE_NAME_LEN
}

/// Sets `name` as the builder documents it: a name already set (compared
/// without case) gets the new value.
fn set(params: &mut Vec<(String, String)>, name: &str, value: &str) {
    match params
        .iter_mut()
        .find(|(set, _)| set.eq_ignore_ascii_case(name))
    {
        Some(slot) => value.clone_into(&mut slot.1),
        None => params.push((name.to_owned(), value.to_owned())),
    }
}

/// The challenge alone, and with the error: each a header value without
/// controls, one challenge of the scheme, its parameters within their
/// limits, and the error's fields as the other outputs carry them.
pub(super) fn check(error: &Error<LoginError>, built: &Built, case: &Case) {
    let code = error.kind().code();
    let alone = built.challenge.header_value();
    check_value(&alone, built, None);
    let value = error.www_authenticate(&built.challenge, case.expose);
    check_value(&value, built, Some((error, case)));
    assert!(
        value.len() <= errcat::text::MAX_WWW_AUTHENTICATE_LEN + code.len(),
        "{} bytes: {value}",
        value.len()
    );
    let bearer_alone = built
        .params
        .iter()
        .all(|(name, _)| name == "realm" || name == "scope");
    if built.scheme == "Bearer" && bearer_alone {
        assert!(value.len() <= MAX_BEARER_LEN + code.len(), "{value}");
    }
    // A client reads the error, and the challenge's own parameters as
    // extensions.
    let read = ErrorResponse::from_www_authenticate(&value)
        .unwrap_or_else(|problem| panic!("our own challenge reads: {problem}: {value}"));
    let parsed = parse_www_authenticate(&value, Limits::DEFAULT).expect("checked above");
    let parsed = &parsed[0];
    assert_eq!(Some(read.error.as_str()), parsed.param("error"), "{value}");
    assert_eq!(
        read.error_description.as_deref(),
        parsed.param("error_description"),
        "{value}"
    );
    assert_eq!(
        read.error_uri.as_deref(),
        parsed.param("error_uri"),
        "{value}"
    );
    assert_eq!((&read.state, &read.iss), (&None, &None), "{value}");
    assert_eq!(read.extensions.len(), built.params.len(), "{value}");
    for (name, _) in &built.params {
        let sent = parsed.param(name);
        assert!(
            read.extensions.iter().any(|(read, value)| {
                read.eq_ignore_ascii_case(name) && Some(value.as_str()) == sent
            }),
            "{name} is not an extension: {value}"
        );
    }
}

/// Checks one header value; `error` when it carries one.
fn check_value(value: &str, built: &Built, error: Option<(&Error<LoginError>, &Case)>) {
    assert!(
        is_header_text(value),
        "a header value holds a control or non-ASCII character: {value:?}"
    );
    let parsed = parse_www_authenticate(value, Limits::DEFAULT)
        .unwrap_or_else(|problem| panic!("our own challenge parses: {problem}: {value}"));
    assert_eq!(parsed.len(), 1, "one challenge: {value}");
    let parsed = &parsed[0];
    assert_eq!(parsed.scheme, built.scheme, "{value}");
    assert_eq!(parsed.token68, None, "{value}");
    for (_, param) in &parsed.params {
        assert!(
            !param.contains(['"', '\\']),
            "a quoted value needs escaping: {value}"
        );
    }
    let described = error.map(|(error, case)| description_field(error, case, Carrier::Quoted));
    let error_params = error.map_or(0, |(error, _)| {
        let description = described.as_ref().and_then(|(text, _)| text.as_ref());
        1 + usize::from(description.is_some()) + usize::from(error.uri().is_some())
    });
    assert_eq!(
        parsed.params.len(),
        built.params.len() + error_params,
        "the challenge's parameters, then the error's: {value}"
    );
    for (name, given) in &built.params {
        Field::new(
            "a challenge parameter",
            Value::Text,
            Carrier::Quoted,
            MAX_CHALLENGE_VALUE_LEN,
        )
        .check(Some(given), parsed.param(name), &value);
    }
    let (Some((error, _)), Some((description, field))) = (error, described) else {
        assert!(parsed.param("error").is_none(), "{value}");
        return;
    };
    assert_eq!(parsed.param("error"), Some(error.kind().code()), "{value}");
    field.check(
        description.as_deref(),
        parsed.param("error_description"),
        &value,
    );
    Field::new(
        "error_uri",
        Value::Uri,
        Carrier::Quoted,
        errcat::text::MAX_ERROR_URI_LEN,
    )
    .check(error.uri(), parsed.param("error_uri"), &value);
}
