//! OpenAPI descriptions of errors, for utoipa (feature `utoipa`) and aide
//! (feature `aide`): the responses an error type can produce, one per
//! status, each with the real body of every code it carries as a named
//! example.
//!
//! Both integrations render the same [`document`] and only convert it to
//! their framework's types, so they describe errors alike, and like
//! `errcat render --format openapi`.

mod document;
mod problem;

#[cfg(feature = "aide")]
pub(crate) mod aide;
#[cfg(feature = "utoipa")]
pub(crate) mod utoipa;

use alloc::vec::Vec;

pub use problem::Problem;

use crate::ErrorCode;
use crate::error_view::CodeRow;

/// The rows of every code of `C`, in file order, for the builders, which
/// are compiled once in errcat: this is all the generic code a catalog's
/// OpenAPI impls instantiate.
#[must_use]
pub fn code_rows<C: ErrorCode>() -> Vec<CodeRow> {
    C::ALL
        .iter()
        .map(|&code| CodeRow {
            code: code.code(),
            status: code.status(),
            description: code.description(),
            hint: code.hint(),
            oauth_description: code.oauth_description(),
            oauth_hint: code.oauth_hint(),
        })
        .collect()
}

/// The last segment of `C`'s path without generics, `TokenError` for
/// `login_errors::TokenError`: the prefix of the schema names of
/// `Error<C>` and `Problem<C>`.
#[cfg(feature = "utoipa")]
fn type_name<C>() -> &'static str {
    let full = core::any::type_name::<C>();
    let path = full.split_once('<').map_or(full, |(path, _)| path);
    path.rsplit_once("::").map_or(path, |(_, name)| name)
}
