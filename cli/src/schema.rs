//! `errcat schema`: the JSON Schema (draft-07, as taplo and Even Better TOML
//! read it) of the catalog format, so editors complete keys, show their
//! docs and flag mistakes as you type.
//!
//! The schema states every rule of one value that errcat checks: the keys,
//! their types, the status range, the RFC 6749 NQSCHAR characters of wire
//! text, the form of variant names. Rules across entries (duplicate names
//! or `(code, status)` pairs, shared codes without names) are beyond a
//! schema; `errcat check` and the macro apply them.

use serde_json::{Value, json};

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
        "properties": {
            "title": {
                "description": "The catalog's title, shown in the enum's rustdoc and as the reference page's title. One line of text, not blank.",
                "type": "string",
                "pattern": one_line_pattern(),
                "examples": ["Unstoppable Login error codes", "Payments API errors"]
            }
        },
        "examples": [{ "title": "Payments API errors" }]
    })
}

/// One `[[error]]` entry.
fn entry() -> Value {
    json!({
        "description": "One error code. `code`, `status` and `description` are required.",
        "type": "object",
        "additionalProperties": false,
        "required": ["code", "status", "description"],
        "properties": {
            "code": {
                "description": "The wire code: the OAuth 2.0 `error` value clients compare exactly. RFC 6749 NQSCHAR only (printable ASCII except `\"` and `\\`), not empty, no space at either end. A code may appear in several entries with different statuses; such entries need a `name`.",
                "type": "string",
                "pattern": format!("^[{NQSCHAR_NOT_SPACE}]([{NQSCHAR}]*[{NQSCHAR_NOT_SPACE}])?$"),
                "examples": ["invalid_request", "invalid_grant", "rate_limited"]
            },
            "status": {
                "description": "The HTTP status: a client error (4xx) or a server error (5xx).",
                "type": "integer",
                "minimum": 400,
                "maximum": 599,
                "examples": [400, 401, 503]
            },
            "description": {
                "description": "What went wrong, in a sentence: the OAuth 2.0 `error_description`. RFC 6749 NQSCHAR only (printable ASCII except `\"` and `\\`), not blank.",
                "type": "string",
                "pattern": wire_text_pattern(),
                "examples": ["The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed."]
            },
            "hint": {
                "description": "What a client developer should do about it. Optional. RFC 6749 NQSCHAR only (printable ASCII except `\"` and `\\`), not blank.",
                "type": "string",
                "pattern": wire_text_pattern(),
                "examples": ["Ensure the various parameters are correct, be aware of case sensitivity, and trim the parameters."]
            },
            "name": {
                "description": "The Rust variant name. Optional: it defaults to the UpperCamelCase form of `code` (`invalid_request` becomes `InvalidRequest`), and is required when several entries share a code. An UpperCamelCase identifier of ASCII letters and digits; not `Self`, and not `ALL` or `COUNT`, the enum's own items.",
                "type": "string",
                "pattern": "^[A-Z][A-Za-z0-9]*$",
                "not": { "enum": ["Self", "ALL", "COUNT"] },
                "examples": ["InvalidRequest", "TokenExpired"]
            },
            "reference": {
                "description": "Where the code is specified. Optional. `RFC 6749 section 5.2`, `OpenID Connect Core 1.0 ...` and URLs become links in rustdoc and on the reference page. One line of text, not blank.",
                "type": "string",
                "pattern": one_line_pattern(),
                "examples": ["RFC 6749 section 5.2", "OpenID Connect Core 1.0 section 3.1.2.6", "https://example.com/docs/errors#card_declined"]
            }
        },
        "examples": [{
            "code": "invalid_token",
            "status": 401,
            "name": "TokenExpired",
            "description": "The token expired.",
            "hint": "Obtain a new access token.",
            "reference": "RFC 6750 section 3.1"
        }]
    })
}

/// Wire text: NQSCHAR only, and at least one character that is not a space.
fn wire_text_pattern() -> String {
    format!("^[{NQSCHAR}]*[{NQSCHAR_NOT_SPACE}][{NQSCHAR}]*$")
}

/// One line of text: no control character, and not only whitespace.
fn one_line_pattern() -> String {
    format!(r"^[^{CONTROL}]*[^\s{CONTROL}][^{CONTROL}]*$")
}
