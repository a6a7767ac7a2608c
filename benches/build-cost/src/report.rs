//! The Markdown report: the machine, the command, then a table and a
//! verdict per catalog size.

use std::fmt::Write as _;

use crate::generate::Variant;
use crate::machine::Machine;
use crate::measure::{Mode, Sample};
use crate::stats::Summary;

/// The goal: errcat builds in at most this fraction of the time of
/// the derives...
pub const TIME_GOAL: f64 = 1.0 / 3.0;
/// ... with at most this fraction of their peak memory.
pub const MEMORY_GOAL: f64 = 1.0 / 2.0;

/// The timed runs of one crate in one mode.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    /// Catalog size.
    pub size: usize,
    /// How the enum is written.
    pub variant: Variant,
    /// The cargo command.
    pub mode: Mode,
    /// One per run.
    pub samples: Vec<Sample>,
}

impl Measurement {
    fn wall(&self) -> Option<Summary> {
        Summary::of(
            &self
                .samples
                .iter()
                .map(|sample| sample.wall_seconds)
                .collect::<Vec<_>>(),
        )
    }

    fn cpu(&self) -> Option<Summary> {
        Summary::of(
            &self
                .samples
                .iter()
                .map(|sample| sample.time.cpu_seconds)
                .collect::<Vec<_>>(),
        )
    }

    /// Median peak RSS in MiB.
    fn peak_mib(&self) -> Option<f64> {
        let peaks: Vec<f64> = self
            .samples
            .iter()
            .map(|sample| kib_to_mib(sample.time.max_rss_kib))
            .collect();
        Summary::of(&peaks).map(|summary| summary.median)
    }
}

/// Everything the report says besides the measurements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The machine and toolchain.
    pub machine: Machine,
    /// The tool's arguments, quoted for a shell, empty for none.
    pub arguments: String,
    /// Load averages when the timed runs started and ended.
    pub load_before: String,
    /// See `load_before`.
    pub load_after: String,
    /// Timed runs per measurement.
    pub runs: usize,
    /// `name version` of the derives' dependencies, from their lock file.
    pub derives_dependencies: Vec<String>,
}

/// The whole report.
pub fn render(
    context: &Context,
    sizes: &[usize],
    modes: &[Mode],
    variants: &[Variant],
    measurements: &[Measurement],
) -> String {
    let Machine {
        cores,
        cpu,
        memory,
        rustc,
        cargo,
    } = &context.machine;
    let mut report = String::from("# errcat build cost\n\n");
    let arguments = if context.arguments.is_empty() {
        String::new()
    } else {
        format!(" -- {}", context.arguments)
    };
    let _ = writeln!(
        report,
        "- Command: `cargo run --release --manifest-path benches/Cargo.toml -p errcat-build-cost{arguments}`"
    );
    let _ = writeln!(
        report,
        "- Machine: {cores} cores ({cpu}), {memory}; {rustc}; {cargo}"
    );
    if !context.derives_dependencies.is_empty() {
        let _ = writeln!(
            report,
            "- Derives built with: {}",
            context.derives_dependencies.join(", ")
        );
    }
    let _ = writeln!(
        report,
        "- Load average (1, 5, 15 min): {} when the timed runs started, {} when they ended",
        context.load_before, context.load_after
    );
    let _ = writeln!(
        report,
        "- Method: each timed run touches the crate's `src/lib.rs` and runs cargo `--offline` with \
         incremental compilation off, so cargo compiles that crate alone (a warm-up built every \
         dependency; a run that did not recompile the crate is an error). Wall time is measured by \
         the tool with `std::time::Instant`; peak memory is `/usr/bin/time -v`'s \"Maximum resident \
         set size\", the largest of cargo and the rustc it runs. Times are median [min–max] of {} \
         run{}, peaks and CPU times are medians. check = `cargo check`, debug = `cargo build`, \
         release = `cargo build --release`.",
        context.runs,
        if context.runs == 1 { "" } else { "s" }
    );
    for &size in sizes {
        report.push('\n');
        report.push_str(&size_section(size, modes, variants, measurements));
    }
    report
}

