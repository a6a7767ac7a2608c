//! Statuses errcat did not write, and statuses written to mislead: each
//! is a clear error, never a panic or a wrong code.

use std::collections::HashMap;

use errcat::Code;
use errcat::grpc::{HTTP_STATUS_KEY, StatusParseError, StatusResponse};
use tonic::{Code as GrpcCode, Status};
use tonic_types::{ErrorDetails, StatusExt};

use crate::GrpcError;

fn with_info(reason: &str, metadata: &[(&str, &str)]) -> Status {
    let metadata: HashMap<String, String> = metadata
        .iter()
        .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()))
        .collect();
    let details = ErrorDetails::with_error_info(reason, "grpc-tests.errcat.example", metadata);
    Status::with_error_details(GrpcCode::InvalidArgument, "m", details)
}

#[test]
fn a_plain_status_has_no_code() {
    let status = Status::not_found("no such user");
    assert_eq!(
        StatusResponse::from_status(&status),
        Err(StatusParseError::NoErrorInfo)
    );
    let other = Status::with_error_details(
        GrpcCode::Unavailable,
        "later",
        ErrorDetails::with_retry_info(None),
    );
    assert_eq!(
        StatusResponse::from_status(&other),
        Err(StatusParseError::NoErrorInfo)
    );
}

#[test]
fn ok_is_not_an_error() {
    assert_eq!(
        StatusResponse::from_status(&Status::ok("")),
        Err(StatusParseError::NotAnError)
    );
}

#[test]
fn undecodable_details_are_reported() {
    for bytes in [
        &b"\xff\xff\xff\xff"[..],
        b"\x0a\x05ab",
        b"\x1a\x80\x80\x80\x80\x80\x80",
    ] {
        let status = Status::with_details(GrpcCode::Internal, "x", bytes.to_vec().into());
        match StatusResponse::from_status(&status) {
            Err(StatusParseError::Details(why)) => assert!(!why.is_empty()),
            other => panic!("{bytes:?}: {other:?}"),
        }
    }
}

#[test]
fn a_reason_that_is_no_code_is_refused() {
    assert_eq!(
        StatusResponse::from_status(&with_info("", &[])),
        Err(StatusParseError::InvalidReason(String::new()))
    );
    let long = format!("bad \"reason\" {}", "x".repeat(1000));
    match StatusResponse::from_status(&with_info(&long, &[])) {
        Err(StatusParseError::InvalidReason(kept)) => {
            assert_eq!(kept.len(), 64);
            assert!(long.starts_with(&kept));
        }
        other => panic!("{other:?}"),
    }
    let cut_in_a_character = format!("{}é", "a".repeat(63));
    match StatusResponse::from_status(&with_info(&cut_in_a_character, &[])) {
        Err(StatusParseError::InvalidReason(kept)) => assert_eq!(kept, "a".repeat(63)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_bad_http_status_is_refused() {
    for value in [
        "",
        "abc",
        "200",
        "600",
        "-401",
        "4011",
        "99999999999999999999",
    ] {
        let status = with_info("invalid_token", &[(HTTP_STATUS_KEY, value)]);
        assert_eq!(
            StatusResponse::from_status(&status),
            Err(StatusParseError::InvalidHttpStatus(value.to_owned())),
            "{value:?}"
        );
    }
}

#[test]
fn an_unknown_reason_is_kept_as_sent() {
    let status = with_info("teapot", &[(HTTP_STATUS_KEY, "418")]);
    let read = StatusResponse::from_status(&status).expect("a well-formed status");
    assert_eq!(read.code::<GrpcError>(), Code::Unknown("teapot".to_owned()));
}

#[test]
fn a_status_that_contradicts_itself_keeps_the_metadata_word() {
    // The metadata says 400, the gRPC code says UNAUTHENTICATED: the HTTP
    // status is errcat's own statement, and picks the entry.
    let details = ErrorDetails::with_error_info(
        "invalid_token",
        "grpc-tests.errcat.example",
        HashMap::from([(HTTP_STATUS_KEY.to_owned(), "400".to_owned())]),
    );
    let status = Status::with_error_details(GrpcCode::Unauthenticated, "m", details);
    let read = StatusResponse::from_status(&status).expect("a well-formed status");
    assert_eq!(
        read.code::<GrpcError>(),
        Code::Known(GrpcError::InvalidTokenFormat)
    );
}

#[test]
fn errors_say_what_went_wrong() {
    assert_eq!(
        StatusParseError::NoErrorInfo.to_string(),
        "the gRPC status carries no google.rpc.ErrorInfo, so no error code"
    );
    assert_eq!(
        StatusParseError::InvalidHttpStatus("200".to_owned()).to_string(),
        "the ErrorInfo metadata `httpStatus` \"200\" is not an HTTP error status"
    );
}
