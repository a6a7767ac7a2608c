//! Declared fields through the CLI: `render` shows them, `schema CATALOG`
//! states them, and `diff` judges their changes.

use serde_json::Value;

use super::{errcat, errcat_run, run, scratch_dir};

const CATALOG: &str = r#"[catalog.fields.retryable]
type = "bool"
default = false
doc = "The client may send the same request again later."

[catalog.fields.grpc]
type = "string"
values = ["UNAUTHENTICATED", "UNAVAILABLE"]
required = true

[catalog.fields.attempts]
type = "integer"

[[error]]
code = "expired"
status = 401
description = "The token expired."
grpc = "UNAUTHENTICATED"

[[error]]
code = "down"
status = 503
description = "Down."
grpc = "UNAVAILABLE"
retryable = true
attempts = 3
"#;

/// Runs errcat in a scratch directory holding `files`.
fn errcat_in(test: &str, files: &[(&str, &str)], args: &[&str]) -> super::Output {
    let dir = scratch_dir(test);
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("write a catalog");
    }
    run(errcat().current_dir(&dir).args(args))
}

#[test]
fn json_has_the_declarations_and_every_entrys_values() {
    let output = errcat_in(
        "fields_json",
        &[("c.toml", CATALOG)],
        &["render", "--format", "json", "c.toml"],
    );
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let page: Value = serde_json::from_str(&output.stdout).expect("JSON");
    assert_eq!(page["format_version"], 1);
    assert_eq!(
        page["fields"][1],
        serde_json::json!({
            "name": "grpc", "type": "string", "default": null, "required": true,
            "values": ["UNAUTHENTICATED", "UNAVAILABLE"], "doc": null
        })
    );
    assert_eq!(
        page["entries"][0]["fields"],
        serde_json::json!({ "retryable": false, "grpc": "UNAUTHENTICATED", "attempts": null })
    );
    assert_eq!(
        page["entries"][1]["fields"],
        serde_json::json!({ "retryable": true, "grpc": "UNAVAILABLE", "attempts": 3 })
    );
}

#[test]
fn markdown_and_html_show_a_column_per_field() {
    let markdown = errcat_in(
        "fields_markdown",
        &[("c.toml", CATALOG)],
        &["render", "c.toml"],
    );
    assert_eq!(markdown.code, Some(0), "{}", markdown.stderr);
    for line in [
        "| Code | Description | Remediation | retryable | grpc | attempts |",
        "| `expired` | The token expired. |  | `false` | `UNAUTHENTICATED` |  |",
        "| `down` | Down. |  | `true` | `UNAVAILABLE` | `3` |",
    ] {
        assert!(
            markdown.stdout.lines().any(|shown| shown == line),
            "{line}\n{}",
            markdown.stdout
        );
    }
    let html = errcat_in(
        "fields_html",
        &[("c.toml", CATALOG)],
        &["render", "--format", "html", "c.toml"],
    );
    assert_eq!(html.code, Some(0), "{}", html.stderr);
    for fragment in [
        "<th scope=\"col\">Remediation</th><th scope=\"col\">retryable</th>\
         <th scope=\"col\">grpc</th><th scope=\"col\">attempts</th></tr>",
        "<td>The token expired.</td><td></td><td><code>false</code></td>\
         <td><code>UNAUTHENTICATED</code></td><td></td></tr>",
    ] {
        assert!(
            html.stdout.contains(fragment),
            "{fragment}\n{}",
            html.stdout
        );
    }
}

