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
        KeyType::Status => integer(name, value, &STATUS_HELP, problems).map(RawValue::Integer),
        KeyType::Integer => integer(name, value, &INTEGER_HELP, problems).map(RawValue::Integer),
        KeyType::BoolOrString => bool_or_string(name, value, problems),
        KeyType::Strings => strings(name, value, problems).map(RawValue::Strings),
        KeyType::Bool => boolean(name, value, problems).map(RawValue::Bool),
        // Their tables are read by `parse::fields`, which knows the
        // declared type; `read_table` never hands them here.
        KeyType::Declarations | KeyType::Declared => None,
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

/// What to write instead of an integer that is too large or not an
/// integer: an HTTP status, or any 64-bit integer.
struct IntegerHelp {
    too_large: &'static str,
    example: &'static str,
}

const STATUS_HELP: IntegerHelp = IntegerHelp {
    too_large: "use an HTTP status between 400 and 599",
    example: "write the HTTP status as a number",
};

const INTEGER_HELP: IntegerHelp = IntegerHelp {
    too_large: "an `integer` field holds values from -9223372036854775808 to 9223372036854775807",
    example: "write the value as a number",
};

fn integer(
    name: &str,
    value: &Spanned<DeValue<'_>>,
    help: &IntegerHelp,
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
                .with_help(help.too_large),
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
                .with_help(format!("{}: `{name} = 400`", help.example)),
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

fn boolean(
    name: &str,
    value: &Spanned<DeValue<'_>>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Field<bool>> {
    let span = value.span();
    if let DeValue::Boolean(flag) = value.get_ref() {
        return Some(Field { value: *flag, span });
    }
    let found = type_name(value.get_ref());
    let help = match value.get_ref().as_str().map(str::trim) {
        Some(flag @ ("true" | "false")) => format!("remove the quotes: `{name} = {flag}`"),
        _ => format!("write `{name} = true` or `{name} = false`"),
    };
    problems.push(
        Diagnostic::new(
            format!("`{name}` must be a boolean, found {found}"),
            span,
            "expected `true` or `false`",
        )
        .with_help(help),
    );
    None
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
