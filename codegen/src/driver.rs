//! The macro's driver: a `catalog!` invocation may declare several enums,
//! from one file or several; each distinct file is read and checked once,
//! and each declaration becomes its enum, or, when its catalog has
//! problems, the problems as `compile_error!`s (once per file) beside a
//! stub enum, so that code naming the enum still type-checks and the
//! catalog's problems are what the user reads.

use std::collections::HashMap;
use std::path::Path;

use proc_macro2::TokenStream;
use quote::quote;

use crate::diagnostic::{Diagnostic, Style};
use crate::invocation;
use crate::load::{Loaded, load};
use crate::model::Catalog;
use crate::source::SourceFile;

/// At most this many problems become compile errors; the rest are counted.
/// A generated or hostile file can hold thousands, and a wall of them helps
/// nobody.
pub const MAX_REPORTED: usize = 100;

/// Expands a `catalog!` invocation: for each declared enum, reads its
/// catalog (relative to `manifest_dir`, the invoking crate's
/// `CARGO_MANIFEST_DIR`), and returns the enum, or the catalog's problems as
/// `compile_error!`s beside a stub enum. Never panics.
#[must_use]
pub fn expand(input: TokenStream, manifest_dir: Option<&Path>) -> TokenStream {
    let declarations = match invocation::parse(input) {
        Ok(declarations) => declarations,
        Err(error) => return error.to_compile_error(),
    };
    // Enums declared from one file read and check it once.
    let mut catalogs: HashMap<&str, Loaded> = HashMap::new();
    let mut output = TokenStream::new();
    for declaration in &declarations {
        let loaded = catalogs
            .entry(declaration.path.as_str())
            .or_insert_with(|| load(declaration, manifest_dir));
        let full = declaration
            .subset
            .as_ref()
            .and_then(|_| full_enum_of(&declarations, &declaration.path));
        output.extend(expand_declaration(declaration, full, manifest_dir, loaded));
    }
    output
}

/// The enum a subset of `path` converts with: the first declaration of
/// that file without `where`. A second full enum of the same file is
/// complete, but has no conversions.
fn full_enum_of<'a>(
    declarations: &'a [invocation::Invocation],
    path: &str,
) -> Option<&'a invocation::Invocation> {
    declarations
        .iter()
        .find(|declaration| declaration.subset.is_none() && declaration.path == path)
}

/// One declaration's enum, or its stub beside the problems not yet shown;
/// `full` is the enum a subset converts with, when declared.
fn expand_declaration(
    declaration: &invocation::Invocation,
    full: Option<&invocation::Invocation>,
    manifest_dir: Option<&Path>,
    loaded: &mut Loaded,
) -> TokenStream {
    let first = !std::mem::replace(&mut loaded.reported, true);
    let (source, analysis) = match &loaded.outcome {
        Ok(checked) => checked,
        Err(problem) => {
            let unread = SourceFile::new(declaration.path.clone(), String::new());
            let errors =
                first.then(|| compile_errors(std::slice::from_ref(problem), &unread, declaration));
            let stub = stub(
                declaration,
                full,
                &[],
                &TokenStream::new(),
                &TokenStream::new(),
            );
            return quote!(#errors #stub);
        }
    };
    let include = include_catalog(declaration, manifest_dir, &loaded.full_path);
    match (&analysis.catalog, &declaration.subset) {
        (Some(catalog), None) => crate::expand::generate(catalog, declaration, &include),
        (Some(catalog), Some(filter)) => {
            crate::expand::generate_subset(catalog, declaration, filter, full, &include)
        }
        (None, _) => {
            let errors = first.then(|| compile_errors(&analysis.problems, source, declaration));
            let accessors =
                crate::expand::stub_accessors(&analysis.recovered_fields, &declaration.name);
            let stub = stub(
                declaration,
                full,
                &analysis.recovered_names,
                &include,
                &accessors,
            );
            quote!(#errors #stub)
        }
    }
}

/// The stub of an enum whose catalog has problems, with the variants
/// `names` and the `accessors` of the declared fields that could be read;
/// a subset's also converts with its full enum's stub.
fn stub(
    declaration: &invocation::Invocation,
    full: Option<&invocation::Invocation>,
    names: &[String],
    include: &TokenStream,
    accessors: &TokenStream,
) -> TokenStream {
    match declaration.subset {
        None => crate::expand::fallback(declaration, names, include, accessors),
        Some(_) => crate::expand::subset_fallback(declaration, full, names, include, accessors),
    }
}

/// Generates the enum for a catalog that passed [`check`](crate::check), as the macro
/// would for `invocation` (one declaration: a subset gets its enum but no
/// conversions, which need its full enum declared beside it), without
/// reading any file.
#[must_use]
pub fn generate(catalog: &Catalog, invocation: &invocation::Invocation) -> TokenStream {
    let include = TokenStream::new();
    match &invocation.subset {
        None => crate::expand::generate(catalog, invocation, &include),
        Some(filter) => crate::expand::generate_subset(catalog, invocation, filter, None, &include),
    }
}

/// `include_bytes!` of the catalog, so that cargo rebuilds the invoking
/// crate when the file changes and only then. The path is spelt from
/// `CARGO_MANIFEST_DIR` rather than written out, so the expansion is the
/// same on every machine.
fn include_catalog(
    invocation: &invocation::Invocation,
    manifest_dir: Option<&Path>,
    full_path: &Path,
) -> TokenStream {
    let path = &invocation.path;
    let located = if manifest_dir.is_some() && Path::new(path).is_relative() {
        quote!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), "/", #path))
    } else {
        let absolute = std::path::absolute(full_path).unwrap_or_else(|_| full_path.to_path_buf());
        let absolute = absolute.display().to_string();
        quote!(#absolute)
    };
    quote! {
        // The catalog's bytes: this makes cargo rebuild the crate when the catalog changes.
        const _: &[u8] = ::core::include_bytes!(#located);
    }
}

/// One `compile_error!` per problem, at the invocation's path literal.
fn compile_errors(
    problems: &[Diagnostic],
    source: &SourceFile,
    invocation: &invocation::Invocation,
) -> TokenStream {
    let style = Style::default();
    let shown = problems
        .iter()
        .take(MAX_REPORTED)
        .map(|problem| problem.render(source, style));
    let hidden = problems.len().saturating_sub(MAX_REPORTED);
    let summary = (hidden > 0).then(|| {
        format!(
            "{hidden} more problems in `{}` are not shown; fix the ones above and build again",
            source.display_path
        )
    });
    let span = invocation.path_span;
    let messages = shown.chain(summary);
    quote::quote_spanned! {span=>
        #(::core::compile_error! { #messages })*
    }
}
