//! The command line, as clap parses it. The doc comments are the `--help`
//! text.

use std::io::IsTerminal as _;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Checks, renders, describes and diffs errcat catalogs of error codes.
///
/// Exit codes: 0 when all is well; 1 when a catalog is invalid, a checked
/// file is stale or a diff is breaking; 2 on a usage error or a file that
/// cannot be read or written.
#[derive(Debug, Parser)]
#[command(name = "errcat", version, about, long_about)]
pub(crate) struct Cli {
    /// When to colour diagnostics: `auto` colours them when stderr is a
    /// terminal and `NO_COLOR` is not set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub(crate) color: ColorChoice,

    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Validates catalogs with the diagnostics the `catalog!` macro gives.
    Check(CheckArgs),
    /// Renders a catalog's reference page as Markdown, HTML or JSON, or the
    /// catalog as a TypeScript module or an OpenAPI 3.1 document.
    Render(RenderArgs),
    /// Prints the JSON Schema (draft-07) of the catalog format, for editors.
    Schema(SchemaArgs),
    /// Compares two catalogs and fails on a breaking change.
    Diff(DiffArgs),
}

/// `errcat check`.
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// The catalogs to check; `-` reads one from stdin.
    #[arg(value_name = "FILE", default_value = "error-codes.toml")]
    pub(crate) files: Vec<PathBuf>,

    /// `human`: rustc-style diagnostics on stderr. `json`: a JSON array of
    /// every problem on stdout.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub(crate) format: CheckFormat,

    /// A registry of standard codes (such as `oauth-errors.toml`): warns
    /// where a FILE gives one of its codes another status, or uses it at an
    /// endpoint (tag) where the registry does not define it. Warnings do
    /// not change the exit code.
    #[arg(long, value_name = "REGISTRY")]
    pub(crate) against: Option<PathBuf>,
}

/// The output formats of `errcat check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormat {
    /// rustc-style diagnostics.
    Human,
    /// A JSON array of problems.
    Json,
}

/// `errcat render`.
#[derive(Debug, Args)]
pub(crate) struct RenderArgs {
    /// The catalog; `-` reads it from stdin.
    #[arg(value_name = "FILE", default_value = "error-codes.toml")]
    pub(crate) file: PathBuf,

    /// What to render.
    #[arg(long, value_enum, default_value_t = PageFormat::Markdown)]
    pub(crate) format: PageFormat,

    #[command(flatten)]
    pub(crate) output: OutputArgs,
}

/// The formats of the reference page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PageFormat {
    /// A Markdown page: a section per status, a table of its codes.
    Markdown,
    /// A self-contained HTML page with an anchor per code.
    Html,
    /// A stable JSON document, for SDK generators.
    Json,
    /// A TypeScript module: the codes' union type, every entry as a
    /// `const` object, a type guard and the codes of each tag.
    Typescript,
    /// An OpenAPI 3.1 document of components to `$ref`: the code enum, the
    /// RFC 6749 and RFC 9457 error objects, and a response per status with
    /// the body errcat sends for each code; the same again per tag.
    Openapi,
}

/// Where generated text goes, and whether to compare instead of write.
#[derive(Debug, Args)]
pub(crate) struct OutputArgs {
    /// Writes to OUT instead of stdout.
    #[arg(short, long, value_name = "OUT")]
    pub(crate) output: Option<PathBuf>,

    /// Writes nothing: compares the output with OUT and fails (exit 1) when
    /// OUT is missing or differs, so CI can keep a committed copy current.
    #[arg(long, requires = "output")]
    pub(crate) check: bool,
}

/// `errcat schema`.
#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    /// A catalog whose declared fields the schema should state, so that
    /// editors complete them; without it, the schema of the format, in
    /// which an entry has only the built-in keys.
    #[arg(value_name = "CATALOG")]
    pub(crate) file: Option<PathBuf>,

    #[command(flatten)]
    pub(crate) output: OutputArgs,
}

/// `errcat diff`.
#[derive(Debug, Args)]
pub(crate) struct DiffArgs {
    /// The catalog before the change; `-` reads it from stdin (for example
    /// from `git show main:error-codes.toml`).
    #[arg(value_name = "OLD")]
    pub(crate) old: PathBuf,

    /// The catalog after the change; `-` reads it from stdin.
    #[arg(value_name = "NEW")]
    pub(crate) new: PathBuf,

    /// `human`: one line per change. `json`: a JSON document of the changes.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub(crate) format: DiffFormat,
}

/// The output formats of `errcat diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DiffFormat {
    /// One line per change, then a summary.
    Human,
    /// A JSON document.
    Json,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    /// Colour when stderr is a terminal and `NO_COLOR` is unset or empty.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Whether diagnostics on stderr get ANSI colours.
    pub(crate) fn enabled_for_stderr(self) -> bool {
        match self {
            Self::Always => true,
            Self::Never => false,
            // https://no-color.org: a non-empty NO_COLOR turns colour off.
            Self::Auto => {
                std::io::stderr().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
            }
        }
    }
}
