//! The rule on descriptions and hints under `[catalog] text = "unicode"`:
//! any character but control characters (Unicode category Cc), which would
//! break the line a client shows, and bidirectional formatting characters,
//! which make text display differently from how it is stored ("Trojan
//! Source", CVE-2021-42574).

use super::text::char_span;
use crate::diagnostic::Diagnostic;
use crate::parse::Field;
use crate::source::SourceFile;
use crate::wire_text::{self, is_bidi_control};

/// The name of a bidirectional formatting character, for the message.
fn bidi_name(c: char) -> &'static str {
    match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        _ => "POP DIRECTIONAL ISOLATE",
    }
}

/// Whether `text = "unicode"` allows `c`.
pub(crate) fn allows(c: char) -> bool {
    !c.is_control() && !is_bidi_control(c)
}

/// The byte offset and value of the first character `text = "unicode"`
/// refuses in `text`.
#[must_use]
pub(crate) fn first_refused(text: &str) -> Option<(usize, char)> {
    text.char_indices().find(|&(_, c)| !allows(c))
}

/// Checks a description or hint of a Unicode catalog; returns whether it
/// is sound. Reports the first refused character, at that character.
pub(super) fn check(
    key: &str,
    field: &Field<String>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    let Some((offset, bad)) = first_refused(&field.value) else {
        return true;
    };
    let span = char_span(field, offset, source);
    let problem = if is_bidi_control(bad) {
        Diagnostic::new(
            format!(
                "`{key}` contains the bidirectional formatting character U+{:04X} ({})",
                u32::from(bad),
                bidi_name(bad)
            ),
            span,
            "makes the text display differently from how it is stored",
        )
        .with_help(
            "remove it: bidirectional formatting characters reorder what readers see \
             (\"Trojan Source\", CVE-2021-42574); right-to-left text displays correctly without them",
        )
    } else {
        Diagnostic::new(
            format!("`{key}` contains {}", wire_text::describe_char(bad)),
            span,
            "control characters are not allowed",
        )
        .with_help(format!(
            "write the {key} on one line, without control characters; `text = \"unicode\"` \
             allows every other character"
        ))
    };
    problems.push(problem);
    false
}
