//! `errcat schema`: the JSON Schema (draft-07, as taplo and Even Better TOML
//! read it) of the catalog format, so editors complete keys, show their
//! docs and flag mistakes as you type.
//!
//! The schema states every rule of one value that errcat checks: the keys,
//! their types, the status range, the characters of wire text under each
//! `text` rule (an `if` on `[catalog] text`), the form of variant names. Rules across entries (duplicate names
//! or `(code, status)` pairs, shared codes without names) are beyond a
//! schema; `errcat check` and the macro apply them.

use errcat_codegen::keys::{self, Key, KeyType, Presence};
use serde_json::{Map, Value, json};

use crate::args::SchemaArgs;
use crate::outcome::{Fatal, Outcome};
use crate::{input, output, report};

mod declared;

/// RFC 6749 NQSCHAR (`%x20-21 / %x23-5B / %x5D-7E`): printable ASCII except
/// `"` and `\`, as a regular expression character class body.
const NQSCHAR: &str = r"\x20-\x21\x23-\x5B\x5D-\x7E";
/// NQSCHAR without the space.
const NQSCHAR_NOT_SPACE: &str = r"\x21\x23-\x5B\x5D-\x7E";
/// Unicode control characters, which one-line text may not hold.
const CONTROL: &str = r"\x00-\x1F\x7F-\x9F";
/// The bidirectional formatting characters, which `text = "unicode"`
/// refuses.
const BIDI: &str = r"\u202A-\u202E\u2066-\u2069";

/// Prints the schema, writes it to `-o OUT`, or checks OUT is current.
///
/// # Errors
///
/// OUT cannot be read or written.
pub(crate) fn run(args: &SchemaArgs, color: bool) -> Result<Outcome, Fatal> {
    let catalog_arg = args
        .file
        .as_ref()
        .map(|path| format!(" {}", path.display()))
        .unwrap_or_default();
    let regenerate = match &args.output.output {
        Some(path) => format!("errcat schema{catalog_arg} -o {}", path.display()),
        None => format!("errcat schema{catalog_arg}"),
    };
    let Some(path) = &args.file else {
        return output::deliver(&text(), &args.output, &regenerate, color);
    };
    let checked = input::read_catalog(path)?;
    match &checked.result {
        Ok(catalog) => {
            let mut schema = schema();
            declared::add(&mut schema, catalog);
            output::deliver(
                &output::json_text(&schema),
                &args.output,
                &regenerate,
                color,
            )
        }
        Err(problems) => {
            eprint!("{}", report::human(problems, &checked.source, color));
            Ok(Outcome::Failure)
        }
    }
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
        "definitions": { "entry": entry(), "field": field(), "oauth_text": oauth_text() },
        // Unless the catalog says `text = "unicode"`, descriptions and
        // hints are NQSCHAR; with it, the title holds no bidirectional
        // formatting character either.
        "if": {
            "required": ["catalog"],
            "properties": {
                "catalog": { "required": ["text"], "properties": { "text": { "const": "unicode" } } }
            }
        },
        "then": {
            "properties": { "catalog": { "properties": { "title": { "pattern": unicode_text_pattern() } } } }
        },
        "else": {
            "properties": { "error": { "items": { "$ref": "#/definitions/oauth_text" } } }
        },
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

/// One `[catalog.fields.NAME]` declaration.
fn field() -> Value {
    json!({
        "description": "A field every entry gets: its accessor on the enum, its column on the reference page. `type` is required.",
        "type": "object",
        "additionalProperties": false,
        "required": ["type"],
        "properties": properties(keys::FIELD),
        // A default is never used beside `required = true`, and only
        // string fields list values.
        "allOf": [
            {
                "if": { "required": ["required"], "properties": { "required": { "const": true } } },
                "then": { "not": { "required": ["default"] } }
            },
            {
                "if": { "properties": { "type": { "enum": ["bool", "integer"] } } },
                "then": { "not": { "required": ["values"] } }
            }
        ],
        "examples": [
            { "type": "bool", "default": false, "doc": "The client may send the same request again later." },
            { "type": "string", "values": ["INVALID_ARGUMENT", "NOT_FOUND"], "required": true }
        ]
    })
}

/// What `text = "oauth"`, the default, adds to an entry: NQSCHAR
/// descriptions and hints.
fn oauth_text() -> Value {
    json!({
        "description": "The entry's text under `text = \"oauth\"`, the default.",
        "properties": {
            "description": { "pattern": wire_text_pattern() },
            "hint": { "pattern": wire_text_pattern() }
        }
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
                KeyType::Status | KeyType::Integer => json!("integer"),
                KeyType::BoolOrString => json!(["boolean", "string"]),
                KeyType::Strings => json!("array"),
                KeyType::Bool => json!("boolean"),
                KeyType::Declarations => json!("object"),
                KeyType::Declared => json!(["boolean", "integer", "string", "array"]),
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
    if let Some(rules) = declared::key_rules(name) {
        return rules;
    }
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
        "domain" => rules(
            "One token: not empty, no whitespace or control characters.",
            json!({ "pattern": format!(r"^[^\s{CONTROL}]+$") }),
            json!(["payments.example.com", "login.example.org"]),
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
        "text" => rules(
            "",
            json!({ "enum": ["oauth", "unicode"] }),
            json!(["oauth", "unicode"]),
        ),
        "description" => rules(
            TEXT_RULES,
            json!({ "pattern": unicode_text_pattern() }),
            json!([
                "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed."
            ]),
        ),
        "hint" => rules(
            TEXT_RULES,
            json!({ "pattern": unicode_text_pattern() }),
            json!([
                "Ensure the various parameters are correct, be aware of case sensitivity, and trim the parameters."
            ]),
        ),
        "name" => rules(
            "Required when several entries share a code. An UpperCamelCase identifier of ASCII letters and digits; not `Self`, and not `ALL`, `COUNT` or `DOMAIN`, the enum's own items.",
            json!({ "pattern": "^[A-Z][A-Za-z0-9]*$", "not": { "enum": ["Self", "ALL", "COUNT", "DOMAIN"] } }),
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

/// The rules on a description or a hint, in words.
const TEXT_RULES: &str = "Not blank. Under `text = \"oauth\"` (the default) RFC 6749 NQSCHAR only \
     (printable ASCII except `\"` and `\\`); under `text = \"unicode\"` any character but control \
     and bidirectional formatting characters.";

/// Text under `text = "unicode"`: no control or bidirectional formatting
/// character, and not only whitespace.
fn unicode_text_pattern() -> String {
    format!(r"^[^{CONTROL}{BIDI}]*[^\s{CONTROL}{BIDI}][^{CONTROL}{BIDI}]*$")
}

/// Wire text: NQSCHAR only, and at least one character that is not a space.
fn wire_text_pattern() -> String {
    format!("^[{NQSCHAR}]*[{NQSCHAR_NOT_SPACE}][{NQSCHAR}]*$")
}

/// One line of text: no control character, and not only whitespace.
pub(crate) fn one_line_pattern() -> String {
    format!(r"^[^{CONTROL}]*[^\s{CONTROL}][^{CONTROL}]*$")
}
