//! Problems found in a catalog, and their rustc-style rendering.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::printable::{PrintableSource, printable};
use crate::source::SourceFile;

/// One problem in a catalog: what is wrong, where, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// One line saying what is wrong.
    pub message: String,
    /// The offending bytes, or `None` when the problem has no place in the
    /// text (the file could not be read).
    pub span: Option<Range<usize>>,
    /// What the caret underline says.
    pub label: String,
    /// Other places that explain the problem (the first of two duplicates).
    pub related: Vec<(Range<usize>, String)>,
    /// A fact that explains the problem (the path that was tried).
    pub note: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A problem at `span`.
    #[must_use]
    pub fn new(message: impl Into<String>, span: Range<usize>, label: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            span: Some(span),
            label: label.into(),
            related: Vec::new(),
            note: None,
            help: None,
        }
    }

    /// A problem that has no place in the text.
    #[must_use]
    pub fn without_span(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            span: None,
            label: String::new(),
            related: Vec::new(),
            note: None,
            help: None,
        }
    }

    /// Adds a place that explains the problem.
    #[must_use]
    pub fn with_related(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.related.push((span, label.into()));
        self
    }

    /// Adds a fact that explains the problem.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Adds how to fix it.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// `path:line:column` of the problem, as editors and CI logs link it.
    #[must_use]
    pub fn location(&self, source: &SourceFile) -> String {
        match &self.span {
            Some(span) => {
                let (line, column) = source.line_column(span.start);
                format!("{}:{line}:{column}", source.display_path)
            }
            None => source.display_path.clone(),
        }
    }

    /// Renders the problem as rustc does: the message, `--> path:line:col`,
    /// the offending line with a caret underline, and the help.
    ///
    /// `with_level` chooses whether the text starts with `error: `; a
    /// `compile_error!` message must not, since rustc adds it.
    #[must_use]
    pub fn render(&self, source: &SourceFile, style: Style) -> String {
        let level = if style.level_prefix {
            Level::ERROR
        } else {
            Level::ERROR.no_name()
        };
        let mut group = Group::with_title(level.primary_title(printable(&self.message, true)));
        let mut relocations = Vec::new();
        if let Some(span) = &self.span {
            if self.fits_one_snippet(source, span) {
                group = group.element(self.snippet(source, span));
            } else {
                let excerpts = std::iter::once((span, AnnotationKind::Primary, &self.label)).chain(
                    self.related
                        .iter()
                        .map(|(related, label)| (related, AnnotationKind::Context, label)),
                );
                for (span, kind, label) in excerpts {
                    let (snippet, location) = excerpt(source, span, kind, label);
                    group = group.element(snippet);
                    relocations.extend(location);
                }
            }
        } else {
            group = group.element(annotate_snippets::Origin::path(
                source.display_path.as_str(),
            ));
        }
        if let Some(note) = &self.note {
            group = group.element(Level::NOTE.message(printable(note, false)));
        }
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(printable(help, false)));
        }
        let renderer = if style.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut text = renderer.render(&[group]);
        for relocation in &relocations {
            relocation.apply(&mut text);
        }
        text
    }

    /// Whether the lines from the first annotation to the last are few and
    /// short enough to show whole, as one snippet. Otherwise each
    /// annotation gets an excerpt of its own: showing (or even handing the
    /// renderer) the 100,000 lines between two duplicates, or a line of
    /// megabytes, would cost time and memory in proportion to the file for
    /// every problem shown. With excerpts, a problem on a 5 MB line renders
    /// in 0.5 ms (BENCHMARKS.md, "Hostile catalogs").
    fn fits_one_snippet(&self, source: &SourceFile, span: &Range<usize>) -> bool {
        let (lines, first_line) = source.lines_around(&self.covered(span));
        let (last_line, _) = source.line_column(lines.end);
        lines.len() <= MAX_SNIPPET_BYTES && last_line - first_line < MAX_SNIPPET_LINES
    }

    /// The bytes from the first annotation's start to the last one's end.
    fn covered(&self, span: &Range<usize>) -> Range<usize> {
        let mut covered = span.clone();
        for (related, _) in &self.related {
            covered.start = covered.start.min(related.start);
            covered.end = covered.end.max(related.end);
        }
        covered
    }

    /// A snippet of only the lines the annotations touch, so that rendering
    /// costs the same in a ten-line file and in a ten-megabyte one.
    fn snippet<'a>(
        &'a self,
        source: &'a SourceFile,
        span: &Range<usize>,
    ) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
        let (lines, first_line) = source.lines_around(&self.covered(span));
        let shown = PrintableSource::new(&source.text[lines.clone()]);
        let shift = |range: &Range<usize>| {
            let start = range.start.clamp(lines.start, lines.end) - lines.start;
            let end = range.end.clamp(lines.start + start, lines.end) - lines.start;
            shown.map(start)..shown.map(end)
        };
        let primary = shift(span);
        let related: Vec<_> = self
            .related
            .iter()
            .map(|(related, label)| (shift(related), printable(label, true)))
            .collect();
        let mut snippet = Snippet::source(shown.text)
            .line_start(first_line)
            .path(source.display_path.as_str())
            .annotation(
                AnnotationKind::Primary
                    .span(primary)
                    .label(printable(&self.label, true)),
            );
        for (span, label) in related {
            snippet = snippet.annotation(AnnotationKind::Context.span(span).label(label));
        }
        snippet
    }
}

