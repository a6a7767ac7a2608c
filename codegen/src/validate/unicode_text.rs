//! The rule on descriptions and hints under `[catalog] text = "unicode"`:
//! any character but control characters (Unicode category Cc), which would
//! break the line a client shows, and bidirectional formatting characters,
//! which make text display differently from how it is stored ("Trojan
//! Source", CVE-2021-42574).

use super::chars::Refused;
use crate::diagnostic::Diagnostic;
use crate::keys;
use crate::parse::Field;
use crate::source::SourceFile;
use crate::wire_text::is_bidi_control;

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

/// Checks a description or hint of a Unicode catalog (or a title); returns
/// whether it is sound. Reports every refused character, the
/// bidirectional formatting ones in one problem and the control ones in
/// another, since each kind has its own fix.
pub(super) fn check(
    key: &str,
    field: &Field<String>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    let bidi = Refused::find(&field.value, is_bidi_control);
    let control = Refused::find(&field.value, char::is_control);
    if let Some(bidi) = &bidi {
        let message = if bidi.is_one() {
            let c = bidi.first();
            format!(
                "`{key}` contains the bidirectional formatting character U+{:04X} ({})",
                u32::from(c),
                bidi_name(c)
            )
        } else {
            let names: Vec<String> = bidi
                .chars()
                .map(|c| format!("U+{:04X} ({})", u32::from(c), bidi_name(c)))
                .collect();
            let mut distinct: Vec<String> = Vec::new();
            for name in names {
                if !distinct.contains(&name) {
                    distinct.push(name);
                }
            }
            format!(
                "`{key}` contains {} bidirectional formatting characters: {}",
                bidi.count(),
                distinct.join(", ")
            )
        };
        problems.push(
            bidi.problem(
                message,
                field,
                source,
                "makes the text display differently from how it is stored",
            )
            .with_help(
                "remove it: bidirectional formatting characters reorder what readers see \
                 (\"Trojan Source\", CVE-2021-42574); right-to-left text displays correctly without them",
            ),
        );
    }
    if let Some(control) = &control {
        let contents = control.contents("that break the line");
        problems.push(
            control
                .problem(
                    format!("`{key}` contains {contents}"),
                    field,
                    source,
                    "control characters are not allowed",
                )
                .with_help(format!(
                    "write the {key} on one line, without control characters; `{} = \"{}\"` \
                     allows every other character",
                    keys::TEXT,
                    keys::UNICODE.name
                )),
        );
    }
    bidi.is_none() && control.is_none()
}
