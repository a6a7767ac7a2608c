//! Reading a catalog from a file or stdin and checking it with
//! `errcat-codegen`, the macro's own parser and validator.

use std::path::Path;

use errcat_codegen::{Catalog, Diagnostic, SourceFile};

use crate::outcome::Fatal;

/// The name stdin goes by in diagnostics.
pub(crate) const STDIN_NAME: &str = "<stdin>";

/// A catalog that was read, with the verdict of the checker.
#[derive(Debug)]
pub(crate) struct CheckedCatalog {
    /// The text, under the path the user wrote, for rendering diagnostics.
    pub(crate) source: SourceFile,
    /// The valid catalog, or every problem found, sorted by position.
    pub(crate) result: Result<Catalog, Vec<Diagnostic>>,
}

impl CheckedCatalog {
    /// The file name the catalog was read from (`error-codes.toml` for
    /// `docs/../error-codes.toml`), for generated pages: unlike the path,
    /// it does not depend on the directory the tool ran in.
    pub(crate) fn file_name(&self) -> &str {
        Path::new(&self.source.display_path)
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or(&self.source.display_path)
    }
}

/// Whether `path` is `-`, which stands for stdin.
pub(crate) fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// How `path` is shown in messages: as written, or `<stdin>` for `-`.
pub(crate) fn display_name(path: &Path) -> String {
    if is_stdin(path) {
        STDIN_NAME.to_owned()
    } else {
        path.display().to_string()
    }
}

/// Reads the catalog at `path` (`-` for stdin) and checks it.
///
/// # Errors
///
/// The file or stdin cannot be read.
pub(crate) fn read_catalog(path: &Path) -> Result<CheckedCatalog, Fatal> {
    let display_path = display_name(path);
    // At most the catalog limit + 1 bytes, as the macro reads: a huge
    // file or an endless stdin is refused without being held whole.
    let bytes = if is_stdin(path) {
        errcat_codegen::read_catalog_bytes(std::io::stdin())
    } else {
        std::fs::File::open(path).and_then(errcat_codegen::read_catalog_bytes)
    }
    .map_err(|error| {
        let fatal = Fatal::unreadable(&display_path, "catalog", &error);
        if error.kind() == std::io::ErrorKind::NotFound {
            fatal.with_help(
                "the path is relative to the current directory; without a FILE, errcat reads \
                 `error-codes.toml` there",
            )
        } else {
            fatal
        }
    })?;
    let (source, result) = errcat_codegen::check_bytes(&display_path, &bytes);
    Ok(CheckedCatalog { source, result })
}
