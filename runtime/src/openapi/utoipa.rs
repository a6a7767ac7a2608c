//! utoipa's `ToSchema` and `IntoResponses` (feature `utoipa`), converted
//! from the [`document`](super::document).
//!
//! A generated enum is its string enum of codes, and its responses are
//! those of `Error<Enum>`; [`Error<C>`] is the RFC 6749 body and
//! [`Problem<C>`] the problem+json one.

use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};

use serde::de::DeserializeOwned;
use serde_json::Value;
use utoipa::openapi::RefOr;
use utoipa::openapi::response::Response;
use utoipa::openapi::schema::Schema;
use utoipa::{IntoResponses, PartialSchema, ToSchema};

use errcat_core::table::Table;

use super::{Problem, document, type_name};
use crate::{BodyFormat, Error, ErrorCode, error_code};

/// What `IntoResponses::responses` returns.
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// What `PartialSchema::schema` returns.
pub type SchemaRef = RefOr<Schema>;

/// The responses of an error type whose codes are `table`'s, for its body
/// `format`: one per status, keyed by the status.
#[must_use]
pub fn responses(table: &'static Table, format: BodyFormat) -> Responses {
    document::responses(table, format)
        .into_iter()
        .map(|(status, response)| (status.to_string(), RefOr::T(convert(response))))
        .collect()
}

/// The string enum of the codes of `table`: a generated enum's schema.
#[must_use]
pub fn code_schema(table: &'static Table) -> SchemaRef {
    RefOr::T(convert(document::code_enum(table)))
}

/// The body schema for `format` of an error type whose codes are `table`'s.
#[must_use]
fn body_schema(table: &'static Table, format: BodyFormat) -> SchemaRef {
    RefOr::T(convert(document::body_schema(table, format)))
}

/// utoipa's type of the document's JSON. The document is built to be
/// valid OpenAPI, which utoipa's types all read, so the default (an
/// empty object) is never used; the tests compare every converted part
/// with the JSON it came from.
fn convert<T: DeserializeOwned + Default>(value: Value) -> T {
    serde_json::from_value(value).unwrap_or_default()
}

impl<C: ErrorCode> PartialSchema for Error<C> {
    fn schema() -> SchemaRef {
        body_schema(error_code::table::<C>(), BodyFormat::OAuth)
    }
}

impl<C: ErrorCode> ToSchema for Error<C> {
    /// `TokenErrorBody` for `Error<TokenError>`.
    fn name() -> Cow<'static, str> {
        Cow::Owned(format!("{}Body", type_name::<C>()))
    }
}

impl<C: ErrorCode> IntoResponses for Error<C> {
    fn responses() -> Responses {
        responses(error_code::table::<C>(), BodyFormat::OAuth)
    }
}

impl<C: ErrorCode> PartialSchema for Problem<C> {
    fn schema() -> SchemaRef {
        body_schema(error_code::table::<C>(), BodyFormat::Problem)
    }
}

impl<C: ErrorCode> ToSchema for Problem<C> {
    /// `TokenErrorProblem` for `Problem<TokenError>`.
    fn name() -> Cow<'static, str> {
        Cow::Owned(format!("{}Problem", type_name::<C>()))
    }
}

impl<C: ErrorCode> IntoResponses for Problem<C> {
    fn responses() -> Responses {
        responses(error_code::table::<C>(), BodyFormat::Problem)
    }
}
