//! Raw catalog -> validated [`Catalog`]: the rules on values and the rules
//! across entries. Every problem is pushed; a catalog comes out only when
//! there were none.

use std::collections::HashMap;
use std::ops::Range;

use crate::diagnostic::Diagnostic;
use crate::keys::{self, Presence};
use crate::model::{Catalog, Deprecation, Entry};
use crate::naming;
use crate::parse::{Field, RawCatalog, RawEntry, RawValue};
use crate::source::SourceFile;
use crate::wire_text;

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

mod tags;

pub(crate) fn validate(
    raw: &RawCatalog,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Option<Catalog> {
    let before = problems.len();
    if let Some(title) = raw.catalog.text("title") {
        check_single_line("title", title, problems);
    }
    if raw.entries.is_empty() && !raw.entries_misplaced {
        problems.push(empty_catalog(raw));
    }
    let checked: Vec<Checked<'_>> = raw
        .entries
        .iter()
        .map(|entry| check_entry(entry, source, problems))
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
            }
        })
        .collect();
    Some(Catalog {
        title: raw.catalog.text("title").map(|title| title.value.clone()),
        entries,
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
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Checked<'a> {
    let keys = &entry.keys;
    let missing: Vec<&keys::Key> = required()
        .filter(|key| !keys.written.contains(&key.name))
        .collect();
    if !missing.is_empty() {
        problems.push(missing_keys(entry, &missing, source));
    }
    let code = keys
        .text("code")
        .filter(|code| check_wire_text("code", code, source, problems));
    for key in ["description", "hint"] {
        if let Some(text) = keys.text(key) {
            check_wire_text(key, text, source, problems);
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

fn missing_keys(entry: &RawEntry, missing: &[&keys::Key], source: &SourceFile) -> Diagnostic {
    let quoted: Vec<String> = missing
        .iter()
        .map(|key| format!("`{}`", key.name))
        .collect();
    let examples: Vec<String> = missing
        .iter()
        .map(|key| format!("`{}`", key.example))
        .collect();
    let every: Vec<&str> = required().map(|key| key.name).collect();
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

/// Checks text that goes on the wire; returns whether it is sound.
fn check_wire_text(
    key: &str,
    field: &Field<String>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    if let Some(problem) = blank_text(key, field) {
        problems.push(problem);
        return false;
    }
    if key == "code" && field.value.trim() != field.value {
        problems.push(
            Diagnostic::new(
                "`code` starts or ends with a space",
                field.span.clone(),
                "space at the edge",
            )
            .with_help("remove the space: clients compare codes exactly"),
        );
        return false;
    }
    let Some((offset, bad)) = wire_text::first_non_nqschar(&field.value) else {
        return true;
    };
    problems.push(
        Diagnostic::new(
            format!("`{key}` contains {}, which cannot go on the wire", wire_text::describe_char(bad)),
            char_span(field, offset, source),
            "not allowed by RFC 6749",
        )
        .with_help(
            "OAuth 2.0 error fields allow printable ASCII except `\"` and `\\` (RFC 6749 appendix A.7); \
             rephrase without it",
        ),
    );
    false
}

/// The span of the character at `offset` of a string value: the character
/// itself, or the escape sequence that wrote it; the whole value when the
/// string's form makes that uncertain (multi-line strings trim and fold).
pub(super) fn char_span(field: &Field<String>, offset: usize, source: &SourceFile) -> Range<usize> {
    let written = source.text.get(field.span.clone()).unwrap_or_default();
    locate_in_literal(written, &field.value, offset).map_or_else(
        || field.span.clone(),
        |found| field.span.start + found.start..field.span.start + found.end,
    )
}

/// Where the character at `offset` of `value` is written in `literal`, the
/// TOML string literal that holds it.
fn locate_in_literal(literal: &str, value: &str, offset: usize) -> Option<Range<usize>> {
    if literal.starts_with("\"\"\"") || literal.starts_with("'''") {
        return None;
    }
    let char_len = |text: &str, at: usize| text.get(at..)?.chars().next().map(char::len_utf8);
    if literal.starts_with('\'') {
        return Some(1 + offset..1 + offset + char_len(value, offset)?);
    }
    let mut written = 1;
    let mut decoded = 0;
    loop {
        let width = if literal.get(written..)?.starts_with('\\') {
            match literal.as_bytes().get(written + 1)? {
                b'u' => 6,
                b'U' => 10,
                b'x' => 4,
                _ => 2,
            }
        } else {
            char_len(literal, written)?
        };
        if decoded == offset {
            return Some(written..written + width);
        }
        decoded += char_len(value, decoded)?;
        written += width;
    }
}

/// The problem with text that is empty or only spaces, if it is.
fn blank_text(key: &str, field: &Field<String>) -> Option<Diagnostic> {
    if !field.value.trim().is_empty() {
        return None;
    }
    let (message, label) = if field.value.is_empty() {
        (format!("`{key}` is empty"), "empty text")
    } else {
        (format!("`{key}` holds only whitespace"), "blank text")
    };
    let help = match key {
        "code" | "description" => format!("write the {key}: every entry needs one"),
        "deprecated" => "write what to use instead, or `deprecated = true`".to_owned(),
        "since" => "write the version that added the code, or remove the key".to_owned(),
        _ => format!("write the {key}, or remove the key"),
    };
    Some(Diagnostic::new(message, field.span.clone(), label).with_help(help))
}

/// Checks text that must be one line; returns whether it is.
fn check_single_line(key: &str, field: &Field<String>, problems: &mut Vec<Diagnostic>) -> bool {
    if let Some(problem) = blank_text(key, field) {
        problems.push(problem);
        return false;
    }
    let Some(bad) = field.value.chars().find(|c| c.is_control()) else {
        return true;
    };
    problems.push(
        Diagnostic::new(
            format!("`{key}` contains {}", wire_text::describe_char(bad)),
            field.span.clone(),
            "must be one line of text",
        )
        .with_help(format!(
            "write the {key} on one line, without control characters"
        )),
    );
    false
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
