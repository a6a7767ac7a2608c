//! `render --format openapi`: the document's shape, its component names,
//! an enum value and an example per code, deprecation notes, and each
//! example checked against the document's own schemas (JSON Schema
//! 2020-12). `openapi_runtime.rs` checks the examples against the runtime,
//! `openapi_tools.rs` runs the real validator, linter and viewer.

use errcat_codegen::{Catalog, Entry, http_status};
use serde_json::{Value, json};

use super::{errcat_run, repo_root};

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
pub(super) fn tags(catalog: &Catalog) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in catalog.entries.iter().flat_map(|entry| &entry.tags) {
        if !tags.contains(tag) {
            tags.push(tag.clone());
        }
    }
    tags
}

/// The entries `tag` selects, every one for `None`.
pub(super) fn selected<'a>(catalog: &'a Catalog, tag: Option<&str>) -> Vec<&'a Entry> {
    catalog
        .entries
        .iter()
        .filter(|entry| tag.is_none_or(|tag| entry.tags.iter().any(|t| t == tag)))
        .collect()
}

/// The distinct codes of `entries`, in order.
pub(super) fn distinct_codes(entries: &[&Entry]) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for entry in entries {
        if !codes.contains(&entry.code) {
            codes.push(entry.code.clone());
        }
    }
    codes
}

/// The distinct statuses of `entries`, ascending.
pub(super) fn statuses(entries: &[&Entry]) -> Vec<u16> {
    let mut statuses: Vec<u16> = entries.iter().map(|entry| entry.status).collect();
    statuses.sort_unstable();
    statuses.dedup();
    statuses
}

pub(super) fn suffix(tag: Option<&str>) -> String {
    tag.map(|tag| format!(".{tag}")).unwrap_or_default()
}

/// The keys of a JSON object, in order.
pub(super) fn keys(value: &Value) -> Vec<String> {
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
