//! The real tools on `render --format openapi`: `openapi-spec-validator`
//! accepts the document (and refuses it broken), `redocly lint` finds
//! every example valid (and a wrong one not), and Redoc, as `redocly
//! build-docs` renders it without a browser, lists every code of every
//! response set.
//!
//! The validator is `ERRCAT_OPENAPI_VALIDATOR` and `redocly` is
//! `ERRCAT_REDOCLY`. Without them these tests pass with a note on stderr,
//! so that `cargo test --workspace` passes on a machine without Python or
//! node; `ERRCAT_REQUIRE_OPENAPI_VALIDATOR=1` and
//! `ERRCAT_REQUIRE_OPENAPI_VIEWER=1`, as `.ci/run` sets them, make a
//! missing tool fail them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use errcat_codegen::Catalog;
use serde_json::{Value, json};

use super::openapi::{
    UNICODE, catalog, distinct_codes, document, selected, statuses, suffix, tags,
};
use super::{repo_root, run, scratch_dir};

/// The tool `variable` names, or `None` (after a note) when it is unset
/// and `require` is not set either.
fn tool(variable: &str, require: &str, how: &str) -> Option<PathBuf> {
    let found = std::env::var_os(variable).map(PathBuf::from);
    if found.is_none() {
        assert!(
            std::env::var_os(require).is_none(),
            "{require} is set but {variable} is not: {how}"
        );
        eprintln!("note: OpenAPI check not run, {variable} is not set: {how}");
    }
    found
}

fn validator() -> Option<PathBuf> {
    tool(
        "ERRCAT_OPENAPI_VALIDATOR",
        "ERRCAT_REQUIRE_OPENAPI_VALIDATOR",
        "after `python3 -m venv DIR && DIR/bin/pip install openapi-spec-validator==0.8.5`, \
         set ERRCAT_OPENAPI_VALIDATOR=DIR/bin/openapi-spec-validator",
    )
}

/// Runs `command`; returns whether it succeeded and what it printed, cut
/// short (the validator prints the whole document with an error).
fn outcome(command: &mut Command) -> (bool, String) {
    let output = command
        .output()
        .unwrap_or_else(|error| panic!("run {command:?}: {error}"));
    let mut text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if let Some((cut, _)) = text.char_indices().nth(4000) {
        text.truncate(cut);
    }
    (output.status.success(), text)
}

fn write_json(path: &Path, value: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(value).expect("JSON")).expect("write JSON");
}

#[test]
fn the_validator_accepts_the_documents() {
    let Some(validator) = validator() else { return };
    let dir = scratch_dir("openapi_valid");
    for (path, file) in [
        ("error-codes.toml", "login.json"),
        (UNICODE, "unicode.json"),
    ] {
        let out = dir.join(file);
        let output = run(super::errcat()
            .args(["render", "--format", "openapi", path, "-o"])
            .arg(&out));
        assert_eq!(output.code, Some(0), "{}", output.stderr);
        let (ok, said) = outcome(Command::new(&validator).arg(&out));
        assert!(ok, "{path}: {said}");
        assert!(said.contains(": OK"), "{said}");
    }
}

/// A change that makes a document invalid.
type Breakage = fn(&mut Value);

#[test]
fn the_validator_refuses_a_broken_document() {
    let Some(validator) = validator() else { return };
    let dir = scratch_dir("openapi_broken");
    let doc = document("error-codes.toml");
    let breakages: [(&str, Breakage); 3] = [
        ("a response without its description", |doc| {
            doc["components"]["responses"]["Error400"]
                .as_object_mut()
                .expect("an object")
                .remove("description");
        }),
        ("a reference to no schema", |doc| {
            doc["components"]["schemas"]["ErrorResponse"]["properties"]["error"]["$ref"] =
                json!("#/components/schemas/Nothing");
        }),
        ("a component name with a space", |doc| {
            let response = doc["components"]["responses"]["Error400"].clone();
            doc["components"]["responses"]["Error 400"] = response;
        }),
    ];
    for (what, break_it) in breakages {
        let mut broken = doc.clone();
        break_it(&mut broken);
        let file = dir.join("broken.json");
        write_json(&file, &broken);
        let (ok, said) = outcome(Command::new(&validator).arg(&file));
        assert!(!ok, "{what} passed: {said}");
    }
}

fn redocly() -> Option<PathBuf> {
    tool(
        "ERRCAT_REDOCLY",
        "ERRCAT_REQUIRE_OPENAPI_VIEWER",
        "after `npm install --prefix DIR @redocly/cli@1.34.20`, \
         set ERRCAT_REDOCLY=DIR/node_modules/.bin/redocly",
    )
}