#[test]
fn the_schema_of_a_catalog_states_its_fields() {
    let output = errcat_in(
        "fields_schema",
        &[("c.toml", CATALOG)],
        &["schema", "c.toml"],
    );
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let schema: Value = serde_json::from_str(&output.stdout).expect("JSON");
    let entry = &schema["definitions"]["entry"];
    assert_eq!(
        entry["properties"]["grpc"],
        serde_json::json!({
            "type": "string",
            "enum": ["UNAUTHENTICATED", "UNAVAILABLE"],
            "description": "The catalog's `grpc` field. Required."
        })
    );
    assert_eq!(entry["properties"]["retryable"]["type"], "boolean");
    assert_eq!(entry["properties"]["retryable"]["default"], false);
    assert_eq!(entry["properties"]["attempts"]["type"], "integer");
    assert_eq!(
        entry["required"],
        serde_json::json!(["code", "status", "description", "grpc"])
    );
    let validator = jsonschema::draft7::new(&schema).expect("draft-07");
    let document = |grpc: &str| serde_json::json!({ "error": [{ "code": "a", "status": 400, "description": "A.", "grpc": grpc }] });
    assert!(validator.is_valid(&document("UNAVAILABLE")));
    assert!(!validator.is_valid(&document("NOT_FOUND")));

    // The gRPC override takes the canonical code names without `values`.
    let output = errcat_run(&["schema", "docs/samples/grpc.toml"]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let schema: Value = serde_json::from_str(&output.stdout).expect("JSON");
    let names = &schema["definitions"]["entry"]["properties"]["grpc_code"]["enum"];
    assert_eq!(names.as_array().map(Vec::len), Some(16), "{names}");
    let validator = jsonschema::draft7::new(&schema).expect("draft-07");
    let document = |code: &str| serde_json::json!({ "error": [{ "code": "a", "status": 409, "description": "A.", "grpc_code": code }] });
    assert!(validator.is_valid(&document("ALREADY_EXISTS")));
    assert!(!validator.is_valid(&document("OK")));
    assert!(!validator.is_valid(&document("already_exists")));

    // A catalog with problems has no schema: its problems are shown.
    let broken = CATALOG.replace("grpc = \"UNAVAILABLE\"\n", "");
    let output = errcat_in(
        "fields_schema_broken",
        &[("c.toml", &broken)],
        &["schema", "c.toml"],
    );
    assert_eq!(output.code, Some(1));
    assert!(output.stdout.is_empty());
    assert!(output.stderr.contains("has no `grpc`"), "{}", output.stderr);
}

#[test]
fn diff_judges_field_changes() {
    let new = CATALOG
        .replace("[catalog.fields.attempts]\ntype = \"integer\"\n", "")
        .replace("attempts = 3\n", "")
        .replace("retryable = true\n", "")
        + "\n[catalog.fields.team]\ntype = \"string\"\ndefault = \"core\"\n";
    let output = errcat_in(
        "fields_diff",
        &[("old.toml", CATALOG), ("new.toml", &new)],
        &["diff", "old.toml", "new.toml"],
    );
    assert_eq!(output.code, Some(1), "{}", output.stderr);
    let expected = "\
breaking: field `attempts` was removed, and its accessor with it
non-breaking: field `team` was added
non-breaking: variant `Down`: field `retryable` changed
    old: true
    new: false
";
    assert!(output.stdout.starts_with(expected), "{}", output.stdout);

    let reshaped = CATALOG.replace("default = false\n", "");
    let output = errcat_in(
        "fields_diff_reshaped",
        &[("old.toml", CATALOG), ("new.toml", &reshaped)],
        &["diff", "old.toml", "new.toml"],
    );
    assert!(
        output.stdout.starts_with(
            "breaking: field `retryable`: `optional` changed from false to true, and its \
             accessor's return type with it\n"
        ),
        "{}",
        output.stdout
    );

    let required = CATALOG.replace(
        "[catalog.fields.attempts]\ntype = \"integer\"\n",
        "[catalog.fields.attempts]\ntype = \"integer\"\n\n[catalog.fields.zone]\ntype = \"string\"\nrequired = true\n",
    )
    .replace("grpc = \"UNAUTHENTICATED\"\n", "grpc = \"UNAUTHENTICATED\"\nzone = \"eu\"\n")
    .replace("grpc = \"UNAVAILABLE\"\n", "grpc = \"UNAVAILABLE\"\nzone = \"eu\"\n");
    let output = errcat_in(
        "fields_diff_required",
        &[("old.toml", CATALOG), ("new.toml", &required)],
        &["diff", "old.toml", "new.toml", "--format", "json"],
    );
    let report: Value = serde_json::from_str(&output.stdout).expect("JSON");
    assert_eq!(report["breaking"], true);
    assert_eq!(report["changes"][0]["kind"], "field_added");
    assert_eq!(
        report["changes"][0]["new"],
        serde_json::json!({ "field": "zone", "type": "string", "required": true })
    );
}
