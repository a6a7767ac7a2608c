//! A small OAuth 2.0 server documented with utoipa: each handler's error
//! type is one of the catalog's subset enums, and the OpenAPI document
//! shows for it exactly the statuses that type can produce, with the body
//! errcat sends for every code as a named example.
//!
//! ```sh
//! cargo run --example utoipa_server                 # listens on 127.0.0.1:8080
//! cargo run --example utoipa_server -- 127.0.0.1:0  # any free port
//! curl http://127.0.0.1:8080/openapi.json
//! ```
//!
//! | endpoint | error type | body |
//! |---|---|---|
//! | `POST /token` | `Error<TokenError>`: 400, 401, 500 | RFC 6749 JSON |
//! | `GET /userinfo` | `Error<ResourceError>`: 400, 401, 403, 404, 500 | RFC 6749 JSON |
//! | `GET /api/widgets/{id}` | `Problem<ResourceError>` | problem+json |
//! | `GET /openapi.json` | | the document |
//!
//! The client `demo-client` (secret `demo-secret`), the authorization code
//! `good-code` and the tokens `good-token` (scope `openid profile`) and
//! `weak-token` (scope `openid`) are built in; the widget `1` exists.

use std::net::SocketAddr;

use axum::extract::{Form, Path};
use axum::http::HeaderMap;
use axum::routing::get;
use axum::{Json, Router};
use errcat::Error;
use errcat::openapi::Problem;
use login_errors::{ResourceError, TokenError};
use serde::{Deserialize, Serialize};
use utoipa::openapi::OpenApi;
use utoipa::{OpenApi as _, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

const CLIENT_ID: &str = "demo-client";
const CLIENT_SECRET: &str = "demo-secret";
const AUTHORIZATION_CODE: &str = "good-code";

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr: SocketAddr = match std::env::args().nth(1) {
        Some(addr) => addr.parse().map_err(|error| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("`{addr}` is not a socket address: {error}"),
            )
        })?,
        None => SocketAddr::from(([127, 0, 0, 1], 8080)),
    };
    let listener = tokio::net::TcpListener::bind(addr).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app()).await
}

/// The document's `info`; utoipa-axum adds the paths.
#[derive(utoipa::OpenApi)]
#[openapi(info(
    title = "Unstoppable Login (utoipa example)",
    version = "0.1.0",
    description = "The errcat utoipa example: each path documents exactly the errors its error type can produce."
))]
struct ApiDoc;

/// The documented routes and their OpenAPI document, which utoipa-axum
/// builds from the handlers' `#[utoipa::path]` attributes as they are
/// routed; `tests/integration/utoipa_openapi.rs` checks both.
pub(crate) fn documented() -> (Router, OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(token))
        .routes(routes!(userinfo))
        .routes(routes!(widget))
        .split_for_parts()
}

/// The server: the documented routes, and the document at
/// `/openapi.json`.
pub(crate) fn app() -> Router {
    let (router, document) = documented();
    router.route("/openapi.json", get(move || async move { Json(document) }))
}

/// A token request (RFC 6749 section 4.1.3), as a form.
#[derive(Deserialize, ToSchema)]
pub(crate) struct TokenRequest {
    grant_type: Option<String>,
    code: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
}

/// A successful token response (RFC 6749 section 5.1).
#[derive(Serialize, ToSchema)]
pub(crate) struct TokenResponse {
    access_token: String,
    token_type: String,
    expires_in: u32,
}

/// The token endpoint.
///
/// RFC 6749 section 5.2 errors: `Error<TokenError>` in `responses(...)`
/// documents every status `TokenError` has.
#[utoipa::path(
    post,
    path = "/token",
    request_body(content = TokenRequest, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "An access token", body = TokenResponse),
        Error<TokenError>,
    )
)]
async fn token(
    Form(request): Form<TokenRequest>,
) -> Result<Json<TokenResponse>, Error<TokenError>> {
    let Some(grant_type) = request.grant_type else {
        return Err(Error::from(TokenError::InvalidRequest).with_debug("no grant_type"));
    };
    if grant_type != "authorization_code" {
        return Err(Error::from(TokenError::UnsupportedGrantType)
            .with_debug(format!("grant_type={grant_type}")));
    }
    if request.client_id.as_deref() != Some(CLIENT_ID)
        || request.client_secret.as_deref() != Some(CLIENT_SECRET)
    {
        return Err(Error::from(TokenError::InvalidClient));
    }
    if request.code.as_deref() != Some(AUTHORIZATION_CODE) {
        return Err(Error::from(TokenError::InvalidGrant));
    }
    Ok(Json(TokenResponse {
        access_token: "good-token".to_owned(),
        token_type: "Bearer".to_owned(),
        expires_in: 3600,
    }))
}

/// The claims of the token's user.
#[derive(Serialize, ToSchema)]
pub(crate) struct UserInfo {
    sub: String,
    name: String,
}

/// The claims of the token's user.
///
/// A protected resource (RFC 6750): `ResourceError` has other statuses
/// than `TokenError`, and the document shows them for this path only.
#[utoipa::path(
    get,
    path = "/userinfo",
    responses((status = 200, description = "The user's claims", body = UserInfo), Error<ResourceError>)
)]
async fn userinfo(headers: HeaderMap) -> Result<Json<UserInfo>, Error<ResourceError>> {
    let Some(authorization) = headers.get("authorization") else {
        return Err(Error::from(ResourceError::RequestUnauthorized));
    };
    match authorization
        .to_str()
        .ok()
        .and_then(|value| value.strip_prefix("Bearer "))
    {
        Some("good-token") => Ok(Json(UserInfo {
            sub: "248289761001".to_owned(),
            name: "Jane Doe".to_owned(),
        })),
        Some("weak-token") => Err(Error::from(ResourceError::ScopeNotGranted)),
        Some(_) => Err(Error::from(ResourceError::TokenExpired)),
        None => Err(Error::from(ResourceError::InvalidRequest).with_debug("not a Bearer token")),
    }
}

/// A widget of the API.
#[derive(Serialize, ToSchema)]
pub(crate) struct Widget {
    id: String,
}

/// One widget.
///
/// An API that is not an OAuth endpoint answers with problem+json:
/// `Problem<ResourceError>` both sends it and documents it.
#[utoipa::path(
    get,
    path = "/api/widgets/{id}",
    params(("id" = String, Path, description = "The widget's identifier")),
    responses((status = 200, description = "The widget", body = Widget), Problem<ResourceError>)
)]
async fn widget(Path(id): Path<String>) -> Result<Json<Widget>, Problem<ResourceError>> {
    if id == "1" {
        Ok(Json(Widget { id }))
    } else {
        Err(Error::from(ResourceError::NotFound).with_debug(format!("no widget {id}")))?
    }
}