/// An API document that `$ref`s every response set of the fragment
/// `errors.openapi.json`, as a user's would: one operation per set (the
/// whole catalog, then each tag) and body, answering each status with the
/// set's response. The names come from the catalog, so a response the
/// fragment lacks is a reference that does not resolve.
fn api_document(catalog: &Catalog) -> (Value, BTreeMap<String, Vec<String>>) {
    let mut paths = serde_json::Map::new();
    let mut expected = BTreeMap::new();
    let groups = std::iter::once(None).chain(tags(catalog).into_iter().map(Some));
    for group in groups {
        let tag = group.as_deref();
        let entries = selected(catalog, tag);
        for body in ["Error", "Problem"] {
            let id = format!("{}_{}", tag.unwrap_or("all"), body.to_lowercase());
            let responses: serde_json::Map<String, Value> = statuses(&entries)
                .into_iter()
                .map(|status| {
                    let reference = format!(
                        "errors.openapi.json#/components/responses/{body}{status}{}",
                        suffix(tag)
                    );
                    (status.to_string(), json!({ "$ref": reference }))
                })
                .collect();
            paths.insert(
                format!("/{id}"),
                json!({ "get": { "operationId": id, "responses": responses } }),
            );
            expected.insert(format!("operation/{id}"), distinct_codes(&entries));
        }
    }
    let document = json!({
        "openapi": "3.1.0",
        "info": { "title": "An API that uses the errors", "version": "1" },
        "paths": paths,
    });
    (document, expected)
}

/// The text of every `<td>` cell of each operation's section of a Redoc
/// page, leaving out scripts, whose embedded state holds the whole
/// document whatever the page shows.
fn cells_by_operation(html: &str) -> BTreeMap<String, Vec<String>> {
    let mut shown = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        shown.push_str(&rest[..start]);
        rest = rest[start..]
            .find("</script>")
            .map_or("", |end| &rest[start + end + "</script>".len()..]);
    }
    shown.push_str(rest);
    let marker = "data-section-id=\"operation/";
    let mut cells: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for section in shown.split(marker).skip(1) {
        let id = section.split('"').next().unwrap_or_default();
        let found = cells.entry(format!("operation/{id}")).or_default();
        for cell in section.split("<td>").skip(1) {
            if let Some((text, _)) = cell.split_once("</td>")
                && !text.contains('<')
            {
                found.push(text.to_owned());
            }
        }
    }
    cells
}

/// Runs `redocly ARGS` in `dir`, without telemetry or update check: the
/// machine may have no network.
fn redocly_in(redocly: &Path, dir: &Path, args: &[&str]) -> (bool, String) {
    outcome(
        Command::new(redocly)
            .current_dir(dir)
            .env("REDOCLY_TELEMETRY", "off")
            .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
            .args(args),
    )
}

#[test]
fn redocly_lint_finds_every_example_valid_and_a_wrong_one_not() {
    let Some(redocly) = redocly() else { return };
    let dir = scratch_dir("openapi_lint");
    std::fs::copy(
        repo_root().join("cli/tests/fixtures/openapi/redocly.yaml"),
        dir.join("redocly.yaml"),
    )
    .expect("copy the lint configuration");
    for path in ["error-codes.toml", UNICODE] {
        write_json(&dir.join("errors.json"), &document(path));
        let (ok, said) = redocly_in(&redocly, &dir, &["lint", "errors.json"]);
        assert!(ok, "{path}: {said}");
    }
    let mut wrong = document("error-codes.toml");
    // login_required is not a token endpoint code.
    wrong["components"]["responses"]["Error400.token"]["content"]["application/json"]["examples"]
        ["invalid_request"]["value"]["error"] = json!("login_required");
    write_json(&dir.join("errors.json"), &wrong);
    let (ok, said) = redocly_in(&redocly, &dir, &["lint", "errors.json"]);
    assert!(!ok, "{said}");
    assert!(said.contains("no-invalid-media-type-examples"), "{said}");
}

#[test]
fn a_real_viewer_lists_every_code_of_every_response_set() {
    let Some(redocly) = redocly() else { return };
    let dir = scratch_dir("openapi_viewer");
    let catalog = catalog("error-codes.toml");
    let output = run(super::errcat()
        .args(["render", "--format", "openapi", "error-codes.toml", "-o"])
        .arg(dir.join("errors.openapi.json")));
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let (api, expected) = api_document(&catalog);
    write_json(&dir.join("api.json"), &api);
    // Responses expanded, as a reader opens them.
    let (ok, said) = redocly_in(
        &redocly,
        &dir,
        &[
            "build-docs",
            "api.json",
            "-o",
            "page.html",
            "--theme.openapi.expandResponses=all",
        ],
    );
    assert!(ok, "{said}");
    let html = std::fs::read_to_string(dir.join("page.html")).expect("read the page");
    let cells = cells_by_operation(&html);
    assert_eq!(
        cells.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>(),
        "the page has a section per response set"
    );
    for (operation, codes) in &expected {
        let shown = &cells[operation];
        for code in codes {
            assert!(
                shown.contains(code),
                "{operation}: the page does not list `{code}`; it lists {shown:?}"
            );
        }
        // A set's table lists its own codes only.
        for cell in shown {
            let is_code = catalog.entries.iter().any(|entry| &entry.code == cell);
            assert!(
                !is_code || codes.contains(cell),
                "{operation} lists `{cell}`"
            );
        }
    }
}
