//! `http::Response`s for errors (feature `http`): a translation of
//! [`HttpResponse`], which holds the policy.

use alloc::string::String;

use http::header::{HeaderName, HeaderValue};
use http::{Response, StatusCode};

use errcat_core::entry::Entry;

use crate::error_view::ErrorView;
use crate::{Error, ErrorCode, HttpResponse, ResponseOptions};

impl<C: ErrorCode> Error<C> {
    /// [`Error::http_response`] as an `http::Response<String>`: the same
    /// status, headers and body.
    #[must_use]
    pub fn to_http_response(&self, options: &ResponseOptions) -> Response<String> {
        self.http_response(options).into()
    }
}

impl From<HttpResponse> for Response<String> {
    fn from(neutral: HttpResponse) -> Self {
        let (status, headers, body) = neutral.into_parts();
        let mut response = Response::new(body);
        // The catalog holds statuses in 400..=599, all valid.
        *response.status_mut() =
            StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        for (name, value) in headers {
            // Names are errcat's own lowercase constants, which
            // `from_static` accepts; values are visible ASCII and spaces,
            // so none is dropped.
            if let Ok(value) = HeaderValue::try_from(value) {
                response
                    .headers_mut()
                    .insert(HeaderName::from_static(name), value);
            }
        }
        response
    }
}

/// What `From<Enum> for Response<String>` gives for a generated enum: the
/// response of [`Error::from`] the code, with the default options. It
/// takes the code's entry, not the enum, so it is compiled once, here: as a
/// generic call it would compile a copy of `Error<C>`'s conversion and drop
/// into every catalog's crate (see BENCHMARKS.md, "Goal 3").
#[must_use]
pub fn code_response(entry: Entry) -> Response<String> {
    ErrorView::of_entry(entry)
        .http_response(&ResponseOptions::default())
        .into()
}

impl<C: ErrorCode> From<Error<C>> for Response<String> {
    fn from(error: Error<C>) -> Self {
        error.to_http_response(&ResponseOptions::default())
    }
}
