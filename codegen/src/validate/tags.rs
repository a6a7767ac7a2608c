//! The rules on `tags`: each tag is a token, and an entry lists it once.
//!
//! A tag will name a subset of the catalog (`where tag = "charge"`), so it
//! is kept to lowercase ASCII letters, digits, `_` and `-`: one spelling
//! per tag, nothing to escape in a selector, a file name or a URL, and no
//! `Charge` beside `charge` that a selector would have to choose between.

use std::collections::HashMap;

use super::chars::Refused;
use crate::diagnostic::Diagnostic;
use crate::keys;
use crate::parse::Field;
use crate::source::SourceFile;

/// Checks an entry's tags, pushing a problem for each bad or repeated one.
pub(super) fn check(tags: &[Field<String>], source: &SourceFile, problems: &mut Vec<Diagnostic>) {
    let mut first: HashMap<&str, &Field<String>> = HashMap::new();
    for tag in tags {
        if let Some(problem) = bad_tag(tag, source) {
            problems.push(problem);
        } else if let Some(earlier) = first.get(tag.value.as_str()) {
            problems.push(
                Diagnostic::new(
                    format!("tag `{}` is listed twice", tag.value),
                    tag.span.clone(),
                    "second listing",
                )
                .with_related(earlier.span.clone(), "first listed here")
                .with_help("remove one of them"),
            );
        } else {
            first.insert(&tag.value, tag);
        }
    }
}

/// Whether `c` may stand in a tag.
fn tag_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-'
}

/// The problem with one tag, if it has one: every character a tag cannot
/// hold is marked.
fn bad_tag(tag: &Field<String>, source: &SourceFile) -> Option<Diagnostic> {
    if tag.value.is_empty() {
        return Some(
            Diagnostic::new("a tag is empty", tag.span.clone(), "empty tag")
                .with_help(format!("write the tag, or remove it from `{}`", keys::TAGS)),
        );
    }
    let refused = Refused::find(&tag.value, |c| !tag_char(c))?;
    let lower = tag.value.to_ascii_lowercase();
    let help = if lower.chars().all(tag_char) {
        format!("tags are lowercase: write `\"{lower}\"`")
    } else {
        "a tag holds only lowercase ASCII letters, digits, `_` and `-`".to_owned()
    };
    Some(
        refused
            .problem(
                format!(
                    "tag `{}` contains {}",
                    tag.value,
                    refused.contents("a tag cannot hold")
                ),
                tag,
                source,
                "not a lowercase letter, digit, `_` or `-`",
            )
            .with_help(help),
    )
}
