//! errcat: one TOML file is the single source of truth for a service's error
//! codes.
//!
//! [`catalog!`] reads the catalog at compile time and generates an error enum
//! with static lookup tables, `Display`/`FromStr`/`Error` impls and rustdoc
//! for every code. This crate holds what the generated code relies on, and
//! turns a code into what goes on the wire and back:
//!
//! - [`Error`]: a code with the context of one occurrence (description
//!   override, hint, debug detail, cause, `state`, `error_uri`);
//! - server side: the RFC 6749 JSON body ([`Error::json_body`]), redirect
//!   parameters ([`Error::redirect_uri`]), the RFC 6750 `WWW-Authenticate`
//!   challenge ([`Error::www_authenticate`]) and RFC 9457 problem+json
//!   ([`Error::problem_json`]); run-time text is made safe by the rules of
//!   [`text`];
//! - client side: [`ErrorResponse`] read from a JSON body, a redirect or a
//!   challenge, its code resolved to a [`Code`] of your catalog.
//!
//! ```
//! errcat::catalog! {
//!     /// Errors of the doc example.
//!     pub enum DocError = "examples/doc-catalog.toml";
//! }
//!
//! assert_eq!(DocError::from_code("invalid_request"), Some(DocError::InvalidRequest));
//! assert_eq!(DocError::InvalidRequest.status(), 400);
//! ```
//!
//! # Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `std` | yes | `alloc`, and `std` support in the dependencies |
//! | `alloc` | with `std` | [`Error`], the wire formats and the parsers; [`Error::http_response`], the framework-neutral [`HttpResponse`]; [`UnknownCode`] keeps the whole refused text |
//! | `serde` | yes | generated enums (de)serialize as their wire code; `Serialize`/`Deserialize` for [`ErrorResponse`]; [`ErrorResponse::from_json`], and with `std` [`ErrorResponse::from_json_reader`] |
//! | `http` | yes | [`Error::to_http_response`], `From<HttpResponse>` and `From<Enum>` for `http::Response<String>` |
//! | `axum` | no | `axum_core::response::IntoResponse` for [`HttpResponse`], [`Error`] and generated enums |
//! | `actix` | no | `actix_web::Responder` for [`HttpResponse`]; `actix_web::ResponseError` and `Responder` for [`Error`] and generated enums |
//! | `utoipa` | no | utoipa's `IntoResponses` and `ToSchema` for [`Error`], `openapi::Problem` and generated enums: their statuses, one example per code, the enum of codes (module `openapi`) |
//! | `aide` | no | aide's `OperationOutput` for the same types (module `openapi`) |
//! | `tonic` | no | `From` for `tonic::Status` of [`Error`] and generated enums (gRPC code, `ErrorInfo`, `Help`), `Error::to_grpc_status`, and the reader `grpc::StatusResponse` |
//!
//! Without default features the crate is `no_std`: [`ErrorCode`] and the
//! generated enums need only `core`.
#![forbid(unsafe_code)]
#![no_std]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod catalog_macro;
mod error_code;
mod integrations;
mod not_in_subset;
mod status;
mod unknown_code;

#[cfg(feature = "alloc")]
mod auth_header;
#[cfg(feature = "alloc")]
mod challenge;
#[cfg(feature = "alloc")]
mod code;
#[cfg(feature = "alloc")]
mod error;
#[cfg(feature = "alloc")]
mod error_view;
#[cfg(feature = "alloc")]
mod expose;
#[cfg(feature = "alloc")]
mod http_response;
#[cfg(feature = "alloc")]
mod json_writer;
#[cfg(feature = "alloc")]
mod oauth_json;
#[cfg(feature = "alloc")]
mod params;
#[cfg(feature = "alloc")]
mod parse_error;
#[cfg(feature = "alloc")]
mod problem;
#[cfg(feature = "alloc")]
mod redirect;
#[cfg(feature = "alloc")]
mod response;
#[cfg(feature = "alloc")]
mod response_options;
#[cfg(feature = "alloc")]
pub mod text;

#[cfg(feature = "actix")]
mod actix;
#[cfg(feature = "axum")]
mod axum;
#[cfg(feature = "tonic")]
pub mod grpc;
#[cfg(feature = "http")]
mod http;
#[cfg(any(feature = "utoipa", feature = "aide"))]
pub mod openapi;

#[doc(hidden)]
pub mod __private;

pub use errcat_core::table::Table;
pub use error_code::ErrorCode;
pub use not_in_subset::NotInSubset;
pub use status::reason_phrase;
pub use unknown_code::UnknownCode;

#[cfg(feature = "alloc")]
pub use auth_header::{ParsedChallenge, parse_www_authenticate};
#[cfg(feature = "alloc")]
pub use challenge::{Challenge, ChallengeError};
#[cfg(feature = "alloc")]
pub use code::Code;
#[cfg(feature = "alloc")]
pub use error::Error;
#[cfg(feature = "alloc")]
pub use expose::Expose;
#[cfg(feature = "alloc")]
pub use http_response::HttpResponse;
#[cfg(feature = "alloc")]
pub use parse_error::{Limits, ParseError};
#[cfg(feature = "alloc")]
pub use redirect::{
    MAX_REDIRECT_URI_LEN, MAX_REDIRECT_URI_PARAMETERS, RedirectOptions, RedirectUriError,
    ResponseMode,
};
#[cfg(feature = "alloc")]
pub use response::ErrorResponse;
#[cfg(feature = "alloc")]
pub use response_options::{BodyFormat, ResponseOptions};
