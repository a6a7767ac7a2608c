//! The redirect (docs/wire-formats.md, "Redirects"; the rustdoc of
//! `Error::redirect_uri` and `RedirectUriError`): a base is refused only
//! for a documented reason, and otherwise kept byte for byte, followed by
//! one separator (none when its query is empty or ends in `&`) and the
//! response's form-encoded parameters, which a client's form parser
//! (`form_urlencoded`, the WHATWG parser of the `url` crate) reads after
//! the base's own pairs.

use crate::form;
use errcat::text::{MAX_ERROR_URI_LEN, MAX_ISS_LEN, MAX_REDIRECT_PARAMS_LEN, MAX_STATE_LEN};
use errcat::{
    Error, ErrorResponse, MAX_REDIRECT_URI_LEN, MAX_REDIRECT_URI_PARAMETERS, RedirectOptions,
    RedirectUriError, ResponseMode,
};
use login_errors::LoginError;

use super::Case;
use super::field::{Carrier, Field, Value};

/// The response's parameters, in the order a redirect adds them.
const RESPONSE: [&str; 5] = ["error", "error_description", "error_uri", "state", "iss"];

/// A decoded pair.
type Pair = (String, String);

pub(super) fn check(error: &Error<LoginError>, case: &Case) {
    let base = case.redirect_uri.as_str();
    let options = RedirectOptions {
        mode: case.mode,
        issuer: case.issuer.as_deref(),
        expose: case.expose,
    };
    let built = match error.redirect_uri(base, &options) {
        Ok(built) => {
            assert_eq!(
                reasons_to_refuse(base),
                Vec::<&str>::new(),
                "built on a base it should refuse: {base:?}"
            );
            built
        }
        Err(refusal) => {
            assert!(
                refusal_applies(base, &refusal),
                "refused {base:?} with {refusal:?}"
            );
            return;
        }
    };
    let added = built
        .strip_prefix(base)
        .unwrap_or_else(|| panic!("the base is not the prefix: {built}"));
    let code = error.kind().code();
    assert!(
        added.len() <= MAX_REDIRECT_PARAMS_LEN + code.len(),
        "{built}"
    );
    let fragment = case.mode == ResponseMode::Fragment;
    let separator = match (fragment, base.split_once('?')) {
        (true, _) => "#",
        (false, None) => "?",
        (false, Some((_, query))) if query.is_empty() || query.ends_with('&') => "",
        (false, Some(_)) => "&",
    };
    let params = added
        .strip_prefix(separator)
        .unwrap_or_else(|| panic!("{separator:?} does not follow the base: {built}"));
    // Form-encoded bytes only: nothing that opens a fragment, a path or
    // another authority.
    assert!(
        params
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || b"*-._+%=&".contains(&byte)),
        "{built}"
    );
    let sent = response_pairs(params, &built);
    let value = |name: &str| {
        sent.iter()
            .find(|(sent, _)| sent == name)
            .map(|(_, value)| value.as_str())
    };
    assert_eq!(value("error"), Some(code), "{built}");
    let (description, field) = super::description_field(error, case, Carrier::Form);
    field.check(description.as_deref(), value("error_description"), &built);
    let fields = [
        (Value::Uri, "error_uri", MAX_ERROR_URI_LEN, error.uri()),
        (Value::Raw, "state", MAX_STATE_LEN, error.state()),
        (Value::Raw, "iss", MAX_ISS_LEN, case.issuer.as_deref()),
    ];
    for (kind, name, limit, given) in fields {
        Field::new(name, kind, Carrier::Form, limit).check(given, value(name), &built);
    }
    // A client's form parser reads the base's pairs, then the response's.
    let base_pairs: Vec<Pair> = base
        .split_once('?')
        .filter(|_| !fragment)
        .map(|(_, query)| {
            form_urlencoded::parse(query.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    let component = if fragment {
        built.split_once('#').map(|(_, fragment)| fragment)
    } else {
        built.split_once('?').map(|(_, query)| query)
    };
    let client: Vec<Pair> = form_urlencoded::parse(component.unwrap_or_default().as_bytes())
        .into_owned()
        .collect();
    let mut expected = base_pairs.clone();
    expected.extend(sent.iter().cloned());
    assert_eq!(client, expected, "{built}");
    // So does errcat's reader, with its default limits, keeping the first
    // value of each of the base's names.
    let read = ErrorResponse::from_redirect_uri(&built)
        .unwrap_or_else(|problem| panic!("our own redirect parses: {problem}: {built}"));
    assert_eq!(read.error, code, "{built}");
    assert_eq!(
        read.error_description.as_deref(),
        value("error_description")
    );
    assert_eq!(read.error_uri.as_deref(), value("error_uri"));
    assert_eq!(read.state.as_deref(), value("state"));
    assert_eq!(read.iss.as_deref(), value("iss"));
    let mut extensions = std::collections::BTreeMap::new();
    for (name, value) in base_pairs {
        extensions.entry(name).or_insert(value);
    }
    assert_eq!(read.extensions, extensions, "{built}");
}

/// The response's pairs as sent in `params`, decoded: the names in the
/// documented order, `error` first, each value's raw bytes what form
/// encoding makes of it (so that [`Carrier::Form`] counts what is sent).
fn response_pairs(params: &str, built: &str) -> Vec<Pair> {
    let decoded: Vec<Pair> = form_urlencoded::parse(params.as_bytes())
        .into_owned()
        .collect();
    let raw: Vec<&str> = params.split('&').collect();
    assert_eq!(raw.len(), decoded.len(), "an empty pair: {built}");
    for ((name, value), raw) in decoded.iter().zip(raw) {
        let encoded: String = form_urlencoded::Serializer::new(String::new())
            .append_pair(name, value)
            .finish();
        assert_eq!(raw, encoded, "{built}");
    }
    let names: Vec<&str> = decoded.iter().map(|(name, _)| name.as_str()).collect();
    let order: Vec<&str> = RESPONSE
        .into_iter()
        .filter(|name| names.contains(name))
        .collect();
    assert_eq!(names, order, "{built}");
    assert_eq!(names.first(), Some(&"error"), "{built}");
    decoded
}

/// The pairs of `uri`'s query (after its first `?`, before any `#`) as a
/// form reader splits them, each with the offset where it starts in `uri`:
/// split at `&`, empty pairs dropped, a pair without `=` a name alone.
fn query_pairs(uri: &str) -> Vec<(usize, &str, &str)> {
    let Some(start) = uri.find('?').map(|at| at + 1) else {
        return Vec::new();
    };
    let end = uri[start..].find('#').map_or(uri.len(), |at| start + at);
    let mut pairs = Vec::new();
    let mut at = start;
    for pair in uri[start..end].split('&') {
        if !pair.is_empty() {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            pairs.push((at, name, value));
        }
        at += pair.len() + 1;
    }
    pairs
}

/// Whether `uri` starts with an RFC 3986 scheme and its `:`.
fn has_scheme(uri: &str) -> bool {
    uri.split_once(':').is_some_and(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// Whether `c` is a character a URI cannot hold unencoded, as
/// `InvalidCharacter` says.
fn is_invalid(c: char) -> bool {
    c == ' ' || c.is_control() || !c.is_ascii()
}

/// Every documented reason to refuse `uri`, by name.
fn reasons_to_refuse(uri: &str) -> Vec<&'static str> {
    let pairs = query_pairs(uri);
    let mut reasons = Vec::new();
    if uri.len() > MAX_REDIRECT_URI_LEN {
        reasons.push("too long");
    }
    if !has_scheme(uri) {
        reasons.push("not absolute");
    }
    if uri.contains('#') {
        reasons.push("a fragment");
    }
    if uri.chars().any(is_invalid) {
        reasons.push("a character a URI cannot hold");
    }
    if pairs.iter().any(|(_, name, _)| {
        form::decode(name).is_some_and(|name| RESPONSE.contains(&name.as_str()))
    }) {
        reasons.push("a response parameter");
    }
    if pairs
        .iter()
        .any(|(_, name, value)| form::decode(name).is_none() || form::decode(value).is_none())
    {
        reasons.push("a pair that is not form-encoded UTF-8");
    }
    if pairs.len() > MAX_REDIRECT_URI_PARAMETERS {
        reasons.push("too many parameters");
    }
    reasons
}

/// Whether `refusal` names a documented reason that holds for `uri`.
fn refusal_applies(uri: &str, refusal: &RedirectUriError) -> bool {
    let pair_at = |at: usize| {
        query_pairs(uri)
            .into_iter()
            .find(|(start, _, _)| *start == at)
    };
    match *refusal {
        RedirectUriError::TooLong { len, limit } => {
            len == uri.len() && limit == MAX_REDIRECT_URI_LEN && len > limit
        }
        RedirectUriError::NotAbsolute => !has_scheme(uri),
        RedirectUriError::HasFragment => uri.contains('#'),
        RedirectUriError::InvalidCharacter { at } => uri
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(is_invalid),
        RedirectUriError::HasResponseParameter { name, at } => {
            RESPONSE.contains(&name)
                && pair_at(at).is_some_and(|(_, raw, _)| form::decode(raw).as_deref() == Some(name))
        }
        RedirectUriError::InvalidEncoding { at } => pair_at(at).is_some_and(|(_, name, value)| {
            form::decode(name).is_none() || form::decode(value).is_none()
        }),
        RedirectUriError::TooManyParameters { limit } => {
            limit == MAX_REDIRECT_URI_PARAMETERS && query_pairs(uri).len() > limit
        }
        _ => false,
    }
}
