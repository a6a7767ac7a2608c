//! The HTTP status -> gRPC code table, the class fallbacks, and the
//! `grpc_code` override, as the statuses errcat writes carry them.

use errcat::grpc::{HTTP_STATUS_TO_GRPC, code_for_http_status, grpc_code_of};
use errcat::{Error, ErrorCode};
use tonic::{Code, Status};

use crate::{DefaultedError, GrpcError};

#[test]
fn the_table_is_the_google_rpc_mapping() {
    let expected = [
        (400, Code::InvalidArgument),
        (401, Code::Unauthenticated),
        (403, Code::PermissionDenied),
        (404, Code::NotFound),
        (409, Code::Aborted),
        (429, Code::ResourceExhausted),
        (499, Code::Cancelled),
        (500, Code::Internal),
        (501, Code::Unimplemented),
        (503, Code::Unavailable),
        (504, Code::DeadlineExceeded),
    ];
    assert_eq!(HTTP_STATUS_TO_GRPC, &expected[..]);
    for (status, code) in expected {
        assert_eq!(code_for_http_status(status), code, "{status}");
    }
}

#[test]
fn other_statuses_map_by_class() {
    for status in (400..=599).filter(|s| HTTP_STATUS_TO_GRPC.iter().all(|(http, _)| http != s)) {
        let expected = if status < 500 {
            Code::FailedPrecondition
        } else {
            Code::Internal
        };
        assert_eq!(code_for_http_status(status), expected, "{status}");
    }
}

#[test]
fn every_code_is_sent_with_its_mapped_or_declared_grpc_code() {
    for &code in GrpcError::ALL {
        let expected = match code.grpc_code() {
            Some(name) => Code::from_i32(number_of(name)),
            None => code_for_http_status(code.status()),
        };
        assert_eq!(grpc_code_of(code), expected, "{code:?}");
        assert_eq!(Status::from(code).code(), expected, "{code:?}");
        assert_eq!(Status::from(Error::from(code)).code(), expected, "{code:?}");
    }
}

#[test]
fn the_override_wins_over_the_status() {
    assert_eq!(GrpcError::AlreadyThere.status(), 409);
    assert_eq!(GrpcError::AlreadyThere.grpc_code(), Some("ALREADY_EXISTS"));
    assert_eq!(
        Status::from(GrpcError::AlreadyThere).code(),
        Code::AlreadyExists
    );
    // The same status without the field keeps the table's code.
    assert_eq!(Status::from(GrpcError::Conflict).code(), Code::Aborted);
    assert_eq!(
        Status::from(GrpcError::PaymentRequired).code(),
        Code::FailedPrecondition
    );
    assert_eq!(Status::from(GrpcError::BadGateway).code(), Code::Internal);
}

/// The number of a gRPC code name, independently of errcat: tonic's own
/// `Code` descriptions name the codes as the proto does.
fn number_of(name: &str) -> i32 {
    (0..=16)
        .find(|&number| {
            let code = Code::from_i32(number);
            format!("{code:?}").to_ascii_uppercase() == name.replace('_', "")
        })
        .expect("a gRPC code name")
}

/// A hand-written `ErrorCode` whose override is not a code name falls back
/// to the table rather than failing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct HandWritten;

impl core::fmt::Display for HandWritten {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("hand_written")
    }
}

impl ErrorCode for HandWritten {
    const ALL: &'static [Self] = &[Self];
    const TABLE: &'static errcat::Table = &errcat::Table {
        codes: &["hand_written"],
        statuses: &[404],
        descriptions: &["Hand written."],
        grpc_codes: &["not a code"],
        ..errcat::Table::EMPTY
    };

    fn index(self) -> usize {
        0
    }
}

#[test]
fn an_unknown_override_falls_back_to_the_table() {
    assert_eq!(grpc_code_of(HandWritten), Code::NotFound);
    let status = Status::from(Error::from(HandWritten));
    assert_eq!(status.code(), Code::NotFound);
}

#[test]
fn a_defaulted_override_applies_to_every_code() {
    // The accessor of a field with a default is the name itself.
    let name: &'static str = DefaultedError::Busy.grpc_code();
    assert_eq!(name, "UNAVAILABLE");
    assert_eq!(Status::from(DefaultedError::Busy).code(), Code::Unavailable);
    assert_eq!(Status::from(DefaultedError::Gone).code(), Code::NotFound);
    assert_eq!(
        <DefaultedError as ErrorCode>::grpc_code(DefaultedError::Gone),
        Some("NOT_FOUND")
    );
    assert_eq!(DefaultedError::DOMAIN, None);
}
