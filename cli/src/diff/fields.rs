//! What changed in the declared fields, judged as public API: each field
//! is an accessor on the enum, so removing one, changing its type, or
//! changing what it returns (`T` or `Option<T>`, which `required` and
//! `default` decide) breaks code that calls it. Adding a field with a
//! default, or an optional one, breaks nothing; adding a required one
//! breaks every catalog built on the old declarations, whose entries lack
//! it. A changed value of an entry is not breaking, and is listed.

use errcat_codegen::keys;
use errcat_codegen::{Catalog, Entry, FieldDecl, FieldValue};
use serde_json::{Value, json};

use crate::render::json_value;

/// One change to the declared fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FieldChange {
    /// A new field.
    Added(FieldDecl),
    /// A field is gone, and its accessor with it.
    Removed(FieldDecl),
    /// A field's type, or whether its accessor returns an `Option` or
    /// every entry must write it.
    Reshaped {
        /// The field.
        field: String,
        /// What changed: `type`, `required` or `optional` (neither
        /// required nor with a default: the accessor returns an `Option`).
        aspect: &'static str,
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// An entry's value of a field both catalogs declare alike.
    Value {
        /// The variant (its new name, if renamed).
        variant: String,
        /// The field.
        field: String,
        /// The old value, `None` when there was none.
        old: Option<FieldValue>,
        /// The new value, `None` when there is none.
        new: Option<FieldValue>,
    },
}

impl FieldChange {
    /// Whether code built against the old catalog can break.
    pub(crate) fn is_breaking(&self) -> bool {
        match self {
            Self::Added(field) => field.required,
            Self::Removed(_) | Self::Reshaped { .. } => true,
            Self::Value { .. } => false,
        }
    }

    /// What changed, in one line.
    pub(crate) fn message(&self) -> String {
        match self {
            Self::Added(field) if field.required => format!(
                "required field `{}` was added: every entry must now write it",
                field.name
            ),
            Self::Added(field) => format!("field `{}` was added", field.name),
            Self::Removed(field) => format!(
                "field `{}` was removed, and its accessor with it",
                field.name
            ),
            Self::Reshaped {
                field,
                aspect,
                old,
                new,
            } => format!(
                "field `{field}`: `{aspect}` changed from {old} to {new}, and its accessor's \
                 return type with it"
            ),
            Self::Value { variant, field, .. } => {
                format!("variant `{variant}`: field `{field}` changed")
            }
        }
    }

    /// The lines under the message: the old and new value.
    pub(crate) fn detail(&self) -> Option<(String, String)> {
        let shown = |value: &Option<FieldValue>| {
            value
                .as_ref()
                .map_or_else(|| "(none)".to_owned(), ToString::to_string)
        };
        match self {
            Self::Value { old, new, .. } => Some((shown(old), shown(new))),
            Self::Added(_) | Self::Removed(_) | Self::Reshaped { .. } => None,
        }
    }

    /// The JSON report's `kind`, `variant`, `code` (none: a field is not
    /// a code's), `old` and `new`.
    pub(crate) fn json(&self) -> (&'static str, Option<String>, Option<String>, Value, Value) {
        let value = |value: &Option<FieldValue>| value.as_ref().map_or(Value::Null, json_value);
        match self {
            Self::Added(field) => ("field_added", None, None, Value::Null, declaration(field)),
            Self::Removed(field) => ("field_removed", None, None, declaration(field), Value::Null),
            Self::Reshaped {
                field,
                aspect,
                old,
                new,
            } => (
                "field_changed",
                None,
                None,
                json!({ "field": field, aspect.to_owned(): old }),
                json!({ "field": field, aspect.to_owned(): new }),
            ),
            Self::Value {
                variant,
                field,
                old,
                new,
            } => (
                "field_value_changed",
                Some(variant.clone()),
                None,
                json!({ "field": field, "value": value(old) }),
                json!({ "field": field, "value": value(new) }),
            ),
        }
    }
}

fn declaration(field: &FieldDecl) -> Value {
    json!({
        "field": field.name,
        (keys::FIELD_TYPE.name): field.ty.name(),
        (keys::FIELD_REQUIRED.name): field.required
    })
}

/// The declarations removed, reshaped and added, in file order.
pub(crate) fn compare_declarations(old: &Catalog, new: &Catalog) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    for before in &old.fields {
        let Some(after) = find(new, &before.name) else {
            changes.push(FieldChange::Removed(before.clone()));
            continue;
        };
        let aspects = [
            (keys::FIELD_TYPE.name, before.ty.name(), after.ty.name()),
            (
                keys::FIELD_REQUIRED.name,
                flag(before.required),
                flag(after.required),
            ),
            (
                "optional",
                flag(before.is_optional()),
                flag(after.is_optional()),
            ),
        ];
        // A field made required is no longer optional: one change, the
        // first aspect that differs, says it.
        if let Some((aspect, old, new)) = aspects.into_iter().find(|(_, old, new)| old != new) {
            changes.push(FieldChange::Reshaped {
                field: before.name.clone(),
                aspect,
                old: old.to_owned(),
                new: new.to_owned(),
            });
        }
    }
    changes.extend(
        new.fields
            .iter()
            .filter(|after| find(old, &after.name).is_none())
            .map(|after| FieldChange::Added(after.clone())),
    );
    changes
}

/// The values of `before` and `after`, an entry that lives on, for every
/// field both catalogs declare with one type; defaults count as values.
pub(crate) fn compare_values(
    (old, before): (&Catalog, &Entry),
    (new, after): (&Catalog, &Entry),
) -> Vec<FieldChange> {
    old.fields
        .iter()
        .filter_map(|old_field| {
            let new_field = find(new, &old_field.name).filter(|field| field.ty == old_field.ty)?;
            let (then, now) = (before.field(old_field), after.field(new_field));
            (then != now).then(|| FieldChange::Value {
                variant: after.name.clone(),
                field: old_field.name.clone(),
                old: then.cloned(),
                new: now.cloned(),
            })
        })
        .collect()
}

fn find<'a>(catalog: &'a Catalog, name: &str) -> Option<&'a FieldDecl> {
    catalog.fields.iter().find(|field| field.name == name)
}

fn flag(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}
