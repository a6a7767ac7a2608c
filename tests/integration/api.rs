//! The generated API of `LoginError`, used as a downstream crate would.

use std::collections::HashSet;

use errcat::{ErrorCode, UnknownCode};
use login_errors::LoginError;

#[test]
fn every_code_round_trips_to_its_first_variant() {
    for &variant in LoginError::ALL {
        let first = LoginError::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.code() == variant.code())
            .expect("the variant itself has the code");
        assert_eq!(LoginError::from_code(variant.code()), Some(first));
        assert_eq!(variant.code().parse::<LoginError>(), Ok(first));
        assert_eq!(
            <LoginError as ErrorCode>::from_code(variant.code()),
            Some(first)
        );
    }
}

#[test]
fn only_invalid_token_is_shared() {
    let codes: HashSet<&str> = LoginError::ALL
        .iter()
        .map(|variant| variant.code())
        .collect();
    assert_eq!(codes.len(), 29);
    let names: HashSet<String> = LoginError::ALL
        .iter()
        .map(|variant| format!("{variant:?}"))
        .collect();
    assert_eq!(names.len(), 30);
}

#[test]
fn unknown_codes_are_refused_with_the_code() {
    for unknown in [
        "",
        "INVALID_REQUEST",
        "invalid_request ",
        "invalid",
        "zzz",
        "invalid_requests",
    ] {
        assert_eq!(LoginError::from_code(unknown), None, "{unknown:?}");
        assert_eq!(
            unknown.parse::<LoginError>(),
            Err(UnknownCode::new(unknown))
        );
    }
    let error = "nope".parse::<LoginError>().expect_err("unknown");
    assert_eq!(error.code(), "nope");
    assert_eq!(error.to_string(), "unknown error code \"nope\"");
}

#[test]
fn with_status_partitions_the_catalog_in_file_order() {
    let mut seen = Vec::new();
    for status in 400..=599 {
        let group = LoginError::with_status(status);
        assert!(group.iter().all(|variant| variant.status() == status));
        seen.extend_from_slice(group);
    }
    assert_eq!(seen, LoginError::ALL);
    assert_eq!(
        LoginError::with_status(403),
        [
            LoginError::ScopeNotGranted,
            LoginError::AccessDenied,
            LoginError::RequestForbidden
        ]
    );
    assert!(LoginError::with_status(418).is_empty());
    assert!(LoginError::with_status(0).is_empty());
}

#[test]
fn display_debug_and_error() {
    assert_eq!(
        LoginError::TokenExpired.to_string(),
        "invalid_token: The token expired."
    );
    assert_eq!(format!("{:?}", LoginError::TokenExpired), "TokenExpired");
    let error: Box<dyn std::error::Error + Send + Sync> = Box::new(LoginError::NotFound);
    assert_eq!(
        error.to_string(),
        "not_found: Could not find the requested resource(s)."
    );
    assert!(error.source().is_none());
}

#[test]
fn accessors_work_in_const_context() {
    const STATUS: u16 = LoginError::TemporarilyUnavailable.status();
    const CODE: &str = LoginError::UnknownRequest.code();
    const DESCRIPTION: &str = LoginError::JtiKnown.description();
    const HINT: Option<&str> = LoginError::InvalidTokenFormat.hint();
    assert_eq!(STATUS, 503);
    assert_eq!(CODE, "error");
    assert_eq!(DESCRIPTION, "The jti was already used.");
    assert_eq!(
        HINT,
        Some("Ensure that a valid token has been provided in the right format.")
    );
}

#[test]
fn generic_code_sees_the_same_catalog() {
    fn rows<C: ErrorCode>() -> Vec<(&'static str, u16, &'static str, Option<&'static str>)> {
        C::ALL
            .iter()
            .map(|code| (code.code(), code.status(), code.description(), code.hint()))
            .collect()
    }
    let inherent: Vec<_> = LoginError::ALL
        .iter()
        .map(|code| (code.code(), code.status(), code.description(), code.hint()))
        .collect();
    assert_eq!(rows::<LoginError>(), inherent);
    assert_eq!(
        <LoginError as ErrorCode>::with_status(404),
        [LoginError::NotFound]
    );
}
