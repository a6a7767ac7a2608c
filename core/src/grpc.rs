//! The canonical gRPC status code names, which the macro checks a
//! catalog's `grpc_code` field against and the runtime's `tonic` feature
//! reads back as codes.

/// The 17 canonical gRPC status codes, by name, each at the index that is
/// its number (`google.rpc.Code`): `OK` is 0, `UNAUTHENTICATED` 16.
pub const CODE_NAMES: [&str; 17] = [
    "OK",
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

/// The number of the gRPC status code named `name`, when it is one of
/// [`CODE_NAMES`].
#[must_use]
pub fn code_number(name: &str) -> Option<i32> {
    let index = CODE_NAMES.iter().position(|known| *known == name)?;
    i32::try_from(index).ok()
}

/// The name of the declared field that overrides a code's gRPC status.
pub const OVERRIDE_FIELD: &str = "grpc_code";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_google_rpc_code() {
        assert_eq!(code_number("OK"), Some(0));
        assert_eq!(code_number("NOT_FOUND"), Some(5));
        assert_eq!(code_number("UNAUTHENTICATED"), Some(16));
        assert_eq!(code_number("not_found"), None);
    }
}
