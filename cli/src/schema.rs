//! `errcat schema`: the JSON Schema (draft-07, as taplo and Even Better TOML
//! read it) of the catalog format, so editors complete keys, show their
//! docs and flag mistakes as you type.
//!
//! The schema states every rule of one value that errcat checks: the keys,
//! their types, the status range, the characters of wire text under each
//! `text` rule (an `if` on `[catalog] text`), the form of variant names. Rules across entries (duplicate names
//! or `(code, status)` pairs, shared codes without names) are beyond a
//! schema; `errcat check` and the macro apply them.

use errcat_codegen::keys::{self, Key, KeyType, Presence, Rule};
use errcat_core::limits::MAX_ERROR_DESCRIPTION_LEN;
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
    let unicode_title: Map<String, Value> = keys::CATALOG
        .iter()
        .filter(|key| key.rule == Rule::Heading)
        .map(|key| {
            (
                key.name.to_owned(),
                json!({ "pattern": unicode_text_pattern() }),
            )
        })
        .collect();
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "errcat error catalog",
        "description": format!(
            "A catalog of error codes: the single source of truth from which \
             `errcat::catalog!` generates a Rust enum and `errcat render` a reference page. An \
             optional `[{}]` table, then one `[[{}]]` table per code, in the order they are \
             listed. `errcat check` also applies the rules across entries that a schema cannot \
             state: no two entries share a variant name or a `(code, status)` pair, and entries \
             that share a code have explicit names.",
            keys::CATALOG_TABLE,
            keys::ENTRIES
        ),
        "type": "object",
        "additionalProperties": false,
        "required": [keys::ENTRIES],
        "properties": {
            (keys::CATALOG_TABLE): catalog(),
            (keys::ENTRIES): {
                "description": format!(
                    "The error codes, one `[[{}]]` table each, in the order the enum and the \
                     reference page list them. At least one.",
                    keys::ENTRIES
                ),
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
            "required": [keys::CATALOG_TABLE],
            "properties": {
                (keys::CATALOG_TABLE): {
                    "required": [keys::TEXT.name],
                    "properties": { (keys::TEXT.name): { "const": keys::UNICODE.name } }
                }
            }
        },
        "then": {
            "properties": { (keys::CATALOG_TABLE): { "properties": unicode_title } }
        },
        "else": {
            "properties": { (keys::ENTRIES): { "items": { "$ref": "#/definitions/oauth_text" } } }
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
        "description": format!(
            "A field every entry gets: its accessor on the enum, its column on the reference \
             page. `{}` is required.",
            keys::FIELD_TYPE
        ),
        "type": "object",
        "additionalProperties": false,
        "required": required(keys::FIELD),
        "properties": properties(keys::FIELD),
        // A default is never used beside `required = true`, and only
        // string fields list values.
        "allOf": [
            {
                "if": {
                    "required": [keys::FIELD_REQUIRED.name],
                    "properties": { (keys::FIELD_REQUIRED.name): { "const": true } }
                },
                "then": { "not": { "required": [keys::FIELD_DEFAULT.name] } }
            },
            {
                "if": { "properties": { (keys::FIELD_TYPE.name): { "enum": ["bool", "integer"] } } },
                "then": { "not": { "required": [keys::FIELD_VALUES.name] } }
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
    let wire_text: Map<String, Value> = keys::ENTRY
        .iter()
        .filter(|key| key.rule == Rule::WireText)
        .map(|key| {
            (
                key.name.to_owned(),
                json!({ "pattern": wire_text_pattern() }),
            )
        })
        .collect();
    json!({
        "description": format!(
            "The entry's text under `{} = \"{}\"`, the default.",
            keys::TEXT,
            keys::OAUTH.name
        ),
        "properties": wire_text
    })
}

/// One `[[error]]` entry.
fn entry() -> Value {
    let required = required(keys::ENTRY);
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

/// The names of the required keys among `keys`.
fn required(keys: &[Key]) -> Vec<&'static str> {
    keys.iter()
        .filter(|key| key.presence == Presence::Required)
        .map(|key| key.name)
        .collect()
}

/// The properties of a table whose keys are `keys`: each key's doc line,
/// type, rule and examples, all from its definition.
fn properties(keys: &[Key]) -> Map<String, Value> {
    keys.iter()
        .map(|key| {
            let optional = match key.presence {
                Presence::Required => "",
                Presence::Optional => " Optional.",
            };
            let mut property = Map::new();
            property.insert(
                "description".to_owned(),
                json!(format!("{}{optional} {}", key.doc, key.rule.sentence()).trim_end()),
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
            if let Value::Object(constraints) = constraints(key.rule) {
                property.extend(constraints);
            }
            property.insert("examples".to_owned(), examples(key));
            (key.name.to_owned(), Value::Object(property))
        })
        .collect()
}

/// A key's examples, which its definition writes as a JSON array.
fn examples(key: &Key) -> Value {
    // The definitions are errcat's own constants: the schema test
    // (`the_schema_is_draft_07_and_documents_every_key`) fails on a key
    // whose examples do not parse, since it then has none.
    serde_json::from_str(key.schema_examples).unwrap_or_else(|_| json!([]))
}

/// The JSON Schema keywords that state `rule`.
fn constraints(rule: Rule) -> Value {
    match rule {
        Rule::OneLine | Rule::Heading | Rule::Deprecation => {
            json!({ "pattern": one_line_pattern() })
        }
        Rule::Token => json!({ "pattern": format!(r"^[^\s{CONTROL}]+$") }),
        Rule::OneOf(choices) => {
            json!({ "enum": choices.iter().map(|choice| choice.name).collect::<Vec<_>>() })
        }
        Rule::WireText => json!({
            "pattern": unicode_text_pattern(),
            // In characters: a text of more cannot fit in as many bytes.
            "maxLength": MAX_ERROR_DESCRIPTION_LEN
        }),
        Rule::Code => json!({
            "pattern": format!("^[{NQSCHAR_NOT_SPACE}]([{NQSCHAR}]*[{NQSCHAR_NOT_SPACE}])?$")
        }),
        Rule::Status => json!({
            "minimum": keys::STATUS_RANGE.start(),
            "maximum": keys::STATUS_RANGE.end()
        }),
        Rule::VariantName => json!({
            "pattern": "^[A-Z][A-Za-z0-9]*$",
            "not": { "enum": ["Self", "ALL", "COUNT", "DOMAIN"] }
        }),
        Rule::Tags => json!({
            "uniqueItems": true,
            "items": { "type": "string", "pattern": "^[a-z0-9_-]+$" }
        }),
        Rule::Values => json!({
            "minItems": 1,
            "uniqueItems": true,
            "items": { "type": "string", "pattern": one_line_pattern() }
        }),
        Rule::Declarations => json!({
            "propertyNames": {
                "pattern": "^[a-z][a-z0-9]*(_[a-z0-9]+)*$",
                "not": { "enum": declared::unusable_field_names() }
            },
            "additionalProperties": { "$ref": "#/definitions/field" }
        }),
        Rule::Flag | Rule::Declared => json!({}),
    }
}

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
