//! A stub OAuth 2.0 authorization server that answers with `LoginError`
//! responses, to see every wire format on real HTTP:
//!
//! ```sh
//! cargo run --example auth_server                 # listens on 127.0.0.1:8080
//! cargo run --example auth_server -- 127.0.0.1:0  # any free port
//! ```
//!
//! | endpoint | errors it shows |
//! |---|---|
//! | `POST /token` | `invalid_request`, `unsupported_grant_type`, `invalid_client` (401 with a `Basic` challenge), `invalid_grant`, as RFC 6749 JSON |
//! | `GET /authorize` | `unsupported_response_type`, `invalid_state` as redirect parameters with `state` and `iss`; `invalid_request` as JSON when the redirect URI is unknown |
//! | `GET /userinfo` | a bare `Bearer` challenge without a token, `invalid_token` (401) for a bad one, `scope_not_granted` (403) for a weak one |
//! | `GET /api/widgets/{id}` | `not_found` as problem+json |
//! | `GET /status` | `temporarily_unavailable` (503) |
//!
//! The client `demo-client` (secret `demo-secret`, redirect URI
//! `https://client.example/cb`) and the tokens `good-token` (scope
//! `openid profile`) and `weak-token` (scope `openid`) are built in.

use std::collections::HashMap;
use std::net::SocketAddr;

use axum::Router;
use axum::extract::{Form, Path, Query};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use errcat::{BodyFormat, Challenge, Error, RedirectOptions, ResponseMode, ResponseOptions};
use login_errors::LoginError;

const ISSUER: &str = "https://login.example";
const CLIENT_ID: &str = "demo-client";
const CLIENT_SECRET: &str = "demo-secret";
const REDIRECT_URI: &str = "https://client.example/cb";
const REALM: &str = "login";

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
    // The test reads this line to learn the port.
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app()).await
}

/// The server's routes; `tests/example_server.rs` serves them too.
pub(crate) fn app() -> Router {
    Router::new()
        .route("/token", post(token))
        .route("/authorize", get(authorize))
        .route("/userinfo", get(userinfo))
        .route("/api/widgets/{id}", get(widget))
        .route("/status", get(status))
}

/// RFC 6749 section 5.2 errors, as JSON.
async fn token(Form(form): Form<HashMap<String, String>>) -> Result<Response, Error<LoginError>> {
    let Some(grant_type) = form.get("grant_type") else {
        return Err(Error::from(LoginError::InvalidRequest)
            .with_description("The request has no grant_type."));
    };
    if grant_type != "authorization_code" {
        return Err(Error::from(LoginError::UnsupportedGrantType)
            .with_debug(format!("grant_type={grant_type}")));
    }
    let client_id = form.get("client_id").map(String::as_str);
    let secret = form.get("client_secret").map(String::as_str);
    if client_id != Some(CLIENT_ID) || secret != Some(CLIENT_SECRET) {
        // RFC 6749 section 5.2: the 401 names the scheme clients
        // authenticate with, HTTP Basic.
        let basic = Challenge::with_scheme("Basic").unwrap_or_else(|_| Challenge::bearer());
        let options = ResponseOptions {
            challenge: basic.with_realm(REALM),
            ..ResponseOptions::default()
        };
        return Ok(Error::from(LoginError::InvalidClient)
            .to_http_response(&options)
            .into_response());
    }
    if form.get("code").map(String::as_str) != Some("good-code") {
        return Err(Error::from(LoginError::InvalidGrant));
    }
    let body = r#"{"access_token":"good-token","token_type":"Bearer","expires_in":3600}"#;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

/// RFC 6749 section 4.1.2.1: errors go back to the client's redirect URI,
/// unless that URI is the problem.
async fn authorize(Query(query): Query<HashMap<String, String>>) -> Response {
    let redirect_uri = query
        .get("redirect_uri")
        .map_or(REDIRECT_URI, String::as_str);
    if query.get("client_id").map(String::as_str) != Some(CLIENT_ID) || redirect_uri != REDIRECT_URI
    {
        // Never redirect to an unregistered URI: answer the user agent.
        return Error::from(LoginError::InvalidRequest)
            .with_description("The client_id or redirect_uri is not registered.")
            .into_response();
    }
    let state = query.get("state").cloned().unwrap_or_default();
    let error = match query.get("response_type").map(String::as_str) {
        Some("code") if state.len() >= 8 => None,
        Some("code") => Some(LoginError::InvalidState),
        _ => Some(LoginError::UnsupportedResponseType),
    };
    let target = match error {
        None => Ok(format!(
            "{REDIRECT_URI}?code=good-code&state={state}&iss={ISSUER}"
        )),
        Some(code) => {
            let mut error = Error::from(code);
            if !state.is_empty() {
                error = error.with_state(state);
            }
            let mode = match query.get("response_mode").map(String::as_str) {
                Some("fragment") => ResponseMode::Fragment,
                _ => ResponseMode::Query,
            };
            let options = RedirectOptions {
                mode,
                issuer: Some(ISSUER),
                ..RedirectOptions::default()
            };
            error
                .redirect_uri(redirect_uri, &options)
                .map_err(|_| error)
        }
    };
    match target.map(|target| HeaderValue::from_str(&target)) {
        Ok(Ok(location)) => (StatusCode::FOUND, [(header::LOCATION, location)]).into_response(),
        Ok(Err(_)) => Error::from(LoginError::ServerError).into_response(),
        Err(error) => error.into_response(),
    }
}

/// RFC 6750 section 3: a protected resource.
async fn userinfo(headers: HeaderMap) -> Response {
    let challenge = Challenge::bearer().with_realm(REALM);
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "));
    let error = match token {
        // No credentials: the challenge alone, no error attributes.
        None => {
            let value = HeaderValue::from_str(&challenge.header_value());
            return match value {
                Ok(value) => (
                    StatusCode::UNAUTHORIZED,
                    [(header::WWW_AUTHENTICATE, value)],
                )
                    .into_response(),
                Err(_) => Error::from(LoginError::ServerError).into_response(),
            };
        }
        Some("good-token") => {
            return (
                [(header::CONTENT_TYPE, "application/json")],
                r#"{"sub":"alice"}"#,
            )
                .into_response();
        }
        Some("weak-token") => Error::from(LoginError::ScopeNotGranted),
        Some(_) => Error::from(LoginError::TokenExpired),
    };
    let scoped = challenge.with_scope("openid profile");
    let mut response = error.to_http_response(&ResponseOptions {
        challenge: scoped.clone(),
        ..ResponseOptions::default()
    });
    // RFC 6750 section 3.1: a 403 insufficient-scope answer names the scope
    // in the challenge too.
    if response.status() == StatusCode::FORBIDDEN
        && let Ok(value) =
            HeaderValue::from_str(&error.www_authenticate(&scoped, errcat::Expose::default()))
    {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, value);
    }
    response.into_response()
}

/// A non-OAuth API answers with problem+json.
async fn widget(Path(id): Path<String>) -> Response {
    Error::from(LoginError::NotFound)
        .with_description(format!("There is no widget {id}."))
        .with_uri("https://login.example/docs/errors#not_found")
        .to_http_response(&ResponseOptions {
            format: BodyFormat::Problem,
            ..ResponseOptions::default()
        })
        .into_response()
}

async fn status() -> Error<LoginError> {
    Error::from(LoginError::TemporarilyUnavailable).with_debug("maintenance window 02:00-03:00")
}
