//! The nested cargo that builds the crates outside the workspace
//! (`test-crates/standalone`, its scratch copies, `test-crates/catalog-v2`) in
//! the one target directory they share, `<target>/tmp/test-crates`.
//!
//! Each of them depends on errcat with its default features, at the
//! versions of the workspace's lockfile, so a cold run builds errcat and its
//! dependencies once for all of them instead of once each. cargo's lock on
//! the directory makes the builds wait for one another; none waits on the
//! build running these tests.
//!
//! errcat-macros' trybuild cases build in `<target>/tests/trybuild`, apart:
//! sharing that directory would save nothing, because trybuild's project
//! also holds trybuild's own dependencies (errcat-macros' dev-dependencies),
//! which resolve serde, http and errcat with other features, and trybuild
//! passes `--target` and flags of its own; tried, each crate here was built
//! a third time beside trybuild's two builds.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository's root, the root package's manifest directory.
pub(crate) fn workspace_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `<target>/tmp/test-crates`.
pub(crate) fn shared_target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("test-crates")
}

/// `cargo SUBCOMMAND --manifest-path MANIFEST` in the shared target
/// directory; the caller adds the rest.
pub(crate) fn cargo(subcommand: &str, manifest: &Path) -> Command {
    let mut command = Command::new(env!("CARGO"));
    command
        .arg(subcommand)
        .arg("--color=never")
        .arg("--manifest-path")
        .arg(manifest)
        .arg("--target-dir")
        .arg(shared_target_dir());
    command
}

/// A copy of the standalone crate in the scratch directory `name`, as the
/// package `errcat-NAME`, whose catalog and source a test can edit.
pub(crate) fn scratch_crate(name: &str) -> PathBuf {
    let from = workspace_dir().join("test-crates/standalone");
    let to = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&to);
    for dir in ["src", "tests"] {
        std::fs::create_dir_all(to.join(dir)).expect("create the scratch crate");
    }
    for file in ["errors.toml", "Cargo.lock", "src/lib.rs"] {
        std::fs::copy(from.join(file), to.join(file)).expect("copy the standalone crate");
    }
    let runtime = workspace_dir().join("runtime");
    let manifest = std::fs::read_to_string(from.join("Cargo.toml"))
        .expect("read the manifest")
        .replace("../../runtime", &runtime.display().to_string())
        .replace("errcat-standalone-check", &format!("errcat-{name}"));
    std::fs::write(to.join("Cargo.toml"), manifest).expect("write the manifest");
    to
}
