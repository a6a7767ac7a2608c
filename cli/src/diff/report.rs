//! Changes as people and machines read them.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Value, json};

use errcat_codegen::keys::{self, Key};
use errcat_codegen::{Deprecation, TextRule};

use super::compare::Change;

/// One line per change, prefixed `breaking:` or `non-breaking:`, changed
/// text shown old then new, and a closing summary.
pub(crate) fn human(changes: &[Change], old_path: &str, new_path: &str) -> String {
    let mut text = String::new();
    for change in changes {
        let severity = if change.is_breaking() {
            "breaking"
        } else {
            "non-breaking"
        };
        let _ = writeln!(text, "{severity}: {}", message(change));
        // A key of fixed values says both in its message.
        if let Change::TextChanged { old, new, .. } = change {
            let _ = writeln!(text, "    old: {}", shown(old.as_deref()));
            let _ = writeln!(text, "    new: {}", shown(new.as_deref()));
        }
        if let Change::CatalogKeyChanged { key, old, new } = change
            && key.choices().is_empty()
        {
            let _ = writeln!(text, "    old: {}", shown(old.as_deref()));
            let _ = writeln!(text, "    new: {}", shown(new.as_deref()));
        }
        if let Change::DeprecationChanged { old, new, .. } = change {
            let note = |deprecation: &Option<Deprecation>| match deprecation {
                None => "(not deprecated)".to_owned(),
                Some(Deprecation { note }) => shown(note.as_deref()),
            };
            let _ = writeln!(text, "    old: {}", note(old));
            let _ = writeln!(text, "    new: {}", note(new));
        }
        if let Change::Reordered { old, new } | Change::TagsChanged { old, new, .. } = change {
            let _ = writeln!(text, "    old: {}", old.join(", "));
            let _ = writeln!(text, "    new: {}", new.join(", "));
        }
        if let Some((old, new)) = field_detail(change) {
            let _ = writeln!(text, "    old: {old}");
            let _ = writeln!(text, "    new: {new}");
        }
    }
    let breaking = changes.iter().filter(|change| change.is_breaking()).count();
    let other = changes.len() - breaking;
    if changes.is_empty() {
        let _ = writeln!(text, "no changes from `{old_path}` to `{new_path}`");
    } else if breaking == 0 {
        let _ = writeln!(
            text,
            "{} from `{old_path}` to `{new_path}`, none breaking",
            count(other, "change")
        );
    } else {
        let _ = writeln!(
            text,
            "error: {} and {} from `{old_path}` to `{new_path}`\n  = help: clients match on \
             variants, wire codes and statuses: keep them, add an entry instead, or release the \
             change as a breaking one",
            count(breaking, "breaking change"),
            count(other, "non-breaking change"),
        );
    }
    text
}

/// `3 changes`, `1 change`.
fn count(number: usize, noun: &str) -> String {
    let plural = if number == 1 { "" } else { "s" };
    format!("{number} {noun}{plural}")
}

/// A text as the human output shows it: quoted, or `(none)`.
fn shown(text: Option<&str>) -> String {
    text.map_or_else(|| "(none)".to_owned(), |text| format!("\"{text}\""))
}

/// The old and new value under a change to a declared field.
fn field_detail(change: &Change) -> Option<(String, String)> {
    match change {
        Change::Field(change) => change.detail(),
        _ => None,
    }
}

