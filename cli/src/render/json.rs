//! The reference page as JSON, for SDK generators and other tools.
//!
//! The shape is stable: fields are only ever added, and a change that
//! would break a reader increments `format_version`.
//!
//! ```json
//! {
//!   "format_version": 1,
//!   "title": "Unstoppable Login error codes",
//!   "text": "oauth",
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
//! `title` is `[catalog] title` or `null`, `text` the text rule (`"oauth"`
//! when the catalog does not say), `domain` `[catalog] domain` or `null`
//! (`domain` and `text` added in format 1 without a bump); entries are in file order (the
//! order of the enum's `ALL`); `hint`, `reference`, `reference_url` and
//! `reason` (for a status without a registered reason phrase) may be
//! `null`; `deprecated` says whether the catalog deprecates the code, and
//! `deprecation_note` (or `null`) why; `since` may be `null` and `tags`
//! empty; `anchor` is the entry's `id` on the HTML page. `fields` lists
//! the catalog's declared fields in file order (`default` and `doc` may be
//! `null`; `values` is empty for any value), and each entry's `fields` has
//! every declared field's value, written or its default, or `null` (added
//! in format 1 without a bump: readers ignore keys they do not know).

use errcat_codegen::keys::{self, Key, Slot};
use errcat_codegen::{Entry, FieldDecl, FieldValue, http_status, reference};
use serde_json::{Map, Value, json};

use super::Page;
use super::anchors::Anchors;
use crate::output;

/// The version of the shape below.
const FORMAT_VERSION: u32 = 1;

/// The page: the catalog's keys under their names, from their
/// definitions, and what the page adds beside them.
pub(crate) fn render(page: &Page<'_>) -> String {
    let catalog = page.catalog;
    let anchors = Anchors::new(catalog);
    let mut document = Map::new();
    document.insert("format_version".to_owned(), json!(FORMAT_VERSION));
    for key in keys::CATALOG {
        if let Slot::Catalog(text) = key.slot {
            document.insert(key.name.to_owned(), json!((text.get)(catalog)));
        }
    }
    document.insert("source".to_owned(), json!(page.source_name));
    let fields: Vec<Value> = catalog.fields.iter().map(json_field).collect();
    document.insert(keys::FIELDS.name.to_owned(), json!(fields));
    let entries: Vec<Value> = catalog
        .entries
        .iter()
        .zip(anchors.entries)
        .map(|(entry, anchor)| {
            let mut object = json_entry(entry);
            object.insert("anchor".to_owned(), json!(anchor));
            let values: Map<String, Value> = catalog
                .fields
                .iter()
                .map(|field| {
                    let value = entry.field(field).map_or(Value::Null, json_value);
                    (field.name.clone(), value)
                })
                .collect();
            object.insert(keys::FIELDS.name.to_owned(), Value::Object(values));
            Value::Object(object)
        })
        .collect();
    document.insert("entries".to_owned(), json!(entries));
    output::json_text(&Value::Object(document))
}

/// An entry's keys, in the order of their definition with the variant
/// name first (the entry's identity), each under its name; a member the
/// page derives follows the key it comes from.
fn json_entry(entry: &Entry) -> Map<String, Value> {
    let mut object = Map::new();
    object.insert(keys::NAME.name.to_owned(), json!(entry.name));
    for key in keys::ENTRY.iter().filter(|key| **key != keys::NAME) {
        match key.slot {
            Slot::Entry(text) => {
                object.insert(key.name.to_owned(), json!((text.get)(entry)));
            }
            Slot::Own | Slot::Catalog(_) => own_value(key, entry, &mut object),
        }
        if *key == keys::REFERENCE {
            object.insert(
                "reference_url".to_owned(),
                json!(entry.reference.as_deref().and_then(reference::url)),
            );
        }
    }
    object
}

/// The members of a key whose value is not one text: a test checks that
/// every key of an entry has its member.
fn own_value(key: &Key, entry: &Entry, object: &mut Map<String, Value>) {
    if *key == keys::CODE {
        object.insert(key.name.to_owned(), json!(entry.code));
    } else if *key == keys::STATUS {
        object.insert(key.name.to_owned(), json!(entry.status));
        object.insert(
            "reason".to_owned(),
            json!(http_status::reason(entry.status)),
        );
    } else if *key == keys::DEPRECATED {
        object.insert(key.name.to_owned(), json!(entry.deprecated.is_some()));
        let note = entry
            .deprecated
            .as_ref()
            .and_then(|deprecation| deprecation.note.as_deref());
        object.insert("deprecation_note".to_owned(), json!(note));
    } else if *key == keys::TAGS {
        object.insert(key.name.to_owned(), json!(entry.tags));
    }
}

/// A field declaration: its name, then its keys under their names.
fn json_field(field: &FieldDecl) -> Value {
    json!({
        "name": field.name,
        (keys::FIELD_TYPE.name): field.ty.name(),
        (keys::FIELD_DEFAULT.name): field.default.as_ref().map(json_value),
        (keys::FIELD_REQUIRED.name): field.required,
        (keys::FIELD_VALUES.name): field.values,
        (keys::FIELD_DOC.name): field.doc,
    })
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

#[cfg(test)]
mod tests {
    use errcat_codegen::Catalog;

    use super::*;

    #[test]
    fn every_key_of_an_entry_is_a_member() {
        let entry = Entry::new("A", "a", 400, "A.");
        let object = json_entry(&entry);
        for key in keys::ENTRY {
            assert!(
                object.contains_key(key.name),
                "{} is not rendered",
                key.name
            );
        }
    }

    #[test]
    fn every_text_key_of_the_catalog_is_a_member() {
        let catalog = Catalog::new(vec![Entry::new("A", "a", 400, "A.")]);
        let page: Value = serde_json::from_str(&render(&Page {
            catalog: &catalog,
            source_name: "e.toml",
        }))
        .expect("JSON");
        for key in keys::CATALOG {
            assert!(page.get(key.name).is_some(), "{} is not rendered", key.name);
        }
    }
}