/// The most lines one snippet shows; annotations further apart get an
/// excerpt each.
const MAX_SNIPPET_LINES: usize = 40;
/// The most bytes one snippet holds; a longer line is shown as an excerpt
/// around the annotation.
const MAX_SNIPPET_BYTES: usize = 4096;
/// How much of a long line an excerpt shows on each side of its
/// annotation, in bytes.
const EXCERPT_CONTEXT: usize = 120;
/// The most of a long annotation an excerpt shows, in bytes.
const EXCERPT_SPAN: usize = 240;

/// One annotation in an excerpt of its own: at most a few hundred bytes of
/// its line around it, however long the line or the span, a cut shown as
/// `...`. When the excerpt starts after its line does, the renderer counts
/// the column from the excerpt's start: the [`Relocation`] puts the right
/// one in the `path:line:column` it prints.
fn excerpt<'a>(
    source: &'a SourceFile,
    span: &Range<usize>,
    kind: AnnotationKind,
    label: &'a str,
) -> (
    Snippet<'a, annotate_snippets::Annotation<'a>>,
    Option<Relocation>,
) {
    const CUT: &str = "...";
    let text = &source.text;
    let (lines, line) = source.lines_around(&(span.start..span.start));
    let span_start = floor_char_boundary(text, span.start).clamp(lines.start, lines.end);
    let shown_end = floor_char_boundary(text, span.end.min(span_start + EXCERPT_SPAN))
        .clamp(span_start, lines.end);
    let start =
        floor_char_boundary(text, span_start.saturating_sub(EXCERPT_CONTEXT)).max(lines.start);
    let end = floor_char_boundary(text, shown_end + EXCERPT_CONTEXT).min(lines.end);
    let mut shown = String::new();
    let mut relocation = None;
    if start > lines.start {
        shown.push_str(CUT);
        let shown_column = CUT.len() + text[start..span_start].chars().count() + 1;
        let (_, column) = source.line_column(span_start);
        relocation = Some(Relocation {
            printed: format!("{}:{line}:{shown_column}", source.display_path),
            right: format!("{}:{line}:{column}", source.display_path),
        });
    }
    let offset = shown.len();
    let printable_part = PrintableSource::new(&text[start..end]);
    shown.push_str(&printable_part.text);
    if end < lines.end {
        shown.push_str(CUT);
    }
    let annotation = offset + printable_part.map(span_start - start)
        ..offset + printable_part.map(shown_end - start);
    let snippet = Snippet::source(shown)
        .line_start(line)
        .path(source.display_path.as_str())
        .annotation(kind.span(annotation).label(printable(label, true)));
    (snippet, relocation)
}

/// The location the renderer prints for an excerpt, and the right one.
struct Relocation {
    printed: String,
    right: String,
}

impl Relocation {
    /// Replaces the printed location in the first location line (`-->` or
    /// `:::`) that has it; the message and labels, which may quote the
    /// catalog, are left alone.
    fn apply(&self, rendered: &mut String) {
        let mut at = 0;
        for line in rendered.split_inclusive('\n') {
            if (line.contains("--> ") || line.contains("::: "))
                && let Some(found) = line.find(&self.printed)
            {
                let start = at + found;
                rendered.replace_range(start..start + self.printed.len(), &self.right);
                return;
            }
            at += line.len();
        }
    }
}

/// `at` moved back to a character boundary of `text`, and into it.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// How [`Diagnostic::render`] renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// ANSI colours, for a terminal.
    pub color: bool,
    /// Start with `error: `, as a standalone tool's output does.
    pub level_prefix: bool,
}

/// Sorts problems by their place in the file, those without one first, so
/// that the output reads top to bottom whatever order the checks ran in.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics
        .sort_by_key(|diagnostic| diagnostic.span.as_ref().map(|span| (span.start, span.end)));
}
