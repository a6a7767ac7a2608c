//! `render --format openapi`: the document's shape, its examples checked
//! against its own schemas, and the real tools: `openapi-spec-validator`
//! accepts it (and refuses it broken), `redocly lint` finds every example
//! valid (and a wrong one not), and Redoc, as `redocly build-docs` renders
//! it without a browser, lists every code of every response set.
//! `openapi_runtime.rs` checks the examples against the runtime.
//!
//! The validator is `ERRCAT_OPENAPI_VALIDATOR` and `redocly` is
//! `ERRCAT_REDOCLY`. Without them those tests pass with a note on stderr,
//! so that `cargo test --workspace` passes on a machine without Python or
//! node; `ERRCAT_REQUIRE_OPENAPI_VALIDATOR=1` and
//! `ERRCAT_REQUIRE_OPENAPI_VIEWER=1`, as `.ci/run` sets them, make a
//! missing tool fail them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use errcat_codegen::{Catalog, Entry, http_status};
use serde_json::{Value, json};

use super::{errcat_run, repo_root, run, scratch_dir};

/// The catalog whose text the wire encodes, in `cli/tests/fixtures/`.
pub(super) const UNICODE: &str = "cli/tests/fixtures/openapi/unicode.toml";

/// `render --format openapi` of `catalog` (a path from the repository
/// root), parsed.
pub(super) fn document(catalog: &str) -> Value {
    let output = errcat_run(&["render", "--format", "openapi", catalog]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    serde_json::from_str(&output.stdout).expect("the document is JSON")
}

/// `catalog` as errcat-codegen reads it.
pub(super) fn catalog(path: &str) -> Catalog {
    let bytes = std::fs::read(repo_root().join(path)).expect("read the catalog");
    let (_, result) = errcat_codegen::check_bytes(path, &bytes);
    result.expect("the catalog is valid")
}

/// Every tag, in order of first use.
fn tags(catalog: &Catalog) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in catalog.entries.iter().flat_map(|entry| &entry.tags) {
        if !tags.contains(tag) {
            tags.push(tag.clone());
        }
    }
    tags
}

/// The entries `tag` selects, every one for `None`.
fn selected<'a>(catalog: &'a Catalog, tag: Option<&str>) -> Vec<&'a Entry> {
    catalog
        .entries
        .iter()
        .filter(|entry| tag.is_none_or(|tag| entry.tags.iter().any(|t| t == tag)))
        .collect()
}

/// The distinct codes of `entries`, in order.
fn distinct_codes(entries: &[&Entry]) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for entry in entries {
        if !codes.contains(&entry.code) {
            codes.push(entry.code.clone());
        }
    }
    codes
}

/// The distinct statuses of `entries`, ascending.
fn statuses(entries: &[&Entry]) -> Vec<u16> {
    let mut statuses: Vec<u16> = entries.iter().map(|entry| entry.status).collect();
    statuses.sort_unstable();
    statuses.dedup();
    statuses
}

fn suffix(tag: Option<&str>) -> String {
    tag.map(|tag| format!(".{tag}")).unwrap_or_default()
}

/// The keys of a JSON object, in order.
fn keys(value: &Value) -> Vec<String> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .cloned()
        .collect()
}

#[test]
fn the_document_is_deterministic_and_names_its_components() {
    let render = || errcat_run(&["render", "--format", "openapi", "error-codes.toml"]).stdout;
    let first = render();
    assert_eq!(first, render());
    let doc: Value = serde_json::from_str(&first).expect("JSON");
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["info"]["title"], "Unstoppable Login error codes");
    assert_eq!(keys(&doc), ["openapi", "info", "components"]);
    assert_eq!(
        keys(&doc["components"]["schemas"]),
        [
            "ErrorCode",
            "ErrorResponse",
            "ProblemDetails",
            "ErrorCode.authorize",
            "ErrorResponse.authorize",
            "ProblemDetails.authorize",
            "ErrorCode.token",
            "ErrorResponse.token",
            "ProblemDetails.token",
            "ErrorCode.resource",
            "ErrorResponse.resource",
            "ProblemDetails.resource",
        ]
    );
    let responses = keys(&doc["components"]["responses"]);
    assert_eq!(
        responses[..12],
        [
            "Error400",
            "Error401",
            "Error403",
            "Error404",
            "Error500",
            "Error503",
            "Problem400",
            "Problem401",
            "Problem403",
            "Problem404",
            "Problem500",
            "Problem503",
        ]
    );
    assert!(responses.contains(&"Error401.token".to_owned()));
    assert!(!responses.contains(&"Error403.token".to_owned()));
}

