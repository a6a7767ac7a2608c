//! The two bodies: the RFC 6749 JSON body and problem+json
//! (docs/wire-formats.md, "JSON body", "problem+json", "Bounded output").
//! Each member is read from the body as sent, so that a field's limit is
//! counted on the bytes it really takes.

use errcat::text::{self, MAX_ERROR_URI_LEN, MAX_STATE_LEN};
use errcat::{Error, ErrorResponse};
use login_errors::LoginError;

use super::field::{Carrier, Field, Value};
use super::{Case, description_field};

/// The JSON body: `error`, then `error_description`, `error_uri` and
/// `state` when present, each whole or cut within its limit, the body
/// within its maximum, read back by errcat to the response `to_response`
/// gives.
pub(super) fn check_json(error: &Error<LoginError>, case: &Case) {
    let body = error.json_body(case.expose);
    let code = error.kind().code();
    assert!(
        body.len() <= text::MAX_JSON_BODY_LEN + code.len(),
        "{} bytes: {body}",
        body.len()
    );
    let members = members(&body);
    let names: Vec<&str> = members.iter().map(|(name, _)| name.as_str()).collect();
    let order = ["error", "error_description", "error_uri", "state"];
    let expected: Vec<&str> = order
        .into_iter()
        .filter(|name| names.contains(name))
        .collect();
    assert_eq!(names, expected, "{body}");
    let string = |name: &str| string_member(&members, name);
    assert_eq!(string("error").as_deref(), Some(code), "{body}");
    let (description, field) = description_field(error, case, Carrier::Json);
    field.check(
        description.as_deref(),
        string("error_description").as_deref(),
        &body,
    );
    Field::new("error_uri", Value::Uri, Carrier::Json, MAX_ERROR_URI_LEN).check(
        error.uri(),
        string("error_uri").as_deref(),
        &body,
    );
    Field::new("state", Value::Raw, Carrier::Json, MAX_STATE_LEN).check(
        error.state(),
        string("state").as_deref(),
        &body,
    );
    let read = ErrorResponse::from_json(body.as_bytes());
    let sent = error.to_response(case.expose);
    assert_eq!(read.as_ref(), Ok(&sent), "{body}");
    assert_eq!(sent.error_description, string("error_description"));
    assert_eq!(sent.error_uri, string("error_uri"));
    assert_eq!(sent.state, string("state"));
}

/// problem+json: `type` (the error's URI, or `about:blank`), `title` (the
/// catalog's description with a type URI, else the status's reason
/// phrase), `status`, `detail` (the `error_description`'s parts as text,
/// left out when there are none) and `error`, the body within its maximum.
pub(super) fn check_problem(error: &Error<LoginError>, case: &Case) {
    let body = error.problem_json(case.expose);
    let members = members(&body);
    let names: Vec<&str> = members.iter().map(|(name, _)| name.as_str()).collect();
    let string = |name: &str| string_member(&members, name);
    let (detail, field) = description_field(error, case, Carrier::Json);
    let field = Field::new("detail", Value::Plain, field.carrier, field.limit);
    let expected: Vec<&str> = ["type", "title", "status", "detail", "error"]
        .into_iter()
        .filter(|&name| name != "detail" || detail.is_some())
        .collect();
    assert_eq!(names, expected, "{body}");
    let title = match error.uri() {
        Some(uri) => {
            Field::new("type", Value::Uri, Carrier::Json, MAX_ERROR_URI_LEN).check(
                Some(uri),
                string("type").as_deref(),
                &body,
            );
            error.kind().description()
        }
        None => {
            assert_eq!(string("type").as_deref(), Some("about:blank"), "{body}");
            http::StatusCode::from_u16(error.status())
                .ok()
                .and_then(|status| status.canonical_reason())
                .expect("the Login catalog's statuses have reason phrases")
        }
    };
    assert_eq!(string("title").as_deref(), Some(title), "{body}");
    let status = members.iter().find(|(name, _)| name == "status");
    assert_eq!(
        status.map(|(_, raw)| *raw),
        Some(error.status().to_string().as_str()),
        "{body}"
    );
    field.check(detail.as_deref(), string("detail").as_deref(), &body);
    assert_eq!(
        string("error").as_deref(),
        Some(error.kind().code()),
        "{body}"
    );
    let title_len = Carrier::Json.len(title);
    assert!(
        body.len() <= text::MAX_PROBLEM_JSON_LEN + error.kind().code().len() + title_len,
        "{} bytes: {body}",
        body.len()
    );
}

/// The decoded value of the string member `name`, checking that its raw
/// text takes the bytes [`Carrier::Json`] counts for it.
fn string_member(members: &[(String, &str)], name: &str) -> Option<String> {
    let (_, raw) = members.iter().find(|(member, _)| member == name)?;
    let value: String = serde_json::from_str(raw)
        .unwrap_or_else(|problem| panic!("{name} is not a JSON string: {problem}: {raw}"));
    assert_eq!(
        raw.len() - 2,
        Carrier::Json.len(&value),
        "{name} is escaped as the limits count it: {raw}"
    );
    Some(value)
}

/// The members of the compact, flat JSON object `body`, in order: each
/// name decoded and its value's raw text.
fn members(body: &str) -> Vec<(String, &str)> {
    serde_json::from_str::<serde_json::Value>(body)
        .unwrap_or_else(|problem| panic!("not JSON: {problem}: {body}"));
    let mut rest = body
        .strip_prefix('{')
        .and_then(|inner| inner.strip_suffix('}'))
        .unwrap_or_else(|| panic!("not a compact object: {body}"));
    let mut members = Vec::new();
    while !rest.is_empty() {
        let name_len = string_len(rest);
        let name: String = serde_json::from_str(&rest[..name_len]).expect("a member name");
        rest = rest[name_len..]
            .strip_prefix(':')
            .unwrap_or_else(|| panic!("not compact: {body}"));
        let value_len = if rest.starts_with('"') {
            string_len(rest)
        } else {
            rest.find(',').unwrap_or(rest.len())
        };
        members.push((name, &rest[..value_len]));
        rest = &rest[value_len..];
        if !rest.is_empty() {
            rest = rest
                .strip_prefix(',')
                .unwrap_or_else(|| panic!("not compact: {body}"));
        }
    }
    members
}

/// The length of the JSON string that `text` starts with, quotes included.
fn string_len(text: &str) -> usize {
    assert!(text.starts_with('"'), "not a string: {text}");
    let mut escaped = false;
    for (at, byte) in text.bytes().enumerate().skip(1) {
        match byte {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'"' => return at + 1,
            _ => {}
        }
    }
    panic!("an unterminated string: {text}")
}
