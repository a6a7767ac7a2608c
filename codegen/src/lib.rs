//! errcat's compiler: a TOML catalog of error codes becomes a validated
//! model, rustc-style diagnostics, and the tokens of a Rust enum.
//!
//! The passes, each in its own module: [`invocation`] reads the macro input;
//! `parse` turns TOML text into values with byte spans; `validate` applies
//! the catalog rules, collecting every problem; `expand` generates tokens
//! from a [`Catalog`] that is known to be valid, so generation cannot fail.
//! There is no `proc_macro` dependency here: the passes are unit-tested on
//! strings and reused by the CLI.
#![forbid(unsafe_code)]

pub mod diagnostic;
mod expand;
pub mod http_status;
pub mod invocation;
pub mod keys;
pub mod markdown;
pub mod model;
pub mod naming;
mod parse;
mod printable;
pub mod reference;
pub mod source;
mod subset;
mod suggest;
mod validate;
pub mod wire_text;

use std::collections::{HashMap, HashSet};
use std::io::Read as _;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::quote;

pub use diagnostic::{Diagnostic, Style};
pub use model::{Catalog, Deprecation, Entry, FieldDecl, FieldType, FieldValue, TextRule};
pub use source::SourceFile;

/// At most this many problems become compile errors; the rest are counted.
/// A generated or hostile file can hold thousands, and a wall of them helps
/// nobody.
pub const MAX_REPORTED: usize = 100;

/// The largest catalog errcat reads, in bytes: 16 MiB. A catalog of
/// 100,000 entries is about 10 MB (BENCHMARKS.md, "Hostile catalogs"); a
/// larger file is refused with a diagnostic that names it and this limit,
/// before it is parsed, and the macro reads no more of it than this.
pub const MAX_CATALOG_BYTES: usize = 16 * 1024 * 1024;

/// Checks a catalog held in memory.
///
/// # Errors
///
/// Every problem found, sorted by position.
pub fn check(source: &SourceFile) -> Result<Catalog, Vec<Diagnostic>> {
    let analysis = analyze(source);
    analysis.catalog.ok_or(analysis.problems)
}

/// Decodes and checks a catalog's bytes; bytes that are not UTF-8 are a
/// problem reported at the first bad byte, and more than
/// [`MAX_CATALOG_BYTES`] a problem without a place, naming the limit.
///
/// # Errors
///
/// Every problem found, with the source they point into.
pub fn check_bytes(
    display_path: &str,
    bytes: &[u8],
) -> (SourceFile, Result<Catalog, Vec<Diagnostic>>) {
    let (source, analysis) = analyze_bytes(display_path, bytes);
    let result = analysis.catalog.ok_or(analysis.problems);
    (source, result)
}

/// What one run of the passes found.
struct Analysis {
    catalog: Option<Catalog>,
    problems: Vec<Diagnostic>,
    /// Variant names readable from a catalog that has problems, for the
    /// fallback stub.
    recovered_names: Vec<String>,
    /// Field declarations readable from a catalog that has problems, for
    /// the fallback stub's accessors.
    recovered_fields: Vec<FieldDecl>,
}

fn analyze_bytes(display_path: &str, bytes: &[u8]) -> (SourceFile, Analysis) {
    if bytes.len() > MAX_CATALOG_BYTES {
        let analysis = Analysis {
            catalog: None,
            problems: vec![too_large(display_path, bytes.len())],
            recovered_names: Vec::new(),
            recovered_fields: Vec::new(),
        };
        return (SourceFile::new(display_path, String::new()), analysis);
    }
    let (text, bad_byte) = source::decode(bytes);
    let source = SourceFile::new(display_path, text);
    if let Some(span) = bad_byte {
        let problem = Diagnostic::new("the catalog is not valid UTF-8", span, "invalid UTF-8 here")
            .with_help("save the file as UTF-8");
        let analysis = Analysis {
            catalog: None,
            problems: vec![problem],
            recovered_names: Vec::new(),
            recovered_fields: Vec::new(),
        };
        return (source, analysis);
    }
    let analysis = analyze(&source);
    (source, analysis)
}

/// The problem with a file larger than [`MAX_CATALOG_BYTES`]; `len` is its
/// length, or how much of it was read before it was refused.
fn too_large(display_path: &str, len: usize) -> Diagnostic {
    Diagnostic::without_span(format!(
        "the catalog `{display_path}` is larger than errcat's limit of {MAX_CATALOG_BYTES} bytes (16 MiB)"
    ))
    .with_note(format!("the file holds at least {len} bytes"))
    .with_help("split the catalog, or shorten its texts")
}

fn analyze(source: &SourceFile) -> Analysis {
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
        let explicit = entry.keys.text("name").map(|name| name.value.clone());
        let derived = entry
            .keys
            .text("code")
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

/// A catalog file as the macro read and checked it.
struct Loaded {
    full_path: PathBuf,
    /// The source and what the passes found, or why it could not be read.
    outcome: Result<(SourceFile, Analysis), Diagnostic>,
    /// Whether its problems were shown already, at an earlier declaration:
    /// a file's problems are shown once, whatever names it.
    reported: bool,
}

fn load(declaration: &invocation::Invocation, manifest_dir: Option<&Path>) -> Loaded {
    let path = &declaration.path;
    let full_path = match manifest_dir {
        Some(dir) => dir.join(path),
        None => PathBuf::from(path),
    };
    let outcome = match std::fs::File::open(&full_path).and_then(read_catalog_bytes) {
        Ok(bytes) => Ok(analyze_bytes(path, &bytes)),
        Err(error) => {
            let mut problem =
                Diagnostic::without_span(format!("cannot read the catalog `{path}`: {error}"))
                    .with_note(format!("tried {}", full_path.display()));
            if Path::new(path).is_relative() {
                problem = problem.with_help(
                    "the path is relative to the directory that holds the crate's Cargo.toml",
                );
            }
            Err(problem)
        }
    };
    Loaded {
        full_path,
        outcome,
        reported: false,
    }
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
        (Some(catalog), None) => expand::generate(catalog, declaration, &include),
        (Some(catalog), Some(filter)) => {
            expand::generate_subset(catalog, declaration, filter, full, &include)
        }
        (None, _) => {
            let errors = first.then(|| compile_errors(&analysis.problems, source, declaration));
            let accessors = expand::stub_accessors(&analysis.recovered_fields, &declaration.name);
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
        None => expand::fallback(declaration, names, include, accessors),
        Some(_) => expand::subset_fallback(declaration, full, names, include, accessors),
    }
}

/// Reads a catalog from `reader`, but no more than one byte past
/// [`MAX_CATALOG_BYTES`]: enough for [`check_bytes`] to tell that a larger
/// catalog is too large, without holding all of it. The macro and the CLI
/// both read through it.
///
/// # Errors
///
/// When `reader` fails.
pub fn read_catalog_bytes(reader: impl std::io::Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let most = u64::try_from(MAX_CATALOG_BYTES).map_or(u64::MAX, |limit| limit.saturating_add(1));
    reader.take(most).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Generates the enum for a catalog that passed [`check`], as the macro
/// would for `invocation` (one declaration: a subset gets its enum but no
/// conversions, which need its full enum declared beside it), without
/// reading any file.
#[must_use]
pub fn generate(catalog: &Catalog, invocation: &invocation::Invocation) -> TokenStream {
    let include = TokenStream::new();
    match &invocation.subset {
        None => expand::generate(catalog, invocation, &include),
        Some(filter) => expand::generate_subset(catalog, invocation, filter, None, &include),
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
