//! `errcat check`: validates catalogs with exactly the diagnostics the
//! `catalog!` macro gives.

use std::fmt::Write as _;

use crate::against::{self, JsonWarning};
use crate::args::{CheckArgs, CheckFormat};
use crate::input;
use crate::outcome::{Fatal, Outcome};
use crate::output;
use crate::report::{self, JsonDiagnostic};

/// Checks every file. Human output: the diagnostics on stderr and one `ok`
/// line per valid catalog on stdout. JSON output: one array on stdout of
/// every problem of every file, empty when all are valid; a file that
/// cannot be read is in it too, without a position.
///
/// Every file is checked even after one fails, so one run reports all. The
/// outcome is the worst of the files': an unreadable file (exit 2) over an
/// invalid catalog (exit 1).
///
/// With `--against REGISTRY`, each valid catalog is compared with the
/// registry ([`against`]): the departures are warnings, which leave the
/// outcome as it is. An invalid registry fails like an invalid catalog.
///
/// # Errors
///
/// Stdout cannot be written.
pub(crate) fn run(args: &CheckArgs, color: bool) -> Result<Outcome, Fatal> {
    let stdin_uses = args
        .files
        .iter()
        .filter(|file| input::is_stdin(file))
        .count();
    if stdin_uses > 1 {
        return Err(Fatal::usage(
            "`-` (stdin) is given more than once",
            "stdin holds one catalog; name the others by path",
        ));
    }
    let mut outcome = Outcome::Success;
    let mut json = Vec::new();
    let mut warnings: Vec<JsonWarning> = Vec::new();
    let mut human = String::new();
    let registry = match &args.against {
        Some(path) => against::read_registry(path, args.format, color, &mut json)?,
        None => None,
    };
    if args.against.is_some() && registry.is_none() {
        outcome = Outcome::Failure;
    }
    for file in &args.files {
        let checked = match input::read_catalog(file) {
            Ok(checked) => checked,
            Err(fatal) => {
                outcome = outcome.worst(Outcome::UsageError);
                match args.format {
                    CheckFormat::Human => fatal.report(color),
                    CheckFormat::Json => json.push(JsonDiagnostic::new(
                        &fatal.diagnostic,
                        &errcat_codegen::SourceFile::new(input::display_name(file), ""),
                    )),
                }
                continue;
            }
        };
        match (&checked.result, args.format) {
            (Ok(catalog), CheckFormat::Human) => {
                let count = catalog.entries.len();
                let plural = if count == 1 { "y" } else { "ies" };
                let _ = writeln!(
                    human,
                    "ok: `{}` is a valid catalog, {count} entr{plural}",
                    checked.source.display_path
                );
            }
            (Ok(_), CheckFormat::Json) => {}
            (Err(problems), CheckFormat::Human) => {
                outcome = outcome.worst(Outcome::Failure);
                eprint!("{}", report::human(problems, &checked.source, color));
            }
            (Err(problems), CheckFormat::Json) => {
                outcome = outcome.worst(Outcome::Failure);
                json.extend(
                    problems
                        .iter()
                        .map(|problem| JsonDiagnostic::new(problem, &checked.source)),
                );
            }
        }
        if let Some(registry) = &registry {
            let format = args.format;
            against::compare(registry, &checked, format, color, &mut human, &mut warnings)?;
        }
    }
    let stdout = match args.format {
        CheckFormat::Human => human,
        CheckFormat::Json => against::json_text(&json, &warnings),
    };
    output::print(&stdout)?;
    Ok(outcome)
}
