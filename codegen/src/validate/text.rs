//! The rules on one string value: wire text (RFC 6749 NQSCHAR, not
//! blank) and one-line text, with spans that point at the offending
//! character as written, escape sequences included.

use std::ops::Range;

use crate::diagnostic::Diagnostic;
use crate::parse::Field;
use crate::source::SourceFile;
use crate::wire_text;

/// Checks text that goes on the wire; returns whether it is sound.
pub(super) fn check_wire_text(
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
pub(super) fn check_single_line(
    key: &str,
    field: &Field<String>,
    problems: &mut Vec<Diagnostic>,
) -> bool {
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
