//! The neutral response with no HTTP library: this binary needs only the
//! `alloc` feature, and `cargo test -p errcat --no-default-features
//! --features alloc` runs it without `http`. (The wire tests, which need
//! `http`, check that the http adapter gives the same response.)

use errcat::{BodyFormat, Challenge, Error, HttpResponse, ResponseOptions};

errcat::catalog! {
    /// The wire tests' codes, Login entries with one 401 code.
    enum LoginError = "tests/wire/catalog.toml";
}

const TOKEN_EXPIRED: &str = "The token expired. Obtain a new access token, with the refresh token or by running the authorization flow again.";

fn headers(response: &HttpResponse) -> Vec<(&str, &str)> {
    response
        .headers()
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect()
}

#[test]
fn a_401_carries_the_oauth_body_no_store_and_the_challenge() {
    let options = ResponseOptions {
        challenge: Challenge::bearer().with_realm("api"),
        ..ResponseOptions::default()
    };
    let response = Error::from(LoginError::TokenExpired).http_response(&options);
    assert_eq!(response.status(), 401);
    let challenge = format!(
        r#"Bearer realm="api", error="invalid_token", error_description="{TOKEN_EXPIRED}""#
    );
    assert_eq!(
        headers(&response),
        [
            ("content-type", "application/json"),
            ("cache-control", "no-store"),
            ("pragma", "no-cache"),
            ("www-authenticate", challenge.as_str()),
        ]
    );
    assert_eq!(
        response.body(),
        format!(r#"{{"error":"invalid_token","error_description":"{TOKEN_EXPIRED}"}}"#)
    );
}

#[test]
fn only_a_401_carries_a_challenge() {
    for &code in LoginError::ALL {
        let response = Error::from(code).http_response(&ResponseOptions::default());
        assert_eq!(response.status(), code.status());
        assert_eq!(
            response.header("www-authenticate").is_some(),
            code.status() == 401,
            "{code:?}"
        );
        assert_eq!(response.header("cache-control"), Some("no-store"));
        assert_eq!(response.header("pragma"), Some("no-cache"));
    }
}

#[test]
fn the_problem_format_changes_the_body_and_its_type_only() {
    let error = Error::from(LoginError::NotFound);
    let oauth = error.http_response(&ResponseOptions::default());
    let problem = error.http_response(&ResponseOptions {
        format: BodyFormat::Problem,
        ..ResponseOptions::default()
    });
    assert_eq!(problem.status(), 404);
    assert_eq!(
        problem.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(
        problem.body(),
        error.problem_json(ResponseOptions::default().expose)
    );
    assert_eq!(
        oauth.body(),
        error.json_body(ResponseOptions::default().expose)
    );
    assert_eq!(&headers(&problem)[1..], &headers(&oauth)[1..]);
}

#[test]
fn header_names_match_without_regard_to_case_and_parts_move_out() {
    let response = Error::from(LoginError::TokenExpired).http_response(&ResponseOptions::default());
    assert_eq!(response.header("Content-Type"), Some("application/json"));
    assert_eq!(
        response.header("WWW-Authenticate"),
        response.header("www-authenticate")
    );
    assert_eq!(response.header("retry-after"), None);
    let copy = response.clone();
    let (status, headers, body) = response.into_parts();
    assert_eq!(status, copy.status());
    assert_eq!(headers, copy.headers());
    assert_eq!(body, copy.body());
}
