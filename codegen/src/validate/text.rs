//! The rules on one string value: wire text (RFC 6749 NQSCHAR or, under
//! `text = "unicode"`, `unicode_text`'s rule; not blank), the code, and
//! one-line text, with spans that point at each offending character as
//! written, escape sequences included.

use std::ops::Range;

use super::chars::Refused;
use super::unicode_text;
use crate::diagnostic::Diagnostic;
use crate::keys::{self, Key, Presence};
use crate::model::TextRule;
use crate::parse::Field;
use crate::source::SourceFile;
use crate::wire_text;

/// Checks text that goes on the wire under the catalog's `text` rule;
/// returns whether it is sound. When the rule is unknown (`None`, and
/// reported), the text is held to what every rule refuses, which is
/// `unicode`'s: which other characters the catalog meant to allow is
/// unknown, and a typo in `"unicode"` would otherwise bury the one real
/// problem under every non-ASCII character of the file.
pub(super) fn check_wire_text(
    key: &Key,
    field: &Field<String>,
    rule: Option<TextRule>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    if let Some(problem) = blank_text(key.name, field) {
        problems.push(problem);
        return false;
    }
    if rule != Some(TextRule::OAuth) {
        return unicode_text::check(key.name, field, source, problems);
    }
    let Some(refused) = Refused::find(&field.value, |c| !wire_text::is_nqschar(c)) else {
        return true;
    };
    // Text is pointed at `text = "unicode"` when that would allow every
    // character it refuses.
    let help = if refused.chars().all(unicode_text::allows) {
        format!(
            "OAuth 2.0 error fields allow printable ASCII except `\"` and `\\` (RFC 6749 appendix \
             A.7); rephrase without {}, or write `{} = \"{}\"` under `[{}]` to allow any Unicode \
             text, which OAuth fields then carry percent-encoded",
            it_or_them(&refused),
            keys::TEXT,
            keys::UNICODE.name,
            keys::CATALOG_TABLE
        )
    } else {
        format!(
            "OAuth 2.0 error fields allow printable ASCII except `\"` and `\\` (RFC 6749 appendix \
             A.7); rephrase without {}",
            it_or_them(&refused)
        )
    };
    problems.push(off_the_wire(key, &refused, field, source).with_help(help));
    false
}

/// The problem of a field with characters that RFC 6749 keeps off the
/// wire, each one underlined; the caller adds the help.
fn off_the_wire(
    key: &Key,
    refused: &Refused,
    field: &Field<String>,
    source: &SourceFile,
) -> Diagnostic {
    let contents = refused.contents("that cannot go on the wire");
    let message = if refused.is_one() {
        format!("`{key}` contains {contents}, which cannot go on the wire")
    } else {
        format!("`{key}` contains {contents}")
    };
    refused.problem(message, field, source, "not allowed by RFC 6749")
}

/// `it`, or `them` for several characters.
fn it_or_them(refused: &Refused) -> &'static str {
    if refused.is_one() { "it" } else { "them" }
}

/// Checks the wire code; returns whether it is sound. The code is an
/// identifier clients match byte for byte, in every format, so no `text`
/// setting widens it; the help says so rather than pointing at a setting
/// that would not help.
pub(super) fn check_code(
    field: &Field<String>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    let key = keys::CODE;
    if let Some(problem) = blank_text(key.name, field) {
        problems.push(problem);
        return false;
    }
    if field.value.trim() != field.value {
        problems.push(
            Diagnostic::new(
                format!("`{key}` starts or ends with a space"),
                field.span.clone(),
                "space at the edge",
            )
            .with_help("remove the space: clients compare codes exactly"),
        );
        return false;
    }
    let Some(refused) = Refused::find(&field.value, |c| !wire_text::is_nqschar(c)) else {
        return true;
    };
    problems.push(
        off_the_wire(&key, &refused, field, source).with_help(format!(
            "`{key}` is an identifier clients compare byte for byte, so it is RFC 6749 \
                 NQSCHAR (printable ASCII except `\"` and `\\`) whatever `[{}] {}` says; \
                 rephrase without {}",
            keys::CATALOG_TABLE,
            keys::TEXT,
            it_or_them(&refused)
        )),
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

/// The problem with text that is empty or only spaces, if it is; `name`
/// is the key's, or a declared field's.
fn blank_text(name: &str, field: &Field<String>) -> Option<Diagnostic> {
    if !field.value.trim().is_empty() {
        return None;
    }
    let (message, label) = if field.value.is_empty() {
        (format!("`{name}` is empty"), "empty text")
    } else {
        (format!("`{name}` holds only whitespace"), "blank text")
    };
    let required =
        keys::find(keys::ENTRY, name).is_some_and(|key| key.presence == Presence::Required);
    let help = if required {
        format!("write the {name}: every entry needs one")
    } else if name == keys::DEPRECATED.name {
        format!(
            "write what to use instead, or `{} = true`",
            keys::DEPRECATED
        )
    } else if name == keys::SINCE.name {
        "write the version that added the code, or remove the key".to_owned()
    } else {
        format!("write the {name}, or remove the key")
    };
    Some(Diagnostic::new(message, field.span.clone(), label).with_help(help))
}

/// Checks `[catalog] title`, or another heading: one line, and under
/// `text = "unicode"` no bidirectional formatting character either, since
/// rustdoc and the pages show it beside the Unicode descriptions.
pub(super) fn check_heading(
    key: &Key,
    field: &Field<String>,
    rule: Option<TextRule>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    check_single_line(key.name, field, source, problems)
        && (rule != Some(TextRule::Unicode)
            || unicode_text::check(key.name, field, source, problems))
}

/// Checks text that must be one line; returns whether it is. `name` is the
/// key's, or a declared field's.
pub(super) fn check_single_line(
    name: &str,
    field: &Field<String>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    if let Some(problem) = blank_text(name, field) {
        problems.push(problem);
        return false;
    }
    let Some(refused) = Refused::find(&field.value, char::is_control) else {
        return true;
    };
    let contents = refused.contents("that break the line");
    problems.push(
        refused
            .problem(
                format!("`{name}` contains {contents}"),
                field,
                source,
                "must be one line of text",
            )
            .with_help(format!(
                "write the {name} on one line, without control characters"
            )),
    );
    false
}
