//! `errcat render`: a catalog's reference page, as Markdown, HTML or JSON,
//! or the catalog as a TypeScript module.
//!
//! Every page format shows the same content: the catalog's title and its
//! gRPC domain, if it has one, then a section per status in ascending order (its reason phrase and what the
//! status means), listing each entry's code, description, hint and
//! reference in file order, with its deprecation, `since` and tags under
//! the description. Output is deterministic: the same catalog renders to the
//! same bytes on every run and machine. The TypeScript module
//! (`typescript.rs`) holds the same entries, in file order, as code; the
//! OpenAPI document (`openapi/`) holds them as schemas and responses whose
//! examples are the bodies errcat sends.

mod anchors;
mod code_sets;
mod html;
mod json;
mod markdown;
mod notes;
mod openapi;
mod status_meaning;
mod typescript;

pub(crate) use json::json_value;

use errcat_codegen::Catalog;

use crate::args::{PageFormat, RenderArgs};
use crate::input::{self, CheckedCatalog};
use crate::outcome::{Fatal, Outcome};
use crate::{output, report};

/// What every renderer needs: the catalog and where it came from.
pub(crate) struct Page<'a> {
    /// The valid catalog.
    pub(crate) catalog: &'a Catalog,
    /// The catalog's file name (not its path, so that the page does not
    /// depend on the directory the tool ran in).
    pub(crate) source_name: &'a str,
}

impl Page<'_> {
    /// The page title: `[catalog] title`, or one made from the file name.
    pub(crate) fn title(&self) -> String {
        self.catalog
            .title
            .clone()
            .unwrap_or_else(|| format!("Error codes of {}", self.source_name))
    }

    /// "30 errors", "1 error".
    pub(crate) fn count(&self) -> String {
        let count = self.catalog.entries.len();
        let plural = if count == 1 { "" } else { "s" };
        format!("{count} error{plural}")
    }
}

/// Renders the catalog `args` name in the format they ask for.
///
/// # Errors
///
/// The catalog or OUT cannot be read, or OUT cannot be written.
pub(crate) fn run(args: &RenderArgs, color: bool) -> Result<Outcome, Fatal> {
    let checked = input::read_catalog(&args.file)?;
    let catalog = match &checked.result {
        Ok(catalog) => catalog,
        Err(problems) => {
            eprint!("{}", report::human(problems, &checked.source, color));
            return Ok(Outcome::Failure);
        }
    };
    let content = render(&checked, catalog, args.format);
    output::deliver(&content, &args.output, &regenerate_command(args), color)
}

fn render(checked: &CheckedCatalog, catalog: &Catalog, format: PageFormat) -> String {
    let page = Page {
        catalog,
        source_name: checked.file_name(),
    };
    match format {
        PageFormat::Markdown => markdown::render(&page),
        PageFormat::Html => html::render(&page),
        PageFormat::Json => json::render(&page),
        PageFormat::Typescript => typescript::render(&page),
        PageFormat::Openapi => openapi::render(&page),
    }
}

/// The command that writes `-o OUT` afresh, for the message when it is
/// stale.
fn regenerate_command(args: &RenderArgs) -> String {
    let format = match args.format {
        PageFormat::Markdown => "markdown",
        PageFormat::Html => "html",
        PageFormat::Json => "json",
        PageFormat::Typescript => "typescript",
        PageFormat::Openapi => "openapi",
    };
    let output = args
        .output
        .output
        .as_ref()
        .map(|path| format!(" -o {}", path.display()))
        .unwrap_or_default();
    format!(
        "errcat render {} --format {format}{output}",
        args.file.display()
    )
}
