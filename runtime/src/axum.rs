//! `IntoResponse` for errors (feature `axum`).

use axum_core::response::{IntoResponse, Response};

use crate::{Error, ErrorCode, ResponseOptions};

impl<C: ErrorCode> IntoResponse for Error<C> {
    /// [`Error::to_http_response`] with the default [`ResponseOptions`];
    /// call that directly for other options.
    fn into_response(self) -> Response {
        self.to_http_response(&ResponseOptions::default())
            .into_response()
    }
}
