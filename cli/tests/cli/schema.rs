//! `errcat schema`: the committed schema is current, is a valid draft-07
//! schema that documents every key, and agrees with the checker on every
//! catalog in the repository.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use errcat_codegen::keys;

use super::{errcat_run, repo_root};

/// Invalid catalogs whose only problems are rules across entries, which a
/// schema cannot state; the checker refuses them, the schema cannot.
const CROSS_ENTRY_ONLY: &[&str] = &[
    "duplicate_code_and_status.toml",
    "duplicate_name.toml",
    "shared_code_without_names.toml",
];

/// Catalogs that are not TOML at all (a syntax error, bytes that are not
/// UTF-8): there is no document to validate.
const NOT_TOML: &[&str] = &["syntax_error.toml", "not_utf8.toml"];

fn committed_schema() -> Value {
    let text = std::fs::read_to_string(repo_root().join("errcat.schema.json"))
        .expect("read errcat.schema.json");
    serde_json::from_str(&text).expect("errcat.schema.json is JSON")
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft7::new(&committed_schema()).expect("the schema compiles as draft-07")
}

/// The schema `errcat schema PATH` prints for a catalog, which states the
/// fields it declares.
fn catalog_validator(path: &Path) -> jsonschema::Validator {
    let output = errcat_run(&["schema", path.to_str().expect("a UTF-8 path")]);
    assert_eq!(output.code, Some(0), "errcat schema {}", path.display());
    let schema: Value = serde_json::from_str(&output.stdout).expect("the schema is JSON");
    jsonschema::draft7::new(&schema).expect("the schema compiles as draft-07")
}

/// A catalog file as the JSON document editors validate: TOML converted
/// value for value. `None` when the file is not TOML.
fn as_json(path: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(path).ok()?;
    let value: toml::Value = toml::from_str(&text).ok()?;
    Some(serde_json::to_value(value).expect("TOML values convert to JSON"))
}

/// Every catalog in the repository: the `.toml` files that are not cargo
/// or tool configuration, outside `target/`.
fn catalogs_in_repo() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read a directory") {
            let path = entry.expect("list a directory").path();
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or_default();
            if path.is_dir() {
                if !matches!(name, "target" | ".git") {
                    walk(&path, found);
                }
            } else if path
                .extension()
                .is_some_and(|extension| extension == "toml")
                && !matches!(
                    name,
                    "Cargo.toml" | "clippy.toml" | "rustfmt.toml" | ".rustfmt.toml"
                )
            {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(&repo_root(), &mut found);
    found.sort();
    found
}

