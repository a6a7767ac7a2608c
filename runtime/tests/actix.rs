//! The actix-web adapter is a translation of the neutral response: for
//! every code, both body formats, two challenges and run-time context,
//! actix-web's response has the neutral response's status, exactly its
//! headers and its body, whichever way a handler returns the error. The
//! handlers run in an app under actix-web's own test utilities, which call
//! the service in process: no server adds `date` or `content-length`, so
//! any header the adapter added or dropped would show.
//!
//! `cargo test -p errcat --features actix --test actix`.

use actix_web::body::MessageBody;
use actix_web::dev::ServiceResponse;
use actix_web::test::{TestRequest, call_service, init_service, read_body};
use actix_web::web::Path;
use actix_web::{App, ResponseError, web};
use errcat::{BodyFormat, Challenge, Error, HttpResponse, ResponseOptions};

errcat::catalog! {
    /// The wire tests' codes, Login entries with one 401 code.
    enum LoginError = "tests/wire/catalog.toml";
}

#[path = "support/every_options.rs"]
mod every_options;
use every_options::every_options;

/// The error with context set at run time: every part that reaches the
/// body or the challenge.
fn with_context(code: LoginError) -> Error<LoginError> {
    Error::from(code)
        .with_description("Row 7 is \"locked\".")
        .with_hint("Try again in a minute.")
        .with_debug("lock held by job 12")
        .with_state("xyz-123")
        .with_uri("https://login.example/docs/errors")
}

/// Headers as sorted (name, value) pairs: actix-web's header map keeps no
/// order, and the names are compared as HTTP compares them, so sorting
/// loses nothing else.
fn sorted<'a>(headers: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = headers
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect();
    headers.sort();
    headers
}

fn neutral_headers(neutral: &HttpResponse) -> Vec<(String, String)> {
    sorted(
        neutral
            .headers()
            .iter()
            .map(|(name, value)| (*name, value.as_str())),
    )
}

fn actix_headers(headers: &actix_web::http::header::HeaderMap) -> Vec<(String, String)> {
    sorted(
        headers
            .iter()
            .map(|(name, value)| (name.as_str(), value.to_str().expect("ASCII"))),
    )
}

fn assert_translated(neutral: &HttpResponse, context: &str) {
    let actix = actix_web::HttpResponse::from(neutral.clone());
    assert_eq!(actix.status().as_u16(), neutral.status(), "{context}");
    assert_eq!(
        actix_headers(actix.headers()),
        neutral_headers(neutral),
        "{context}"
    );
    let body = actix
        .into_body()
        .try_into_bytes()
        .expect("an in-memory body");
    assert_eq!(body, neutral.body().as_bytes(), "{context}");
}

#[test]
fn the_actix_response_is_the_neutral_response_for_every_code_and_option() {
    let mut challenges = 0;
    for &code in LoginError::ALL {
        for options in every_options() {
            for error in [Error::from(code), with_context(code)] {
                let neutral = error.http_response(&options);
                let context = format!("{code:?}, {options:?}, {error:?}");
                assert_translated(&neutral, &context);
                if neutral.header("www-authenticate").is_some() {
                    challenges += 1;
                }
            }
        }
    }
    // The catalog's one 401 code, under each option, bare and with
    // context.
    assert_eq!(challenges, 2 * every_options().len());
}

#[test]
fn response_error_gives_the_default_response() {
    for &code in LoginError::ALL {
        let neutral = Error::from(code).http_response(&ResponseOptions::default());
        let error = with_context(code);
        assert_eq!(error.status_code().as_u16(), code.status());
        assert_eq!(ResponseError::status_code(&code).as_u16(), code.status());
        for (response, expected) in [
            (
                error.error_response(),
                error.http_response(&ResponseOptions::default()),
            ),
            (code.error_response(), neutral),
        ] {
            assert_eq!(response.status().as_u16(), expected.status());
            assert_eq!(
                actix_headers(response.headers()),
                neutral_headers(&expected)
            );
            let body = response.into_body().try_into_bytes().expect("in memory");
            assert_eq!(body, expected.body().as_bytes());
        }
    }
}

/// The code of the request path's index into `LoginError::ALL`.
fn code_at(index: &Path<usize>) -> LoginError {
    LoginError::ALL[**index]
}

async fn result_error(index: Path<usize>) -> Result<String, Error<LoginError>> {
    Err(with_context(code_at(&index)))
}

/// `?` into actix-web's own error type keeps the response.
async fn actix_error(index: Path<usize>) -> Result<String, actix_web::Error> {
    Err(with_context(code_at(&index)))?
}

async fn bare_error(index: Path<usize>) -> Error<LoginError> {
    with_context(code_at(&index))
}

async fn result_code(index: Path<usize>) -> Result<String, LoginError> {
    Err(code_at(&index))
}

async fn bare_code(index: Path<usize>) -> LoginError {
    code_at(&index)
}

/// The Problem format with a Basic challenge, through `Responder` for
/// `HttpResponse`.
async fn neutral(index: Path<usize>) -> HttpResponse {
    with_context(code_at(&index)).http_response(&problem_basic())
}

fn problem_basic() -> ResponseOptions {
    ResponseOptions {
        format: BodyFormat::Problem,
        challenge: Challenge::with_scheme("Basic")
            .expect("a token")
            .with_realm("token endpoint"),
        ..ResponseOptions::default()
    }
}

async fn assert_served(response: ServiceResponse, expected: &HttpResponse, context: &str) {
    assert_eq!(response.status().as_u16(), expected.status(), "{context}");
    assert_eq!(
        actix_headers(response.headers()),
        neutral_headers(expected),
        "{context}"
    );
    assert_eq!(
        read_body(response).await,
        expected.body().as_bytes(),
        "{context}"
    );
}

#[test]
fn handlers_return_errors_codes_and_responses_in_every_shape() {
    actix_rt::System::new().block_on(async {
        let app = init_service(
            App::new()
                .route("/result-error/{i}", web::get().to(result_error))
                .route("/actix-error/{i}", web::get().to(actix_error))
                .route("/error/{i}", web::get().to(bare_error))
                .route("/result-code/{i}", web::get().to(result_code))
                .route("/code/{i}", web::get().to(bare_code))
                .route("/neutral/{i}", web::get().to(neutral)),
        )
        .await;
        for (index, &code) in LoginError::ALL.iter().enumerate() {
            let default = ResponseOptions::default();
            let cases = [
                ("result-error", with_context(code).http_response(&default)),
                ("actix-error", with_context(code).http_response(&default)),
                ("error", with_context(code).http_response(&default)),
                ("result-code", Error::from(code).http_response(&default)),
                ("code", Error::from(code).http_response(&default)),
                (
                    "neutral",
                    with_context(code).http_response(&problem_basic()),
                ),
            ];
            for (route, expected) in cases {
                let request = TestRequest::get()
                    .uri(&format!("/{route}/{index}"))
                    .to_request();
                let response = call_service(&app, request).await;
                assert_served(response, &expected, &format!("/{route} {code:?}")).await;
            }
        }
    });
}
