//! The rules on declared fields: each declaration on its own, and the
//! values entries give them. The parser has already checked every value's
//! type against its declaration.

use std::collections::HashMap;

use super::text::check_single_line;
use crate::diagnostic::Diagnostic;
use crate::keys::{self, KeyType};
use crate::model::{FieldDecl, FieldType, FieldValue, TextRule};
use crate::naming;
use crate::parse::{Field, RawDeclaration, RawTable, RawValue};
use crate::source::SourceFile;
use crate::suggest;

/// Checks every declaration; returns the sound ones as the model has them.
pub(super) fn check_declarations(
    declarations: &[RawDeclaration],
    rule: Option<TextRule>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Vec<FieldDecl> {
    declarations
        .iter()
        .filter_map(|declaration| check_declaration(declaration, rule, source, problems))
        .collect()
}

fn check_declaration(
    declaration: &RawDeclaration,
    rule: Option<TextRule>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Option<FieldDecl> {
    let before = problems.len();
    check_name(&declaration.name, problems);
    let name = &declaration.name.value;
    for key in keys::FIELD {
        super::check_text_key(key, &declaration.keys, rule, source, problems);
    }
    let ty = declaration.ty.and_then(field_type);
    let values = declaration.keys.strings(&keys::FIELD_VALUES);
    if let Some(span) = declaration.span_of(&keys::FIELD_VALUES) {
        match ty {
            Some(FieldType::Bool | FieldType::Integer) => problems.push(
                Diagnostic::new(
                    format!(
                        "field `{name}` is not a string field, so it cannot list `{}`",
                        keys::FIELD_VALUES
                    ),
                    span,
                    format!(
                        "`{}` is for `string` and `strings` fields",
                        keys::FIELD_VALUES
                    ),
                )
                .with_help(format!(
                    "remove `{}`, or make the field a `string`",
                    keys::FIELD_VALUES
                )),
            ),
            _ if values.is_empty() && declaration.keys.get(&keys::FIELD_VALUES).is_some() => {
                problems.push(
                    Diagnostic::new(
                        format!("the `{}` of field `{name}` are empty", keys::FIELD_VALUES),
                        span,
                        "no value is allowed",
                    )
                    .with_help(format!(
                        "list at least one value, or remove `{}` to allow any",
                        keys::FIELD_VALUES
                    )),
                );
            }
            _ => check_values(values, source, problems),
        }
    }
    if let (Some((span, _)), Some(required)) = (
        &declaration.default,
        declaration.span_of(&keys::FIELD_REQUIRED),
    ) && declaration.required()
    {
        let (default, required_key) = (keys::FIELD_DEFAULT, keys::FIELD_REQUIRED);
        problems.push(
            Diagnostic::new(
                format!("field `{name}` has a `{default}` and `{required_key} = true`"),
                span.clone(),
                "a default is never used",
            )
            .with_related(required, "every entry must write the field")
            .with_help(format!("remove `{default}`, or `{required_key} = true`")),
        );
    }
    let default = declaration.default.as_ref().map(|(_, value)| value);
    if let Some(default) = default {
        let key = keys::FIELD_DEFAULT.name;
        check_value(key, name, default, &allowed(declaration), source, problems);
    }
    let ty = ty?;
    (problems.len() == before).then(|| FieldDecl {
        name: name.clone(),
        ty,
        default: default.map(model_value),
        required: declaration.required(),
        values: values.iter().map(|value| value.value.clone()).collect(),
        doc: declaration
            .keys
            .text(&keys::FIELD_DOC)
            .map(|doc| doc.value.clone()),
    })
}

/// The declarations of a catalog with problems that are sound enough to
/// generate an accessor from: a usable name and a known type. The stub
/// enum gets their accessors.
pub(crate) fn recover(declarations: &[RawDeclaration]) -> Vec<FieldDecl> {
    declarations
        .iter()
        .filter(|declaration| usable_name(&declaration.name.value).is_none())
        .filter_map(|declaration| {
            let mut field =
                FieldDecl::new(declaration.name.value.clone(), field_type(declaration.ty?)?);
            field.required = declaration.required();
            field.default = declaration
                .default
                .as_ref()
                .map(|(_, value)| model_value(value));
            Some(field)
        })
        .collect()
}

/// Why `name` cannot name a field, or `None` when it can.
fn usable_name(name: &str) -> Option<String> {
    if keys::find(keys::ENTRY, name).is_some() {
        return Some(format!("`{name}` is a built-in entry key"));
    }
    naming::field_name_problem(name)
}

fn check_name(name: &Field<String>, problems: &mut Vec<Diagnostic>) {
    if let Some(problem) = usable_name(&name.value) {
        problems.push(
            Diagnostic::new(
                format!("invalid field name: {problem}"),
                name.span.clone(),
                "not a usable field name",
            )
            .with_help(
                "a field's name is also its accessor's: use another snake_case name, such as `retryable`",
            ),
        );
    }
}

/// One-line values, none twice.
fn check_values(values: &[Field<String>], source: &SourceFile, problems: &mut Vec<Diagnostic>) {
    let mut first: HashMap<&str, &Field<String>> = HashMap::new();
    for value in values {
        if !check_single_line(keys::FIELD_VALUES.name, value, source, problems) {
            continue;
        }
        match first.get(value.value.as_str()) {
            Some(earlier) => problems.push(
                Diagnostic::new(
                    format!("value `{}` is listed twice", value.value),
                    value.span.clone(),
                    "second listing",
                )
                .with_related(earlier.span.clone(), "first listed here")
                .with_help("remove one of them"),
            ),
            None => {
                first.insert(&value.value, value);
            }
        }
    }
}

/// The values a declaration allows its string values to take; empty for
/// any.
fn allowed(declaration: &RawDeclaration) -> Vec<&str> {
    declaration
        .keys
        .strings(&keys::FIELD_VALUES)
        .iter()
        .map(|value| value.value.as_str())
        .collect()
}

/// The rules on one value of field `field`, written as `key`, beyond its
/// type: text is one line, and one of `allowed` when that is not empty.
fn check_value(
    key: &str,
    field: &str,
    value: &RawValue,
    allowed: &[&str],
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) {
    let texts = match value {
        RawValue::Text(text) => std::slice::from_ref(text),
        RawValue::Strings(items) => items.as_slice(),
        RawValue::Bool(_) | RawValue::Integer(_) => &[],
    };
    for text in texts {
        if !check_single_line(key, text, source, problems) || allowed.is_empty() {
            continue;
        }
        if !allowed.contains(&text.value.as_str()) {
            let help = match suggest::closest(&text.value, allowed) {
                Some(meant) => format!("did you mean `{meant}`?"),
                None => format!("use one of {}", keys::quoted_list(allowed)),
            };
            problems.push(
                Diagnostic::new(
                    format!(
                        "{}`{}` is not one of the `{}` of field `{field}`",
                        if key == field { "" } else { "the default " },
                        text.value,
                        keys::FIELD_VALUES
                    ),
                    text.span.clone(),
                    "not an allowed value",
                )
                .with_help(help),
            );
        }
    }
}

/// Checks the declared fields an entry writes; returns the names of the
/// required fields it leaves out.
pub(super) fn check_entry_fields<'a>(
    entry: &RawTable,
    declarations: &'a [RawDeclaration],
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Vec<&'a RawDeclaration> {
    let mut missing = Vec::new();
    for declaration in declarations {
        let name = declaration.name.value.as_str();
        if let Some(value) = entry.field(name) {
            check_value(name, name, value, &allowed(declaration), source, problems);
        } else if declaration.required() && !entry.wrote_field(name) {
            missing.push(declaration);
        }
    }
    missing
}

/// The key written with a value of its type, for help messages.
pub(super) fn example(declaration: &RawDeclaration) -> String {
    let name = &declaration.name.value;
    let first = declaration.keys.strings(&keys::FIELD_VALUES).first();
    let text = first.map_or("...", |value| value.value.as_str());
    match declaration.ty {
        Some(KeyType::Bool) => format!("{name} = true"),
        Some(KeyType::Integer) => format!("{name} = 0"),
        Some(KeyType::Strings) => format!("{name} = [\"{text}\"]"),
        _ => format!("{name} = \"{text}\""),
    }
}

/// The entry's values of the sound declarations, as the model has them.
pub(super) fn entry_values(entry: &RawTable, fields: &[FieldDecl]) -> Vec<(String, FieldValue)> {
    fields
        .iter()
        .filter_map(|field| {
            let value = model_value(entry.field(&field.name)?);
            Some((field.name.clone(), value))
        })
        .collect()
}

fn field_type(ty: KeyType) -> Option<FieldType> {
    match ty {
        KeyType::Bool => Some(FieldType::Bool),
        KeyType::Integer => Some(FieldType::Integer),
        KeyType::String => Some(FieldType::String),
        KeyType::Strings => Some(FieldType::Strings),
        _ => None,
    }
}

fn model_value(value: &RawValue) -> FieldValue {
    match value {
        RawValue::Bool(flag) => FieldValue::Bool(flag.value),
        RawValue::Integer(number) => FieldValue::Integer(number.value),
        RawValue::Text(text) => FieldValue::String(text.value.clone()),
        RawValue::Strings(items) => {
            FieldValue::Strings(items.iter().map(|item| item.value.clone()).collect())
        }
    }
}
