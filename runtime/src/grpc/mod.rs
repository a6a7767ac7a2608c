//! gRPC statuses (feature `tonic`): an error as a [`tonic::Status`] with
//! the richer error model of `tonic-types`, and a `Status` read back.
//!
//! A status errcat writes carries:
//!
//! - the gRPC code: the code's `grpc_code` field when the catalog declares
//!   one, else its HTTP status through [`HTTP_STATUS_TO_GRPC`];
//! - the message: the description, then the hint and the debug detail as
//!   [`Expose`](crate::Expose) says (the hint by default, the debug detail
//!   never unless switched on), as plain text cut to
//!   [`MAX_ERROR_DESCRIPTION_LEN`](crate::text::MAX_ERROR_DESCRIPTION_LEN);
//! - `google.rpc.ErrorInfo`: the wire code as `reason`, the catalog's
//!   `domain` (empty when it declares none) and the HTTP status as the
//!   metadata entry [`HTTP_STATUS_KEY`];
//! - `google.rpc.Help`, when there is a link: the error's `error_uri`
//!   (described [`ERROR_URI_LINK`]), then the code's `reference` URL
//!   (described by the reference as the catalog writes it).
//!
//! [`StatusResponse::from_status`] reads such a status back.

mod mapping;
mod read;
mod write;

pub use mapping::{HTTP_STATUS_TO_GRPC, code_for_http_status, grpc_code_of};
pub use read::{StatusParseError, StatusResponse};
#[doc(hidden)]
pub use write::code_status;

/// The `ErrorInfo` metadata key that holds the HTTP status, in decimal: it
/// picks the right entry of a code shared by several statuses.
/// lowerCamelCase, as Google's AIP-193 asks of metadata keys.
pub const HTTP_STATUS_KEY: &str = "httpStatus";

/// The description of the `Help` link that carries the error's
/// `error_uri`, so a reader can tell it from the code's reference.
pub const ERROR_URI_LINK: &str = "error_uri";
