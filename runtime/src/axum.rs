//! `IntoResponse` for errors (feature `axum`), through the `http`
//! translation of [`HttpResponse`], which holds the policy.

use axum_core::response::{IntoResponse, Response};

use errcat_core::entry::Entry;

use crate::{Error, ErrorCode, HttpResponse, ResponseOptions, http::code_response};

impl<C: ErrorCode> IntoResponse for Error<C> {
    /// [`Error::to_http_response`] with the default [`ResponseOptions`];
    /// call that directly for other options.
    fn into_response(self) -> Response {
        self.to_http_response(&ResponseOptions::default())
            .into_response()
    }
}

impl IntoResponse for HttpResponse {
    /// The same status, headers and body, so a handler can return
    /// [`Error::http_response`] with options of its choosing.
    fn into_response(self) -> Response {
        http::Response::<alloc::string::String>::from(self).into_response()
    }
}

/// What `IntoResponse` gives for a generated enum: [`code_response`], as
/// an axum response, compiled once here for the same reason.
#[must_use]
pub fn code_into_response(entry: Entry) -> Response {
    code_response(entry).into_response()
}
