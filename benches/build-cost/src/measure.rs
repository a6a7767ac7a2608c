//! One cargo build of one benchmark crate, under `/usr/bin/time -v`.
//!
//! Wall time is measured here with `Instant` around the whole command (finer
//! than time's hundredths); peak memory is time's "Maximum resident set
//! size". time reads it from `wait4`, whose `ru_maxrss` is the largest peak
//! of cargo and every descendant it waited for, so it is rustc's peak
//! whenever rustc is the biggest process, as it is here.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Instant, SystemTime};

use crate::generate::Crate;

/// The program that measures peak memory.
pub const TIME: &str = "/usr/bin/time";

/// A cargo command to time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// `cargo check`.
    Check,
    /// `cargo build`.
    Debug,
    /// `cargo build --release`.
    Release,
}

impl Mode {
    /// Parses a `--modes` item.
    pub fn parse(text: &str) -> Result<Self, String> {
        match text {
            "check" => Ok(Self::Check),
            "debug" => Ok(Self::Debug),
            "release" => Ok(Self::Release),
            _ => Err(format!("unknown mode `{text}` (check, debug, release)")),
        }
    }

    /// The name used on the command line and in the report.
    pub fn name(self) -> &'static str {
        match self {
            Self::Check => "check",
            Self::Debug => "debug",
            Self::Release => "release",
        }
    }

    /// cargo's arguments for this mode.
    pub fn cargo_args(self) -> &'static [&'static str] {
        match self {
            Self::Check => &["check"],
            Self::Debug => &["build"],
            Self::Release => &["build", "--release"],
        }
    }

    /// The verb of cargo's status line when it compiles a crate in this mode.
    fn verb(self) -> &'static str {
        match self {
            Self::Check => "Checking",
            Self::Debug | Self::Release => "Compiling",
        }
    }
}

/// What `/usr/bin/time -v` reported for one command.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeReport {
    /// "Elapsed (wall clock) time", in seconds.
    pub elapsed_seconds: f64,
    /// "User time" plus "System time", in seconds.
    pub cpu_seconds: f64,
    /// "Maximum resident set size", in KiB.
    pub max_rss_kib: u64,
}

/// One timed build.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sample {
    /// Wall time of the cargo command, measured with `Instant`.
    pub wall_seconds: f64,
    /// What time reported.
    pub time: TimeReport,
}

/// Fails with the install hint when `/usr/bin/time` is missing: the shell's
/// `time` keyword does not report memory.
pub fn check_time_is_installed() -> Result<(), String> {
    if Path::new(TIME).is_file() {
        Ok(())
    } else {
        Err(format!(
            "{TIME} is missing; it measures peak memory. Install GNU time: apt-get install time"
        ))
    }
}

/// Where builds go and where time writes its report.
pub struct Builder {
    /// The target directory shared by every benchmark crate.
    pub target_dir: PathBuf,
    /// The file `/usr/bin/time -o` writes.
    pub time_file: PathBuf,
}

impl Builder {
    /// Builds `krate` in `mode` once, so that its dependencies are compiled
    /// and cached; whether cargo compiled the crate itself does not matter.
    pub fn warm_up(&self, krate: &Crate, mode: Mode) -> Result<Sample, String> {
        self.build(krate, mode).map(|(sample, _)| sample)
    }

    /// Touches the crate's `src/lib.rs` and builds it: cargo then compiles
    /// the crate and nothing else. Fails when cargo did not compile it,
    /// since the time would then measure nothing.
    pub fn timed(&self, krate: &Crate, mode: Mode) -> Result<Sample, String> {
        let lib_rs = krate.lib_rs();
        File::options()
            .write(true)
            .open(&lib_rs)
            .and_then(|file| file.set_modified(SystemTime::now()))
            .map_err(|error| format!("cannot touch {}: {error}", lib_rs.display()))?;
        let (sample, stderr) = self.build(krate, mode)?;
        if !recompiled(&stderr, mode, &krate.package) {
            return Err(format!(
                "cargo {} did not rebuild {} after its src/lib.rs was touched, so this run measured nothing; \
                 cargo said:\n{}",
                mode.cargo_args().join(" "),
                krate.package,
                tail(&stderr, 20)
            ));
        }
        Ok(sample)
    }

