//! Declared fields in the schema: the names a declaration cannot take, and
//! for `errcat schema CATALOG` the fields that catalog declares, as
//! properties of its entries, so that an editor completes them, shows
//! their docs and offers their allowed values.

use errcat_codegen::keys;
use errcat_codegen::naming;
use errcat_codegen::{Catalog, FieldDecl, FieldType};
use serde_json::{Value, json};

use super::one_line_pattern;

/// The names a declared field cannot take, beyond the form of its name.
pub(super) fn unusable_field_names() -> Vec<&'static str> {
    let mut names = keys::names(keys::ENTRY);
    names.extend(naming::RESERVED_FIELD_NAMES);
    names.extend(
        naming::KEYWORDS
            .iter()
            .filter(|word| word.starts_with(|c: char| c.is_ascii_lowercase())),
    );
    names
}

/// Adds `catalog`'s declared fields to the entries of `schema`.
pub(super) fn add(schema: &mut Value, catalog: &Catalog) {
    let entry = &mut schema["definitions"]["entry"];
    for field in &catalog.fields {
        entry["properties"][&field.name] = property(field);
        if field.required
            && let Some(required) = entry["required"].as_array_mut()
        {
            required.push(json!(field.name));
        }
    }
}

/// The schema of one field's values.
fn property(field: &FieldDecl) -> Value {
    let doc = field
        .doc
        .clone()
        .unwrap_or_else(|| format!("The catalog's `{}` field.", field.name));
    let presence = if field.required {
        " Required."
    } else if field.default.is_some() {
        " Optional; entries that leave it out take the default."
    } else {
        " Optional."
    };
    let text = if field.values.is_empty() && field.name == keys::GRPC_CODE_FIELD {
        // The gRPC override takes the canonical code names, as the macro
        // checks.
        json!({ "type": "string", "enum": keys::grpc_code_names() })
    } else if field.values.is_empty() {
        json!({ "type": "string", "pattern": one_line_pattern() })
    } else {
        json!({ "type": "string", "enum": field.values })
    };
    let mut property = match field.ty {
        FieldType::Bool => json!({ "type": "boolean" }),
        FieldType::Integer => json!({ "type": "integer" }),
        FieldType::String => text,
        FieldType::Strings => json!({ "type": "array", "items": text }),
    };
    property["description"] = json!(format!("{doc}{presence}"));
    if let Some(default) = &field.default {
        property["default"] = crate::render::json_value(default);
    }
    property
}
