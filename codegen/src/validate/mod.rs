//! Raw catalog -> validated [`Catalog`]: the rules on values and the rules
//! across entries. Every problem is pushed; a catalog comes out only when
//! there were none.

use std::collections::HashMap;
use std::ops::Range;

use crate::diagnostic::Diagnostic;
use crate::keys::{self, Presence};
use crate::model::{Catalog, Deprecation, Entry, TextRule};
use crate::naming;
use crate::parse::{Field, RawCatalog, RawDeclaration, RawEntry, RawValue};
use crate::source::SourceFile;

/// The statuses a catalog entry may have: HTTP client and server errors.
pub(crate) const STATUS_RANGE: std::ops::RangeInclusive<i64> = 400..=599;

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

mod domain;
mod fields;
mod grpc;
mod tags;

pub(crate) use fields::recover as recover_fields;
mod text;
mod text_rule;
mod unicode_text;

use text::{check_single_line, check_title, check_wire_text};

pub(crate) fn validate(
    raw: &RawCatalog,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Option<Catalog> {
    let before = problems.len();
    let rule = text_rule::read(raw, problems);
    if let Some(title) = raw.catalog.text("title") {
        check_title(title, rule, source, problems);
    }
    let domain = domain::read(raw, source, problems);
    let declared = fields::check_declarations(&raw.fields, problems);
    grpc::check(raw, problems);
    if raw.entries.is_empty() && !raw.entries_misplaced {
        problems.push(empty_catalog(raw));
    }
    let checked: Vec<Checked<'_>> = raw
        .entries
        .iter()
        .map(|entry| check_entry(entry, &raw.fields, rule, source, problems))
        .collect();
    check_across_entries(&checked, problems);
    if problems.len() > before {
        return None;
    }
    let entries = checked
        .into_iter()
        .map(|entry| {
            let keys = &entry.raw.keys;
            let text = |key: &str| keys.text(key).map(|field| field.value.clone());
            Entry {
                name: entry.name.map(|name| name.value).unwrap_or_default(),
                code: entry
                    .code
                    .map(|code| code.value.clone())
                    .unwrap_or_default(),
                status: entry.status.unwrap_or_default(),
                description: text("description").unwrap_or_default(),
                hint: text("hint"),
                reference: text("reference"),
                deprecated: entry.deprecated,
                since: text("since"),
                tags: keys
                    .strings("tags")
                    .iter()
                    .map(|tag| tag.value.clone())
                    .collect(),
                line: source.line_column(entry.raw.span.start).0,
                fields: fields::entry_values(keys, &declared),
            }
        })
        .collect();
    Some(Catalog {
        title: raw.catalog.text("title").map(|title| title.value.clone()),
        text: rule.unwrap_or_default(),
        domain,
        entries,
        fields: declared,
    })
}

fn empty_catalog(raw: &RawCatalog) -> Diagnostic {
    let span = raw.error_key.clone().unwrap_or(0..0);
    let mut help = "add an entry:\n[[error]]".to_owned();
    for key in required() {
        help.push('\n');
        help.push_str(key.example);
    }
    Diagnostic::new("the catalog has no entries", span, "no `[[error]]` entry").with_help(help)
}

/// The keys every entry writes.
fn required() -> impl Iterator<Item = &'static keys::Key> {
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
        .filter(|key| !keys.written.contains(&key.name))
        .map(|key| (key.name, key.example.to_owned()))
        .collect();
    let missing_fields = fields::check_entry_fields(keys, declared, problems);
    missing.extend(
        missing_fields
            .iter()
            .map(|field| (field.name.value.as_str(), fields::example(field))),
    );
    if !missing.is_empty() {
        problems.push(missing_keys(entry, &missing, declared, source));
    }
    // Every string key that goes on the wire gets the wire rules; the code
    // is kept for the cross-entry checks only when it passes them.
    let mut code = None;
    for key in keys::ENTRY.iter().filter(|key| key.wire) {
        if let Some(text) = keys.text(key.name) {
            let sound = check_wire_text(key.name, text, rule, source, problems);
            if sound && key.name == "code" {
                code = Some(text);
            }
        }
    }
    for key in ["reference", "since"] {
        if let Some(text) = keys.text(key) {
            check_single_line(key, text, problems);
        }
    }
    let deprecated = check_deprecated(entry, problems);
    tags::check(keys.strings("tags"), source, problems);
    let status = keys
        .integer("status")
        .and_then(|status| check_status(status, problems));
    let name = match (keys.text("name"), code) {
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
fn check_deprecated(entry: &RawEntry, problems: &mut Vec<Diagnostic>) -> Option<Deprecation> {
    match entry.keys.get("deprecated")? {
        RawValue::Bool(flag) => flag.value.then(Deprecation::default),
        RawValue::Text(note) => {
            check_single_line("deprecated", note, problems).then(|| Deprecation {
                note: Some(note.value.clone()),
            })
        }
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
    if STATUS_RANGE.contains(&status.value) {
        return u16::try_from(status.value).ok();
    }
    let kind = if (100..400).contains(&status.value) {
        format!("{} is not an error status", status.value)
    } else {
        format!("{} is not an HTTP status", status.value)
    };
    problems.push(
        Diagnostic::new(
            format!("`status` {} is outside 400..=599", status.value),
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
        format!("write `name = \"{suggestion}\"`")
    } else {
        "use an UpperCamelCase Rust identifier, such as `InvalidRequest`".to_owned()
    };
    problems.push(
        Diagnostic::new(
            format!("invalid `name`: {problem}"),
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
        .with_help("add `name = \"...\"` to the entry, with an UpperCamelCase Rust identifier"),
    );
    None
}

fn check_across_entries(entries: &[Checked<'_>], problems: &mut Vec<Diagnostic>) {
    let mut first_with_pair: HashMap<(&str, u16), usize> = HashMap::new();
    let mut with_code: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        let (Some(code), Some(status)) = (entry.code, entry.status) else {
            continue;
        };
        if let Some(&first) = first_with_pair.get(&(code.value.as_str(), status)) {
            let first_code = entries[first].code.map_or(0..0, |code| code.span.clone());
            problems.push(
                Diagnostic::new(
                    format!(
                        "code `{}` with status {status} is defined twice",
                        code.value
                    ),
                    code.span.clone(),
                    "second definition",
                )
                .with_related(first_code, "first defined here")
                .with_help("remove one of the entries, or give them different statuses"),
            );
        } else {
            first_with_pair.insert((code.value.as_str(), status), index);
        }
        with_code
            .entry(code.value.as_str())
            .or_default()
            .push(index);
    }
    // An unnamed entry of a shared code gets the shared-code error, which
    // says the better fix, instead of the duplicate-name error its derived
    // name would also cause.
    let mut needs_name = vec![false; entries.len()];
    for sharing in with_code.values() {
        let statuses_differ = sharing
            .iter()
            .any(|&index| entries[index].status != entries[sharing[0]].status);
        if !statuses_differ {
            continue;
        }
        for &index in sharing {
            let entry = &entries[index];
            if entry.raw.keys.text("name").is_some() {
                continue;
            }
            needs_name[index] = true;
            let other = &entries[sharing
                .iter()
                .copied()
                .find(|&other| other != index)
                .unwrap_or(index)];
            let (Some(code), Some(other_code)) = (entry.code, other.code) else {
                continue;
            };
            problems.push(
                Diagnostic::new(
                    format!("code `{}` is shared by several entries, so this one needs a `name`", code.value),
                    code.span.clone(),
                    format!("shared code, status {}", entry.status.unwrap_or_default()),
                )
                .with_related(other_code.span.clone(), format!("also used here, status {}", other.status.unwrap_or_default()))
                .with_help("add `name = \"...\"` to every entry that shares a code, so each variant says what it means"),
            );
        }
    }
    let mut first_with_name: HashMap<&str, &Name> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        let Some(name) = entry.name.as_ref().filter(|_| !needs_name[index]) else {
            continue;
        };
        let Some(first) = first_with_name.get(name.value.as_str()) else {
            first_with_name.insert(name.value.as_str(), name);
            continue;
        };
        let origin = match (name.explicit, entry.code) {
            (false, Some(code)) => format!(" (derived from code `{}`)", code.value),
            _ => String::new(),
        };
        problems.push(
            Diagnostic::new(
                format!("variant name `{}`{origin} is used twice", name.value),
                name.span.clone(),
                "second use",
            )
            .with_related(first.span.clone(), "first used here")
            .with_help("give one of the entries a different `name`"),
        );
    }
}
