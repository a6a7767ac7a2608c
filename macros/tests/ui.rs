//! Compile-fail and pass cases for `errcat::catalog!`, run with trybuild.
//!
//! trybuild compiles each case in its own project under
//! `<target>/tests/trybuild/errcat-macros`, and that directory is the cases'
//! `CARGO_MANIFEST_DIR`. The catalogs the cases name are copied there first,
//! so a case writes `tests/ui/x.toml` as a user would and its diagnostics
//! show that path.

use std::path::{Path, PathBuf};

fn trybuild_project_dir() -> PathBuf {
    // CARGO_TARGET_TMPDIR is `<target>/tmp`; trybuild works in
    // `<target>/tests/trybuild/<package>`.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR has a parent");
    target.join("tests/trybuild").join(env!("CARGO_PKG_NAME"))
}

fn copy_catalogs() {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui");
    let to = trybuild_project_dir().join("tests/ui");
    std::fs::create_dir_all(&to).expect("create the trybuild fixture directory");
    for file in std::fs::read_dir(&from).expect("read tests/ui") {
        let path = file.expect("list tests/ui").path();
        if path
            .extension()
            .is_some_and(|extension| extension == "toml")
        {
            let name = path.file_name().expect("a file name");
            std::fs::copy(&path, to.join(name)).expect("copy a catalog fixture");
        }
    }
}

/// Every case: `*_pass.rs` must compile and run, every other `.rs` must
/// fail with the errors in its `.stderr`.
fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir("tests/ui")
        .expect("read tests/ui")
        .map(|file| file.expect("list tests/ui").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
        .collect();
    cases.sort();
    cases
}

#[test]
fn ui() {
    copy_catalogs();
    let runner = trybuild::TestCases::new();
    for case in cases() {
        if case.to_string_lossy().ends_with("_pass.rs") {
            runner.pass(&case);
        } else {
            runner.compile_fail(&case);
        }
    }
}
