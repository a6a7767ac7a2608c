//! TOML text -> a raw catalog whose every value keeps its byte span.
//!
//! This pass checks the shape (which keys, which types) and nothing about
//! the values; `validate` does that. Both push every problem they find and
//! carry on, so one build reports all of them.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostic;
use crate::suggest;

/// A value with its span.
#[derive(Debug, Clone)]
pub(crate) struct Field<T> {
    pub(crate) value: T,
    pub(crate) span: Range<usize>,
}

/// An `[[error]]` entry as written, each key present or not.
#[derive(Debug, Default)]
pub(crate) struct RawEntry {
    /// The `[[error]]` header, or the inline table.
    pub(crate) span: Range<usize>,
    pub(crate) code: Option<Field<String>>,
    pub(crate) status: Option<Field<i64>>,
    pub(crate) description: Option<Field<String>>,
    pub(crate) hint: Option<Field<String>>,
    pub(crate) name: Option<Field<String>>,
    pub(crate) reference: Option<Field<String>>,
    /// The keys the entry wrote, whatever their values; a key written with
    /// the wrong type is reported as that, not as missing.
    pub(crate) written: Vec<&'static str>,
}

/// The catalog as written.
#[derive(Debug, Default)]
pub(crate) struct RawCatalog {
    pub(crate) title: Option<Field<String>>,
    pub(crate) entries: Vec<RawEntry>,
    /// Where `error` is defined, when it is; an empty catalog is reported
    /// there.
    pub(crate) error_key: Option<Range<usize>>,
    /// Whether a problem with `error` itself (its type, or a misspelt
    /// `[[errors]]`) was reported, which says more than "no entries" would.
    pub(crate) entries_misplaced: bool,
}

const TOP_LEVEL_KEYS: &[&str] = &["catalog", "error"];
const CATALOG_KEYS: &[&str] = &["title"];
/// The keys of an `[[error]]` entry.
pub(crate) const ENTRY_KEYS: &[&str] =
    &["code", "status", "description", "hint", "name", "reference"];

/// Parses `text`. Syntax errors end the pass: the values after them are the
/// parser's guesses, and checking guesses would only add noise.
pub(crate) fn parse(text: &str, problems: &mut Vec<Diagnostic>) -> Option<RawCatalog> {
    let (document, syntax_errors) = DeTable::parse_recoverable(text);
    if !syntax_errors.is_empty() {
        problems.extend(
            syntax_errors
                .iter()
                .map(|error| syntax_problem(error, text)),
        );
        return None;
    }
    let mut catalog = RawCatalog::default();
    for (key, value) in document.get_ref() {
        match key.get_ref().as_ref() {
            "catalog" => read_catalog_table(value, &mut catalog, problems),
            "error" => {
                catalog.error_key = Some(key.span());
                read_entries(value, &mut catalog, problems);
            }
            other => {
                catalog.entries_misplaced = true;
                problems.push(unknown_key(
                    other,
                    key.span(),
                    TOP_LEVEL_KEYS,
                    "at the top level",
                ));
            }
        }
    }
    Some(catalog)
}

fn syntax_problem(error: &toml::de::Error, text: &str) -> Diagnostic {
    let span = error.span().unwrap_or(0..0);
    let span = span.start.min(text.len())..span.end.min(text.len());
    // toml's messages are lower-case fragments ("invalid string"); the
    // first line is the whole message, later lines repeat the snippet.
    let message = error.message().lines().next().unwrap_or("invalid TOML");
    Diagnostic::new(format!("TOML syntax error: {message}"), span, message)
        .with_help("see https://toml.io/en/v1.0.0 for the syntax")
}

fn unknown_key(key: &str, span: Range<usize>, known: &[&str], place: &str) -> Diagnostic {
    let problem = Diagnostic::new(
        format!("unknown key `{key}` {place}"),
        span,
        "not a catalog key",
    );
    match suggest::closest(key, known) {
        Some(meant) => problem.with_help(format!("did you mean `{meant}`?")),
        None => problem.with_help(format!("the keys allowed here are {}", list(known))),
    }
}

/// `a`, `b` and `c`.
fn list(keys: &[&str]) -> String {
    let quoted: Vec<String> = keys.iter().map(|key| format!("`{key}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

fn read_catalog_table(
    value: &Spanned<DeValue<'_>>,
    catalog: &mut RawCatalog,
    problems: &mut Vec<Diagnostic>,
) {
    let Some(table) = value.get_ref().as_table() else {
        problems.push(
            Diagnostic::new(
                format!(
                    "`catalog` must be a table, found {}",
                    type_name(value.get_ref())
                ),
                value.span(),
                "expected a table",
            )
            .with_help("write the catalog's metadata under a `[catalog]` header"),
        );
        return;
    };
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "title" => catalog.title = string_field("title", value, problems),
            other => problems.push(unknown_key(
                other,
                key.span(),
                CATALOG_KEYS,
                "in `[catalog]`",
            )),
        }
    }
}

fn read_entries(
    value: &Spanned<DeValue<'_>>,
    catalog: &mut RawCatalog,
    problems: &mut Vec<Diagnostic>,
) {
    let Some(items) = value.get_ref().as_array() else {
        catalog.entries_misplaced = true;
        problems.push(
            Diagnostic::new(
                format!(
                    "`error` must be an array of tables, found {}",
                    type_name(value.get_ref())
                ),
                value.span(),
                "expected an array of tables",
            )
            .with_help("write each entry under its own `[[error]]` header (two brackets)"),
        );
        return;
    };
    for item in items {
        match item.get_ref().as_table() {
            Some(table) => catalog
                .entries
                .push(read_entry(item.span(), table, problems)),
            None => {
                catalog.entries_misplaced = true;
                problems.push(
                    Diagnostic::new(
                        format!(
                            "an `error` entry must be a table, found {}",
                            type_name(item.get_ref())
                        ),
                        item.span(),
                        "expected a table",
                    )
                    .with_help("write each entry under its own `[[error]]` header"),
                );
            }
        }
    }
}

fn read_entry(span: Range<usize>, table: &DeTable<'_>, problems: &mut Vec<Diagnostic>) -> RawEntry {
    let mut entry = RawEntry {
        span,
        ..RawEntry::default()
    };
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        if let Some(known) = ENTRY_KEYS.iter().find(|known| **known == name) {
            entry.written.push(known);
        }
        match name {
            "code" => entry.code = string_field(name, value, problems),
            "status" => entry.status = status_field(name, value, problems),
            "description" => entry.description = string_field(name, value, problems),
            "hint" => entry.hint = string_field(name, value, problems),
            "name" => entry.name = string_field(name, value, problems),
            "reference" => entry.reference = string_field(name, value, problems),
            other => problems.push(unknown_key(
                other,
                key.span(),
                ENTRY_KEYS,
                "in an `[[error]]` entry",
            )),
        }
    }
    entry
}

fn string_field(
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

fn status_field(
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

/// A TOML type as a diagnostic names it, with its article.
fn type_name(value: &DeValue<'_>) -> &'static str {
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
