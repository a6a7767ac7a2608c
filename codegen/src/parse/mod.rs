//! TOML text -> a raw catalog whose every value keeps its byte span.
//!
//! This pass checks the shape (which keys, which types) and nothing about
//! the values; `validate` does that. Both push every problem they find and
//! carry on, so one build reports all of them.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostic;
use crate::keys::{self, Key};
use crate::suggest;

mod values;

pub(crate) use values::RawValue;
use values::type_name;

/// A value with its span.
#[derive(Debug, Clone)]
pub(crate) struct Field<T> {
    pub(crate) value: T,
    pub(crate) span: Range<usize>,
}

/// A table's keys as written, each with its value when the value had the
/// key's type.
#[derive(Debug, Default)]
pub(crate) struct RawTable {
    values: Vec<(&'static str, RawValue)>,
    /// The keys the table wrote, whatever their values; a key written with
    /// the wrong type is reported as that, not as missing.
    pub(crate) written: Vec<&'static str>,
}

impl RawTable {
    /// The value of `key`, when it was written with its type.
    pub(crate) fn get(&self, key: &str) -> Option<&RawValue> {
        self.values
            .iter()
            .find(|(name, _)| *name == key)
            .map(|(_, value)| value)
    }

    /// The value of the string key `key`.
    pub(crate) fn text(&self, key: &str) -> Option<&Field<String>> {
        match self.get(key)? {
            RawValue::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The value of the status key `key`.
    pub(crate) fn integer(&self, key: &str) -> Option<&Field<i64>> {
        match self.get(key)? {
            RawValue::Integer(integer) => Some(integer),
            _ => None,
        }
    }

    /// The items of the array key `key`; none when it was not written.
    pub(crate) fn strings(&self, key: &str) -> &[Field<String>] {
        match self.get(key) {
            Some(RawValue::Strings(items)) => items,
            _ => &[],
        }
    }
}

/// An `[[error]]` entry as written.
#[derive(Debug, Default)]
pub(crate) struct RawEntry {
    /// The `[[error]]` header, or the inline table.
    pub(crate) span: Range<usize>,
    pub(crate) keys: RawTable,
}

/// The catalog as written.
#[derive(Debug, Default)]
pub(crate) struct RawCatalog {
    /// `[catalog]`'s keys.
    pub(crate) catalog: RawTable,
    pub(crate) entries: Vec<RawEntry>,
    /// Where `error` is defined, when it is; an empty catalog is reported
    /// there.
    pub(crate) error_key: Option<Range<usize>>,
    /// Whether a problem with `error` itself (its type, or a misspelt
    /// `[[errors]]`) was reported, which says more than "no entries" would.
    pub(crate) entries_misplaced: bool,
}

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
                    keys::TOP_LEVEL,
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
        None => problem.with_help(format!(
            "the keys allowed here are {}",
            keys::quoted_list(known)
        )),
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
    catalog.catalog = read_table(table, keys::CATALOG, "in `[catalog]`", problems);
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
    RawEntry {
        span,
        keys: read_table(table, keys::ENTRY, "in an `[[error]]` entry", problems),
    }
}

/// Reads the keys of `table` that `known` describes, each checked against
/// its type; any other key is reported unknown, `place` saying where.
fn read_table(
    table: &DeTable<'_>,
    known: &[Key],
    place: &str,
    problems: &mut Vec<Diagnostic>,
) -> RawTable {
    let mut read = RawTable::default();
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        let Some(descriptor) = keys::find(known, name) else {
            problems.push(unknown_key(name, key.span(), &keys::names(known), place));
            continue;
        };
        read.written.push(descriptor.name);
        if let Some(value) = values::read(descriptor.name, descriptor.ty, value, problems) {
            read.values.push((descriptor.name, value));
        }
    }
    read
}
