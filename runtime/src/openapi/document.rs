//! The framework-neutral OpenAPI 3.1 description of an error type, as
//! JSON: the `error` code enum, the body schema, and one response object
//! per status. utoipa and aide deserialize their own types from it.

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde_json::{Map, Value, json};

use errcat_core::entry::Entry;
use errcat_core::table::Table;

use crate::error_view::ErrorView;
use crate::{BodyFormat, ResponseOptions, params, reason_phrase};

/// Every entry of `table`, in file order.
fn entries(table: &'static Table) -> impl Iterator<Item = Entry> {
    (0..table.len()).map(move |index| Entry::new(table, index))
}

/// `{"type": "string", "enum": [...]}`: the type's wire codes, each once,
/// in file order (a code may appear at two statuses).
pub(crate) fn code_enum(table: &'static Table) -> Value {
    let mut codes: Vec<&str> = Vec::with_capacity(table.len());
    for &code in table.codes {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    json!({ "type": "string", "enum": codes })
}

/// The schema of the body errcat sends in `format`, its `error` member the
/// type's code enum: every member errcat writes, each as it writes it.
/// The object stays open (no `additionalProperties: false`), as RFC 6749
/// section 5.2 and RFC 9457 section 3.2 let a body grow members.
///
/// `error_uri` and problem+json's `type` are `uri-reference`, not `uri`:
/// errcat sends what the server set, made a valid RFC 3986 URI-reference
/// (`text::push_uri`), and a relative one (`errors.html#invalid_grant`)
/// is what RFC 6749 allows and the manual shows.
pub(crate) fn body_schema(table: &'static Table, format: BodyFormat) -> Value {
    let codes = code_enum(table);
    match format {
        BodyFormat::OAuth => json!({
            "type": "object",
            "required": [params::ERROR],
            "properties": {
                params::ERROR: codes,
                params::ERROR_DESCRIPTION: { "type": "string" },
                params::ERROR_URI: { "type": "string", "format": "uri-reference" },
                params::STATE: { "type": "string" },
            },
        }),
        // `problem_json` always writes type, title, status and error, and
        // `detail` whenever there is text; a catalog's statuses are
        // 400 to 599, which the macro checks.
        BodyFormat::Problem => json!({
            "type": "object",
            "required": ["type", "title", "status", params::ERROR],
            "properties": {
                "type": { "type": "string", "format": "uri-reference" },
                "title": { "type": "string" },
                "status": { "type": "integer", "minimum": 400, "maximum": 599 },
                "detail": { "type": "string" },
                params::ERROR: codes,
            },
        }),
    }
}

/// One response object per status the type's codes have, in ascending
/// order of status: described by the reason phrase, with the body schema
/// and, keyed by wire code, the body errcat sends for each code at that
/// status with the default options (hint exposed) as a named example. A
/// 401 also documents its `WWW-Authenticate` header.
pub(crate) fn responses(table: &'static Table, format: BodyFormat) -> Vec<(u16, Value)> {
    let options = ResponseOptions {
        format,
        ..ResponseOptions::default()
    };
    let schema = body_schema(table, format);
    // Examples sorted by code, whatever the order of `serde_json::Map`
    // (sorted, or insertion order when some crate of the build turns on
    // serde_json's `preserve_order`), so every framework lists them alike.
    let mut by_status: BTreeMap<u16, BTreeMap<&str, Value>> = BTreeMap::new();
    for entry in entries(table) {
        let examples = by_status.entry(entry.status()).or_default();
        // A code twice at one status has one body: the first entry's.
        if examples.contains_key(entry.code()) {
            continue;
        }
        let example =
            json!({ "summary": entry.description(), "value": real_body(entry, &options) });
        examples.insert(entry.code(), example);
    }
    by_status
        .into_iter()
        .map(|(status, examples)| {
            let examples: Map<String, Value> = examples
                .into_iter()
                .map(|(code, example)| (code.to_string(), example))
                .collect();
            let media_type = json!({ "schema": schema.clone(), "examples": examples });
            let mut response = json!({
                "description": status_description(status),
                "content": { content_type(format): media_type },
            });
            if status == 401 {
                response["headers"] = json!({
                    "WWW-Authenticate": {
                        "description": "The authentication challenge (RFC 6750 section 3), with the error code.",
                        "schema": { "type": "string" },
                    },
                });
            }
            (status, response)
        })
        .collect()
}

/// The body of the response errcat sends for the code, as JSON.
fn real_body(entry: Entry, options: &ResponseOptions) -> Value {
    let response = ErrorView::of_entry(entry).http_response(options);
    let (_, _, body) = response.into_parts();
    // errcat's bodies are JSON objects; the string is kept, rather than
    // dropped, should one ever fail to parse.
    serde_json::from_str(&body).unwrap_or(Value::String(body))
}

/// The reason phrase, or the class of the status when it has none, as a
/// problem+json `title` says it.
fn status_description(status: u16) -> &'static str {
    reason_phrase(status).unwrap_or(if status < 500 {
        "Client Error"
    } else {
        "Server Error"
    })
}

/// The `content-type` of `format`'s body.
pub(crate) const fn content_type(format: BodyFormat) -> &'static str {
    match format {
        BodyFormat::OAuth => "application/json",
        BodyFormat::Problem => "application/problem+json",
    }
}
