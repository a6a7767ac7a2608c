//! The `errcat` binary, run as a user runs it: every subcommand, its exit
//! codes and its output on good and bad catalogs.
//!
//! One test binary with a module per subcommand, so cargo links once.

mod against;
mod check;
mod diff;
mod fields;
mod oauth_page;
mod openapi;
mod openapi_responses;
mod openapi_runtime;
mod openapi_tools;
mod render;
mod schema;
mod seed_page;
mod typescript;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The `errcat` binary cargo built for these tests, run from the
/// repository root so that paths read as in the README.
fn errcat() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_errcat"));
    command.current_dir(repo_root());
    command
}

/// The workspace root, which holds `error-codes.toml`.
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ has a parent")
        .to_path_buf()
}

/// An empty directory of this test's own under cargo's scratch space.
fn scratch_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("errcat-cli")
        .join(test);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("clear the scratch directory");
    }
    std::fs::create_dir_all(&dir).expect("create the scratch directory");
    dir
}

/// What a finished command printed, as text.
struct Output {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `command` to the end.
fn run(command: &mut Command) -> Output {
    let output = command.output().expect("run errcat");
    Output {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `errcat` with `args` from the repository root.
fn errcat_run(args: &[&str]) -> Output {
    run(errcat().args(args))
}
