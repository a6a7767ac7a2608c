//! Every character a rule refuses in one value, as one problem: the first
//! marked as the problem's place and each other one beside it, so that
//! fixing the value takes one build, not one per character. At most
//! [`MAX_MARKED`] are marked; a value of a million bad characters is still
//! one problem of bounded size, which says how many more there are.

use std::ops::Range;

use super::text::char_span;
use crate::diagnostic::Diagnostic;
use crate::parse::Field;
use crate::source::SourceFile;
use crate::wire_text;

/// The most characters one problem marks.
pub(super) const MAX_MARKED: usize = 16;

/// The characters of a value that a rule refuses.
pub(super) struct Refused {
    /// The first [`MAX_MARKED`], each with its byte offset in the value.
    marked: Vec<(usize, char)>,
    /// How many the value holds in all.
    count: usize,
}

impl Refused {
    /// The characters of `text` that `refused` picks, if any.
    pub(super) fn find(text: &str, refused: impl Fn(char) -> bool) -> Option<Self> {
        let mut found = text.char_indices().filter(|&(_, c)| refused(c));
        let marked: Vec<(usize, char)> = found.by_ref().take(MAX_MARKED).collect();
        if marked.is_empty() {
            return None;
        }
        let count = marked.len() + found.count();
        Some(Self { marked, count })
    }

    /// The first refused character.
    pub(super) fn first(&self) -> char {
        self.marked[0].1
    }

    /// The marked characters, in order, repeats included.
    pub(super) fn chars(&self) -> impl Iterator<Item = char> + '_ {
        self.marked.iter().map(|&(_, c)| c)
    }

    /// How many refused characters the value holds.
    pub(super) const fn count(&self) -> usize {
        self.count
    }

    /// Whether the value holds one refused character only.
    pub(super) const fn is_one(&self) -> bool {
        self.count == 1
    }

    /// What the value holds, as a message says it after "contains":
    /// `` `é` `` for one character, else `3 characters` then `what`, a
    /// colon and each distinct marked character.
    pub(super) fn contents(&self, what: &str) -> String {
        if self.is_one() {
            return wire_text::describe_char(self.first());
        }
        let mut distinct: Vec<char> = Vec::new();
        for c in self.chars() {
            if !distinct.contains(&c) {
                distinct.push(c);
            }
        }
        let named: Vec<String> = distinct.into_iter().map(wire_text::describe_char).collect();
        let listed = match named.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => named.concat(),
        };
        format!("{} characters {what}: {listed}", self.count)
    }

    /// The problem `message`, marking every marked character of `field` as
    /// written, the first with `label`.
    pub(super) fn problem(
        &self,
        message: String,
        field: &Field<String>,
        source: &SourceFile,
        label: impl Into<String>,
    ) -> Diagnostic {
        let spans: Vec<Range<usize>> = self
            .marked
            .iter()
            .map(|&(offset, _)| char_span(field, offset, source))
            .collect();
        let mut problem = Diagnostic::new(message, spans[0].clone(), label);
        for span in &spans[1..] {
            // Where the value's form hides each character's place, every
            // span is the whole value: marked once.
            if *span != spans[0] {
                problem = problem.with_related(span.clone(), "");
            }
        }
        if self.count > self.marked.len() {
            problem = problem.with_note(format!(
                "the first {} are marked; {} more follow",
                self.marked.len(),
                self.count - self.marked.len()
            ));
        }
        problem
    }
}
