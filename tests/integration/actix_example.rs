//! Starts the actix-web example token endpoint
//! (`examples/actix_token_server.rs`) and the axum example's
//! (`examples/auth_server.rs`) on ephemeral ports, and sends both the same
//! token requests over real HTTP: every error reply is the same, status
//! line, headers but `date` and body, byte for byte, and is the
//! `Error<TokenError>` the example means. The example's routes run in this
//! process, so the test exercises the example as it is now.

use errcat::{Challenge, Code, Error, ErrorResponse, ResponseOptions};
use login_errors::{LoginError, TokenError};

use crate::example_server::auth_server;
use crate::two_servers::{assert_same_reply, exchange, serve_actix, serve_axum};

#[path = "../../examples/actix_token_server.rs"]
#[allow(dead_code)]
mod actix_token_server;

#[test]
fn the_actix_example_answers_token_errors_as_the_axum_example_does() {
    let axum = serve_axum(auth_server::app());
    let actix = serve_actix(actix_token_server::routes);
    let basic = ResponseOptions {
        challenge: Challenge::with_scheme("Basic")
            .expect("a token")
            .with_realm("login"),
        ..ResponseOptions::default()
    };
    let cases = [
        (
            "client_id=demo-client",
            TokenError::InvalidRequest,
            Error::from(TokenError::InvalidRequest)
                .with_description("The request has no grant_type.")
                .http_response(&ResponseOptions::default()),
        ),
        (
            "grant_type=password",
            TokenError::UnsupportedGrantType,
            Error::from(TokenError::UnsupportedGrantType)
                .http_response(&ResponseOptions::default()),
        ),
        (
            "grant_type=authorization_code&client_id=demo-client&client_secret=wrong",
            TokenError::InvalidClient,
            Error::from(TokenError::InvalidClient).http_response(&basic),
        ),
        (
            "grant_type=authorization_code&client_id=demo-client&client_secret=demo-secret&code=stale",
            TokenError::InvalidGrant,
            Error::from(TokenError::InvalidGrant).http_response(&ResponseOptions::default()),
        ),
    ];
    for (form, code, expected) in cases {
        let from_axum = exchange(axum.addr, "POST", "/token", form);
        let from_actix = exchange(actix.addr, "POST", "/token", form);
        assert_same_reply(&from_axum, &from_actix, form);
        assert_eq!(
            from_actix.status_line,
            format!(
                "HTTP/1.1 {} {}",
                expected.status(),
                errcat::reason_phrase(expected.status()).unwrap_or_default()
            ),
            "{form}"
        );
        for (name, value) in expected.headers() {
            assert_eq!(from_actix.values(name), [value.as_str()], "{form}");
        }
        assert_eq!(from_actix.body, expected.body().as_bytes(), "{form}");
        // A client reads the code back, in the subset and in the catalog.
        let response = ErrorResponse::from_json(&from_actix.body).expect("a JSON error body");
        assert_eq!(
            response.code_with_status::<TokenError>(expected.status()),
            Code::Known(code)
        );
        assert_eq!(
            response.code_with_status::<LoginError>(expected.status()),
            Code::Known(LoginError::from(code))
        );
    }

    // A good code gets a token, not an error.
    let form = "grant_type=authorization_code&client_id=demo-client&client_secret=demo-secret&code=good-code";
    let reply = exchange(actix.addr, "POST", "/token", form);
    assert_eq!(reply.status_line, "HTTP/1.1 200 OK");
    assert_eq!(reply.values("cache-control"), ["no-store"]);
    assert!(reply.body.starts_with(br#"{"access_token":"good-token""#));
}
