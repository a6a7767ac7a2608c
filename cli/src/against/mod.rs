//! `errcat check --against REGISTRY`: where a service's catalog uses a
//! code of a standard registry (such as `oauth-errors.toml`) with another
//! status, or at an endpoint where the registry does not define it.
//!
//! These are warnings, not errors: a service may depart from a standard on
//! purpose (Login sends `invalid_token` at 400 for a malformed token), and
//! the check makes each departure visible, with both places, so that it is
//! a decision rather than an accident. Codes the registry does not have are
//! the service's own and are not compared.

mod compare;
mod render;
mod spans;

use std::path::Path;

pub(crate) use compare::departures;
pub(crate) use render::{JsonWarning, Side, human};
pub(crate) use spans::EntrySpans;

use crate::args::CheckFormat;
use crate::input::{self, CheckedCatalog};
use crate::outcome::Fatal;
use crate::output;
use crate::report::{self, JsonDiagnostic};

/// A valid registry, with where its entries' keys are written.
pub(crate) struct Registry {
    checked: CheckedCatalog,
    spans: Vec<EntrySpans>,
}

/// Reads and checks the registry at `path`. An invalid one is reported as
/// `check` reports a catalog (on stderr, or into `json`) and gives `None`.
///
/// # Errors
///
/// The registry cannot be read.
pub(crate) fn read_registry(
    path: &Path,
    format: CheckFormat,
    color: bool,
    json: &mut Vec<JsonDiagnostic>,
) -> Result<Option<Registry>, Fatal> {
    let checked = input::read_catalog(path)?;
    match &checked.result {
        Ok(_) => {
            let spans = EntrySpans::of(&checked.source.text);
            Ok(Some(Registry { checked, spans }))
        }
        Err(problems) => {
            match format {
                CheckFormat::Human => {
                    eprint!("{}", report::human(problems, &checked.source, color));
                }
                CheckFormat::Json => json.extend(
                    problems
                        .iter()
                        .map(|problem| JsonDiagnostic::new(problem, &checked.source)),
                ),
            }
            Ok(None)
        }
    }
}

/// Compares `checked`, when it is valid, with `registry`: human warnings go
/// to stderr, after the `ok` lines gathered in `human` so far (printed
/// first, so that the two streams read in order on a terminal); JSON ones
/// into `warnings`.
///
/// # Errors
///
/// Stdout cannot be written.
pub(crate) fn compare(
    registry: &Registry,
    checked: &CheckedCatalog,
    format: CheckFormat,
    color: bool,
    human_text: &mut String,
    warnings: &mut Vec<JsonWarning>,
) -> Result<(), Fatal> {
    let (Ok(catalog), Ok(standard)) = (&checked.result, &registry.checked.result) else {
        return Ok(());
    };
    let spans = EntrySpans::of(&checked.source.text);
    let service = Side {
        source: &checked.source,
        catalog,
        spans: &spans,
    };
    let standard_side = Side {
        source: &registry.checked.source,
        catalog: standard,
        spans: &registry.spans,
    };
    let found = departures(catalog, standard);
    match format {
        CheckFormat::Human if !found.is_empty() => {
            output::print(&std::mem::take(human_text))?;
            eprint!("{}", human(&found, &service, &standard_side, color));
        }
        CheckFormat::Human => {}
        CheckFormat::Json => warnings.extend(
            found
                .iter()
                .map(|departure| JsonWarning::new(departure, &service, &standard_side)),
        ),
    }
    Ok(())
}

/// `check --format json`'s array: every problem, then every warning.
pub(crate) fn json_text(problems: &[JsonDiagnostic], warnings: &[JsonWarning]) -> String {
    let items: Vec<serde_json::Value> = problems
        .iter()
        .map(serde_json::to_value)
        .chain(warnings.iter().map(serde_json::to_value))
        .collect::<Result<_, _>>()
        .expect("the tool's output types serialize to JSON without error");
    output::json_text(&items)
}
