//! Catalog problems as people and machines read them: the macro's rustc-style
//! rendering on stderr, or JSON objects with stable field names.

use std::fmt::Write as _;
use std::ops::Range;

use errcat_codegen::{Diagnostic, MAX_REPORTED, SourceFile, Style};
use serde::Serialize;

/// The problems of one catalog as the macro shows them, with the `error: `
/// prefix a standalone tool's output has: at most [`MAX_REPORTED`] of them
/// (as the macro), a count of the rest, and a closing line naming the file.
pub(crate) fn human(problems: &[Diagnostic], source: &SourceFile, color: bool) -> String {
    let style = Style {
        color,
        level_prefix: true,
    };
    let mut text = String::new();
    for problem in problems.iter().take(MAX_REPORTED) {
        text.push_str(&problem.render(source, style));
        text.push_str("\n\n");
    }
    let path = &source.display_path;
    let hidden = problems.len().saturating_sub(MAX_REPORTED);
    if hidden > 0 {
        let _ = write!(
            text,
            "error: {hidden} more problems in `{path}` are not shown; fix the ones above and \
             check again, or see them all with `--format json`\n\n"
        );
    }
    let count = problems.len();
    let plural = if count == 1 { "" } else { "s" };
    let _ = writeln!(text, "error: `{path}` has {count} problem{plural}");
    text
}

/// One problem, for `errcat check --format json`.
///
/// Lines and columns are 1-based, columns count characters; the end is
/// exclusive (the position just past the last offending character). A
/// problem without a place in the text (an unreadable file) has `null`
/// positions.
#[derive(Debug, Serialize)]
pub(crate) struct JsonDiagnostic {
    /// The path as given on the command line, `<stdin>` for `-`.
    file: String,
    /// Always `"error"`; there to keep the shape when warnings come.
    level: &'static str,
    /// What is wrong.
    message: String,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    /// What the caret underline says; empty when there is no place.
    label: String,
    /// Other places that explain the problem.
    related: Vec<JsonRelated>,
    /// A fact that explains the problem.
    note: Option<String>,
    /// How to fix it.
    help: Option<String>,
    /// The human rendering, without colour.
    rendered: String,
}

/// A place that explains a problem (the first of two duplicates).
#[derive(Debug, Serialize)]
struct JsonRelated {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    label: String,
}

impl JsonDiagnostic {
    /// The JSON view of `problem`, found in `source`.
    pub(crate) fn new(problem: &Diagnostic, source: &SourceFile) -> Self {
        let (start, end) = match &problem.span {
            Some(span) => {
                let (start, end) = positions(source, span);
                (Some(start), Some(end))
            }
            None => (None, None),
        };
        let related = problem
            .related
            .iter()
            .map(|(span, label)| {
                let ((line, column), (end_line, end_column)) = positions(source, span);
                JsonRelated {
                    line,
                    column,
                    end_line,
                    end_column,
                    label: label.clone(),
                }
            })
            .collect();
        let plain = Style {
            color: false,
            level_prefix: true,
        };
        Self {
            file: source.display_path.clone(),
            level: "error",
            message: problem.message.clone(),
            line: start.map(|(line, _)| line),
            column: start.map(|(_, column)| column),
            end_line: end.map(|(line, _)| line),
            end_column: end.map(|(_, column)| column),
            label: problem.label.clone(),
            related,
            note: problem.note.clone(),
            help: problem.help.clone(),
            rendered: problem.render(source, plain),
        }
    }
}

/// The line and column of a span's start and of its (exclusive) end.
fn positions(source: &SourceFile, span: &Range<usize>) -> ((usize, usize), (usize, usize)) {
    (source.line_column(span.start), source.line_column(span.end))
}
