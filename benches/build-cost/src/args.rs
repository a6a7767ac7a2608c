//! The command line. A small hand parser rather than clap: five flags do not
//! justify building clap before every measurement.

use std::path::PathBuf;

use crate::generate::Variant;
use crate::measure::Mode;

/// What to measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    /// Catalog sizes, in the order given.
    pub sizes: Vec<usize>,
    /// Timed builds per (size, variant, mode).
    pub runs: usize,
    /// Which cargo commands to time.
    pub modes: Vec<Mode>,
    /// Which ways of writing the enum to build.
    pub variants: Vec<Variant>,
    /// Where to write the report besides stdout.
    pub out: Option<PathBuf>,
}

impl Default for Args {
    fn default() -> Self {
        Self {
            sizes: vec![1000, 10_000],
            runs: 3,
            modes: vec![Mode::Check, Mode::Debug, Mode::Release],
            variants: vec![Variant::Errcat, Variant::Derives],
            out: None,
        }
    }
}

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// Measure.
    Run(Args),
    /// Print [`USAGE`] and stop.
    Help,
}

/// The help text, also shown after a usage error.
pub const USAGE: &str = "\
errcat-build-cost: times the build of an N-variant error enum written with
errcat::catalog! against the same enum written with thiserror + strum derives.

usage: cargo run --release --manifest-path benches/Cargo.toml -p errcat-build-cost -- [OPTIONS]

options:
  --sizes N,N...      catalog sizes (default 1000,10000)
  --runs R            timed builds per size, variant and mode (default 3)
  --modes M,M...      of check (cargo check), debug (cargo build),
                      release (cargo build --release) (default all three)
  --variants V,V...   of errcat, derives, match (hand-written const match
                      functions; slow in release), fields (errcat on the
                      same catalog with four declared fields)
                      (default errcat,derives)
  --out FILE          also write the Markdown report to FILE
  -h, --help          print this help
";

/// Parses the arguments after the program name. The error is a one-line
/// message for a usage error.
pub fn parse<I>(arguments: I) -> Result<Command, String>
where
    I: IntoIterator<Item = String>,
{
    let mut args = Args::default();
    let mut arguments = arguments.into_iter();
    while let Some(argument) = arguments.next() {
        if argument == "-h" || argument == "--help" {
            return Ok(Command::Help);
        }
        // Both `--flag value` and `--flag=value`.
        let (flag, inline) = match argument.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_owned(), Some(value.to_owned()))
            }
            _ => (argument, None),
        };
        let known = ["--sizes", "--runs", "--modes", "--variants", "--out"];
        if !known.contains(&flag.as_str()) {
            return Err(format!("unknown argument `{flag}`"));
        }
        let Some(value) = inline.or_else(|| arguments.next()) else {
            return Err(format!("`{flag}` needs a value"));
        };
        match flag.as_str() {
            "--sizes" => args.sizes = list(&flag, &value, parse_size)?,
            "--runs" => args.runs = parse_count(&flag, &value)?,
            "--modes" => args.modes = list(&flag, &value, Mode::parse)?,
            "--variants" => args.variants = list(&flag, &value, Variant::parse)?,
            _ => {
                if value.is_empty() {
                    return Err("`--out` needs a file name".to_owned());
                }
                args.out = Some(PathBuf::from(value));
            }
        }
    }
    Ok(Command::Run(args))
}

/// A comma-separated list without empty items or repeats.
fn list<T: PartialEq>(
    flag: &str,
    value: &str,
    item: impl Fn(&str) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    let mut items = Vec::new();
    for text in value.split(',').map(str::trim) {
        if text.is_empty() {
            return Err(format!("`{flag}` has an empty item in `{value}`"));
        }
        let parsed = item(text).map_err(|message| format!("`{flag}`: {message}"))?;
        if items.contains(&parsed) {
            return Err(format!("`{flag}` lists `{text}` twice"));
        }
        items.push(parsed);
    }
    Ok(items)
}

fn parse_size(text: &str) -> Result<usize, String> {
    match text.replace('_', "").parse::<usize>() {
        Ok(0) => Err("a catalog needs at least one code, not 0".to_owned()),
        Ok(size) => Ok(size),
        Err(_) => Err(format!("`{text}` is not a size")),
    }
}

fn parse_count(flag: &str, text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err(format!("`{flag}` must be at least 1")),
        Ok(count) => Ok(count),
        Err(_) => Err(format!("`{flag}`: `{text}` is not a number")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &[&str]) -> Result<Command, String> {
        parse(words.iter().map(|word| (*word).to_owned()))
    }

    #[test]
    fn no_arguments_give_the_issue_goal() {
        let Ok(Command::Run(args)) = parse_words(&[]) else {
            panic!("defaults refused");
        };
        assert_eq!(args, Args::default());
        assert_eq!(args.sizes, [1000, 10_000]);
        assert_eq!(args.variants, [Variant::Errcat, Variant::Derives]);
    }

    #[test]
    fn every_flag_in_both_spellings() {
        let parsed = parse_words(&[
            "--sizes",
            "100,10_000",
            "--runs=5",
            "--modes",
            "release,check",
            "--variants=errcat,match",
            "--out",
            "report.md",
        ]);
        assert_eq!(
            parsed,
            Ok(Command::Run(Args {
                sizes: vec![100, 10_000],
                runs: 5,
                modes: vec![Mode::Release, Mode::Check],
                variants: vec![Variant::Errcat, Variant::Match],
                out: Some(PathBuf::from("report.md")),
            }))
        );
        assert_eq!(parse_words(&["--runs", "1", "-h"]), Ok(Command::Help));
    }

    #[test]
    fn usage_errors_say_what_is_wrong() {
        let error = |words: &[&str]| parse_words(words).err();
        assert_eq!(
            error(&["--size", "1"]).as_deref(),
            Some("unknown argument `--size`")
        );
        assert_eq!(
            error(&["--runs"]).as_deref(),
            Some("`--runs` needs a value")
        );
        assert_eq!(
            error(&["--runs", "0"]).as_deref(),
            Some("`--runs` must be at least 1")
        );
        assert_eq!(
            error(&["--sizes", "10,x"]).as_deref(),
            Some("`--sizes`: `x` is not a size")
        );
        assert_eq!(
            error(&["--sizes", "0"]).as_deref(),
            Some("`--sizes`: a catalog needs at least one code, not 0")
        );
        assert_eq!(
            error(&["--sizes", "10,,20"]).as_deref(),
            Some("`--sizes` has an empty item in `10,,20`")
        );
        assert_eq!(
            error(&["--modes", "check,check"]).as_deref(),
            Some("`--modes` lists `check` twice")
        );
        assert_eq!(
            error(&["--modes", "build"]).as_deref(),
            Some("`--modes`: unknown mode `build` (check, debug, release)")
        );
        assert_eq!(
            error(&["--variants", "strum"]).as_deref(),
            Some("`--variants`: unknown variant `strum` (errcat, derives, match, fields)")
        );
    }
}
