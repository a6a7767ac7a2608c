//! Raw catalog -> validated [`Catalog`]: the rules on values and the rules
//! across entries. Every problem is pushed; a catalog comes out only when
//! there were none.

use std::ops::Range;

use crate::diagnostic::Diagnostic;
use crate::keys::{self, Key, Presence, Rule, Slot, Text};
use crate::model::{Catalog, Deprecation, Entry, FieldDecl, TextRule};
use crate::naming;
use crate::parse::{Field, RawCatalog, RawDeclaration, RawEntry, RawTable, RawValue};
use crate::source::SourceFile;

mod across;
mod chars;
mod domain;
mod fields;
mod grpc;
mod tags;
mod text;
mod text_rule;
mod unicode_text;
mod wire_length;

pub(crate) use fields::recover as recover_fields;
use text::{check_code, check_heading, check_single_line, check_wire_text};

/// An entry after its own checks: the sound parts the cross-entry checks
/// can use, and whether every part was sound.
struct Checked<'a> {
    raw: &'a RawEntry,
    /// The code, when it is sound.
    code: Option<&'a Field<String>>,
    /// The status, when it is sound.
    status: Option<u16>,
    /// The variant name, when it is sound or derivable.
    name: Option<Name>,
    /// `deprecated`, when it says the entry is.
    deprecated: Option<Deprecation>,
}

struct Name {
    value: String,
    /// Where a problem with the name points: `name`'s value, or `code`'s
    /// when the name is derived.
    span: Range<usize>,
    explicit: bool,
}

pub(crate) fn validate(
    raw: &RawCatalog,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Option<Catalog> {
    let before = problems.len();
    let rule = text_rule::read(raw);
    for key in keys::CATALOG {
        check_text_key(key, &raw.catalog, rule, source, problems);
    }
    let declared = fields::check_declarations(&raw.fields, rule, source, problems);
    grpc::check(raw, problems);
    if raw.entries.is_empty() && !raw.entries_misplaced {
        problems.push(empty_catalog(raw));
    }
    let checked: Vec<Checked<'_>> = raw
        .entries
        .iter()
        .map(|entry| check_entry(entry, &raw.fields, rule, source, problems))
        .collect();
    across::check(&checked, problems);
    if problems.len() > before {
        return None;
    }
    let entries = checked
        .into_iter()
        .map(|entry| model_entry(entry, &declared, source))
        .collect();
    let mut catalog = Catalog::new(entries)
        .with_text(rule.unwrap_or_default())
        .with_fields(declared);
    for key in keys::CATALOG {
        if let Slot::Catalog(Text { set: Some(set), .. }) = key.slot
            && let Some(text) = raw.catalog.text(key)
        {
            set(&mut catalog, text.value.clone());
        }
    }
    Some(catalog)
}

/// The model of an entry that passed every check: each text key stored
/// where its slot says, then the values code of its own reads.
fn model_entry(entry: Checked<'_>, declared: &[FieldDecl], source: &SourceFile) -> Entry {
    let keys = &entry.raw.keys;
    let mut model = Entry::new(
        entry.name.map(|name| name.value).unwrap_or_default(),
        entry
            .code
            .map(|code| code.value.clone())
            .unwrap_or_default(),
        entry.status.unwrap_or_default(),
        String::new(),
    )
    .with_line(source.line_column(entry.raw.span.start).0);
    for key in keys::ENTRY {
        if let Slot::Entry(Text { set: Some(set), .. }) = key.slot
            && let Some(text) = keys.text(key)
        {
            set(&mut model, text.value.clone());
        }
    }
    model.deprecated = entry.deprecated;
    model.tags = keys
        .strings(&keys::TAGS)
        .iter()
        .map(|tag| tag.value.clone())
        .collect();
    model.fields = fields::entry_values(keys, declared);
    model
}

/// Checks the value of `key` in `table` by the key's rule, for the rules
/// one value is checked by on its own; returns whether it is sound (or not
/// written). The keys of the other rules are checked by code of their
/// own, which needs more than the value: the entry's identity, a shape of
/// their own, or the declarations.
fn check_text_key(
    key: &Key,
    table: &RawTable,
    rule: Option<TextRule>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    let Some(text) = table.text(key) else {
        return true;
    };
    match key.rule {
        Rule::OneLine => check_single_line(key.name, text, source, problems),
        Rule::Heading => check_heading(key, text, rule, source, problems),
        Rule::Token => domain::check_token(key, text, source, problems),
        Rule::WireText => check_wire_text(key, text, rule, source, problems),
        // The parser keeps only a value that is one of them; the others
        // are code's of their own.
        Rule::OneOf(_)
        | Rule::Code
        | Rule::Status
        | Rule::VariantName
        | Rule::Tags
        | Rule::Deprecation
        | Rule::Flag
        | Rule::Values
        | Rule::Declarations
        | Rule::Declared => true,
    }
}

fn empty_catalog(raw: &RawCatalog) -> Diagnostic {
    let span = raw.error_key.clone().unwrap_or(0..0);
    let mut help = format!("add an entry:\n[[{}]]", keys::ENTRIES);
    for key in required() {
        help.push('\n');
        help.push_str(key.example);
    }
    Diagnostic::new(
        "the catalog has no entries",
        span,
        format!("no `[[{}]]` entry", keys::ENTRIES),
    )
    .with_help(help)
}

/// The keys every entry writes.
fn required() -> impl Iterator<Item = &'static Key> {
    keys::ENTRY
        .iter()
        .filter(|key| key.presence == Presence::Required)
}

