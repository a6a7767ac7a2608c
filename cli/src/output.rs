//! Where generated text goes: stdout, a file, or a comparison with a file
//! that is kept committed (`--check`).

use std::io::Write as _;
use std::ops::Range;

use errcat_codegen::{Diagnostic, SourceFile, Style};
use serde::Serialize;

use crate::args::OutputArgs;
use crate::outcome::{Fatal, Outcome};

/// Writes `text` to stdout. A reader that went away (`errcat render | head`)
/// is not an error: there is nobody left to tell.
///
/// # Errors
///
/// Stdout cannot be written for another reason.
pub(crate) fn print(text: &str) -> Result<(), Fatal> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Err(Fatal::usage(
            format!("cannot write to stdout: {error}"),
            "check where the output is redirected",
        )),
        _ => Ok(()),
    }
}

/// `value` as pretty-printed JSON with a final newline: stable bytes, so
/// generated JSON can be committed and compared.
pub(crate) fn json_text<T: Serialize + ?Sized>(value: &T) -> String {
    // Only the tool's own derived types are serialized here: strings,
    // numbers, options and sequences, which serde_json always accepts.
    let mut text = serde_json::to_string_pretty(value)
        .expect("the tool's output types serialize to JSON without error");
    text.push('\n');
    text
}

/// Delivers generated `content` as `args` say: to stdout, to `-o OUT`, or,
/// with `--check`, compared with OUT. `regenerate` is the command that
/// writes OUT afresh, for the message when it is stale.
///
/// # Errors
///
/// OUT cannot be written, or read for the comparison.
pub(crate) fn deliver(
    content: &str,
    args: &OutputArgs,
    regenerate: &str,
    color: bool,
) -> Result<Outcome, Fatal> {
    let Some(path) = &args.output else {
        print(content)?;
        return Ok(Outcome::Success);
    };
    let shown = path.display().to_string();
    if !args.check {
        std::fs::write(path, content).map_err(|error| Fatal::unwritable(&shown, &error))?;
        return Ok(Outcome::Success);
    }
    let style = Style {
        color,
        level_prefix: true,
    };
    let existing = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let problem = Diagnostic::without_span(format!("`{shown}` does not exist"))
                .with_help(format!("create it with `{regenerate}`"));
            eprintln!(
                "{}",
                problem.render(&SourceFile::new(shown.as_str(), ""), style)
            );
            return Ok(Outcome::Failure);
        }
        Err(error) => return Err(Fatal::unreadable(&shown, "file", &error)),
    };
    let Some(difference) = first_difference(&existing, content) else {
        print(&format!("ok: `{shown}` is up to date\n"))?;
        return Ok(Outcome::Success);
    };
    let fresh_line = content
        .split_inclusive('\n')
        .nth(difference.line_index)
        .map_or(
            "(nothing: the file should end before this line)".to_owned(),
            |line| format!("`{}`", line.trim_end_matches('\n')),
        );
    let problem = Diagnostic::new(
        format!("`{shown}` is stale: it differs from what the command generates now"),
        difference.span,
        "first difference",
    )
    .with_note(format!("a fresh copy has here: {fresh_line}"))
    .with_help(format!("regenerate it with `{regenerate}` and commit it"));
    let source = SourceFile::new(shown.as_str(), existing);
    eprintln!("{}", problem.render(&source, style));
    Ok(Outcome::Failure)
}

/// Where a committed file first differs from its fresh version.
#[derive(Debug, PartialEq, Eq)]
struct Difference {
    /// The 0-based index of the first line that differs.
    line_index: usize,
    /// That line's bytes in the committed file, without its line break;
    /// empty at the end of the file when the committed copy is shorter.
    span: Range<usize>,
}

/// The first line where `existing` and `fresh` differ, a missing or extra
/// final line break included; `None` when they are equal.
fn first_difference(existing: &str, fresh: &str) -> Option<Difference> {
    if existing == fresh {
        return None;
    }
    let mut offset = 0;
    let mut fresh_lines = fresh.split_inclusive('\n');
    for (line_index, line) in existing.split_inclusive('\n').enumerate() {
        if fresh_lines.next() != Some(line) {
            let content = line.trim_end_matches(['\n', '\r']);
            return Some(Difference {
                line_index,
                span: offset..offset + content.len(),
            });
        }
        offset += line.len();
    }
    Some(Difference {
        line_index: existing.split_inclusive('\n').count(),
        span: existing.len()..existing.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_have_no_difference() {
        assert_eq!(first_difference("a\nb\n", "a\nb\n"), None);
    }

    #[test]
    fn finds_the_first_changed_line() {
        assert_eq!(
            first_difference("a\nold\nc\n", "a\nnew\nc\n"),
            Some(Difference {
                line_index: 1,
                span: 2..5
            })
        );
    }

    #[test]
    fn a_shorter_or_longer_file_differs_where_one_ends() {
        assert_eq!(
            first_difference("a\n", "a\nb\n"),
            Some(Difference {
                line_index: 1,
                span: 2..2
            })
        );
        assert_eq!(
            first_difference("a\nb\n", "a\n"),
            Some(Difference {
                line_index: 1,
                span: 2..3
            })
        );
    }

    #[test]
    fn a_missing_final_line_break_is_a_difference() {
        assert_eq!(
            first_difference("a\nb", "a\nb\n"),
            Some(Difference {
                line_index: 1,
                span: 2..3
            })
        );
    }
}
