//! A crate outside the workspace (`test-crates/catalog-v2`) on a catalog
//! that uses every part of the v2 format: its tests pass, and rustc warns
//! about the deprecated code exactly where the crate names it, and nowhere
//! in the generated code.

use std::path::PathBuf;
use std::process::Command;

use crate::nested_cargo;

fn crate_dir() -> PathBuf {
    nested_cargo::workspace_dir().join("test-crates/catalog-v2")
}

/// A nested cargo on the crate, in the target directory such builds share.
fn cargo(subcommand: &str) -> Command {
    let mut command = nested_cargo::cargo(subcommand, &crate_dir().join("Cargo.toml"));
    command.arg("--locked");
    command
}

/// The `(file, line)` of every `deprecated` warning in cargo's JSON messages.
fn deprecation_warnings(json_lines: &str) -> Vec<(String, u64)> {
    let mut found = Vec::new();
    for line in json_lines.lines() {
        let message: serde_json::Value = serde_json::from_str(line).expect("cargo's JSON");
        if message["reason"] != "compiler-message" {
            continue;
        }
        let diagnostic = &message["message"];
        if diagnostic["code"]["code"] != "deprecated" {
            continue;
        }
        assert_eq!(diagnostic["level"], "warning", "{diagnostic}");
        for span in diagnostic["spans"].as_array().expect("spans") {
            if span["is_primary"] == true {
                found.push((
                    span["file_name"].as_str().expect("a file").to_owned(),
                    span["line_start"].as_u64().expect("a line"),
                ));
            }
        }
    }
    found
}

#[test]
fn the_v2_crate_builds_warns_where_it_names_the_deprecated_code_and_passes() {
    // The library first, alone: every warning of its build is reported,
    // cached ones included, in cargo's JSON.
    let build = cargo("build")
        .arg("--message-format=json")
        .output()
        .expect("run cargo build");
    let stdout = String::from_utf8_lossy(&build.stdout);
    assert!(
        build.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let source = std::fs::read_to_string(crate_dir().join("src/lib.rs")).expect("read lib.rs");
    let naming_line = source
        .lines()
        .position(|line| line.trim() == "PaymentError::CardRefused")
        .expect("lib.rs names the deprecated code");
    let expected_line = u64::try_from(naming_line + 1).expect("a small line number");
    assert_eq!(
        deprecation_warnings(&stdout),
        [("src/lib.rs".to_owned(), expected_line)],
        "one warning, where the crate names the deprecated code"
    );

    let test = cargo("test").output().expect("run cargo test");
    let stdout = String::from_utf8_lossy(&test.stdout);
    assert!(
        test.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&test.stderr)
    );
    assert!(stdout.contains("test result: ok. 6 passed"), "{stdout}");
}
