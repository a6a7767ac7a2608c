//! What generated code names. Not public API: it changes with the macro,
//! which is why `errcat` pins `errcat-macros` to one exact version.

pub use crate::__errcat_integrations as integrations;
pub use crate::error_code::{entry, table};
pub use crate::{ErrorCode, NotInSubset, UnknownCode};
pub use errcat_macros::catalog;

#[cfg(feature = "actix")]
pub use actix_web;
#[cfg(feature = "alloc")]
pub use alloc::string::String;
#[cfg(feature = "axum")]
pub use axum_core;
#[cfg(feature = "http")]
pub use http;
#[cfg(feature = "tonic")]
pub use tonic;

#[cfg(feature = "actix")]
pub use crate::actix::{code_actix_response, code_actix_status};
#[cfg(feature = "axum")]
pub use crate::axum::code_into_response;
#[cfg(feature = "tonic")]
pub use crate::grpc::code_status;
#[cfg(feature = "http")]
pub use crate::http::code_response;
#[cfg(feature = "serde")]
pub use serde;

#[cfg(feature = "aide")]
pub use aide;
#[cfg(feature = "utoipa")]
pub use alloc::borrow::Cow;
#[cfg(feature = "utoipa")]
pub use utoipa;

#[cfg(feature = "serde")]
pub use crate::integrations::serde_support::deserialize_code;

pub use errcat_core::hash::Mode;
pub use errcat_core::lookup::{EMPTY, PerfectHash, Slot};
pub use errcat_core::table::Table;

/// Writes `code: description`, the `Display` of every generated enum.
///
/// # Errors
///
/// When the formatter fails.
pub fn display<C: ErrorCode>(code: C, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
    f.write_str(code.code())?;
    f.write_str(": ")?;
    f.write_str(code.description())
}

/// The builders the generated utoipa impls call.
#[cfg(feature = "utoipa")]
pub mod utoipa_support {
    pub use crate::openapi::utoipa::{Responses, SchemaRef, code_schema, responses};
}

/// The builder the generated aide impl calls.
#[cfg(feature = "aide")]
pub mod aide_support {
    pub use crate::openapi::aide::{Responses, responses};
}