/// What a change is, in one line.
fn message(change: &Change) -> String {
    match change {
        Change::Field(change) => change.message(),
        Change::Removed { entry } => {
            let warned = match &entry.deprecated {
                None => " without being deprecated first".to_owned(),
                Some(Deprecation { note: None }) => " (it was deprecated)".to_owned(),
                Some(Deprecation { note: Some(note) }) => {
                    format!(" (it was deprecated: {note})")
                }
            };
            format!(
                "variant `{}` (code `{}`, status {}) was removed{warned}",
                entry.name, entry.code, entry.status
            )
        }
        Change::Renamed {
            old_name,
            new_name,
            code,
            status,
        } => format!(
            "variant `{old_name}` was renamed to `{new_name}` (code `{code}`, status {status})"
        ),
        Change::StatusChanged {
            name,
            code,
            old,
            new,
        } => format!("variant `{name}` (code `{code}`): status changed from {old} to {new}"),
        Change::CodeChanged { name, old, new } => {
            format!("variant `{name}`: wire code changed from `{old}` to `{new}`")
        }
        Change::LookupChanged { code, old, new } => format!(
            "code `{code}` now parses to `{new}`, not `{old}` (`from_code` returns the first \
             entry with a code)"
        ),
        Change::Added { entry } => format!(
            "variant `{}` (code `{}`, status {}) was added",
            entry.name, entry.code, entry.status
        ),
        Change::TextChanged {
            name,
            key,
            old,
            new,
        } => {
            let how = match (old, new) {
                (None, _) => "added",
                (_, None) => "removed",
                _ => "changed",
            };
            format!("variant `{name}`: {} {how}", key.label())
        }
        Change::DeprecationChanged { name, old, new } => match (old, new) {
            (None, Some(_)) => format!("variant `{name}` was deprecated"),
            (Some(_), None) => format!("variant `{name}` is no longer deprecated"),
            _ => format!("variant `{name}`: deprecation note changed"),
        },
        Change::TagsChanged { name, .. } => format!("variant `{name}`: tags changed"),
        Change::CatalogKeyChanged { key, old, new } => {
            catalog_key_message(key, old.as_deref(), new.as_deref())
        }
        Change::Reordered { .. } => {
            "entries were reordered: `ALL` and the reference page list the variants in a new \
             order"
                .to_owned()
        }
    }
}

/// What a change to a `[catalog]` key is, in one line: the key's label,
/// the two values for a key of fixed values, and what the change means
/// for clients where errcat knows more than the key's definition says.
fn catalog_key_message(key: &Key, old: Option<&str>, new: Option<&str>) -> String {
    let mut message = format!("the catalog's {} changed", key.label());
    if !key.choices().is_empty() {
        let value = |value: Option<&str>| value.unwrap_or_default().to_owned();
        let _ = write!(message, " from `{}` to `{}`", value(old), value(new));
    }
    let meaning = if *key == keys::DOMAIN {
        Some("gRPC clients match `ErrorInfo.domain`")
    } else if *key == keys::TEXT {
        match new.and_then(TextRule::named) {
            Some(TextRule::Unicode) => Some(
                "the texts it has go on the wire as before; new text may hold any character, \
                 which OAuth fields carry percent-encoded",
            ),
            Some(TextRule::OAuth) => {
                Some("new text must be RFC 6749 NQSCHAR, as all of it already is")
            }
            None => None,
        }
    } else {
        None
    };
    if let Some(meaning) = meaning {
        let _ = write!(message, ": {meaning}");
    }
    message
}

/// The changes as one JSON document, `format_version` 1:
///
/// ```json
/// {
///   "format_version": 1,
///   "old": "old.toml",
///   "new": "new.toml",
///   "breaking": true,
///   "changes": [
///     { "kind": "status_changed", "breaking": true, "variant": "TokenExpired",
///       "code": "invalid_token", "old": 401, "new": 400, "message": "..." }
///   ]
/// }
/// ```
///
/// `kind` is one of `removed`, `renamed`, `status_changed`, `code_changed`,
/// `lookup_changed` (breaking), `added`, `deprecation_changed`,
/// `tags_changed`, `reordered` (not breaking); for a text key of an entry
/// or a key of `[catalog]`, its label and `_changed`: `description_changed`,
/// `hint_changed`, `reference_changed`, `since_changed`, `title_changed`,
/// `text_rule_changed` (not breaking), `domain_changed` (breaking unless
/// there was no domain); for declared fields, `field_removed` and `field_changed`
/// (breaking: `old` and `new` are `{field, <aspect>: value}`),
/// `field_added` (breaking when the field is required; `new` is
/// `{field, type, required}`) and `field_value_changed` (not breaking:
/// `{field, value}`, `value` `null` when there is none). `variant` and `code` name what the change concerns, `null`
/// for the catalog as a whole; `old` and `new` hold the changed value:
/// `{code, status}` of a removed or added entry, the names of a rename or of
/// a changed lookup, the status, code or text (`null` when absent), the
/// deprecation (`null` when not deprecated, else `{"note": text or null}`),
/// the tags, or the variant names in both orders. A removed entry's `old`
/// also says whether it was `deprecated`.
pub(crate) fn json(changes: &[Change], old_path: &str, new_path: &str) -> Document {
    Document {
        format_version: 1,
        old: old_path.to_owned(),
        new: new_path.to_owned(),
        breaking: changes.iter().any(Change::is_breaking),
        changes: changes.iter().map(JsonChange::new).collect(),
    }
}

