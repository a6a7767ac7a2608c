//! A stub OAuth 2.0 token endpoint on actix-web that answers with
//! `TokenError`, the codes the Login catalog tags `token`, to see errcat's
//! actix-web integration on real HTTP:
//!
//! ```sh
//! cargo run --example actix_token_server                 # listens on 127.0.0.1:8080
//! cargo run --example actix_token_server -- 127.0.0.1:0  # any free port
//! ```
//!
//! `POST /token` answers RFC 6749 section 5.2 errors as JSON, as the axum
//! example's token endpoint does (`examples/auth_server.rs`), byte for
//! byte: `invalid_request` without a `grant_type`, `unsupported_grant_type`
//! for any grant but `authorization_code`, `invalid_client` (401 with a
//! `Basic` challenge) unless the client is `demo-client` with the secret
//! `demo-secret`, and `invalid_grant` for any code but `good-code`.

use std::collections::HashMap;
use std::net::SocketAddr;

use actix_web::http::header;
use actix_web::web::{self, Form};
use actix_web::{App, HttpResponse, HttpServer};
use errcat::{Challenge, Error, ResponseOptions};
use login_errors::TokenError;

const CLIENT_ID: &str = "demo-client";
const CLIENT_SECRET: &str = "demo-secret";
const REALM: &str = "login";

fn main() -> std::io::Result<()> {
    let addr: SocketAddr = match std::env::args().nth(1) {
        Some(addr) => addr.parse().map_err(|error| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("`{addr}` is not a socket address: {error}"),
            )
        })?,
        None => SocketAddr::from(([127, 0, 0, 1], 8080)),
    };
    actix_web::rt::System::new().block_on(async move {
        let server = HttpServer::new(|| App::new().configure(routes)).bind(addr)?;
        for addr in server.addrs() {
            println!("listening on http://{addr}");
        }
        server.run().await
    })
}

/// The server's routes; `tests/integration/actix_example.rs` serves them
/// too.
pub(crate) fn routes(config: &mut web::ServiceConfig) {
    config.route("/token", web::post().to(token));
}

/// RFC 6749 section 5.2 errors, as JSON: an `Err` is answered by
/// `ResponseError` for `Error<TokenError>`, with the default options.
async fn token(
    Form(form): Form<HashMap<String, String>>,
) -> Result<HttpResponse, Error<TokenError>> {
    let Some(grant_type) = form.get("grant_type") else {
        return Err(Error::from(TokenError::InvalidRequest)
            .with_description("The request has no grant_type."));
    };
    if grant_type != "authorization_code" {
        return Err(Error::from(TokenError::UnsupportedGrantType)
            .with_debug(format!("grant_type={grant_type}")));
    }
    let client_id = form.get("client_id").map(String::as_str);
    let secret = form.get("client_secret").map(String::as_str);
    if client_id != Some(CLIENT_ID) || secret != Some(CLIENT_SECRET) {
        // RFC 6749 section 5.2: the 401 names the scheme clients
        // authenticate with, HTTP Basic. Options other than the default
        // go through the neutral response, which converts into actix-web's.
        let basic = Challenge::with_scheme("Basic").unwrap_or_else(|_| Challenge::bearer());
        let options = ResponseOptions {
            challenge: basic.with_realm(REALM),
            ..ResponseOptions::default()
        };
        return Ok(Error::from(TokenError::InvalidClient)
            .http_response(&options)
            .into());
    }
    if form.get("code").map(String::as_str) != Some("good-code") {
        return Err(TokenError::InvalidGrant.into());
    }
    let body = r#"{"access_token":"good-token","token_type":"Bearer","expires_in":3600}"#;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/json"))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}
