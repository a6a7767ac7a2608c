//! [`Problem`]: an error that is answered, and documented, as RFC 9457
//! problem details.

use crate::{Error, ErrorCode};

/// An error answered as RFC 9457 problem details
/// (`application/problem+json`) rather than the RFC 6749 JSON body.
///
/// OpenAPI generators read a handler's types, never the
/// [`ResponseOptions`](crate::ResponseOptions) it renders with at run time,
/// so the body format has to be part of the type for the document to show
/// the body really sent: `Problem<C>` is that type. Its responses and
/// schemas (utoipa's `IntoResponses` and `ToSchema`, aide's
/// `OperationOutput`) describe problem+json, and with the `axum` feature
/// it is also the response itself (`IntoResponse` with
/// [`BodyFormat::Problem`](crate::BodyFormat::Problem)), so a handler
/// returning `Result<T, Problem<C>>` cannot send one format and document
/// the other.
///
/// ```
/// use errcat::Error;
/// use errcat::openapi::Problem;
/// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
///
/// fn find(id: u32) -> Result<String, Problem<DocError>> {
///     Err(Error::from(DocError::InvalidRequest).with_debug(format!("no item {id}")))?
/// }
///
/// assert_eq!(find(7).unwrap_err().0.kind(), DocError::InvalidRequest);
/// ```
#[derive(Debug)]
pub struct Problem<C: ErrorCode>(pub Error<C>);

impl<C: ErrorCode> From<Error<C>> for Problem<C> {
    fn from(error: Error<C>) -> Self {
        Self(error)
    }
}

impl<C: ErrorCode> From<C> for Problem<C> {
    fn from(code: C) -> Self {
        Self(Error::from(code))
    }
}

#[cfg(feature = "axum")]
impl<C: ErrorCode> axum_core::response::IntoResponse for Problem<C> {
    /// [`Error::http_response`] with the default options but
    /// [`BodyFormat::Problem`](crate::BodyFormat::Problem).
    fn into_response(self) -> axum_core::response::Response {
        let options = crate::ResponseOptions {
            format: crate::BodyFormat::Problem,
            ..crate::ResponseOptions::default()
        };
        self.0.http_response(&options).into_response()
    }
}
