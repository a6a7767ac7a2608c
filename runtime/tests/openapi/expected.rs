//! What the OpenAPI integrations must describe, derived from errcat's
//! public API rather than from the builders: the body of each example is
//! the body [`Error::http_response`] really sends, and the schema is
//! written out here member by member.

use std::collections::BTreeMap;

use errcat::{BodyFormat, Error, ErrorCode, ResponseOptions};
use serde_json::{Value, json};

errcat::catalog! {
    /// Every code of the OpenAPI tests' catalog.
    pub(crate) enum TestError = "tests/fixtures/openapi-catalog.toml";

    /// The codes tagged "token": statuses 400, 401 and 500.
    pub(crate) enum TokenError = "tests/fixtures/openapi-catalog.toml" where tag = "token";
}

/// The wire codes of `C`, each once, in file order.
pub(crate) fn codes<C: ErrorCode>() -> Vec<&'static str> {
    let mut codes = Vec::new();
    for code in C::ALL {
        if !codes.contains(&code.code()) {
            codes.push(code.code());
        }
    }
    codes
}

/// The body schema errcat's documents must give for `C` in `format`.
pub(crate) fn body_schema<C: ErrorCode>(format: BodyFormat) -> Value {
    let error = json!({ "type": "string", "enum": codes::<C>() });
    match format {
        BodyFormat::OAuth => json!({
            "type": "object",
            "required": ["error"],
            "properties": {
                "error": error,
                "error_description": { "type": "string" },
                "error_uri": { "type": "string", "format": "uri-reference" },
                "state": { "type": "string" },
            },
        }),
        BodyFormat::Problem => json!({
            "type": "object",
            "required": ["type", "title", "status", "error"],
            "properties": {
                "type": { "type": "string", "format": "uri-reference" },
                "title": { "type": "string" },
                "status": { "type": "integer", "minimum": 400, "maximum": 599 },
                "detail": { "type": "string" },
                "error": error,
            },
        }),
    }
}

/// The body errcat sends for `code` in `format` with otherwise default
/// options, as JSON.
pub(crate) fn real_body<C: ErrorCode>(code: C, format: BodyFormat) -> Value {
    let options = ResponseOptions {
        format,
        ..ResponseOptions::default()
    };
    let response = Error::from(code).http_response(&options);
    serde_json::from_str(response.body()).expect("errcat sends JSON")
}

/// The named examples of the response at `status`: one per code, the real
/// body, summarised by the code's description.
pub(crate) fn examples<C: ErrorCode>(status: u16, format: BodyFormat) -> Value {
    let mut examples = serde_json::Map::new();
    for &code in C::with_status(status) {
        examples.entry(code.code()).or_insert_with(
            || json!({ "summary": code.description(), "value": real_body(code, format) }),
        );
    }
    Value::Object(examples)
}

/// The statuses of `C`'s codes, ascending, each once.
pub(crate) fn statuses<C: ErrorCode>() -> Vec<u16> {
    let mut statuses: Vec<u16> = C::ALL.iter().map(|code| code.status()).collect();
    statuses.sort_unstable();
    statuses.dedup();
    statuses
}

/// Checks one error response, serialized: its description, its only
/// content type, schema and examples, and the `WWW-Authenticate` header of
/// a 401 (and no header otherwise).
pub(crate) fn check_response<C: ErrorCode>(status: u16, response: &Value, format: BodyFormat) {
    let reason = errcat::reason_phrase(status).expect("a registered status");
    assert_eq!(response["description"], reason, "{status}");
    let content_type = match format {
        BodyFormat::OAuth => "application/json",
        BodyFormat::Problem => "application/problem+json",
    };
    let content = response["content"].as_object().expect("content");
    assert_eq!(
        content.keys().collect::<Vec<_>>(),
        [content_type],
        "{status}"
    );
    let media_type = &content[content_type];
    assert_eq!(media_type["schema"], body_schema::<C>(format), "{status}");
    assert_eq!(
        media_type["examples"],
        examples::<C>(status, format),
        "{status}"
    );
    let headers = response.get("headers").and_then(Value::as_object);
    let header_names: Vec<&String> = headers
        .map(|headers| headers.keys().collect())
        .unwrap_or_default();
    if status == 401 {
        assert_eq!(header_names, ["WWW-Authenticate"]);
        let header = &headers.expect("headers")["WWW-Authenticate"];
        assert_eq!(header["schema"], json!({ "type": "string" }));
    } else {
        assert!(header_names.is_empty(), "{status}: {header_names:?}");
    }
}

/// Checks a whole set of error responses, keyed by status: exactly `C`'s
/// statuses, each as [`check_response`] says.
pub(crate) fn check_responses<C: ErrorCode>(responses: &BTreeMap<u16, Value>, format: BodyFormat) {
    assert_eq!(
        responses.keys().copied().collect::<Vec<_>>(),
        statuses::<C>()
    );
    for (status, response) in responses {
        check_response::<C>(*status, response, format);
    }
}
