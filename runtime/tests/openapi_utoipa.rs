//! utoipa's view of errcat's errors (feature `utoipa`):
//! `cargo test -p errcat --features utoipa --test openapi_utoipa`.
//! Every response is checked against the body errcat really sends
//! (`openapi/expected.rs`), for the full enum, a subset, `Error<C>` and
//! `Problem<C>`, and through utoipa's own `#[utoipa::path]` and
//! `#[derive(OpenApi)]`.

#[path = "openapi/expected.rs"]
mod expected;

use std::collections::BTreeMap;

use errcat::openapi::Problem;
use errcat::{BodyFormat, Error};
use expected::{TestError, TokenError};
use serde_json::{Value, json};
use utoipa::{IntoResponses, OpenApi, PartialSchema, ToSchema};

/// `R`'s responses, serialized, keyed by status.
fn responses<R: IntoResponses>() -> BTreeMap<u16, Value> {
    R::responses()
        .into_iter()
        .map(|(status, response)| {
            let status = status.parse().expect("a numeric status");
            (status, serde_json::to_value(response).expect("serialize"))
        })
        .collect()
}

fn example_names(response: &Value, content_type: &str) -> Vec<String> {
    response["content"][content_type]["examples"]
        .as_object()
        .expect("examples")
        .keys()
        .cloned()
        .collect()
}

#[test]
fn a_subset_documents_exactly_its_statuses_with_one_example_per_code() {
    let responses = responses::<TokenError>();
    expected::check_responses::<TokenError>(&responses, BodyFormat::OAuth);
    assert_eq!(
        responses.keys().copied().collect::<Vec<_>>(),
        [400, 401, 500]
    );
    assert_eq!(
        example_names(&responses[&400], "application/json"),
        ["invalid_grant", "invalid_request"]
    );
    assert_eq!(
        responses[&400]["content"]["application/json"]["examples"]["invalid_grant"],
        json!({
            "summary": "The authorization grant is invalid, expired or revoked.",
            "value": {
                "error": "invalid_grant",
                "error_description": "The authorization grant is invalid, expired or revoked. Run the authorization flow again.",
            },
        })
    );
    assert_eq!(
        responses[&400]["content"]["application/json"]["schema"]["properties"]["error"]["enum"],
        json!([
            "invalid_request",
            "invalid_grant",
            "invalid_client",
            "server_error"
        ])
    );
}

#[test]
fn the_full_enum_keeps_a_code_at_each_of_its_statuses() {
    let responses = responses::<TestError>();
    expected::check_responses::<TestError>(&responses, BodyFormat::OAuth);
    assert_eq!(
        example_names(&responses[&400], "application/json"),
        ["invalid_grant", "invalid_request", "invalid_token"]
    );
    assert_eq!(
        example_names(&responses[&401], "application/json"),
        ["invalid_client", "invalid_token"]
    );
    // invalid_token at 401 is TokenExpired, not the 400 entry's body.
    assert_eq!(
        responses[&401]["content"]["application/json"]["examples"]["invalid_token"]["value"]["error_description"],
        "The token expired. Obtain a new access token."
    );
    assert_eq!(
        responses[&400]["content"]["application/json"]["schema"]["properties"]["error"]["enum"],
        json!([
            "invalid_request",
            "invalid_grant",
            "invalid_token",
            "invalid_client",
            "not_found",
            "server_error"
        ])
    );
}

#[test]
fn an_error_documents_what_its_enum_documents() {
    assert_eq!(responses::<Error<TokenError>>(), responses::<TokenError>());
    assert_eq!(responses::<Error<TestError>>(), responses::<TestError>());
}

#[test]
fn a_problem_documents_problem_json() {
    let responses = responses::<Problem<TestError>>();
    expected::check_responses::<TestError>(&responses, BodyFormat::Problem);
    assert_eq!(
        responses[&404]["content"]["application/problem+json"]["examples"]["not_found"]["value"],
        json!({
            "type": "about:blank",
            "title": "Not Found",
            "status": 404,
            "detail": "Could not find the requested resource.",
            "error": "not_found",
        })
    );
}

#[test]
fn schemas_are_the_code_enum_and_the_bodies() {
    assert_eq!(TokenError::name(), "TokenError");
    assert_eq!(
        serde_json::to_value(TokenError::schema()).expect("serialize"),
        json!({ "type": "string", "enum": ["invalid_request", "invalid_grant", "invalid_client", "server_error"] })
    );
    assert_eq!(
        serde_json::to_value(TestError::schema()).expect("serialize")["enum"],
        json!(expected::codes::<TestError>())
    );
    assert_eq!(<Error<TokenError>>::name(), "TokenErrorBody");
    assert_eq!(
        serde_json::to_value(<Error<TokenError>>::schema()).expect("serialize"),
        expected::body_schema::<TokenError>(BodyFormat::OAuth)
    );
    assert_eq!(<Problem<TokenError>>::name(), "TokenErrorProblem");
    assert_eq!(
        serde_json::to_value(<Problem<TokenError>>::schema()).expect("serialize"),
        expected::body_schema::<TokenError>(BodyFormat::Problem)
    );
}

/// A handler's documentation, as utoipa's macro writes it from the types
/// named in `responses(...)`.
#[utoipa::path(
    post,
    path = "/token",
    responses((status = 200, description = "The token"), Error<TokenError>)
)]
#[allow(dead_code)]
fn token() {}

#[utoipa::path(
    get,
    path = "/items",
    responses((status = 200, description = "The items"), Problem<TestError>)
)]
#[allow(dead_code)]
fn items() {}

#[derive(OpenApi)]
#[openapi(paths(token, items), components(schemas(TokenError)))]
struct ApiDoc;

#[test]
fn utoipa_macros_take_the_error_types() {
    let document = serde_json::to_value(ApiDoc::openapi()).expect("serialize");
    let token = &document["paths"]["/token"]["post"]["responses"];
    let statuses: Vec<&String> = token.as_object().expect("responses").keys().collect();
    assert_eq!(statuses, ["200", "400", "401", "500"]);
    for status in TokenError::ALL.iter().map(|code| code.status()) {
        expected::check_response::<TokenError>(
            status,
            &token[status.to_string()],
            BodyFormat::OAuth,
        );
    }
    let items = &document["paths"]["/items"]["get"]["responses"];
    let statuses: Vec<&String> = items.as_object().expect("responses").keys().collect();
    assert_eq!(statuses, ["200", "400", "401", "404", "500"]);
    expected::check_response::<TestError>(404, &items["404"], BodyFormat::Problem);
    assert_eq!(
        document["components"]["schemas"]["TokenError"],
        json!({ "type": "string", "enum": ["invalid_request", "invalid_grant", "invalid_client", "server_error"] })
    );
}
