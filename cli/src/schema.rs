//! `errcat schema`: the JSON Schema (draft-07, as taplo and Even Better TOML
//! read it) of the catalog format, so editors complete keys, show their
//! docs and flag mistakes as you type.
//!
//! The schema states every rule of one value that errcat checks: the keys,
//! their types, the status range, the RFC 6749 NQSCHAR characters of wire
//! text, the form of variant names. Rules across entries (duplicate names
//! or `(code, status)` pairs, shared codes without names) are beyond a
//! schema; `errcat check` and the macro apply them.

use errcat_codegen::keys::{self, Key, KeyType, Presence};
use serde_json::{Map, Value, json};

use crate::args::SchemaArgs;
use crate::outcome::{Fatal, Outcome};
use crate::output;

/// RFC 6749 NQSCHAR (`%x20-21 / %x23-5B / %x5D-7E`): printable ASCII except
/// `"` and `\`, as a regular expression character class body.
const NQSCHAR: &str = r"\x20-\x21\x23-\x5B\x5D-\x7E";
/// NQSCHAR without the space.
const NQSCHAR_NOT_SPACE: &str = r"\x21\x23-\x5B\x5D-\x7E";
/// Unicode control characters, which one-line text may not hold.
const CONTROL: &str = r"\x00-\x1F\x7F-\x9F";

/// Prints the schema, writes it to `-o OUT`, or checks OUT is current.
///
/// # Errors
///
/// OUT cannot be read or written.
pub(crate) fn run(args: &SchemaArgs, color: bool) -> Result<Outcome, Fatal> {
    let regenerate = match &args.output.output {
        Some(path) => format!("errcat schema -o {}", path.display()),
        None => "errcat schema".to_owned(),
    };
    output::deliver(&text(), &args.output, &regenerate, color)
}

/// The schema as the command prints it: pretty-printed JSON with a final
/// newline, the same bytes on every run.
pub(crate) fn text() -> String {
    output::json_text(&schema())
}

/// The schema of a catalog file.
fn schema() -> Value {
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "errcat error catalog",
        "description": "A catalog of error codes: the single source of truth from which `errcat::catalog!` generates a Rust enum and `errcat render` a reference page. An optional `[catalog]` table, then one `[[error]]` table per code, in the order they are listed. `errcat check` also applies the rules across entries that a schema cannot state: no two entries share a variant name or a `(code, status)` pair, and entries that share a code have explicit names.",
        "type": "object",
        "additionalProperties": false,
        "required": ["error"],
        "properties": {
            "catalog": catalog(),
            "error": {
                "description": "The error codes, one `[[error]]` table each, in the order the enum and the reference page list them. At least one.",
                "type": "array",
                "minItems": 1,
                "items": { "$ref": "#/definitions/entry" },
                "examples": [[{
                    "code": "invalid_request",
                    "status": 400,
                    "description": "The request is missing a required parameter.",
                    "hint": "Check the request parameters.",
                    "reference": "RFC 6749 section 5.2"
                }]]
            }
        },
        "definitions": { "entry": entry() },
        "examples": [{
            "catalog": { "title": "Payments API errors" },
            "error": [
                {
                    "code": "card_declined",
                    "status": 402,
                    "description": "The card was declined.",
                    "hint": "Ask the customer for another payment method."
                },
                { "code": "rate_limited", "status": 429, "description": "Too many requests." }
            ]
        }]
    })
}

/// `[catalog]`.
fn catalog() -> Value {
    json!({
        "description": "Metadata of the catalog. Optional.",
        "type": "object",
        "additionalProperties": false,
        "properties": properties(keys::CATALOG),
        "examples": [{ "title": "Payments API errors" }]
    })
}

/// One `[[error]]` entry.
fn entry() -> Value {
    let required: Vec<&str> = keys::ENTRY
        .iter()
        .filter(|key| key.presence == Presence::Required)
        .map(|key| key.name)
        .collect();
    json!({
        "description": format!("One error code. {} are required.", keys::quoted_list(&required)),
        "type": "object",
        "additionalProperties": false,
        "required": required,
        "properties": properties(keys::ENTRY),
        "examples": [{
            "code": "invalid_token",
            "status": 401,
            "name": "TokenExpired",
            "description": "The token expired.",
            "hint": "Obtain a new access token.",
            "reference": "RFC 6750 section 3.1",
            "since": "1.2",
            "tags": ["token"]
        }]
    })
}

