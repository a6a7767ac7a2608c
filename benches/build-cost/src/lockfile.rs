//! Lock files and downloads, before anything is timed: the only network
//! access of a run, and none once the crates are cached.
//!
//! The lock file is resolved once per variant and copied to that variant's
//! other sizes, so every size builds the same dependency versions (and the
//! shared target directory holds each dependency once).

use std::fs;
use std::process::{Command, Stdio};

use crate::generate::Crate;
use crate::measure::tail;

/// Gives each crate a `Cargo.lock` (kept from an earlier run when there is
/// one) and has cargo download what the locks name.
pub fn prepare(crates: &[Crate]) -> Result<(), String> {
    for (index, krate) in crates.iter().enumerate() {
        let lock = krate.dir.join("Cargo.lock");
        if lock.is_file() {
            continue;
        }
        let sibling = crates[..index]
            .iter()
            .chain(&crates[index + 1..])
            .filter(|other| other.variant == krate.variant)
            .find_map(|other| {
                fs::read_to_string(other.dir.join("Cargo.lock"))
                    .ok()
                    .map(|text| (other, text))
            });
        match sibling {
            Some((other, text)) => {
                fs::write(&lock, rename_root(&text, &other.package, &krate.package))
                    .map_err(|error| format!("cannot write {}: {error}", lock.display()))?;
            }
            None => cargo(krate, &["generate-lockfile"])?,
        }
    }
    for krate in crates {
        cargo(krate, &["fetch"])?;
    }
    Ok(())
}

/// A lock file of the crate `from` made the lock file of the crate `to`:
/// only the root package's name differs between them.
pub fn rename_root(lock: &str, from: &str, to: &str) -> String {
    lock.replace(
        &format!("name = \"{from}\"\n"),
        &format!("name = \"{to}\"\n"),
    )
}

/// `name version` of each package of the lock file named in `names`, in
/// the lock file's order: what the report says the derives were built with.
pub fn locked_versions(lock: &str, names: &[&str]) -> Vec<String> {
    lock.split("[[package]]")
        .filter_map(|package| {
            let field = |key: &str| {
                package.lines().find_map(|line| {
                    line.strip_prefix(key)?
                        .strip_prefix(" = \"")?
                        .strip_suffix('"')
                })
            };
            let name = field("name")?;
            names
                .contains(&name)
                .then(|| format!("{name} {}", field("version").unwrap_or("?")))
        })
        .collect()
}

fn cargo(krate: &Crate, args: &[&str]) -> Result<(), String> {
    let output = Command::new("cargo")
        .args(args)
        .args(["--color", "never", "--manifest-path"])
        .arg(krate.dir.join("Cargo.toml"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|error| format!("cannot run cargo: {error}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "cargo {} failed for {} ({}):\n{}",
            args.join(" "),
            krate.package,
            output.status,
            tail(&String::from_utf8_lossy(&output.stderr), 30)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_locked_versions() {
        let lock = "version = 4

[[package]]
name = \"bench-derives-3\"
version = \"0.0.0\"
dependencies = [
 \"strum\",
]

[[package]]
name = \"strum\"
version = \"0.27.2\"
source = \"registry+https://github.com/rust-lang/crates.io-index\"

[[package]]
name = \"syn\"
version = \"2.0.110\"

[[package]]
name = \"thiserror\"
version = \"2.0.21\"
";
        assert_eq!(
            locked_versions(lock, &["thiserror", "strum", "strum_macros"]),
            ["strum 0.27.2", "thiserror 2.0.21"]
        );
    }

    #[test]
    fn only_the_root_package_is_renamed() {
        let lock = "version = 4

[[package]]
name = \"bench-derives-1000\"
version = \"0.0.0\"
dependencies = [
 \"strum\",
]

[[package]]
name = \"bench-derives-10000-helper\"
version = \"1.0.0\"
";
        let renamed = rename_root(lock, "bench-derives-1000", "bench-derives-10000");
        assert!(renamed.contains("name = \"bench-derives-10000\"\nversion = \"0.0.0\""));
        assert!(renamed.contains("name = \"bench-derives-10000-helper\""));
        assert!(!renamed.contains("\"bench-derives-1000\""));
    }
}
