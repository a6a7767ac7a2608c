//! An axum router documented with aide: the responses aide infers from a
//! handler returning `Result<Json<T>, Error<TokenError>>` are exactly
//! `TokenError`'s statuses and the success, each code's example the body
//! axum really sends for it, and `Problem<ResourceError>` documents
//! problem+json. The document passes `openapi-spec-validator` when
//! `ERRCAT_OPENAPI_VALIDATOR` names it, as the utoipa one does.

use std::collections::BTreeSet;

use aide::axum::ApiRouter;
use aide::axum::routing::{get, post};
use aide::openapi::OpenApi;
use axum::Json;
use axum::response::IntoResponse;
use errcat::openapi::Problem;
use errcat::{Error, ErrorCode};
use login_errors::{ResourceError, TokenError};
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

#[derive(Serialize, JsonSchema)]
struct Token {
    access_token: String,
}

async fn token() -> Result<Json<Token>, Error<TokenError>> {
    Err(Error::from(TokenError::InvalidGrant))
}

async fn widget() -> Result<Json<Token>, Problem<ResourceError>> {
    Err(Problem::from(ResourceError::NotFound))
}

/// The document aide builds for the router.
fn document() -> Value {
    let mut api = OpenApi {
        info: aide::openapi::Info {
            title: "errcat aide test".to_owned(),
            version: "0.1.0".to_owned(),
            ..aide::openapi::Info::default()
        },
        ..OpenApi::default()
    };
    let _router: axum::Router = ApiRouter::new()
        .api_route("/token", post(token))
        .api_route("/widget", get(widget))
        .finish_api(&mut api);
    serde_json::to_value(api).expect("the document serializes")
}

/// The body axum sends for `response`, as JSON.
fn sent_body(response: impl IntoResponse) -> Value {
    let body = response.into_response().into_body();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let bytes = runtime
        .block_on(axum::body::to_bytes(body, usize::MAX))
        .expect("the body");
    serde_json::from_slice(&bytes).expect("a JSON body")
}

fn statuses<C: ErrorCode>() -> BTreeSet<String> {
    C::ALL
        .iter()
        .map(|code| code.status())
        .chain([200])
        .map(|status| status.to_string())
        .collect()
}

#[test]
fn aide_infers_exactly_the_statuses_and_bodies_of_the_error_type() {
    let document = document();
    let json = serde_json::to_string_pretty(&document).expect("the document serializes");
    super::utoipa_openapi::validate(&json, "aide");
    let responses = document["paths"]["/token"]["post"]["responses"]
        .as_object()
        .expect("responses");
    assert_eq!(
        responses.keys().cloned().collect::<BTreeSet<_>>(),
        statuses::<TokenError>()
    );
    for &code in TokenError::ALL {
        let content = &responses[&code.status().to_string()]["content"]["application/json"];
        assert_eq!(
            content["examples"][code.code()]["value"],
            sent_body(Error::from(code)),
            "{code:?}"
        );
        let examples = content["examples"].as_object().expect("examples");
        let mut names: Vec<&str> = TokenError::with_status(code.status())
            .iter()
            .map(|code| code.code())
            .collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(
            examples.keys().map(String::as_str).collect::<Vec<_>>(),
            names
        );
    }

    let widget = document["paths"]["/widget"]["get"]["responses"]
        .as_object()
        .expect("responses");
    assert_eq!(
        widget.keys().cloned().collect::<BTreeSet<_>>(),
        statuses::<ResourceError>()
    );
    assert_eq!(
        widget["404"]["content"]["application/problem+json"]["examples"]["not_found"]["value"],
        sent_body(Problem::from(ResourceError::NotFound))
    );
}
