//! `components.responses`: per status, one response with the RFC 6749 JSON
//! body and one with the RFC 9457 body, each with an example per code that
//! is the body errcat sends for it.
//!
//! The two bodies are separate responses rather than two media types of
//! one: a server sends the one its `ResponseOptions::format` names,
//! whatever the request's `Accept` says, and a response listing both would
//! promise content negotiation that errcat does not do.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use errcat_codegen::Entry;
use serde_json::{Map, Value, json};

use super::schemas::deprecated_prefix;
use super::{names, wire};
use crate::render::code_sets::Group;

/// The two bodies errcat can send.
#[derive(Clone, Copy)]
enum Body {
    OAuth,
    Problem,
}

/// The responses of `group`: every `ErrorSTATUS`, then every
/// `ProblemSTATUS`, statuses ascending, each with its entries in file
/// order.
pub(super) fn responses(group: &Group<'_>) -> Vec<(String, Value)> {
    let mut by_status: BTreeMap<u16, Vec<&Entry>> = BTreeMap::new();
    for &entry in &group.entries {
        by_status.entry(entry.status).or_default().push(entry);
    }
    let mut out = Vec::with_capacity(by_status.len() * 2);
    for body in [Body::OAuth, Body::Problem] {
        for (&status, answered) in &by_status {
            let name = match body {
                Body::OAuth => names::oauth_response(status, group.tag),
                Body::Problem => names::problem_response(status, group.tag),
            };
            out.push((name, response(status, answered, body, group.tag)));
        }
    }
    out
}

fn response(status: u16, entries: &[&Entry], body: Body, tag: Option<&str>) -> Value {
    let (media_type, schema) = match body {
        Body::OAuth => ("application/json", names::oauth_error(tag)),
        Body::Problem => ("application/problem+json", names::problem(tag)),
    };
    let examples: Map<String, Value> = entries
        .iter()
        .map(|entry| {
            let value = match body {
                Body::OAuth => wire::oauth_body(entry),
                Body::Problem => wire::problem_body(entry),
            };
            (entry.code.clone(), example(entry, value))
        })
        .collect();
    json!({
        "description": wire::problem_title(status),
        "headers": headers(status, entries),
        "content": {
            media_type: {
                "schema": { "$ref": names::schema_ref(&schema) },
                "examples": examples,
            },
        },
    })
}

/// The headers errcat sets on every error response (RFC 6749 section 5.1
/// asks token endpoints not to let caches keep them), and on a 401 the
/// RFC 6750 challenge, with its value for each code.
fn headers(status: u16, entries: &[&Entry]) -> Value {
    let mut headers = Map::new();
    if status == 401 {
        let examples: Map<String, Value> = entries
            .iter()
            .map(|entry| {
                let value = Value::from(wire::bearer_challenge(entry));
                (entry.code.clone(), example(entry, value))
            })
            .collect();
        headers.insert(
            "WWW-Authenticate".to_owned(),
            json!({
                "description": "The RFC 6750 challenge with the error's code, its \
                                description and, when the server sets one, its `error_uri`. \
                                The examples use the default `Bearer` \
                                challenge; `ResponseOptions::challenge` sets the scheme \
                                and parameters such as `realm`.",
                "required": true,
                "schema": { "type": "string" },
                "examples": examples,
            }),
        );
    }
    headers.insert(
        "Cache-Control".to_owned(),
        fixed_header("Error responses are not stored.", "no-store"),
    );
    headers.insert(
        "Pragma".to_owned(),
        fixed_header("For HTTP/1.0 caches.", "no-cache"),
    );
    Value::Object(headers)
}

fn fixed_header(description: &str, value: &str) -> Value {
    json!({
        "description": description,
        "required": true,
        "schema": { "type": "string", "const": value },
    })
}

/// An example: the code's description as its summary, what else a reader
/// should know (deprecation, `since`, the reference) as its description,
/// and the value errcat sends.
fn example(entry: &Entry, value: Value) -> Value {
    let mut notes = String::new();
    if let Some(deprecation) = &entry.deprecated {
        notes.push_str(&deprecated_prefix(deprecation.note.as_deref()));
    }
    if let Some(since) = &entry.since {
        let _ = write!(notes, "Since {}. ", since.trim_end_matches('.'));
    }
    if let Some(reference) = &entry.reference {
        // Last and without a full stop, which a reader could take as part
        // of a URL.
        let _ = write!(notes, "Reference: {reference}");
    }
    let mut example = Map::new();
    example.insert(
        "summary".to_owned(),
        Value::from(entry.description.as_str()),
    );
    if !notes.is_empty() {
        example.insert(
            "description".to_owned(),
            Value::from(notes.trim_end().to_owned()),
        );
    }
    example.insert("value".to_owned(), value);
    Value::Object(example)
}
