//! Problems found in a catalog, and their rustc-style rendering.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

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
        let mut group = Group::with_title(level.primary_title(self.message.as_str()));
        if let Some(span) = &self.span {
            group = group.element(self.snippet(source, span));
        } else {
            group = group.element(annotate_snippets::Origin::path(
                source.display_path.as_str(),
            ));
        }
        if let Some(note) = &self.note {
            group = group.element(Level::NOTE.message(note.as_str()));
        }
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let renderer = if style.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        renderer.render(&[group])
    }

    /// A snippet of only the lines the annotations touch, so that rendering
    /// costs the same in a ten-line file and in a ten-megabyte one.
    fn snippet<'a>(
        &'a self,
        source: &'a SourceFile,
        span: &Range<usize>,
    ) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
        let mut covered = span.clone();
        for (related, _) in &self.related {
            covered.start = covered.start.min(related.start);
            covered.end = covered.end.max(related.end);
        }
        let (lines, first_line) = source.lines_around(&covered);
        let shift = |range: &Range<usize>| {
            let start = range.start.clamp(lines.start, lines.end) - lines.start;
            let end = range.end.clamp(lines.start + start, lines.end) - lines.start;
            start..end
        };
        let mut snippet = Snippet::source(&source.text[lines.clone()])
            .line_start(first_line)
            .path(source.display_path.as_str())
            .annotation(
                AnnotationKind::Primary
                    .span(shift(span))
                    .label(self.label.as_str()),
            );
        for (related, label) in &self.related {
            snippet = snippet.annotation(
                AnnotationKind::Context
                    .span(shift(related))
                    .label(label.as_str()),
            );
        }
        snippet
    }
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
