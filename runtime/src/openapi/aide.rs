//! aide's `OperationOutput` (feature `aide`), converted from the
//! [`document`](super::document): a handler returning
//! `Result<Json<T>, Error<C>>` (or a generated enum, or [`Problem<C>`])
//! gets one inferred response per status of `C`.

use alloc::vec::Vec;

use aide::OperationOutput;
use aide::generate::GenContext;
use aide::openapi::{Operation, Response};

use errcat_core::table::Table;

use super::{Problem, document};
use crate::{BodyFormat, Error, ErrorCode, error_code};

/// What `OperationOutput::inferred_responses` returns.
pub type Responses = Vec<(Option<u16>, Response)>;

/// The responses of an error type whose codes are `table`'s, for its body
/// `format`: one per status, in ascending order.
#[must_use]
pub fn responses(table: &'static Table, format: BodyFormat) -> Responses {
    document::responses(table, format)
        .into_iter()
        .map(|(status, response)| {
            // The document is valid OpenAPI, which aide's `Response`
            // reads; the tests compare the conversion with it, so the
            // bare response is never used.
            let response = serde_json::from_value(response).unwrap_or_default();
            (Some(status), response)
        })
        .collect()
}

impl<C: ErrorCode> OperationOutput for Error<C> {
    type Inner = Self;

    fn inferred_responses(_: &mut GenContext, _: &mut Operation) -> Responses {
        responses(error_code::table::<C>(), BodyFormat::OAuth)
    }
}

impl<C: ErrorCode> OperationOutput for Problem<C> {
    type Inner = Self;

    fn inferred_responses(_: &mut GenContext, _: &mut Operation) -> Responses {
        responses(error_code::table::<C>(), BodyFormat::Problem)
    }
}