/// Checks one entry's own values.
fn check_entry<'a>(
    entry: &'a RawEntry,
    declared: &[RawDeclaration],
    rule: Option<TextRule>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Checked<'a> {
    let keys = &entry.keys;
    let mut missing: Vec<(&str, String)> = required()
        .filter(|key| !keys.wrote(key))
        .map(|key| (key.name, key.example.to_owned()))
        .collect();
    let missing_fields = fields::check_entry_fields(keys, declared, source, problems);
    missing.extend(
        missing_fields
            .iter()
            .map(|field| (field.name.value.as_str(), fields::example(field))),
    );
    if !missing.is_empty() {
        problems.push(missing_keys(entry, &missing, declared, source));
    }
    // The code is kept for the cross-entry checks only when it is sound.
    let code = keys
        .text(&keys::CODE)
        .filter(|code| check_code(code, source, problems));
    for key in keys::ENTRY {
        check_text_key(key, keys, rule, source, problems);
    }
    wire_length::check(keys, problems);
    let deprecated = check_deprecated(entry, source, problems);
    tags::check(keys.strings(&keys::TAGS), source, problems);
    let status = keys
        .integer(&keys::STATUS)
        .and_then(|status| check_status(status, problems));
    let name = match (keys.text(&keys::NAME), code) {
        (Some(name), _) => check_explicit_name(name, problems).then(|| Name {
            value: name.value.clone(),
            span: name.span.clone(),
            explicit: true,
        }),
        (None, Some(code)) => check_derived_name(code, problems).map(|derived| Name {
            value: derived,
            span: code.span.clone(),
            explicit: false,
        }),
        (None, None) => None,
    };
    Checked {
        raw: entry,
        code,
        status,
        name,
        deprecated,
    }
}

/// `deprecated = true`, `false` or a one-line note.
fn check_deprecated(
    entry: &RawEntry,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Option<Deprecation> {
    match entry.keys.get(&keys::DEPRECATED)? {
        RawValue::Bool(flag) => flag.value.then(Deprecation::default),
        RawValue::Text(note) => check_single_line(keys::DEPRECATED.name, note, source, problems)
            .then(|| Deprecation {
                note: Some(note.value.clone()),
            }),
        RawValue::Integer(_) | RawValue::Strings(_) => None,
    }
}

/// The problem with an entry that leaves out required keys or required
/// declared fields: `missing` holds each one's name and example.
fn missing_keys(
    entry: &RawEntry,
    missing: &[(&str, String)],
    declared: &[RawDeclaration],
    source: &SourceFile,
) -> Diagnostic {
    let quoted: Vec<String> = missing
        .iter()
        .map(|(name, _)| format!("`{name}`"))
        .collect();
    let examples: Vec<String> = missing
        .iter()
        .map(|(_, example)| format!("`{example}`"))
        .collect();
    let mut every: Vec<&str> = required().map(|key| key.name).collect();
    every.extend(
        declared
            .iter()
            .filter(|field| field.required())
            .map(|field| field.name.value.as_str()),
    );
    let (line, _) = source.line_column(entry.span.start);
    Diagnostic::new(
        format!(
            "the entry at line {line} has no {}",
            quoted.join(" and no ")
        ),
        entry.span.clone(),
        format!("this entry needs {}", quoted.join(" and ")),
    )
    .with_help(format!(
        "add {}; every entry needs {}",
        examples.join(" and "),
        keys::quoted_list(&every)
    ))
}

fn check_status(status: &Field<i64>, problems: &mut Vec<Diagnostic>) -> Option<u16> {
    if keys::STATUS_RANGE.contains(&status.value) {
        return u16::try_from(status.value).ok();
    }
    let kind = if (100..400).contains(&status.value) {
        format!("{} is not an error status", status.value)
    } else {
        format!("{} is not an HTTP status", status.value)
    };
    problems.push(
        Diagnostic::new(
            format!(
                "`{}` {} is outside {}..={}",
                keys::STATUS,
                status.value,
                keys::STATUS_RANGE.start(),
                keys::STATUS_RANGE.end()
            ),
            status.span.clone(),
            kind,
        )
        .with_help("use a client error (4xx) or a server error (5xx) status"),
    );
    None
}

fn check_explicit_name(name: &Field<String>, problems: &mut Vec<Diagnostic>) -> bool {
    let Some(problem) = naming::variant_name_problem(&name.value) else {
        return true;
    };
    let suggestion = naming::upper_camel_case(&name.value);
    let help = if name.value.is_ascii() && naming::variant_name_problem(&suggestion).is_none() {
        format!("write `{} = \"{suggestion}\"`", keys::NAME)
    } else {
        "use an UpperCamelCase Rust identifier, such as `InvalidRequest`".to_owned()
    };
    problems.push(
        Diagnostic::new(
            format!("invalid `{}`: {problem}", keys::NAME),
            name.span.clone(),
            "not a valid variant name",
        )
        .with_help(help),
    );
    false
}

fn check_derived_name(code: &Field<String>, problems: &mut Vec<Diagnostic>) -> Option<String> {
    let derived = naming::upper_camel_case(&code.value);
    let Some(problem) = naming::variant_name_problem(&derived) else {
        return Some(derived);
    };
    problems.push(
        Diagnostic::new(
            format!(
                "cannot name a variant after the code `{}`: {problem}",
                code.value
            ),
            code.span.clone(),
            "no variant name can be derived from this code",
        )
        .with_help(format!(
            "add `{} = \"...\"` to the entry, with an UpperCamelCase Rust identifier",
            keys::NAME
        )),
    );
    None
}
