//! OpenAPI descriptions of errors (features `utoipa` and `aide`).
//!
//! With `utoipa`, every generated enum, [`Error<C>`](crate::Error) and
//! [`Problem<C>`] implement utoipa's `IntoResponses` and `ToSchema`; with
//! `aide`, aide's `OperationOutput`. Each describes the responses an error
//! type can produce: one per status, with the body errcat sends for every
//! code at that status as a named example, and a body schema whose `error`
//! member is the enum of the type's codes. `docs/openapi.md` in the
//! repository has the whole picture.
//!
//! Both integrations convert one neutral description, built once in errcat
//! from the type's table, so they describe an error type alike, and like
//! `errcat render --format openapi`.

mod document;
mod problem;

#[cfg(feature = "aide")]
pub(crate) mod aide;
#[cfg(feature = "utoipa")]
pub(crate) mod utoipa;

pub use problem::Problem;

/// The last segment of `C`'s path without generics, `TokenError` for
/// `my_api::TokenError`: the prefix of the schema names of
/// `Error<C>` and `Problem<C>`.
#[cfg(feature = "utoipa")]
fn type_name<C>() -> &'static str {
    let full = core::any::type_name::<C>();
    let path = full.split_once('<').map_or(full, |(path, _)| path);
    path.rsplit_once("::").map_or(path, |(_, name)| name)
}