#[test]
fn the_committed_schema_is_current() {
    let output = errcat_run(&["schema"]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let committed =
        std::fs::read_to_string(repo_root().join("errcat.schema.json")).expect("read the schema");
    assert_eq!(
        output.stdout, committed,
        "errcat.schema.json is stale; run `cargo run -p errcat-cli -- schema -o errcat.schema.json`"
    );
    let checked = errcat_run(&["schema", "-o", "errcat.schema.json", "--check"]);
    assert_eq!(checked.code, Some(0), "{}", checked.stderr);
}

/// A whole catalog with `example` as the value of `key`.
fn document_with(key: &str, example: &Value) -> Value {
    let base_entry = json!({
        "code": "invalid_request",
        "status": 400,
        "description": "The request is malformed."
    });
    match key {
        "catalog" => json!({ "catalog": example, "error": [base_entry] }),
        _ if key.starts_with("catalog.") => {
            let name = key.trim_start_matches("catalog.");
            json!({ "catalog": { (name): example }, "error": [base_entry] })
        }
        "error" => json!({ "error": example }),
        // `default` and `values` are checked with a type that takes them.
        _ if key.starts_with("field.") => {
            let mut field = json!({ "type": "string" });
            if key == "field.default" && !example.is_string() {
                field["type"] = json!(if example.is_boolean() {
                    "bool"
                } else {
                    "integer"
                });
            }
            field[key.trim_start_matches("field.")] = example.clone();
            json!({ "catalog": { "fields": { "x": field } }, "error": [base_entry] })
        }
        _ => {
            let mut entry = base_entry;
            entry[key.trim_start_matches("error.")] = example.clone();
            json!({ "error": [entry] })
        }
    }
}

#[test]
fn the_schema_is_draft_07_and_documents_every_key() {
    let schema = committed_schema();
    assert!(jsonschema::draft7::meta::is_valid(&schema));
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_eq!(schema["additionalProperties"], false);
    let entry = &schema["definitions"]["entry"];
    assert_eq!(entry["additionalProperties"], false);
    let required: Vec<&str> = keys::ENTRY
        .iter()
        .filter(|key| key.presence == keys::Presence::Required)
        .map(|key| key.name)
        .collect();
    assert_eq!(entry["required"], serde_json::json!(required));
    let field = &schema["definitions"]["field"];
    let catalog = &schema["properties"]["catalog"];
    let keys = [("catalog".to_owned(), catalog)]
        .into_iter()
        .chain(
            catalog["properties"]
                .as_object()
                .expect("catalog properties")
                .iter()
                .map(|(key, value)| (format!("catalog.{key}"), value)),
        )
        .chain(
            field["properties"]
                .as_object()
                .expect("field properties")
                .iter()
                .map(|(key, value)| (format!("field.{key}"), value)),
        )
        .chain([("error".to_owned(), &schema["properties"]["error"])])
        .chain(
            entry["properties"]
                .as_object()
                .expect("entry properties")
                .iter()
                .map(|(key, value)| (format!("error.{key}"), value)),
        );
    let validator = validator();
    let mut documented = Vec::new();
    for (key, property) in keys {
        assert!(
            property["description"]
                .as_str()
                .is_some_and(|text| !text.is_empty()),
            "{key} has no description"
        );
        let examples = property["examples"].as_array().cloned().unwrap_or_default();
        assert!(!examples.is_empty(), "{key} has no examples");
        for example in &examples {
            assert!(
                validator.is_valid(&document_with(&key, example)),
                "{key}: the schema refuses its own example {example}"
            );
        }
        documented.push(key);
    }
    // Every key of the descriptor tables, in their order, and no other.
    let expected: Vec<String> = ["catalog".to_owned()]
        .into_iter()
        .chain(
            keys::CATALOG
                .iter()
                .map(|key| format!("catalog.{}", key.name)),
        )
        .chain(keys::FIELD.iter().map(|key| format!("field.{}", key.name)))
        .chain(["error".to_owned()])
        .chain(keys::ENTRY.iter().map(|key| format!("error.{}", key.name)))
        .collect();
    assert_eq!(documented, expected);
    for example in schema["examples"]
        .as_array()
        .into_iter()
        .chain(entry["examples"].as_array())
        .flatten()
    {
        let document = if example.get("code").is_some() {
            serde_json::json!({ "error": [example] })
        } else {
            example.clone()
        };
        assert!(
            validator.is_valid(&document),
            "the schema refuses its example {example}"
        );
    }
}

#[test]
fn error_codes_toml_names_the_schema() {
    let catalog =
        std::fs::read_to_string(repo_root().join("error-codes.toml")).expect("read the catalog");
    assert_eq!(
        catalog.lines().next(),
        Some("#:schema ./errcat.schema.json")
    );
}

#[test]
fn the_schema_agrees_with_the_checker_on_every_catalog_in_the_repository() {
    let validator = validator();
    let catalogs = catalogs_in_repo();
    let names: Vec<String> = catalogs
        .iter()
        .map(|path| {
            path.strip_prefix(repo_root())
                .expect("inside the repository")
                .display()
                .to_string()
        })
        .collect();
    for expected in [
        "error-codes.toml",
        "test-crates/standalone/errors.toml",
        "runtime/examples/doc-catalog.toml",
        "macros/tests/ui/api.toml",
        "macros/tests/ui/unknown_key.toml",
        "cli/tests/fixtures/diff/base.toml",
    ] {
        assert!(
            names.iter().any(|name| name == expected),
            "{expected} not found: {names:?}"
        );
    }
    let mut valid = 0;
    for (path, name) in catalogs.iter().zip(&names) {
        let file_name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default();
        let bytes = std::fs::read(path).expect("read a catalog");
        let (_, checked) = errcat_codegen::check_bytes(name, &bytes);
        let Some(document) = as_json(path) else {
            assert!(NOT_TOML.contains(&file_name), "{name} is not TOML");
            assert!(
                checked.is_err(),
                "{name} is not TOML, yet the checker accepts it"
            );
            continue;
        };
        // A valid catalog that declares fields is checked against its own
        // schema, as an editor would be pointed at it: in the format's
        // schema an entry has only the built-in keys.
        let declares_fields = document["catalog"].get("fields").is_some();
        let own = (checked.is_ok() && declares_fields).then(|| catalog_validator(path));
        let errors: Vec<String> = own
            .as_ref()
            .unwrap_or(&validator)
            .iter_errors(&document)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        match checked {
            Ok(_) => {
                assert!(
                    errors.is_empty(),
                    "{name} is valid, but the schema says: {errors:?}"
                );
                valid += 1;
            }
            Err(_) if CROSS_ENTRY_ONLY.contains(&file_name) => {
                assert!(errors.is_empty(), "{name}: {errors:?}");
            }
            Err(problems) => assert!(
                !errors.is_empty(),
                "the schema accepts {name}, which the checker refuses: {:?}",
                problems
                    .iter()
                    .map(|problem| &problem.message)
                    .collect::<Vec<_>>()
            ),
        }
    }
    assert!(valid >= 13, "only {valid} valid catalogs found");
}

#[test]
fn the_schema_refuses_what_each_rule_forbids() {
    let validator = validator();
    let entry = serde_json::json!({
        "code": "invalid_request",
        "status": 400,
        "description": "The request is malformed."
    });
    let with = |key: &str, value: Value| {
        let mut entry = entry.clone();
        entry[key] = value;
        serde_json::json!({ "error": [entry] })
    };
    assert!(validator.is_valid(&serde_json::json!({ "error": [entry] })));
    let refused = [
        ("code with a quote", with("code", "a\"b".into())),
        ("code with an edge space", with("code", " a".into())),
        ("empty code", with("code", "".into())),
        ("status 399", with("status", 399.into())),
        ("status 600", with("status", 600.into())),
        ("status as a string", with("status", "400".into())),
        ("blank description", with("description", "   ".into())),
        ("non-ASCII hint", with("hint", "Réessayez.".into())),
        ("backslash in hint", with("hint", "a\\b".into())),
        ("snake_case name", with("name", "invalid_request".into())),
        ("keyword name", with("name", "Self".into())),
        ("reserved name", with("name", "COUNT".into())),
        ("two-line reference", with("reference", "a\nb".into())),
        ("deprecated as a number", with("deprecated", 1.into())),
        ("blank deprecation note", with("deprecated", " ".into())),
        ("blank since", with("since", "".into())),
        ("since as a number", with("since", 1.2.into())),
        ("tags as a string", with("tags", "charge".into())),
        (
            "upper-case tag",
            with("tags", serde_json::json!(["Charge"])),
        ),
        ("empty tag", with("tags", serde_json::json!([""]))),
        ("repeated tag", with("tags", serde_json::json!(["a", "a"]))),
        ("unknown key", with("hnit", "x".into())),
        ("no entries", serde_json::json!({ "error": [] })),
        (
            "no error key",
            serde_json::json!({ "catalog": { "title": "x" } }),
        ),
        (
            "unknown table",
            serde_json::json!({ "errors": [entry.clone()], "error": [entry.clone()] }),
        ),
        (
            "blank title",
            serde_json::json!({ "catalog": { "title": " " }, "error": [entry.clone()] }),
        ),
        ("reserved name DOMAIN", with("name", "DOMAIN".into())),
        (
            "domain with a space",
            serde_json::json!({ "catalog": { "domain": "a b" }, "error": [entry.clone()] }),
        ),
        (
            "empty domain",
            serde_json::json!({ "catalog": { "domain": "" }, "error": [entry.clone()] }),
        ),
    ];
    for (what, document) in refused {
        assert!(
            !validator.is_valid(&document),
            "the schema accepts a {what}"
        );
    }
}

#[test]
fn the_schema_refuses_bad_field_declarations() {
    let validator = validator();
    let entry = json!({
        "code": "invalid_request",
        "status": 400,
        "description": "The request is malformed."
    });
    let with_field = |declaration: Value| json!({ "catalog": { "fields": { "retryable": declaration } }, "error": [entry.clone()] });
    assert!(validator.is_valid(&with_field(json!({ "type": "bool", "default": false }))));
    let refused = [
        (
            "unknown field type",
            with_field(json!({ "type": "boolean" })),
        ),
        (
            "field without a type",
            with_field(json!({ "default": false })),
        ),
        (
            "default beside required",
            with_field(json!({ "type": "bool", "default": false, "required": true })),
        ),
        (
            "values of a bool field",
            with_field(json!({ "type": "bool", "values": ["x"] })),
        ),
        (
            "empty values",
            with_field(json!({ "type": "string", "values": [] })),
        ),
        (
            "a value twice",
            with_field(json!({ "type": "string", "values": ["a", "a"] })),
        ),
        (
            "two-line doc",
            with_field(json!({ "type": "bool", "doc": "a\nb" })),
        ),
        (
            "unknown declaration key",
            with_field(json!({ "type": "bool", "requried": true })),
        ),
        (
            "a field named like a method",
            json!({ "catalog": { "fields": { "clone": { "type": "bool" } } }, "error": [entry.clone()] }),
        ),
        (
            "a field named like a built-in key",
            json!({ "catalog": { "fields": { "hint": { "type": "bool" } } }, "error": [entry.clone()] }),
        ),
        (
            "a field not in snake case",
            json!({ "catalog": { "fields": { "Retry": { "type": "bool" } } }, "error": [entry.clone()] }),
        ),
    ];
    for (what, document) in refused {
        assert!(!validator.is_valid(&document), "the schema accepts {what}");
    }
}