/// The properties of a table whose keys are `keys`: each key's doc line
/// and type from the descriptor table, then the rules errcat checks on
/// its value.
fn properties(keys: &[Key]) -> Map<String, Value> {
    keys.iter()
        .map(|key| {
            let rules = value_rules(key.name);
            let optional = match key.presence {
                Presence::Required => "",
                Presence::Optional => " Optional.",
            };
            let mut property = Map::new();
            property.insert(
                "description".to_owned(),
                json!(format!("{}{optional} {}", key.doc, rules.sentence).trim_end()),
            );
            let ty = match key.ty {
                KeyType::String => json!("string"),
                KeyType::Status => json!("integer"),
                KeyType::BoolOrString => json!(["boolean", "string"]),
                KeyType::Strings => json!("array"),
            };
            property.insert("type".to_owned(), ty);
            if let Value::Object(constraints) = rules.constraints {
                property.extend(constraints);
            }
            property.insert("examples".to_owned(), rules.examples);
            (key.name.to_owned(), Value::Object(property))
        })
        .collect()
}

/// What the schema says about one key's values beyond their type.
struct ValueRules {
    /// The rules in words, after the key's doc line.
    sentence: &'static str,
    /// JSON Schema keywords stating them.
    constraints: Value,
    examples: Value,
}

/// The rules errcat checks on a value of the key `name`.
fn value_rules(name: &str) -> ValueRules {
    let rules = |sentence, constraints, examples| ValueRules {
        sentence,
        constraints,
        examples,
    };
    match name {
        "title" => rules(
            "One line of text, not blank.",
            json!({ "pattern": one_line_pattern() }),
            json!(["Unstoppable Login error codes", "Payments API errors"]),
        ),
        "code" => rules(
            "RFC 6749 NQSCHAR only (printable ASCII except `\"` and `\\`), not empty, no space at either end. A code may appear in several entries with different statuses; such entries need a `name`.",
            json!({ "pattern": format!("^[{NQSCHAR_NOT_SPACE}]([{NQSCHAR}]*[{NQSCHAR_NOT_SPACE}])?$") }),
            json!(["invalid_request", "invalid_grant", "rate_limited"]),
        ),
        "status" => rules(
            "A client error (4xx) or a server error (5xx).",
            json!({ "minimum": 400, "maximum": 599 }),
            json!([400, 401, 503]),
        ),
        "description" => rules(
            "RFC 6749 NQSCHAR only (printable ASCII except `\"` and `\\`), not blank.",
            json!({ "pattern": wire_text_pattern() }),
            json!([
                "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed."
            ]),
        ),
        "hint" => rules(
            "RFC 6749 NQSCHAR only (printable ASCII except `\"` and `\\`), not blank.",
            json!({ "pattern": wire_text_pattern() }),
            json!([
                "Ensure the various parameters are correct, be aware of case sensitivity, and trim the parameters."
            ]),
        ),
        "name" => rules(
            "Required when several entries share a code. An UpperCamelCase identifier of ASCII letters and digits; not `Self`, and not `ALL` or `COUNT`, the enum's own items.",
            json!({ "pattern": "^[A-Z][A-Za-z0-9]*$", "not": { "enum": ["Self", "ALL", "COUNT"] } }),
            json!(["InvalidRequest", "TokenExpired"]),
        ),
        "reference" => rules(
            "One line of text, not blank.",
            json!({ "pattern": one_line_pattern() }),
            json!([
                "RFC 6749 section 5.2",
                "OpenID Connect Core 1.0 section 3.1.2.6",
                "https://example.com/docs/errors#card_declined"
            ]),
        ),
        "deprecated" => rules(
            "A note is one line of text, not blank.",
            json!({ "pattern": one_line_pattern() }),
            json!([true, "use invalid_token"]),
        ),
        "since" => rules(
            "One line of text, not blank.",
            json!({ "pattern": one_line_pattern() }),
            json!(["1.2", "2024-06"]),
        ),
        "tags" => rules(
            "",
            json!({
                "uniqueItems": true,
                "items": { "type": "string", "pattern": "^[a-z0-9_-]+$" }
            }),
            json!([["charge"], ["token", "refresh"]]),
        ),
        _ => rules("", json!({}), json!([])),
    }
}

/// Wire text: NQSCHAR only, and at least one character that is not a space.
fn wire_text_pattern() -> String {
    format!("^[{NQSCHAR}]*[{NQSCHAR_NOT_SPACE}][{NQSCHAR}]*$")
}

/// One line of text: no control character, and not only whitespace.
fn one_line_pattern() -> String {
    format!(r"^[^{CONTROL}]*[^\s{CONTROL}][^{CONTROL}]*$")
}
