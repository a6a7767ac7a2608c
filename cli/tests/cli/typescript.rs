//! `render --format typescript`, checked by the real TypeScript compiler
//! and run by node: `tsc --strict` accepts the module and the uses in
//! `cli/tests/typescript/`, refuses what lies outside its types, and the
//! compiled module holds the same values as `render --format json`.
//!
//! `tsc` is `ERRCAT_TSC`, else `tsc` on `PATH`. Without it these tests
//! pass with a note on stderr, so that `cargo test --workspace` passes on
//! a machine without node; with `ERRCAT_REQUIRE_TSC=1`, as `.ci/run` sets,
//! a missing `tsc` fails them.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{errcat, repo_root, run, scratch_dir};

/// French text with quotes, backslashes, U+2028 and U+2029, and tags
/// whose names no identifier could carry.
const UNICODE: &str = r#"[catalog]
text = "unicode"

[catalog.fields.retryable]
type = "bool"
default = false

[catalog.fields.grpc]
type = "string"
values = ["UNAVAILABLE", "NOT_FOUND"]
required = true

[catalog.fields.retry_after]
type = "integer"

[catalog.fields.scopes]
type = "strings"
default = []

[[error]]
code = "introuvable"
status = 404
description = "La ressource « démo » est introuvable : voir \"C:\\données\\\". Suite\u2028ligne\u2029fin."
hint = "Vérifiez l'adresse ; écrivez \\n pour un saut de ligne."
tags = ["2fa", "a-b", "a_b"]
grpc = "NOT_FOUND"
scopes = ["lire:tout", "écrire"]

[[error]]
code = "indisponible"
status = 503
description = "Service indisponible."
grpc = "UNAVAILABLE"
retryable = true
retry_after = 30
tags = ["a-b"]
since = "1.2"
deprecated = "Remplacé par « introuvable »."
"#;

/// The TypeScript compiler, or `None` (after a note) when it is missing
/// and not required.
fn tsc() -> Option<PathBuf> {
    let found = std::env::var_os("ERRCAT_TSC")
        .map(PathBuf::from)
        .or_else(|| on_path("tsc"));
    if found.is_none() {
        let how = "set ERRCAT_TSC to a tsc binary, e.g. after \
                   `npm install --prefix DIR typescript@5.6.3`, \
                   ERRCAT_TSC=DIR/node_modules/.bin/tsc";
        assert!(
            std::env::var_os("ERRCAT_REQUIRE_TSC").is_none(),
            "ERRCAT_REQUIRE_TSC is set but tsc was not found: {how}"
        );
        eprintln!("note: TypeScript checks not run, tsc not found: {how}");
    }
    found
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Runs `command` and returns its stdout and stderr, asserting it succeeded
/// when `ok`, failed otherwise.
fn expect(command: &mut Command, ok: bool) -> String {
    let output = command.output().unwrap_or_else(|error| {
        panic!("run {command:?}: {error}");
    });
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(output.status.success(), ok, "{command:?}:\n{text}");
    text
}

/// Renders `catalog` in `dir` as `errors.ts` and `catalog.json`.
fn render(dir: &Path, catalog: &Path) {
    for (format, out) in [("typescript", "errors.ts"), ("json", "catalog.json")] {
        let output = run(errcat()
            .args(["render", "--format", format, "-o"])
            .arg(dir.join(out))
            .arg(catalog));
        assert_eq!(output.code, Some(0), "{}", output.stderr);
    }
}

/// Type-checks `files` in `dir` with `tsc --strict`.
fn type_check(tsc: &Path, dir: &Path, files: &[&str], ok: bool) -> String {
    expect(
        Command::new(tsc)
            .current_dir(dir)
            .args(["--strict", "--noEmit", "--target", "es2019"])
            .args(files),
        ok,
    )
}

/// Compiles `errors.ts` to JavaScript and has node check its values
/// against `catalog.json`.
fn run_in_node(tsc: &Path, dir: &Path) {
    let out = dir.join("js");
    expect(
        Command::new(tsc)
            .current_dir(dir)
            .args(["--strict", "--module", "commonjs", "--target", "es2019"])
            .arg("--outDir")
            .arg(&out)
            .arg("errors.ts"),
        true,
    );
    std::fs::copy(fixture("run.js"), out.join("run.js")).expect("copy run.js");
    let said = expect(
        Command::new("node")
            .arg(out.join("run.js"))
            .arg(dir.join("catalog.json")),
        true,
    );
    assert!(said.contains("checked"), "{said}");
}

fn fixture(name: &str) -> PathBuf {
    repo_root().join("cli/tests/typescript").join(name)
}

#[test]
fn the_login_module_type_checks_and_holds_the_catalog() {
    let Some(tsc) = tsc() else { return };
    let dir = scratch_dir("typescript_login");
    render(&dir, &repo_root().join("error-codes.toml"));
    for name in ["check.ts", "too_wide.ts"] {
        std::fs::copy(fixture(name), dir.join(name)).expect("copy a fixture");
    }
    type_check(&tsc, &dir, &["errors.ts", "check.ts", "too_wide.ts"], true);
    run_in_node(&tsc, &dir);
}

#[test]
fn a_code_outside_the_union_does_not_type_check() {
    let Some(tsc) = tsc() else { return };
    let dir = scratch_dir("typescript_outside");
    render(&dir, &repo_root().join("error-codes.toml"));
    std::fs::write(
        dir.join("bad.ts"),
        "import type { ErrorCode } from \"./errors\";\nexport const code: ErrorCode = \"no_such_code\";\n",
    )
    .expect("write bad.ts");
    let said = type_check(&tsc, &dir, &["errors.ts", "bad.ts"], false);
    assert!(said.contains("\"no_such_code\""), "{said}");
}

#[test]
fn fields_and_unicode_text_survive_as_typescript() {
    let Some(tsc) = tsc() else { return };
    let dir = scratch_dir("typescript_unicode");
    std::fs::write(dir.join("c.toml"), UNICODE).expect("write the catalog");
    render(&dir, &dir.join("c.toml"));
    let module = std::fs::read_to_string(dir.join("errors.ts")).expect("read errors.ts");
    // Escaped, so that no parser or line-based tool sees a line end.
    assert!(module.contains(r"Suite\u2028ligne"), "{module}");
    assert!(module.contains(r"ligne\u2029fin"), "{module}");
    assert!(!module.contains(['\u{2028}', '\u{2029}']));
    type_check(&tsc, &dir, &["errors.ts"], true);
    run_in_node(&tsc, &dir);
}

#[test]
fn the_module_is_deterministic_and_names_its_source() {
    let render = || errcat_stdout(&["render", "--format", "typescript", "error-codes.toml"]);
    let first = render();
    assert_eq!(first, render());
    assert!(first.starts_with(
        "// Generated from error-codes.toml by `errcat render --format typescript`.\n"
    ));
    assert!(first.contains("export type ErrorCode = (typeof CODES)[number];\n"));
}

fn errcat_stdout(args: &[&str]) -> String {
    let output = super::errcat_run(args);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    output.stdout
}