    /// Runs `/usr/bin/time -v cargo ...` offline, returns the sample and
    /// cargo's stderr.
    fn build(&self, krate: &Crate, mode: Mode) -> Result<(Sample, String), String> {
        let _ = fs::remove_file(&self.time_file);
        let mut command = Command::new(TIME);
        command
            .arg("-v")
            .arg("-o")
            .arg(&self.time_file)
            .arg("cargo")
            .args(mode.cargo_args())
            .args(["--offline", "--color", "never", "--manifest-path"])
            .arg(krate.dir.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&self.target_dir)
            // The manifest turns incremental off for dev; the variable also
            // overrides any CARGO_INCREMENTAL=1 in the caller's environment.
            .env("CARGO_INCREMENTAL", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let start = Instant::now();
        let output = command
            .output()
            .map_err(|error| format!("cannot run {TIME}: {error} (apt-get install time)"))?;
        let wall_seconds = start.elapsed().as_secs_f64();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        if !output.status.success() {
            return Err(format!(
                "cargo {} failed for {} ({}); the last lines it printed:\n{}",
                mode.cargo_args().join(" "),
                krate.package,
                output.status,
                tail(&stderr, 30)
            ));
        }
        let report = fs::read_to_string(&self.time_file)
            .map_err(|error| format!("cannot read {}: {error}", self.time_file.display()))?;
        let time = parse_time_report(&report)?;
        Ok((Sample { wall_seconds, time }, stderr))
    }
}

/// Whether cargo's stderr has the status line of `package` being compiled
/// (`   Compiling bench-errcat-1000 v0.0.0 (/path)`).
pub fn recompiled(stderr: &str, mode: Mode, package: &str) -> bool {
    let expected = format!("{} {package} v", mode.verb());
    stderr
        .lines()
        .any(|line| line.trim_start().starts_with(&expected))
}

/// Parses the output of `/usr/bin/time -v`.
pub fn parse_time_report(text: &str) -> Result<TimeReport, String> {
    let field = |name: &str| {
        text.lines()
            .map(str::trim)
            .find(|line| line.starts_with(name))
            .and_then(|line| line.rsplit_once(": "))
            .map(|(_, value)| value.trim())
            .ok_or_else(|| format!("/usr/bin/time -v printed no \"{name}\" line; is it GNU time?"))
    };
    let seconds = |name: &str| {
        let value = field(name)?;
        value
            .parse::<f64>()
            .map_err(|_| format!("/usr/bin/time -v: \"{name}\" is `{value}`, not seconds"))
    };
    let elapsed = field("Elapsed (wall clock) time")?;
    let max_rss = field("Maximum resident set size")?;
    Ok(TimeReport {
        elapsed_seconds: clock_seconds(elapsed)
            .ok_or_else(|| format!("/usr/bin/time -v: cannot read the elapsed time `{elapsed}`"))?,
        cpu_seconds: seconds("User time (seconds)")? + seconds("System time (seconds)")?,
        max_rss_kib: max_rss.parse().map_err(|_| {
            format!("/usr/bin/time -v: cannot read the maximum resident set size `{max_rss}`")
        })?,
    })
}

/// `m:ss.ss` or `h:mm:ss` in seconds.
fn clock_seconds(text: &str) -> Option<f64> {
    let mut seconds = 0.0;
    for part in text.split(':') {
        seconds = seconds * 60.0 + part.parse::<f64>().ok()?;
    }
    Some(seconds)
}

/// The last `count` lines of `text`.
pub fn tail(text: &str, count: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(count)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Captured from `/usr/bin/time -v cargo build --release` of a
    /// benchmark crate.
    const SAMPLE: &str = include_str!("../testdata/time-v-sample.txt");

    #[test]
    fn reads_a_captured_report() {
        let report = parse_time_report(SAMPLE);
        let Ok(report) = report else {
            panic!("{report:?}");
        };
        assert!((report.elapsed_seconds - 0.12).abs() < 1e-9, "{report:?}");
        assert!((report.cpu_seconds - 0.05).abs() < 1e-9, "{report:?}");
        assert_eq!(report.max_rss_kib, 93_416);
    }

    #[test]
    fn reads_the_failure_form_and_hours() {
        let text = "Command exited with non-zero status 3
\tCommand being timed: \"sh -c exit 3\"
\tUser time (seconds): 1.25
\tSystem time (seconds): 0.50
\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03
\tMaximum resident set size (kbytes): 1468
\tExit status: 3
";
        let report = parse_time_report(text);
        assert_eq!(
            report,
            Ok(TimeReport {
                elapsed_seconds: 3723.0,
                cpu_seconds: 1.75,
                max_rss_kib: 1468,
            })
        );
    }

    #[test]
    fn a_report_without_the_fields_is_an_error() {
        assert_eq!(
            parse_time_report("real 0m1.00s\n"),
            Err(
                "/usr/bin/time -v printed no \"Elapsed (wall clock) time\" line; is it GNU time?"
                    .to_owned()
            )
        );
        let garbled = SAMPLE.replace(
            "Maximum resident set size (kbytes): ",
            "Maximum resident set size (kbytes): x",
        );
        assert!(
            parse_time_report(&garbled)
                .is_err_and(|error| error.contains("maximum resident set size"))
        );
    }

    #[test]
    fn a_rebuild_is_seen_in_cargos_status_lines() {
        let rebuilt = "   Compiling bench-errcat-1000 v0.0.0 (/repo/target/build-cost/n1000/errcat)
    Finished `release` profile [optimized] target(s) in 2.31s
";
        let fresh = "    Finished `release` profile [optimized] target(s) in 0.05s\n";
        assert!(recompiled(rebuilt, Mode::Release, "bench-errcat-1000"));
        assert!(!recompiled(rebuilt, Mode::Check, "bench-errcat-1000"));
        assert!(!recompiled(rebuilt, Mode::Release, "bench-errcat-100"));
        assert!(!recompiled(fresh, Mode::Release, "bench-errcat-1000"));
        assert!(recompiled(
            "    Checking bench-derives-3 v0.0.0 (/x)\n",
            Mode::Check,
            "bench-derives-3"
        ));
    }

    #[test]
    fn modes_and_tails() {
        assert_eq!(Mode::Release.cargo_args(), ["build", "--release"]);
        assert_eq!(Mode::parse("debug"), Ok(Mode::Debug));
        assert_eq!(tail("a\nb\nc\n", 2), "b\nc");
        assert_eq!(tail("a", 5), "a");
    }
}
