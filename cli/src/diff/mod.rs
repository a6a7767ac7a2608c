//! `errcat diff OLD NEW`: the changes between two catalogs, failing on a
//! breaking one, as rustc treats its error codes: public API that is never
//! taken back. See [`compare`] for what counts as breaking.

mod compare;
mod fields;
mod report;

use crate::args::{DiffArgs, DiffFormat};
use crate::input;
use crate::outcome::{Fatal, Outcome};
use crate::output;

/// Compares the catalogs `args` name. Both are checked first, with the
/// diagnostics of `errcat check`; an invalid one fails the diff (exit 1)
/// with its diagnostics on stderr and nothing on stdout.
///
/// # Errors
///
/// Both arguments are `-`, or a catalog cannot be read.
pub(crate) fn run(args: &DiffArgs, color: bool) -> Result<Outcome, Fatal> {
    if input::is_stdin(&args.old) && input::is_stdin(&args.new) {
        return Err(Fatal::usage(
            "OLD and NEW cannot both be `-` (stdin)",
            "name one of them by path, e.g. `git show main:error-codes.toml | errcat diff - error-codes.toml`",
        ));
    }
    let old = input::read_catalog(&args.old)?;
    let new = input::read_catalog(&args.new)?;
    let (Ok(old_catalog), Ok(new_catalog)) = (&old.result, &new.result) else {
        for checked in [&old, &new] {
            if let Err(problems) = &checked.result {
                eprint!("{}", crate::report::human(problems, &checked.source, color));
            }
        }
        return Ok(Outcome::Failure);
    };
    let changes = compare::compare(old_catalog, new_catalog);
    let (old_path, new_path) = (&old.source.display_path, &new.source.display_path);
    let text = match args.format {
        DiffFormat::Human => report::human(&changes, old_path, new_path),
        DiffFormat::Json => output::json_text(&report::json(&changes, old_path, new_path)),
    };
    output::print(&text)?;
    if changes.iter().any(compare::Change::is_breaking) {
        Ok(Outcome::Failure)
    } else {
        Ok(Outcome::Success)
    }
}
