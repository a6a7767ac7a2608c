//! What errcat sends for a catalog entry with the default
//! `ResponseOptions` (the hint shown, no debug detail, a `Bearer`
//! challenge), recomputed from the catalog so that every example of the
//! document is a real response. `cli/tests/cli/openapi_runtime.rs`
//! compares each one with the runtime's own `http_response`, for every
//! code.
//!
//! The rules are the runtime's (`runtime/src/error_view.rs`,
//! `oauth_json/write.rs`, `problem.rs`, `challenge/write.rs`):
//!
//! - an OAuth field (`error_description` in the JSON body and the
//!   challenge) carries the description and the hint one space apart, each
//!   in its OAuth form, `errcat_core::text`'s encoding, which the macro
//!   writes when the crate compiles; the member is left out when both are
//!   empty;
//! - problem+json's `detail` is the same parts as plain text (JSON escaping
//!   is its only encoding), and its `title`, with no `error_uri`, is the
//!   status's reason phrase, or "Client Error" / "Server Error" for a
//!   status without one; `type` is `about:blank`.

use errcat_codegen::{Entry, http_status};
use serde_json::{Map, Value};

/// The RFC 6749 section 5.2 body: `{"error", "error_description"}`.
pub(super) fn oauth_body(entry: &Entry) -> Value {
    let mut body = Map::new();
    body.insert("error".to_owned(), Value::from(entry.code.as_str()));
    if let Some(description) = oauth_error_description(entry) {
        body.insert("error_description".to_owned(), Value::from(description));
    }
    Value::Object(body)
}

/// The RFC 9457 body: `{"type", "title", "status", "detail", "error"}`.
pub(super) fn problem_body(entry: &Entry) -> Value {
    let mut body = Map::new();
    body.insert("type".to_owned(), Value::from("about:blank"));
    body.insert("title".to_owned(), Value::from(problem_title(entry.status)));
    body.insert("status".to_owned(), Value::from(entry.status));
    let parts: Vec<&str> = [Some(entry.description.as_str()), entry.hint.as_deref()]
        .into_iter()
        .flatten()
        .filter(|part| !part.is_empty())
        .collect();
    if !parts.is_empty() {
        body.insert("detail".to_owned(), Value::from(parts.join(" ")));
    }
    body.insert("error".to_owned(), Value::from(entry.code.as_str()));
    Value::Object(body)
}

/// The `WWW-Authenticate` value of a 401 response:
/// `Bearer error="...", error_description="..."`.
pub(super) fn bearer_challenge(entry: &Entry) -> String {
    let mut value = format!("Bearer error=\"{}\"", entry.code);
    if let Some(description) = oauth_error_description(entry) {
        value.push_str(", error_description=\"");
        value.push_str(&description);
        value.push('"');
    }
    value
}

/// The title problem+json gives a status when the error has no type URI.
pub(super) fn problem_title(status: u16) -> &'static str {
    http_status::reason(status).unwrap_or(if status < 500 {
        "Client Error"
    } else {
        "Server Error"
    })
}

/// `error_description` as OAuth fields carry it, or `None` when it would
/// be empty, as the runtime leaves the member out then. Catalog text is
/// NQSCHAR once encoded, so it needs no further escaping in a quoted
/// header value.
fn oauth_error_description(entry: &Entry) -> Option<String> {
    let mut out = oauth_form(&entry.description);
    if let Some(hint) = &entry.hint {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&oauth_form(hint));
    }
    (!out.is_empty()).then_some(out)
}

fn oauth_form(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    // Writing to a `String` cannot fail.
    let _ = errcat_core::text::encode(&mut encoded, text);
    encoded
}
