//! `components.schemas`: the code enum, the RFC 6749 error object and the
//! RFC 9457 problem object, for the whole catalog and for each tag.
//!
//! The code enum is a plain string `enum`, which every client generator
//! turns into an enum or a union of literals; `oneOf` of `const`s would
//! carry a description per code in standard JSON Schema, but many
//! generators give up on it. The descriptions ride along in the two
//! extensions tools read: `x-enumDescriptions` (a map from value to text,
//! which Redoc renders as a table of codes) and `x-enum-descriptions` (a
//! list beside `enum`, which openapi-generator writes into the enum's doc
//! comments). Validators ignore `x-` keys.

use std::collections::HashMap;
use std::fmt::Write as _;

use errcat_codegen::Entry;
use serde_json::{Map, Value, json};

use super::names;
use crate::render::code_sets::{self, Group};

/// The three schemas of `group`'s codes, by component name.
pub(super) fn schemas(group: &Group<'_>, title: &str) -> Vec<(String, Value)> {
    let tag = group.tag;
    let whose = match tag {
        Some(tag) => format!("tagged `{tag}` in {title}"),
        None => format!("of {title}"),
    };
    let code = json!({ "$ref": names::schema_ref(&names::code_enum(tag)) });
    vec![
        (names::code_enum(tag), code_enum(&group.entries, &whose)),
        (names::oauth_error(tag), oauth_error(&code, &whose)),
        (names::problem(tag), problem(&code, &whose)),
    ]
}

fn code_enum(entries: &[&Entry], whose: &str) -> Value {
    let codes = code_sets::distinct_codes(entries.iter().copied());
    let mut by_code: HashMap<&str, Vec<&Entry>> = HashMap::new();
    for &entry in entries {
        by_code.entry(entry.code.as_str()).or_default().push(entry);
    }
    let descriptions: Vec<String> = codes
        .iter()
        .map(|code| code_description(&by_code[code.as_str()]))
        .collect();
    let by_code: Map<String, Value> = codes
        .iter()
        .zip(&descriptions)
        .map(|(code, text)| ((*code).clone(), Value::from(text.as_str())))
        .collect();
    json!({
        "type": "string",
        "description": format!(
            "An error code {whose}: the `error` member of an error response, once \
             each, in catalog order."
        ),
        "enum": codes,
        "x-enumDescriptions": by_code,
        "x-enum-descriptions": descriptions,
    })
}

/// The text of a code in the enum, from its `entries`: its description,
/// or, for a code answered with several statuses, each status's
/// description. Deprecated entries say so first.
fn code_description(entries: &[&Entry]) -> String {
    let several = entries.len() > 1;
    let texts: Vec<String> = entries
        .iter()
        .map(|entry| {
            let mut text = String::new();
            if several {
                let _ = write!(text, "{}: ", entry.status);
            }
            if let Some(deprecation) = &entry.deprecated {
                text.push_str(&deprecated_prefix(deprecation.note.as_deref()));
            }
            text.push_str(&entry.description);
            text
        })
        .collect();
    texts.join(" ")
}

/// "Deprecated. " or "Deprecated: NOTE. ", ahead of a description.
pub(super) fn deprecated_prefix(note: Option<&str>) -> String {
    match note {
        Some(note) => format!("Deprecated: {}. ", note.trim_end_matches('.')),
        None => "Deprecated. ".to_owned(),
    }
}

fn oauth_error(code: &Value, whose: &str) -> Value {
    json!({
        "type": "object",
        "description": format!(
            "The RFC 6749 section 5.2 error response (`application/json`) for a code {whose}, \
             as errcat sends it."
        ),
        "properties": {
            "error": code,
            "error_description": {
                "type": "string",
                "description": "The description, then the hint (and the debug detail when the \
                                server exposes it), one space apart, percent-encoded where RFC \
                                6749 NQSCHAR does not allow a character.",
            },
            // errcat sends the URI the server set as an RFC 3986
            // URI-reference, relative ones included, as RFC 6749 allows:
            // `format: uri` would refuse `errors.html#invalid_grant`.
            "error_uri": {
                "type": "string",
                "format": "uri-reference",
                "description": "A page about this error, when the server sets one: an RFC 3986 \
                                URI-reference, absolute or relative.",
            },
            "state": {
                "type": "string",
                "description": "The `state` the client sent, echoed when the server sets it.",
            },
        },
        "required": ["error"],
    })
}

fn problem(code: &Value, whose: &str) -> Value {
    json!({
        "type": "object",
        "description": format!(
            "RFC 9457 problem details (`application/problem+json`) for a code {whose}, as \
             errcat sends them."
        ),
        "properties": {
            "type": {
                "type": "string",
                "format": "uri-reference",
                "description": "The error's URI when the server sets one, an RFC 3986 \
                                URI-reference, absolute or relative; else `about:blank`.",
            },
            "title": {
                "type": "string",
                "description": "With a type URI, the code's description; with `about:blank`, \
                                the status's reason phrase.",
            },
            "status": {
                "type": "integer",
                "minimum": 400,
                "maximum": 599,
                "description": "The HTTP status.",
            },
            "detail": {
                "type": "string",
                "description": "The description, then the hint (and the debug detail when the \
                                server exposes it), one space apart.",
            },
            "error": code,
        },
        "required": ["type", "title", "status", "error"],
    })
}
