//! The same errors answered by axum and by actix-web over real HTTP are the
//! same reply: status line, every header but `date`, and body, byte for
//! byte. Both servers run on ephemeral ports of 127.0.0.1 with the same
//! routes, each handler returning the error as its framework takes it:
//!
//! - `/code/{i}`: a bare `LoginError`, every code;
//! - `/authorize/{i}`, `/token/{i}`, `/resource/{i}`: a bare subset enum
//!   (`AuthorizeError`, `TokenError`, `ResourceError`), every code;
//! - `/error/{i}`: an `Error<LoginError>`, every code;
//! - `/result/{i}`: `Result<String, Error<LoginError>>`, an `Err` with a
//!   run-time description, hint, debug detail, `state` and `error_uri`;
//! - `/neutral/{i}`: the same error's `HttpResponse` under each of eight
//!   options: both body formats, a `Bearer` challenge with realm and scope
//!   and a `Basic` one, and the debug detail hidden or shown.
//!
//! Each reply is also the neutral response itself, plus only what both
//! servers add when they write any response: `content-length`, the
//! `connection: close` the request asked for, and `date` (hyper, under
//! axum, sends it as actix-web does; its value is not compared, as the
//! clock may tick between the two requests).

use axum::extract::Path;
use axum::routing::get;
use errcat::{Error, ErrorCode, HttpResponse, ResponseOptions};
use login_errors::{AuthorizeError, LoginError, ResourceError, TokenError};

use crate::two_servers::{RawReply, assert_same_reply, exchange, serve_actix, serve_axum};

#[path = "../../runtime/tests/support/every_options.rs"]
mod every_options;
use every_options::every_options;

fn code<C: ErrorCode>(index: usize) -> C {
    C::ALL[index]
}

/// An error with every part of its context set at run time.
fn with_context(index: usize) -> Error<LoginError> {
    Error::from(code::<LoginError>(index))
        .with_description("Row 7 is \"locked\".")
        .with_hint("Try again in a minute.")
        .with_debug("lock held by job 12")
        .with_state("xyz-123")
        .with_uri("https://login.example/docs/errors#locked")
}

/// The `index`th pair of (code, options) of `/neutral`.
fn neutral(index: usize) -> HttpResponse {
    let options = every_options();
    with_context(index / options.len()).http_response(&options[index % options.len()])
}

/// A route, how many indexes it has, and the neutral response each index
/// must give.
type Route = (&'static str, usize, fn(usize) -> HttpResponse);

fn routes() -> Vec<Route> {
    fn of<C: ErrorCode>(index: usize) -> HttpResponse {
        Error::from(code::<C>(index)).http_response(&ResponseOptions::default())
    }
    let login = LoginError::ALL.len();
    vec![
        ("code", login, of::<LoginError>),
        ("authorize", AuthorizeError::ALL.len(), of::<AuthorizeError>),
        ("token", TokenError::ALL.len(), of::<TokenError>),
        ("resource", ResourceError::ALL.len(), of::<ResourceError>),
        ("error", login, of::<LoginError>),
        ("result", login, |index| {
            with_context(index).http_response(&ResponseOptions::default())
        }),
        ("neutral", login * every_options().len(), neutral),
    ]
}

fn axum_app() -> axum::Router {
    async fn code_at<C: ErrorCode + axum::response::IntoResponse>(Path(index): Path<usize>) -> C {
        code(index)
    }
    async fn error(Path(index): Path<usize>) -> Error<LoginError> {
        Error::from(code::<LoginError>(index))
    }
    async fn result(Path(index): Path<usize>) -> Result<String, Error<LoginError>> {
        Err(with_context(index))
    }
    async fn neutral_at(Path(index): Path<usize>) -> HttpResponse {
        neutral(index)
    }
    axum::Router::new()
        .route("/code/{i}", get(code_at::<LoginError>))
        .route("/authorize/{i}", get(code_at::<AuthorizeError>))
        .route("/token/{i}", get(code_at::<TokenError>))
        .route("/resource/{i}", get(code_at::<ResourceError>))
        .route("/error/{i}", get(error))
        .route("/result/{i}", get(result))
        .route("/neutral/{i}", get(neutral_at))
}

fn actix_routes(config: &mut actix_web::web::ServiceConfig) {
    use actix_web::web::{Path, get};

    async fn code_at<C: ErrorCode + actix_web::Responder>(index: Path<usize>) -> C {
        code(*index)
    }
    async fn error(index: Path<usize>) -> Error<LoginError> {
        Error::from(code::<LoginError>(*index))
    }
    async fn result(index: Path<usize>) -> Result<String, Error<LoginError>> {
        Err(with_context(*index))
    }
    async fn neutral_at(index: Path<usize>) -> HttpResponse {
        neutral(*index)
    }
    config
        .route("/code/{i}", get().to(code_at::<LoginError>))
        .route("/authorize/{i}", get().to(code_at::<AuthorizeError>))
        .route("/token/{i}", get().to(code_at::<TokenError>))
        .route("/resource/{i}", get().to(code_at::<ResourceError>))
        .route("/error/{i}", get().to(error))
        .route("/result/{i}", get().to(result))
        .route("/neutral/{i}", get().to(neutral_at));
}

/// The reply is `expected` as written by a server: its status, exactly its
/// headers plus `content-length`, `connection` and `date`, and its body.
fn assert_is_neutral(reply: &RawReply, expected: &HttpResponse, context: &str) {
    let reason = errcat::reason_phrase(expected.status()).unwrap_or_default();
    assert_eq!(
        reply.status_line,
        format!("HTTP/1.1 {} {reason}", expected.status()),
        "{context}"
    );
    let mut headers: Vec<(String, String)> = expected
        .headers()
        .iter()
        .map(|(name, value)| ((*name).to_owned(), value.clone()))
        .collect();
    headers.push(("connection".into(), "close".into()));
    headers.push(("content-length".into(), expected.body().len().to_string()));
    headers.sort();
    assert_eq!(reply.headers_but_date(), headers, "{context}");
    assert_eq!(reply.body, expected.body().as_bytes(), "{context}");
}

#[test]
fn axum_and_actix_web_send_the_same_replies() {
    let axum = serve_axum(axum_app());
    let actix = serve_actix(actix_routes);
    let (mut replies, mut basic, mut bearer) = (0, 0, 0);
    for (route, count, expected) in routes() {
        for index in 0..count {
            let target = format!("/{route}/{index}");
            let from_axum = exchange(axum.addr, "GET", &target, "");
            let from_actix = exchange(actix.addr, "GET", &target, "");
            assert_same_reply(&from_axum, &from_actix, &target);
            assert_is_neutral(&from_actix, &expected(index), &target);
            replies += 1;
            for challenge in from_actix.values("www-authenticate") {
                basic += usize::from(challenge.starts_with("Basic realm=\"token endpoint\""));
                bearer += usize::from(challenge.starts_with("Bearer "));
            }
        }
    }
    let login = LoginError::ALL.len();
    assert_eq!(
        replies,
        login * (3 + every_options().len())
            + AuthorizeError::ALL.len()
            + TokenError::ALL.len()
            + ResourceError::ALL.len()
    );
    // Every 401 code was answered with each challenge of `/neutral`.
    let unauthorized = LoginError::ALL
        .iter()
        .filter(|code| code.status() == 401)
        .count();
    assert!(unauthorized > 0);
    assert_eq!(basic, unauthorized * 4);
    assert!(bearer >= unauthorized * 4, "{bearer}");
}
