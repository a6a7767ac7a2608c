//! The reference page as JSON, for SDK generators and other tools.
//!
//! The shape is stable: fields are only ever added, and a change that
//! would break a reader increments `format_version`.
//!
//! ```json
//! {
//!   "format_version": 1,
//!   "title": "Unstoppable Login error codes",
//!   "domain": null,
//!   "source": "error-codes.toml",
//!   "fields": [
//!     {
//!       "name": "retryable",
//!       "type": "bool",
//!       "default": false,
//!       "required": false,
//!       "values": [],
//!       "doc": "The client may send the same request again later."
//!     }
//!   ],
//!   "entries": [
//!     {
//!       "name": "InvalidRequest",
//!       "code": "invalid_request",
//!       "status": 400,
//!       "reason": "Bad Request",
//!       "description": "The request is missing a required parameter, ...",
//!       "hint": "Ensure the various parameters are correct, ...",
//!       "reference": "RFC 6749 section 5.2",
//!       "reference_url": "https://www.rfc-editor.org/rfc/rfc6749#section-5.2",
//!       "deprecated": false,
//!       "deprecation_note": null,
//!       "since": null,
//!       "tags": [],
//!       "anchor": "invalid_request",
//!       "fields": { "retryable": false }
//!     }
//!   ]
//! }
//! ```
//!
//! `title` is `[catalog] title` or `null`, `domain` `[catalog] domain` or
//! `null` (added in format 1 without a bump); entries are in file order (the
//! order of the enum's `ALL`); `hint`, `reference`, `reference_url` and
//! `reason` (for a status without a registered reason phrase) may be
//! `null`; `deprecated` says whether the catalog deprecates the code, and
//! `deprecation_note` (or `null`) why; `since` may be `null` and `tags`
//! empty; `anchor` is the entry's `id` on the HTML page. `fields` lists
//! the catalog's declared fields in file order (`default` and `doc` may be
//! `null`; `values` is empty for any value), and each entry's `fields` has
//! every declared field's value, written or its default, or `null` (added
//! in format 1 without a bump: readers ignore keys they do not know).

use errcat_codegen::{FieldDecl, FieldValue, http_status, reference};
use serde::Serialize;
use serde_json::{Map, Value};

use super::Page;
use super::anchors::Anchors;
use crate::output;

/// The version of the shape below.
const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    format_version: u32,
    title: Option<&'a str>,
    domain: Option<&'a str>,
    source: &'a str,
    fields: Vec<JsonField<'a>>,
    entries: Vec<JsonEntry<'a>>,
}

#[derive(Serialize)]
struct JsonField<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    ty: &'static str,
    default: Option<Value>,
    required: bool,
    values: &'a [String],
    doc: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonEntry<'a> {
    name: &'a str,
    code: &'a str,
    status: u16,
    reason: Option<&'static str>,
    description: &'a str,
    hint: Option<&'a str>,
    reference: Option<&'a str>,
    reference_url: Option<String>,
    deprecated: bool,
    deprecation_note: Option<&'a str>,
    since: Option<&'a str>,
    tags: &'a [String],
    anchor: String,
    fields: Map<String, Value>,
}

/// The page.
pub(crate) fn render(page: &Page<'_>) -> String {
    let catalog = page.catalog;
    let anchors = Anchors::new(catalog);
    let entries = catalog
        .entries
        .iter()
        .zip(anchors.entries)
        .map(|(entry, anchor)| JsonEntry {
            name: &entry.name,
            code: &entry.code,
            status: entry.status,
            reason: http_status::reason(entry.status),
            description: &entry.description,
            hint: entry.hint.as_deref(),
            reference: entry.reference.as_deref(),
            reference_url: entry.reference.as_deref().and_then(reference::url),
            deprecated: entry.deprecated.is_some(),
            deprecation_note: entry
                .deprecated
                .as_ref()
                .and_then(|deprecation| deprecation.note.as_deref()),
            since: entry.since.as_deref(),
            tags: &entry.tags,
            anchor,
            fields: catalog
                .fields
                .iter()
                .map(|field| {
                    let value = entry.field(field).map_or(Value::Null, json_value);
                    (field.name.clone(), value)
                })
                .collect(),
        })
        .collect();
    let fields = catalog.fields.iter().map(json_field).collect();
    output::json_text(&Document {
        format_version: FORMAT_VERSION,
        title: catalog.title.as_deref(),
        domain: catalog.domain.as_deref(),
        source: page.source_name,
        fields,
        entries,
    })
}

fn json_field(field: &FieldDecl) -> JsonField<'_> {
    JsonField {
        name: &field.name,
        ty: field.ty.name(),
        default: field.default.as_ref().map(json_value),
        required: field.required,
        values: &field.values,
        doc: field.doc.as_deref(),
    }
}

/// A declared field's value as JSON: `true`, `3`, `"x"`, `["x"]`.
pub(crate) fn json_value(value: &FieldValue) -> Value {
    match value {
        FieldValue::Bool(flag) => Value::Bool(*flag),
        FieldValue::Integer(number) => Value::from(*number),
        FieldValue::String(text) => Value::from(text.as_str()),
        FieldValue::Strings(items) => Value::from(items.clone()),
    }
}
