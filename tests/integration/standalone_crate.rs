//! A crate outside this workspace, depending on `errcat` alone, uses the
//! whole generated API (`test-crates/standalone`); and cargo rebuilds such a
//! crate when its catalog changes, and only then.
//!
//! Both run a nested `cargo` in the target directory all such builds share
//! (`nested_cargo`).

use std::path::Path;

use crate::nested_cargo::{cargo, scratch_crate, workspace_dir};

#[test]
fn a_crate_outside_the_workspace_uses_the_whole_api() {
    let manifest = workspace_dir().join("test-crates/standalone/Cargo.toml");
    let output = cargo("test", &manifest)
        .output()
        .expect("run cargo test on the standalone crate");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("test result: ok. 4 passed"), "{stdout}");
}

/// Builds the crate and says whether cargo found it fresh (not recompiled).
fn build_was_fresh(crate_dir: &Path) -> bool {
    let output = cargo("build", &crate_dir.join("Cargo.toml"))
        .arg("--message-format=json")
        .output()
        .expect("run cargo build");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let artifact = stdout
        .lines()
        .find(|line| {
            line.contains(r#""reason":"compiler-artifact""#)
                && line.contains(r#""name":"errcat_rebuild_check""#)
        })
        .unwrap_or_else(|| panic!("no artifact for the crate in:\n{stdout}"));
    artifact.contains(r#""fresh":true"#)
}

#[test]
fn cargo_rebuilds_when_the_catalog_changes_and_only_then() {
    let crate_dir = scratch_crate("rebuild-check");
    build_was_fresh(&crate_dir);
    assert!(
        build_was_fresh(&crate_dir),
        "an unchanged catalog recompiled the crate"
    );

    let catalog = crate_dir.join("errors.toml");
    let mut toml = std::fs::read_to_string(&catalog).expect("read the catalog");
    toml.push_str("\n[[error]]\ncode = \"gone\"\nstatus = 410\ndescription = \"Gone.\"\n");
    std::fs::write(&catalog, toml).expect("edit the catalog");
    assert!(
        !build_was_fresh(&crate_dir),
        "an edited catalog did not recompile the crate"
    );
    assert!(
        build_was_fresh(&crate_dir),
        "the crate recompiled twice after one edit"
    );
}
