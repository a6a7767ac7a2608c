//! An axum router documented with aide: the responses aide infers from a
//! handler returning `Result<Json<T>, Error<TokenError>>` are exactly
//! `TokenError`'s statuses and the success, one example per code, and
//! `Problem<ResourceError>` documents problem+json. The document passes
//! `openapi-spec-validator` when `ERRCAT_OPENAPI_VALIDATOR` names it, as
//! the utoipa one does.
//!
//! The router also documents, for every enum of the Login catalog, a
//! handler failing with the enum, with `Error<_>` of it and with
//! `Problem<_>` of it (`/LoginError/code`, `/LoginError/oauth`,
//! `/LoginError/problem`, ...): `openapi_responses` compares every example
//! of the document with the body axum sends for its code, and validates
//! real replies against every path.

use std::collections::BTreeSet;

use aide::axum::ApiRouter;
use aide::axum::routing::{get, post};
use aide::openapi::OpenApi;
use axum::Json;
use axum::response::IntoResponse;
use errcat::openapi::Problem;
use errcat::{Error, ErrorCode};
use login_errors::{AuthorizeError, LoginError, ResourceError, TokenError};
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

/// A handler failing with a code of `C` itself.
async fn fails_with_code<C: ErrorCode + IntoResponse + aide::OperationOutput>()
-> Result<Json<Token>, C> {
    Err(C::ALL[0])
}

/// A handler failing with `Error<C>`.
async fn fails_with_error<C: ErrorCode>() -> Result<Json<Token>, Error<C>> {
    Err(Error::from(C::ALL[0]))
}

/// A handler failing with `Problem<C>`.
async fn fails_with_problem<C: ErrorCode>() -> Result<Json<Token>, Problem<C>> {
    Err(Problem::from(C::ALL[0]))
}

/// `router` with the three handlers of `C` at `/NAME/code`, `/NAME/oauth`
/// and `/NAME/problem`.
fn every_form<C>(router: ApiRouter, name: &str) -> ApiRouter
where
    C: ErrorCode + IntoResponse + aide::OperationOutput,
{
    router
        .api_route(&format!("/{name}/code"), get(fails_with_code::<C>))
        .api_route(&format!("/{name}/oauth"), get(fails_with_error::<C>))
        .api_route(&format!("/{name}/problem"), get(fails_with_problem::<C>))
}

/// The document aide builds for the router.
pub(super) fn document() -> Value {
    let mut api = OpenApi {
        info: aide::openapi::Info {
            title: "errcat aide test".to_owned(),
            version: "0.1.0".to_owned(),
            ..aide::openapi::Info::default()
        },
        ..OpenApi::default()
    };
    let router = ApiRouter::new()
        .api_route("/token", post(token))
        .api_route("/widget", get(widget));
    let router = every_form::<LoginError>(router, "LoginError");
    let router = every_form::<AuthorizeError>(router, "AuthorizeError");
    let router = every_form::<TokenError>(router, "TokenError");
    let router = every_form::<ResourceError>(router, "ResourceError");
    let _router: axum::Router = router.finish_api(&mut api);
    serde_json::to_value(api).expect("the document serializes")
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
fn aide_infers_exactly_the_statuses_of_the_error_type() {
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
    assert!(responses["401"]["headers"]["WWW-Authenticate"].is_object());

    let widget = document["paths"]["/widget"]["get"]["responses"]
        .as_object()
        .expect("responses");
    assert_eq!(
        widget.keys().cloned().collect::<BTreeSet<_>>(),
        statuses::<ResourceError>()
    );
    assert!(widget["404"]["content"].get("application/json").is_none());
    assert!(
        widget["404"]["content"]["application/problem+json"]["examples"]["not_found"].is_object()
    );
}
