//! What the report says about the machine. Nothing here fails: a fact that
//! cannot be read is reported as unknown.

use std::fs;
use std::process::Command;
use std::thread;

/// The machine and toolchain a run measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Machine {
    /// Cores this process may use, as `nproc` counts them.
    pub cores: String,
    /// "model name" of `/proc/cpuinfo`.
    pub cpu: String,
    /// `MemTotal` of `/proc/meminfo`, in GiB.
    pub memory: String,
    /// `rustc -V`.
    pub rustc: String,
    /// `cargo -V`.
    pub cargo: String,
}

impl Machine {
    /// Reads this machine.
    pub fn read() -> Self {
        let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let meminfo = fs::read_to_string("/proc/meminfo").unwrap_or_default();
        Self {
            cores: thread::available_parallelism()
                .map_or_else(|_| unknown(), |cores| cores.to_string()),
            cpu: proc_field(&cpuinfo, "model name").unwrap_or_else(unknown),
            memory: proc_field(&meminfo, "MemTotal")
                .and_then(|total| gib(&total))
                .unwrap_or_else(unknown),
            rustc: version("rustc"),
            cargo: version("cargo"),
        }
    }
}

/// The 1-, 5- and 15-minute load averages, from `/proc/loadavg`.
pub fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|load| !load.is_empty())
        .unwrap_or_else(unknown)
}

/// The value of the first `key: value` line with that key.
fn proc_field(text: &str, key: &str) -> Option<String> {
    text.lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim() == key)
        .map(|(_, value)| value.trim().to_owned())
}

/// `24684320 kB` as `23.5 GiB`.
fn gib(mem_total: &str) -> Option<String> {
    let kib: f64 = mem_total.strip_suffix(" kB")?.trim().parse().ok()?;
    Some(format!("{:.1} GiB", kib / 1024.0 / 1024.0))
}

fn version(program: &str) -> String {
    Command::new(program)
        .arg("-V")
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map_or_else(unknown, |output| {
            String::from_utf8_lossy(&output.stdout).trim().to_owned()
        })
}

fn unknown() -> String {
    "unknown".to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_proc_files() {
        let cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\n";
        assert_eq!(
            proc_field(cpuinfo, "model name").as_deref(),
            Some("AMD EPYC 7B13")
        );
        let meminfo = "MemTotal:       24684320 kB\nMemFree:        17616244 kB\n";
        let total = proc_field(meminfo, "MemTotal");
        assert_eq!(total.as_deref().and_then(gib).as_deref(), Some("23.5 GiB"));
        assert_eq!(proc_field(meminfo, "Swap"), None);
    }
}
