//! The serde, http and axum integrations on a generated enum.

use crate::LoginError;
#[cfg(feature = "axum")]
use axum_core::response::IntoResponse;
use errcat::{BodyFormat, Challenge, Error, Expose, ResponseOptions};
use http::StatusCode;

#[test]
fn enums_serialize_as_their_wire_code() {
    assert_eq!(
        serde_json::to_string(&LoginError::TokenExpired).expect("serialize"),
        r#""invalid_token""#
    );
    assert_eq!(
        serde_json::from_str::<LoginError>(r#""invalid_token""#).expect("deserialize"),
        LoginError::InvalidTokenFormat
    );
    let unknown = serde_json::from_str::<LoginError>(r#""slow_down""#).expect_err("unknown code");
    assert_eq!(
        unknown.to_string(),
        "invalid value: string \"slow_down\", expected an error code of the catalog at line 1 column 11"
    );
    assert!(serde_json::from_str::<LoginError>("400").is_err());
    for &code in LoginError::ALL {
        let json = serde_json::to_string(&code).expect("serialize");
        let back: LoginError = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(back, LoginError::from_code(code.code()).expect("known"));
    }
}

#[test]
fn http_responses_carry_status_type_cache_control_and_challenge() {
    let options = ResponseOptions {
        challenge: Challenge::bearer().with_realm("api"),
        ..ResponseOptions::default()
    };
    let response = Error::from(LoginError::TokenExpired).to_http_response(&options);
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|value| value.to_str().expect("ASCII"))
    };
    assert_eq!(header("content-type"), Some("application/json"));
    assert_eq!(header("cache-control"), Some("no-store"));
    assert_eq!(header("pragma"), Some("no-cache"));
    assert_eq!(
        header("www-authenticate"),
        Some(
            r#"Bearer realm="api", error="invalid_token", error_description="The token expired. Obtain a new access token, with the refresh token or by running the authorization flow again.""#
        )
    );
    assert_eq!(
        response.body(),
        r#"{"error":"invalid_token","error_description":"The token expired. Obtain a new access token, with the refresh token or by running the authorization flow again."}"#
    );
}

#[test]
fn only_401_gets_a_challenge_and_problem_json_has_its_type() {
    let options = ResponseOptions {
        format: BodyFormat::Problem,
        expose: Expose::DESCRIPTION_ONLY,
        ..ResponseOptions::default()
    };
    let response = Error::from(LoginError::NotFound).to_http_response(&options);
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(response.headers().get("www-authenticate").is_none());
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    assert_eq!(
        response.body(),
        r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"Could not find the requested resource(s).","error":"not_found"}"#
    );
    let from_enum: http::Response<String> = LoginError::ServerError.into();
    assert_eq!(from_enum.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

#[test]
#[cfg(feature = "axum")]
fn axum_turns_errors_and_enums_into_responses() {
    let response = LoginError::TokenExpired.into_response();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        response.headers()["www-authenticate"],
        r#"Bearer error="invalid_token", error_description="The token expired. Obtain a new access token, with the refresh token or by running the authorization flow again.""#
    );
    let response = Error::from(LoginError::TemporarilyUnavailable)
        .with_debug("pool empty")
        .into_response();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.headers()["cache-control"], "no-store");
}