fn size_section(
    size: usize,
    modes: &[Mode],
    variants: &[Variant],
    measurements: &[Measurement],
) -> String {
    let find = |variant: Variant, mode: Mode| {
        measurements
            .iter()
            .find(|m| m.size == size && m.variant == variant && m.mode == mode)
    };
    // The match and fields variants, when measured, get columns of their
    // own after the comparison the goal is about.
    let extra: Vec<Variant> = variants
        .iter()
        .copied()
        .filter(|&v| matches!(v, Variant::Match | Variant::Fields))
        .collect();
    let mut section = format!("## N = {size}\n\n");
    section.push_str(
        "| mode | errcat s | derives s | time ratio | errcat peak MiB | derives peak MiB | memory ratio |",
    );
    for variant in &extra {
        let _ = write!(section, " {0} s | {0} peak MiB |", variant.name());
    }
    section.push_str("\n|---|---:|---:|---:|---:|---:|---:|");
    section.push_str(&"---:|---:|".repeat(extra.len()));
    section.push('\n');
    let mut verdicts = Vec::new();
    let mut cpu_lines = Vec::new();
    for &mode in modes {
        let errcat = find(Variant::Errcat, mode);
        let derives = find(Variant::Derives, mode);
        let time_ratio = ratio(
            errcat.and_then(Measurement::wall).map(|s| s.median),
            derives.and_then(Measurement::wall).map(|s| s.median),
        );
        let memory_ratio = ratio(
            errcat.and_then(Measurement::peak_mib),
            derives.and_then(Measurement::peak_mib),
        );
        let _ = write!(
            section,
            "| {} | {} | {} | {} | {} | {} | {} |",
            mode.name(),
            seconds(errcat),
            seconds(derives),
            number(time_ratio, 2),
            number(errcat.and_then(Measurement::peak_mib), 0),
            number(derives.and_then(Measurement::peak_mib), 0),
            number(memory_ratio, 2),
        );
        for &variant in &extra {
            let measured = find(variant, mode);
            let _ = write!(
                section,
                " {} | {} |",
                seconds(measured),
                number(measured.and_then(Measurement::peak_mib), 0)
            );
        }
        section.push('\n');
        let cpu: Vec<String> = variants
            .iter()
            .filter_map(|&variant| {
                let median = find(variant, mode)?.cpu()?.median;
                Some(format!("{} {median:.2}", variant.name()))
            })
            .collect();
        cpu_lines.push(format!("{}: {}", mode.name(), cpu.join(", ")));
        verdicts.push((mode, time_ratio, memory_ratio));
    }
    let _ = writeln!(
        section,
        "\nCPU time, user + system, median s: {}.",
        cpu_lines.join("; ")
    );
    let _ = writeln!(section, "\n{}", verdict(size, &verdicts));
    section
}

/// One line: whether errcat met the goal in every mode, with the numbers.
pub fn verdict(size: usize, ratios: &[(Mode, Option<f64>, Option<f64>)]) -> String {
    let goal =
        format!("time ratio ≤ {TIME_GOAL:.2} and memory ratio ≤ {MEMORY_GOAL:.2} in every mode");
    let mut met = !ratios.is_empty();
    let mut parts = Vec::new();
    for &(mode, time, memory) in ratios {
        let (Some(time), Some(memory)) = (time, memory) else {
            return format!(
                "**N = {size}: no verdict** ({goal}): {} needs both errcat and derives.",
                mode.name()
            );
        };
        let judge = |ratio: f64, goal: f64| if ratio <= goal { "met" } else { "missed" };
        met &= time <= TIME_GOAL && memory <= MEMORY_GOAL;
        parts.push(format!(
            "{}: time {time:.2} ({}), memory {memory:.2} ({})",
            mode.name(),
            judge(time, TIME_GOAL),
            judge(memory, MEMORY_GOAL)
        ));
    }
    let outcome = if met { "met" } else { "not met" };
    format!(
        "**N = {size}: goal {outcome}** ({goal}): {}.",
        parts.join("; ")
    )
}

/// Exact below 2^53 KiB, that is for any real machine's memory.
#[allow(clippy::cast_precision_loss)]
fn kib_to_mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn ratio(numerator: Option<f64>, denominator: Option<f64>) -> Option<f64> {
    match (numerator, denominator) {
        (Some(numerator), Some(denominator)) if denominator > 0.0 => Some(numerator / denominator),
        _ => None,
    }
}

fn seconds(measurement: Option<&Measurement>) -> String {
    match measurement.and_then(Measurement::wall) {
        Some(Summary { median, min, max }) => format!("{median:.2} [{min:.2}–{max:.2}]"),
        None => "–".to_owned(),
    }
}

