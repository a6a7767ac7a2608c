//! One value checked against its key's type; a value of another type is a
//! problem located at the value, and the key is then taken as written but
//! without a value.

use std::ops::Range;

use toml::Spanned;
use toml::de::DeValue;

use super::Field;
use crate::diagnostic::Diagnostic;
use crate::keys::KeyType;

/// A value that has its key's type.
#[derive(Debug, Clone)]
pub(crate) enum RawValue {
    Text(Field<String>),
    Integer(Field<i64>),
    Bool(Field<bool>),
    /// The array's items, each with its own span.
    Strings(Vec<Field<String>>),
}

/// `value` as a value of type `ty`, or `None` with the problem pushed.
pub(crate) fn read(
    name: &str,
    ty: KeyType,
    value: &Spanned<DeValue<'_>>,
    problems: &mut Vec<Diagnostic>,
) -> Option<RawValue> {
    match ty {
        KeyType::String => string(name, value, problems).map(RawValue::Text),
        KeyType::Status => status(name, value, problems).map(RawValue::Integer),
        KeyType::BoolOrString => bool_or_string(name, value, problems),
        KeyType::Strings => strings(name, value, problems).map(RawValue::Strings),
    }
}

fn string(
    name: &str,
    value: &Spanned<DeValue<'_>>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Field<String>> {
    if let Some(text) = value.get_ref().as_str() {
        return Some(Field {
            value: text.to_owned(),
            span: value.span(),
        });
    }
    let found = type_name(value.get_ref());
    problems.push(
        Diagnostic::new(
            format!("`{name}` must be a string, found {found}"),
            value.span(),
            "expected a string",
        )
        .with_help(format!(
            "put the value in double quotes: `{name} = \"...\"`"
        )),
    );
    None
}

fn status(
    name: &str,
    value: &Spanned<DeValue<'_>>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Field<i64>> {
    let field = |value: i64, span: Range<usize>| Field { value, span };
    match value.get_ref() {
        DeValue::Integer(integer) => {
            if let Ok(number) = i64::from_str_radix(integer.as_str(), integer.radix()) {
                return Some(field(number, value.span()));
            }
            problems.push(
                Diagnostic::new(
                    format!("`{name}` is too large"),
                    value.span(),
                    "not a 64-bit integer",
                )
                .with_help("use an HTTP status between 400 and 599"),
            );
            None
        }
        DeValue::String(text) if text.trim().parse::<i64>().is_ok() => {
            problems.push(
                Diagnostic::new(
                    format!("`{name}` must be an integer, found a string"),
                    value.span(),
                    "expected an integer",
                )
                .with_help(format!("remove the quotes: `{name} = {}`", text.trim())),
            );
            None
        }
        other => {
            problems.push(
                Diagnostic::new(
                    format!("`{name}` must be an integer, found {}", type_name(other)),
                    value.span(),
                    "expected an integer",
                )
                .with_help(format!("write the HTTP status as a number: `{name} = 400`")),
            );
            None
        }
    }
}

fn bool_or_string(
    name: &str,
    value: &Spanned<DeValue<'_>>,
    problems: &mut Vec<Diagnostic>,
) -> Option<RawValue> {
    let span = value.span();
    match value.get_ref() {
        DeValue::Boolean(flag) => Some(RawValue::Bool(Field { value: *flag, span })),
        DeValue::String(text) => Some(RawValue::Text(Field {
            value: text.to_string(),
            span,
        })),
        other => {
            problems.push(
                Diagnostic::new(
                    format!(
                        "`{name}` must be `true`, `false` or a string, found {}",
                        type_name(other)
                    ),
                    span,
                    "expected a boolean or a string",
                )
                .with_help(format!(
                    "write `{name} = true`, or a note: `{name} = \"use ... instead\"`"
                )),
            );
            None
        }
    }
}

/// An array of strings. Every item that is not a string is reported; the
/// strings among them are kept, so their own checks run in the same build.
fn strings(
    name: &str,
    value: &Spanned<DeValue<'_>>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Vec<Field<String>>> {
    let Some(items) = value.get_ref().as_array() else {
        problems.push(
            Diagnostic::new(
                format!(
                    "`{name}` must be an array of strings, found {}",
                    type_name(value.get_ref())
                ),
                value.span(),
                "expected an array of strings",
            )
            .with_help(format!("write the items in brackets: `{name} = [\"...\"]`")),
        );
        return None;
    };
    let mut strings = Vec::with_capacity(items.len());
    for item in items {
        match item.get_ref().as_str() {
            Some(text) => strings.push(Field {
                value: text.to_owned(),
                span: item.span(),
            }),
            None => problems.push(
                Diagnostic::new(
                    format!(
                        "`{name}` must hold only strings, found {}",
                        type_name(item.get_ref())
                    ),
                    item.span(),
                    "expected a string",
                )
                .with_help("put the item in double quotes"),
            ),
        }
    }
    Some(strings)
}

/// A TOML type as a diagnostic names it, with its article.
pub(crate) fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a datetime",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}