/// Every code enum lists its codes once each in file order, with a
/// description each; every response set has an example per entry of its
/// status, with the reason phrase as its description; a tag's examples are
/// the whole catalog's, for its codes only.
#[test]
fn every_code_has_its_enum_value_and_its_examples() {
    for path in ["error-codes.toml", UNICODE] {
        let catalog = catalog(path);
        let doc = document(path);
        let schemas = &doc["components"]["schemas"];
        let responses = &doc["components"]["responses"];
        let groups: Vec<Option<String>> = std::iter::once(None)
            .chain(tags(&catalog).into_iter().map(Some))
            .collect();
        for group in &groups {
            let tag = group.as_deref();
            let entries = selected(&catalog, tag);
            let codes = distinct_codes(&entries);
            let code_enum = &schemas[format!("ErrorCode{}", suffix(tag))];
            assert_eq!(code_enum["type"], "string");
            assert_eq!(code_enum["enum"], json!(codes), "{path} {tag:?}");
            assert_eq!(keys(&code_enum["x-enumDescriptions"]), codes);
            let listed = code_enum["x-enum-descriptions"].as_array().expect("a list");
            assert_eq!(listed.len(), codes.len());
            for (code, text) in codes.iter().zip(listed) {
                assert_eq!(&code_enum["x-enumDescriptions"][code], text);
            }
            for status in statuses(&entries) {
                let at_status: Vec<&&Entry> = entries
                    .iter()
                    .filter(|entry| entry.status == status)
                    .collect();
                let codes: Vec<&str> = at_status.iter().map(|entry| entry.code.as_str()).collect();
                for (body, media_type) in [
                    ("Error", "application/json"),
                    ("Problem", "application/problem+json"),
                ] {
                    let name = format!("{body}{status}{}", suffix(tag));
                    let response = &responses[&name];
                    let reason = http_status::reason(status).unwrap_or(if status < 500 {
                        "Client Error"
                    } else {
                        "Server Error"
                    });
                    assert_eq!(response["description"], reason, "{name}");
                    let examples = &response["content"][media_type]["examples"];
                    assert_eq!(keys(examples), codes, "{path} {name}");
                    for entry in &at_status {
                        let example = &examples[&entry.code];
                        assert_eq!(example["summary"], entry.description.as_str());
                        let whole = &responses[format!("{body}{status}")]["content"][media_type]["examples"]
                            [&entry.code];
                        assert_eq!(example, whole, "{name} {}", entry.code);
                    }
                    let challenge = &response["headers"]["WWW-Authenticate"];
                    if status == 401 {
                        assert_eq!(keys(&challenge["examples"]), codes, "{name}");
                    } else {
                        assert!(challenge.is_null(), "{name}: {challenge}");
                    }
                }
            }
        }
        assert_eq!(
            keys(responses).len(),
            groups
                .iter()
                .map(|tag| 2 * statuses(&selected(&catalog, tag.as_deref())).len())
                .sum::<usize>(),
            "{path}: no response beyond the statuses of each set"
        );
    }
}

#[test]
fn deprecated_codes_say_so() {
    let doc = document(UNICODE);
    let descriptions = &doc["components"]["schemas"]["ErrorCode"]["x-enumDescriptions"];
    assert_eq!(
        descriptions["ancien_code"],
        "Deprecated: Utilisez « carte_refusee ». Code retiré."
    );
    assert_eq!(descriptions["panne"], "Deprecated. Panne inconnue.");
    assert_eq!(
        descriptions["invalid_token"],
        "401: Le jeton a expiré. 400: Jeton mal formé."
    );
    let responses = &doc["components"]["responses"];
    assert_eq!(
        responses["Error499"]["content"]["application/json"]["examples"]["ancien_code"]["description"],
        "Deprecated: Utilisez « carte_refusee »."
    );
    assert_eq!(
        responses["Problem599"]["content"]["application/problem+json"]["examples"]["panne"]["description"],
        "Deprecated."
    );
    assert_eq!(
        responses["Error402"]["content"]["application/json"]["examples"]["carte_refusee"]["description"],
        "Since 1.2. Reference: https://docs.example.com/errors#carte"
    );
}

/// A validator of the schema `#/components/schemas/NAME` of `doc`, whose
/// references resolve within the document.
fn schema_validator(doc: &Value, name: &str) -> jsonschema::Validator {
    let schema = json!({
        "$ref": format!("#/components/schemas/{name}"),
        "components": doc["components"],
    });
    jsonschema::draft202012::new(&schema)
        .unwrap_or_else(|error| panic!("{name} compiles as JSON Schema 2020-12: {error}"))
}

#[test]
fn every_example_matches_its_schema_and_a_tag_schema_refuses_other_codes() {
    for path in ["error-codes.toml", UNICODE] {
        let doc = document(path);
        let mut checked = 0;
        for (name, response) in doc["components"]["responses"]
            .as_object()
            .expect("responses")
        {
            for media in response["content"].as_object().expect("content").values() {
                let schema = media["schema"]["$ref"]
                    .as_str()
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                    .expect("a schema reference");
                let validator = schema_validator(&doc, schema);
                for (code, example) in media["examples"].as_object().expect("examples") {
                    let value = &example["value"];
                    assert!(validator.is_valid(value), "{path} {name} {code}: {value}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 0);
    }
    let doc = document("error-codes.toml");
    // login_required is an authorize code only.
    let body = json!({ "error": "login_required" });
    assert!(schema_validator(&doc, "ErrorResponse.authorize").is_valid(&body));
    assert!(!schema_validator(&doc, "ErrorResponse.token").is_valid(&body));
    assert!(!schema_validator(&doc, "ErrorResponse").is_valid(&json!({ "error": "nope" })));
    let problem = json!({ "type": "about:blank", "title": "Bad Request", "status": 400, "error": "login_required" });
    assert!(schema_validator(&doc, "ProblemDetails").is_valid(&problem));
    assert!(!schema_validator(&doc, "ProblemDetails.resource").is_valid(&problem));
}

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
        "after `python3 -m venv DIR && DIR/bin/pip install openapi-spec-validator==0.9.0`, \
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