fn number(value: Option<f64>, decimals: usize) -> String {
    value.map_or_else(|| "–".to_owned(), |value| format!("{value:.decimals$}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::TimeReport;

    fn measurement(variant: Variant, mode: Mode, runs: &[(f64, u64)]) -> Measurement {
        Measurement {
            size: 1000,
            variant,
            mode,
            samples: runs
                .iter()
                .map(|&(wall_seconds, max_rss_kib)| Sample {
                    wall_seconds,
                    time: TimeReport {
                        elapsed_seconds: wall_seconds,
                        cpu_seconds: wall_seconds * 0.9,
                        max_rss_kib,
                    },
                })
                .collect(),
        }
    }

    fn context() -> Context {
        Context {
            machine: Machine {
                cores: "2".to_owned(),
                cpu: "AMD EPYC".to_owned(),
                memory: "23.5 GiB".to_owned(),
                rustc: "rustc 1.95.0".to_owned(),
                cargo: "cargo 1.95.0".to_owned(),
            },
            arguments: "--sizes 1000 --modes check,release".to_owned(),
            load_before: "0.10 0.20 0.30".to_owned(),
            load_after: "1.00 0.50 0.40".to_owned(),
            runs: 3,
            derives_dependencies: vec!["strum 0.27.2".to_owned(), "thiserror 2.0.21".to_owned()],
        }
    }

    #[test]
    fn a_table_and_a_verdict_per_size() {
        let measurements = [
            measurement(
                Variant::Errcat,
                Mode::Check,
                &[(1.0, 102_400), (1.2, 102_400), (0.9, 104_448)],
            ),
            measurement(
                Variant::Derives,
                Mode::Check,
                &[(4.0, 307_200), (4.5, 307_200), (3.5, 307_200)],
            ),
            measurement(
                Variant::Errcat,
                Mode::Release,
                &[(2.0, 204_800), (2.0, 204_800), (2.0, 204_800)],
            ),
            measurement(
                Variant::Derives,
                Mode::Release,
                &[(5.0, 307_200), (5.0, 307_200), (5.0, 307_200)],
            ),
        ];
        let report = render(
            &context(),
            &[1000],
            &[Mode::Check, Mode::Release],
            &[Variant::Errcat, Variant::Derives],
            &measurements,
        );
        let table = "## N = 1000

| mode | errcat s | derives s | time ratio | errcat peak MiB | derives peak MiB | memory ratio |
|---|---:|---:|---:|---:|---:|---:|
| check | 1.00 [0.90–1.20] | 4.00 [3.50–4.50] | 0.25 | 100 | 300 | 0.33 |
| release | 2.00 [2.00–2.00] | 5.00 [5.00–5.00] | 0.40 | 200 | 300 | 0.67 |

CPU time, user + system, median s: check: errcat 0.90, derives 3.60; release: errcat 1.80, derives 4.50.

**N = 1000: goal not met** (time ratio ≤ 0.33 and memory ratio ≤ 0.50 in every mode): \
check: time 0.25 (met), memory 0.33 (met); release: time 0.40 (missed), memory 0.67 (missed).
";
        assert!(report.ends_with(table), "{report}");
        assert!(report.starts_with(
            "# errcat build cost

- Command: `cargo run --release --manifest-path benches/Cargo.toml -p errcat-build-cost -- --sizes 1000 --modes check,release`
- Machine: 2 cores (AMD EPYC), 23.5 GiB; rustc 1.95.0; cargo 1.95.0
- Derives built with: strum 0.27.2, thiserror 2.0.21
- Load average (1, 5, 15 min): 0.10 0.20 0.30 when the timed runs started, 1.00 0.50 0.40 when they ended
"
        ));
        assert!(report.contains("median [min–max] of 3 runs"));
    }

    #[test]
    fn the_match_variant_gets_its_own_columns() {
        let measurements = [
            measurement(Variant::Errcat, Mode::Debug, &[(1.0, 1024)]),
            measurement(Variant::Derives, Mode::Debug, &[(4.0, 4096)]),
            measurement(Variant::Match, Mode::Debug, &[(9.0, 8192)]),
        ];
        let section = size_section(
            1000,
            &[Mode::Debug],
            &[Variant::Errcat, Variant::Derives, Variant::Match],
            &measurements,
        );
        assert!(section.contains("| memory ratio | match s | match peak MiB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"));
        assert!(section.contains("| debug | 1.00 [1.00–1.00] | 4.00 [4.00–4.00] | 0.25 | 1 | 4 | 0.25 | 9.00 [9.00–9.00] | 8 |\n"));
        assert!(section.contains("**N = 1000: goal met**"));
    }

    #[test]
    fn the_goal_is_inclusive_and_needs_both_variants() {
        let exactly = verdict(10, &[(Mode::Check, Some(TIME_GOAL), Some(MEMORY_GOAL))]);
        assert_eq!(
            exactly,
            "**N = 10: goal met** (time ratio ≤ 0.33 and memory ratio ≤ 0.50 in every mode): \
             check: time 0.33 (met), memory 0.50 (met)."
        );
        let missing = verdict(10, &[(Mode::Check, Some(0.1), None)]);
        assert!(missing.starts_with("**N = 10: no verdict**"), "{missing}");
        let section = size_section(10, &[Mode::Check], &[Variant::Errcat], &[]);
        assert!(
            section.contains("| check | – | – | – | – | – | – |"),
            "{section}"
        );
    }
}
