//! errcat-build-cost: generates the synthetic catalog of N codes as an enum
//! written with `errcat::catalog!` and with thiserror + strum derives (and,
//! on request, with hand-written `match`es), times cargo building each one
//! alone, and reports medians, ratios and peak memory in Markdown.
//!
//! Run it from anywhere:
//! `cargo run --release --manifest-path benches/Cargo.toml -p errcat-build-cost -- --help`

mod args;
mod generate;
mod lockfile;
mod machine;
mod measure;
mod report;
mod stats;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use args::{Args, Command, USAGE};
use generate::{Crate, Variant};
use machine::Machine;
use measure::Builder;
use report::{Context, Measurement};

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    match args::parse(arguments.iter().cloned()) {
        Ok(Command::Help) => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Command::Run(args)) => match run(&args, &shell_words(&arguments)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args, arguments: &str) -> Result<(), String> {
    measure::check_time_is_installed()?;
    let repo = repo_root()?;
    let root = repo.join("target").join("build-cost");
    let builder = Builder {
        target_dir: root.join("target"),
        time_file: root.join("time-v.txt"),
    };
    let runtime = repo.join("runtime");

    // Generate every crate first, so that a problem shows before any build.
    let mut crates = Vec::new();
    for &size in &args.sizes {
        for &variant in &args.variants {
            let krate = Crate::new(&root, &runtime, variant, size);
            krate
                .write()
                .map_err(|error| format!("cannot write {}: {error}", krate.dir.display()))?;
            crates.push(krate);
        }
    }
    eprintln!("errcat-build-cost: crates in {}", root.display());
    lockfile::prepare(&crates)?;

    for krate in &crates {
        for &mode in &args.modes {
            eprint!("warm-up: {} {} ... ", krate.package, mode.name());
            let sample = builder.warm_up(krate, mode)?;
            eprintln!("{:.1} s", sample.wall_seconds);
        }
    }

    let machine = Machine::read();
    let load_before = machine::load_average();
    let started = Instant::now();
    let measurements = timed_runs(&builder, args, &crates)?;
    let load_after = machine::load_average();
    eprintln!("timed runs took {:.0} s", started.elapsed().as_secs_f64());

    let context = Context {
        machine,
        arguments: arguments.to_owned(),
        load_before,
        load_after,
        runs: args.runs,
        derives_dependencies: derives_dependencies(&crates),
    };
    let report = report::render(
        &context,
        &args.sizes,
        &args.modes,
        &args.variants,
        &measurements,
    );
    print!("{report}");
    if let Some(out) = &args.out {
        fs::write(out, &report)
            .map_err(|error| format!("cannot write {}: {error}", out.display()))?;
    }
    Ok(())
}

/// Every timed run. The variants take turns run by run, so that a change in
/// the machine's load during a measurement weighs on each of them alike.
fn timed_runs(
    builder: &Builder,
    args: &Args,
    crates: &[Crate],
) -> Result<Vec<Measurement>, String> {
    let total = crates.len() * args.modes.len() * args.runs;
    let mut done = 0;
    let mut measurements = Vec::new();
    for &size in &args.sizes {
        let of_size: Vec<&Crate> = crates.iter().filter(|krate| krate.size == size).collect();
        for &mode in &args.modes {
            let first = measurements.len();
            measurements.extend(of_size.iter().map(|krate| Measurement {
                size,
                variant: krate.variant,
                mode,
                samples: Vec::new(),
            }));
            for run in 1..=args.runs {
                for (index, krate) in of_size.iter().enumerate() {
                    done += 1;
                    let sample = builder.timed(krate, mode)?;
                    eprintln!(
                        "[{done}/{total}] {} {} run {run}: {:.2} s, {} MiB",
                        krate.package,
                        mode.name(),
                        sample.wall_seconds,
                        sample.time.max_rss_kib / 1024
                    );
                    measurements[first + index].samples.push(sample);
                }
            }
        }
    }
    Ok(measurements)
}

/// The versions of thiserror and strum that the derives crates were built
/// with; empty when no derives crate was built.
fn derives_dependencies(crates: &[Crate]) -> Vec<String> {
    crates
        .iter()
        .filter(|krate| krate.variant == Variant::Derives)
        .find_map(|krate| fs::read_to_string(krate.dir.join("Cargo.lock")).ok())
        .map(|lock| {
            lockfile::locked_versions(
                &lock,
                &["strum", "strum_macros", "thiserror", "thiserror-impl"],
            )
        })
        .unwrap_or_default()
}

/// The repository: this tool lives in `benches/build-cost/`.
fn repo_root() -> Result<PathBuf, String> {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo = manifest_dir.join("../..");
    let repo = repo
        .canonicalize()
        .map_err(|error| format!("cannot find the repository at {}: {error}", repo.display()))?;
    if repo.join("runtime").join("Cargo.toml").is_file() {
        Ok(repo)
    } else {
        Err(format!(
            "{} has no runtime/Cargo.toml; run the tool from errcat's repository",
            repo.display()
        ))
    }
}

/// The arguments as a shell would take them back.
fn shell_words(arguments: &[String]) -> String {
    arguments
        .iter()
        .map(|word| {
            let plain = !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.,/=:+".contains(c));
            if plain {
                word.clone()
            } else {
                format!("'{}'", word.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_quoted_only_when_needed() {
        let words = ["--sizes", "10,20", "--out", "my report.md", "it's"].map(str::to_owned);
        assert_eq!(
            shell_words(&words),
            r"--sizes 10,20 --out 'my report.md' 'it'\''s'"
        );
    }

    #[test]
    fn the_repository_is_found() {
        assert!(repo_root().is_ok_and(|repo| repo.join("benches/build-cost/Cargo.toml").is_file()));
    }
}
