//! `errcat`, the command-line tool of errcat: checks catalogs of error codes
//! with the diagnostics the `catalog!` macro gives, renders a catalog's
//! reference page, prints the catalog format's JSON Schema, and diffs two
//! catalogs for breaking changes; `check --against` compares a catalog
//! with a registry of standard codes.
//!
//! Every command reads catalogs through `errcat-codegen`, the macro's own
//! parser and validator, so the tool and the build never disagree about a
//! catalog.
//!
//! Exit codes, for every command: 0 when all is well; 1 when a catalog is
//! invalid, a checked file is stale, or a diff is breaking; 2 on a usage
//! error or a file that cannot be read or written.
#![forbid(unsafe_code)]

mod against;
mod args;
mod check;
mod diff;
mod input;
mod outcome;
mod output;
mod render;
mod report;
mod schema;

use std::process::ExitCode;

use clap::Parser as _;

use crate::args::{Cli, Command};
use crate::outcome::Outcome;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = cli.color.enabled_for_stderr();
    let result = match &cli.command {
        Command::Check(check_args) => check::run(check_args, color),
        Command::Render(render_args) => render::run(render_args, color),
        Command::Schema(schema_args) => schema::run(schema_args, color),
        Command::Diff(diff_args) => diff::run(diff_args, color),
    };
    let outcome = result.unwrap_or_else(|failure| {
        failure.report(color);
        Outcome::UsageError
    });
    outcome.exit_code()
}