/// A deprecation as the JSON report shows it: `null` when the variant is
/// not deprecated, else `{"note": text or null}`.
fn deprecation_json(deprecation: Option<&Deprecation>) -> Value {
    deprecation.map_or(
        Value::Null,
        |deprecation| json!({ "note": deprecation.note }),
    )
}

/// The JSON document of a diff.
#[derive(Debug, Serialize)]
pub(crate) struct Document {
    format_version: u32,
    old: String,
    new: String,
    breaking: bool,
    changes: Vec<JsonChange>,
}

#[derive(Debug, Serialize)]
struct JsonChange {
    kind: String,
    breaking: bool,
    variant: Option<String>,
    code: Option<String>,
    old: Value,
    new: Value,
    message: String,
}

impl JsonChange {
    fn new(change: &Change) -> Self {
        let identity = |code: &str, status: u16| json!({ (keys::CODE.name): code, (keys::STATUS.name): status });
        let (kind, variant, code, old, new) = match change {
            Change::Field(change) => {
                let (kind, variant, code, old, new) = change.json();
                (kind.to_owned(), variant, code, old, new)
            }
            Change::Removed { entry } => {
                let mut old = identity(&entry.code, entry.status);
                old[keys::DEPRECATED.name] = json!(entry.deprecated.is_some());
                let (name, code) = (Some(entry.name.clone()), Some(entry.code.clone()));
                ("removed".to_owned(), name, code, old, Value::Null)
            }
            Change::Renamed {
                old_name,
                new_name,
                code,
                ..
            } => (
                "renamed".to_owned(),
                Some(old_name.clone()),
                Some(code.clone()),
                json!(old_name),
                json!(new_name),
            ),
            Change::StatusChanged {
                name,
                code,
                old,
                new,
            } => (
                "status_changed".to_owned(),
                Some(name.clone()),
                Some(code.clone()),
                json!(old),
                json!(new),
            ),
            Change::CodeChanged { name, old, new } => (
                "code_changed".to_owned(),
                Some(name.clone()),
                Some(old.clone()),
                json!(old),
                json!(new),
            ),
            Change::LookupChanged { code, old, new } => (
                "lookup_changed".to_owned(),
                None,
                Some(code.clone()),
                json!(old),
                json!(new),
            ),
            Change::Added { entry } => (
                "added".to_owned(),
                Some(entry.name.clone()),
                Some(entry.code.clone()),
                Value::Null,
                identity(&entry.code, entry.status),
            ),
            Change::TextChanged {
                name,
                key,
                old,
                new,
            } => (
                kind_of(key),
                Some(name.clone()),
                None,
                json!(old),
                json!(new),
            ),
            Change::DeprecationChanged { name, old, new } => (
                "deprecation_changed".to_owned(),
                Some(name.clone()),
                None,
                deprecation_json(old.as_ref()),
                deprecation_json(new.as_ref()),
            ),
            Change::TagsChanged { name, old, new } => (
                "tags_changed".to_owned(),
                Some(name.clone()),
                None,
                json!(old),
                json!(new),
            ),
            Change::CatalogKeyChanged { key, old, new } => {
                (kind_of(key), None, None, json!(old), json!(new))
            }
            Change::Reordered { old, new } => {
                ("reordered".to_owned(), None, None, json!(old), json!(new))
            }
        };
        Self {
            kind,
            breaking: change.is_breaking(),
            variant,
            code,
            old,
            new,
            message: message(change),
        }
    }
}

/// The JSON kind of a change to one key: its label, `_` for a space, and
/// `_changed`.
fn kind_of(key: &Key) -> String {
    format!("{}_changed", key.label().replace(' ', "_"))
}
