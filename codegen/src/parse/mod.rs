//! TOML text -> a raw catalog whose every value keeps its byte span.
//!
//! This pass checks the shape (which keys, which types) and nothing about
//! the values; `validate` does that. Both push every problem they find and
//! carry on, so one build reports all of them.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostic;
use crate::keys::{self, Key, KeyType, Rule};
use crate::suggest;

mod choice;
mod fields;
mod values;

pub(crate) use fields::RawDeclaration;
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
    written: Vec<&'static str>,
    /// The declared fields the table wrote, each with its value when the
    /// value had the declared type.
    pub(crate) fields: Vec<(String, Option<RawValue>)>,
}

impl RawTable {
    /// The value of `key`, when it was written with its type (and, for a
    /// key of fixed values, as one of them).
    pub(crate) fn get(&self, key: &Key) -> Option<&RawValue> {
        self.values
            .iter()
            .find(|(name, _)| *name == key.name)
            .map(|(_, value)| value)
    }

    /// Whether `key` was written, whatever its value.
    pub(crate) fn wrote(&self, key: &Key) -> bool {
        self.written.contains(&key.name)
    }

    /// The value of the string key `key`.
    pub(crate) fn text(&self, key: &Key) -> Option<&Field<String>> {
        match self.get(key)? {
            RawValue::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The value of the integer key `key`.
    pub(crate) fn integer(&self, key: &Key) -> Option<&Field<i64>> {
        match self.get(key)? {
            RawValue::Integer(integer) => Some(integer),
            _ => None,
        }
    }

    /// The value of the boolean key `key`.
    pub(crate) fn flag(&self, key: &Key) -> Option<&Field<bool>> {
        match self.get(key)? {
            RawValue::Bool(flag) => Some(flag),
            _ => None,
        }
    }

    /// The value of the declared field `name`, when it was written with its
    /// type.
    pub(crate) fn field(&self, name: &str) -> Option<&RawValue> {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .and_then(|(_, value)| value.as_ref())
    }

    /// Whether the declared field `name` was written, whatever its value.
    pub(crate) fn wrote_field(&self, name: &str) -> bool {
        self.fields.iter().any(|(field, _)| field == name)
    }

    /// The items of the array key `key`; none when it was not written.
    pub(crate) fn strings(&self, key: &Key) -> &[Field<String>] {
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
    /// The `[catalog.fields.NAME]` declarations, in file order.
    pub(crate) fields: Vec<RawDeclaration>,
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
    // `[catalog]` first, wherever the file writes it: the entries' keys
    // include the fields it declares, and a TOML table has no order.
    for (key, value) in document.get_ref() {
        if key.get_ref() == keys::CATALOG_TABLE {
            read_catalog_table(value, &mut catalog, problems);
        }
    }
    for (key, value) in document.get_ref() {
        match key.get_ref().as_ref() {
            keys::CATALOG_TABLE => {}
            keys::ENTRIES => {
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
                    "`{}` must be a table, found {}",
                    keys::CATALOG_TABLE,
                    type_name(value.get_ref())
                ),
                value.span(),
                "expected a table",
            )
            .with_help(format!(
                "write the catalog's metadata under a `[{}]` header",
                keys::CATALOG_TABLE
            )),
        );
        return;
    };
    let place = format!("in `[{}]`", keys::CATALOG_TABLE);
    catalog.catalog = read_table(table, keys::CATALOG, &[], &place, problems);
    if let Some((_, declarations)) = table
        .iter()
        .find(|(key, _)| key.get_ref() == keys::FIELDS.name)
    {
        catalog.fields = fields::read(declarations, problems);
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
                    "`{}` must be an array of tables, found {}",
                    keys::ENTRIES,
                    type_name(value.get_ref())
                ),
                value.span(),
                "expected an array of tables",
            )
            .with_help(format!(
                "write each entry under its own `[[{}]]` header (two brackets)",
                keys::ENTRIES
            )),
        );
        return;
    };
    for item in items {
        match item.get_ref().as_table() {
            Some(table) => {
                let entry = read_entry(item.span(), table, &catalog.fields, problems);
                catalog.entries.push(entry);
            }
            None => {
                catalog.entries_misplaced = true;
                problems.push(
                    Diagnostic::new(
                        format!(
                            "an `{}` entry must be a table, found {}",
                            keys::ENTRIES,
                            type_name(item.get_ref())
                        ),
                        item.span(),
                        "expected a table",
                    )
                    .with_help(format!(
                        "write each entry under its own `[[{}]]` header",
                        keys::ENTRIES
                    )),
                );
            }
        }
    }
}

fn read_entry(
    span: Range<usize>,
    table: &DeTable<'_>,
    declared: &[RawDeclaration],
    problems: &mut Vec<Diagnostic>,
) -> RawEntry {
    RawEntry {
        span,
        keys: read_table(
            table,
            keys::ENTRY,
            declared,
            &format!("in an `[[{}]]` entry", keys::ENTRIES),
            problems,
        ),
    }
}

/// Reads the keys of `table` that `known` describes and the fields
/// `declared` declares, each checked against its type; any other key is
/// reported unknown, `place` saying where.
fn read_table(
    table: &DeTable<'_>,
    known: &[Key],
    declared: &[RawDeclaration],
    place: &str,
    problems: &mut Vec<Diagnostic>,
) -> RawTable {
    let mut read = RawTable::default();
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        let Some(descriptor) = keys::find(known, name) else {
            match declared.iter().find(|field| field.name.value == name) {
                // A field whose type is unknown takes any value: its
                // declaration is what gets reported.
                Some(field) => {
                    let value = field
                        .ty
                        .and_then(|ty| values::read(name, ty, value, problems));
                    read.fields.push((name.to_owned(), value));
                }
                None => {
                    let mut names: Vec<&str> = keys::names(known);
                    names.extend(declared.iter().map(|field| field.name.value.as_str()));
                    problems.push(unknown_key(name, key.span(), &names, place));
                }
            }
            continue;
        };
        read.written.push(descriptor.name);
        if matches!(descriptor.ty, KeyType::Declarations | KeyType::Declared) {
            // Read by `fields`, which needs the nested tables or the
            // declared type.
            continue;
        }
        let Some(value) = values::read(descriptor.name, descriptor.ty, value, problems) else {
            continue;
        };
        // A key of fixed values keeps only one of them: an unknown one is
        // reported here, and the key counts as written without a value.
        if let (RawValue::Text(text), Rule::OneOf(choices)) = (&value, descriptor.rule)
            && !choice::check(descriptor, choices, text, problems)
        {
            continue;
        }
        read.values.push((descriptor.name, value));
    }
    read
}
