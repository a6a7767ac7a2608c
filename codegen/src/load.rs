//! Reading a catalog: at most [`MAX_CATALOG_BYTES`] of it, decoded as
//! UTF-8, then checked. The macro and the CLI both read through here.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::analyze::{Analysis, analyze};
use crate::diagnostic::Diagnostic;
use crate::invocation::Invocation;
use crate::model::Catalog;
use crate::source::{self, SourceFile};

/// The largest catalog errcat reads, in bytes: 16 MiB. A catalog of
/// 100,000 entries is about 10 MB (BENCHMARKS.md, "Hostile catalogs"); a
/// larger file is refused with a diagnostic that names it and this limit,
/// before it is parsed, and the macro reads no more of it than this.
pub const MAX_CATALOG_BYTES: usize = 16 * 1024 * 1024;

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

fn analyze_bytes(display_path: &str, bytes: &[u8]) -> (SourceFile, Analysis) {
    if bytes.len() > MAX_CATALOG_BYTES {
        let analysis = Analysis::refused(too_large(display_path, bytes.len()));
        return (SourceFile::new(display_path, String::new()), analysis);
    }
    let (text, bad_byte) = source::decode(bytes);
    let source = SourceFile::new(display_path, text);
    if let Some(span) = bad_byte {
        let problem = Diagnostic::new("the catalog is not valid UTF-8", span, "invalid UTF-8 here")
            .with_help("save the file as UTF-8");
        return (source, Analysis::refused(problem));
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

/// A catalog file as the macro read and checked it.
pub(crate) struct Loaded {
    pub(crate) full_path: PathBuf,
    /// The source and what the passes found, or why it could not be read.
    pub(crate) outcome: Result<(SourceFile, Analysis), Diagnostic>,
    /// Whether its problems were shown already, at an earlier declaration:
    /// a file's problems are shown once, whatever names it.
    pub(crate) reported: bool,
}

/// Reads and checks the catalog `declaration` names, relative to
/// `manifest_dir` when there is one.
pub(crate) fn load(declaration: &Invocation, manifest_dir: Option<&Path>) -> Loaded {
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
