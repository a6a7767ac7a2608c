//! The passes on a catalog's text, and what can be recovered from one
//! with problems: `parse`, then `validate`, every problem collected and
//! sorted, and for the fallback stub the variant names and field
//! declarations that could be read.

use std::collections::HashSet;

use crate::diagnostic::{self, Diagnostic};
use crate::model::{Catalog, FieldDecl};
use crate::source::SourceFile;
use crate::{keys, naming, parse, validate};

/// Checks a catalog held in memory.
///
/// # Errors
///
/// Every problem found, sorted by position.
pub fn check(source: &SourceFile) -> Result<Catalog, Vec<Diagnostic>> {
    let analysis = analyze(source);
    analysis.catalog.ok_or(analysis.problems)
}

/// What one run of the passes found.
pub(crate) struct Analysis {
    pub(crate) catalog: Option<Catalog>,
    pub(crate) problems: Vec<Diagnostic>,
    /// Variant names readable from a catalog that has problems, for the
    /// fallback stub.
    pub(crate) recovered_names: Vec<String>,
    /// Field declarations readable from a catalog that has problems, for
    /// the fallback stub's accessors.
    pub(crate) recovered_fields: Vec<FieldDecl>,
}

impl Analysis {
    /// The analysis of a file that could not be parsed at all: `problem`,
    /// and nothing recovered.
    pub(crate) fn refused(problem: Diagnostic) -> Self {
        Self {
            catalog: None,
            problems: vec![problem],
            recovered_names: Vec::new(),
            recovered_fields: Vec::new(),
        }
    }
}

pub(crate) fn analyze(source: &SourceFile) -> Analysis {
    let mut problems = Vec::new();
    let raw = parse::parse(&source.text, &mut problems);
    let catalog = raw
        .as_ref()
        .and_then(|raw| validate::validate(raw, source, &mut problems))
        .filter(|_| problems.is_empty());
    diagnostic::sort(&mut problems);
    let recovered_names = raw.as_ref().map(recover_names).unwrap_or_default();
    let recovered_fields = raw
        .as_ref()
        .map(|raw| validate::recover_fields(&raw.fields))
        .unwrap_or_default();
    Analysis {
        catalog,
        problems,
        recovered_names,
        recovered_fields,
    }
}

/// The variant names of a catalog with problems, as far as they can be
/// read: explicit names that are valid, else names derived from codes.
fn recover_names(raw: &parse::RawCatalog) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    // A set beside the list, so that a catalog of 100,000 entries is not
    // 100,000 scans of the list.
    let mut seen: HashSet<String> = HashSet::new();
    for entry in &raw.entries {
        let explicit = entry.keys.text(&keys::NAME).map(|name| name.value.clone());
        let derived = entry
            .keys
            .text(&keys::CODE)
            .map(|code| naming::upper_camel_case(&code.value));
        let usable = explicit
            .into_iter()
            .chain(derived)
            .find(|name| naming::variant_name_problem(name).is_none());
        if let Some(name) = usable.filter(|name| seen.insert(name.clone())) {
            names.push(name);
        }
    }
    names
}
