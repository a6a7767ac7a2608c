//! The gRPC code of an HTTP status: one table, the inverse of the HTTP
//! mapping `google.rpc.Code` documents for each gRPC code, and a fallback
//! by class for the statuses it does not name.

use tonic::Code;

use crate::ErrorCode;

/// The gRPC code each HTTP status is answered with, as `google/rpc/code.proto`
/// pairs them. Where that file gives one HTTP status to several gRPC codes
/// (400: `INVALID_ARGUMENT`, `FAILED_PRECONDITION`, `OUT_OF_RANGE`; 500:
/// `INTERNAL`, `UNKNOWN`, `DATA_LOSS`), the table takes the most general
/// one; a catalog that means another declares it per code with the
/// `grpc_code` field.
///
/// | HTTP | gRPC |
/// |---|---|
/// | 400 | `INVALID_ARGUMENT` |
/// | 401 | `UNAUTHENTICATED` |
/// | 403 | `PERMISSION_DENIED` |
/// | 404 | `NOT_FOUND` |
/// | 409 | `ABORTED` |
/// | 429 | `RESOURCE_EXHAUSTED` |
/// | 499 | `CANCELLED` |
/// | 500 | `INTERNAL` |
/// | 501 | `UNIMPLEMENTED` |
/// | 503 | `UNAVAILABLE` |
/// | 504 | `DEADLINE_EXCEEDED` |
/// | any other 4xx | `FAILED_PRECONDITION` |
/// | any other 5xx | `INTERNAL` |
///
/// Other 4xx statuses (402, 405, 410, 412, 422, ...) say the request cannot
/// succeed in the server's present state, which is `FAILED_PRECONDITION`'s
/// meaning ("do not retry until the system state has been fixed"), not
/// that an argument is malformed; other 5xx statuses are server failures,
/// `INTERNAL`. Neither is a code gRPC clients retry on their own, as they
/// do `UNAVAILABLE`.
pub const HTTP_STATUS_TO_GRPC: &[(u16, Code)] = &[
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

/// The gRPC code of HTTP `status`: its row of [`HTTP_STATUS_TO_GRPC`], else
/// the fallback of its class (`FAILED_PRECONDITION` for 4xx, `INTERNAL`
/// for 5xx and anything else).
///
/// ```
/// use errcat::grpc::code_for_http_status;
/// use tonic::Code;
///
/// assert_eq!(code_for_http_status(401), Code::Unauthenticated);
/// assert_eq!(code_for_http_status(422), Code::FailedPrecondition);
/// assert_eq!(code_for_http_status(502), Code::Internal);
/// ```
#[must_use]
pub fn code_for_http_status(status: u16) -> Code {
    match HTTP_STATUS_TO_GRPC.iter().find(|(http, _)| *http == status) {
        Some((_, code)) => *code,
        None if (400..500).contains(&status) => Code::FailedPrecondition,
        // Catalog statuses are 4xx or 5xx; a hand-written `ErrorCode` with
        // anything else is a server's failure to say what went wrong.
        None => Code::Internal,
    }
}

/// The gRPC code a status of `code` carries: the catalog's `grpc_code`
/// for it, else the mapping of its HTTP status.
#[must_use]
pub fn grpc_code_of<C: ErrorCode>(code: C) -> Code {
    resolve(code.status(), code.grpc_code())
}

/// The override when it names a gRPC code, else the status's mapping. The
/// macro checked the names of a generated enum; a hand-written `ErrorCode`
/// that returns something else gets the mapping.
pub(crate) fn resolve(status: u16, grpc_code: Option<&str>) -> Code {
    grpc_code
        .and_then(errcat_core::grpc::code_number)
        .map(Code::from_i32)
        .filter(|code| *code != Code::Ok)
        .unwrap_or_else(|| code_for_http_status(status))
}
