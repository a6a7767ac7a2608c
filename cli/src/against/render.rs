//! Departures as warnings: rustc-style, with a snippet of each catalog, or
//! JSON objects shaped like `errcat check`'s problems.

use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use errcat_codegen::{Catalog, Entry, FieldValue, SourceFile};
use serde::Serialize;

use super::compare::{Departure, Kind};
use super::spans::EntrySpans;

/// One catalog as the warnings need it.
pub(crate) struct Side<'a> {
    pub(crate) source: &'a SourceFile,
    pub(crate) catalog: &'a Catalog,
    pub(crate) spans: &'a [EntrySpans],
}

impl Side<'_> {
    fn entry(&self, index: usize) -> &Entry {
        &self.catalog.entries[index]
    }

    fn spans(&self, index: usize) -> EntrySpans {
        self.spans.get(index).cloned().unwrap_or_default()
    }
}

/// What one warning says, in both renderings.
struct Warning {
    message: String,
    /// In the service's catalog.
    span: Range<usize>,
    label: String,
    /// In the registry.
    standard_span: Range<usize>,
    standard_label: String,
    note: Option<String>,
    help: String,
}

/// Whether the registry says no specification names `standard`'s status:
/// a registry may declare a `bool` field `status_named`, as
/// `oauth-errors.toml` does for codes sent in a redirect, whose status is
/// a convention rather than the standard's.
fn named_by_no_specification(standard: &Entry) -> bool {
    standard
        .fields
        .iter()
        .any(|(name, value)| name == "status_named" && *value == FieldValue::Bool(false))
}

fn quoted(tags: &[&str]) -> String {
    let quoted: Vec<String> = tags.iter().map(|tag| format!("`{tag}`")).collect();
    quoted.join(", ")
}

fn warning(departure: &Departure<'_>, service: &Side<'_>, registry: &Side<'_>) -> Warning {
    let entry = service.entry(departure.entry);
    let standard = registry.entry(departure.standard);
    let spans = service.spans(departure.entry);
    let standard_spans = registry.spans(departure.standard);
    let registry_name = &registry.source.display_path;
    let note = standard
        .reference
        .as_ref()
        .map(|reference| format!("the registry's entry {} cites {reference}", standard.name));
    match &departure.kind {
        Kind::Status { endpoints } => {
            let place = if endpoints.is_empty() {
                String::new()
            } else {
                format!(" at {}", quoted(endpoints))
            };
            let (standard_label, help) = if named_by_no_specification(standard) {
                (
                    format!("the registry's convention ({})", standard.name),
                    format!(
                        "no specification names a status for this code here (the registry's \
                         `status_named = false`), so {} is only the registry's convention; \
                         align with it, or say why not in the entry's description",
                        standard.status
                    ),
                )
            } else {
                (
                    format!("the standard's status ({})", standard.name),
                    format!(
                        "clients that follow the registry's specifications expect {} where \
                         the status reaches them; if the departure is deliberate, say why in \
                         the entry's description",
                        standard.status
                    ),
                )
            };
            Warning {
                message: format!(
                    "`{}` is {} here, but {} in `{registry_name}`{place}",
                    entry.code, entry.status, standard.status
                ),
                span: spans.status,
                label: format!("{} ({})", entry.status, entry.name),
                standard_span: standard_spans.status,
                standard_label,
                note,
                help,
            }
        }
        Kind::Endpoint {
            extra,
            standard: at,
        } => Warning {
            message: format!(
                "`{}` is used at {} here, where `{registry_name}` does not define it",
                entry.code,
                quoted(extra)
            ),
            span: spans.code,
            label: format!("{} is tagged {}", entry.name, quoted(extra)),
            standard_span: standard_spans.code,
            standard_label: format!("the standard defines it at {}", quoted(at)),
            note,
            help: "a standard code means what its specification says; give this meaning a code \
                   of the service's own, or drop the tag"
                .to_owned(),
        },
    }
}

/// The lines of `source` that `span` touches, as a snippet.
fn snippet<'a>(
    source: &'a SourceFile,
    span: &Range<usize>,
    kind: AnnotationKind,
    label: &'a str,
) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let (lines, first_line) = source.lines_around(span);
    let start = span.start.clamp(lines.start, lines.end) - lines.start;
    let end = span.end.clamp(lines.start + start, lines.end) - lines.start;
    Snippet::source(&source.text[lines])
        .line_start(first_line)
        .path(source.display_path.as_str())
        .annotation(kind.span(start..end).label(label))
}

/// The warnings as rustc shows them, each with the service's line and the
/// registry's, then one summary line.
pub(crate) fn human(
    departures: &[Departure<'_>],
    service: &Side<'_>,
    registry: &Side<'_>,
    color: bool,
) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut text = String::new();
    for departure in departures {
        let warning = warning(departure, service, registry);
        let mut group = Group::with_title(Level::WARNING.primary_title(&warning.message))
            .element(snippet(
                service.source,
                &warning.span,
                AnnotationKind::Primary,
                &warning.label,
            ))
            .element(snippet(
                registry.source,
                &warning.standard_span,
                AnnotationKind::Context,
                &warning.standard_label,
            ));
        if let Some(note) = &warning.note {
            group = group.element(Level::NOTE.message(note));
        }
        group = group.element(Level::HELP.message(&warning.help));
        text.push_str(&renderer.render(&[group]));
        text.push_str("\n\n");
    }
    let count = departures.len();
    let plural = if count == 1 { "" } else { "s" };
    let _ = writeln!(
        text,
        "warning: `{}` departs from `{}` in {count} place{plural}",
        service.source.display_path, registry.source.display_path
    );
    text
}

/// One departure, for `errcat check --against ... --format json`: the
/// fields of `check`'s problems, at level `warning`, and the registry's
/// place as a related place with its own `file`.
#[derive(Debug, Serialize)]
pub(crate) struct JsonWarning {
    file: String,
    level: &'static str,
    message: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    label: String,
    related: Vec<JsonPlace>,
    note: Option<String>,
    help: Option<String>,
    rendered: String,
}

/// A place in another file.
#[derive(Debug, Serialize)]
struct JsonPlace {
    file: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    label: String,
}

impl JsonWarning {
    /// The JSON view of `departure`.
    pub(crate) fn new(departure: &Departure<'_>, service: &Side<'_>, registry: &Side<'_>) -> Self {
        let warning = warning(departure, service, registry);
        let rendered = human(std::slice::from_ref(departure), service, registry, false);
        let rendered = rendered.split("\n\n").next().unwrap_or_default().to_owned();
        let (line, column) = service.source.line_column(warning.span.start);
        let (end_line, end_column) = service.source.line_column(warning.span.end);
        let at = |offset| registry.source.line_column(offset);
        let ((r_line, r_column), (r_end_line, r_end_column)) = (
            at(warning.standard_span.start),
            at(warning.standard_span.end),
        );
        Self {
            file: service.source.display_path.clone(),
            level: "warning",
            message: warning.message,
            line,
            column,
            end_line,
            end_column,
            label: warning.label,
            related: vec![JsonPlace {
                file: registry.source.display_path.clone(),
                line: r_line,
                column: r_column,
                end_line: r_end_line,
                end_column: r_end_column,
                label: warning.standard_label,
            }],
            note: warning.note,
            help: Some(warning.help),
            rendered,
        }
    }
}
