//! actix-web's `ResponseError` and `Responder` for errors (feature
//! `actix`): a translation of [`HttpResponse`], which holds the policy.
//!
//! actix-web 4 is built on `http` 0.2, not the `http` 1 of the `http`
//! feature, so the translation starts from the neutral response rather
//! than from `http::Response`. It copies the status, every header and the
//! body, and adds none: the `content-length` and `date` an actix-web
//! response carries on the wire are added by actix-web's server when it
//! writes the response, as for any handler. actix-web's header map keeps
//! no order, so the server sends the same headers in an order of its own;
//! HTTP gives the order of different field names no meaning (RFC 9110,
//! section 5.3).

use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::{HttpRequest, Responder, ResponseError};

use errcat_core::entry::Entry;

use crate::error_view::ErrorView;
use crate::{Error, ErrorCode, HttpResponse, ResponseOptions};

/// actix-web's response type, named apart from errcat's [`HttpResponse`].
type ActixResponse = actix_web::HttpResponse<BoxBody>;

impl From<HttpResponse> for ActixResponse {
    fn from(neutral: HttpResponse) -> Self {
        let (status, headers, body) = neutral.into_parts();
        let mut response = actix_web::HttpResponse::with_body(status_code(status), body);
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
        response.map_into_boxed_body()
    }
}

/// The catalog holds statuses in 400..=599, all valid.
fn status_code(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

impl Responder for HttpResponse {
    type Body = BoxBody;

    /// The same status, headers and body, so a handler can return
    /// [`Error::http_response`] with options of its choosing.
    fn respond_to(self, _request: &HttpRequest) -> ActixResponse {
        self.into()
    }
}

impl<C: ErrorCode> ResponseError for Error<C> {
    fn status_code(&self) -> StatusCode {
        status_code(self.status())
    }

    /// [`Error::http_response`] with the default [`ResponseOptions`]; a
    /// handler that needs other options returns that response itself.
    fn error_response(&self) -> ActixResponse {
        self.http_response(&ResponseOptions::default()).into()
    }
}

impl<C: ErrorCode> Responder for Error<C> {
    type Body = BoxBody;

    /// The error's [`ResponseError::error_response`], so a handler may
    /// return an `Error<C>` as well as a `Result<T, Error<C>>`.
    fn respond_to(self, _request: &HttpRequest) -> ActixResponse {
        self.error_response()
    }
}

/// What `ResponseError::status_code` gives for a generated enum, whose
/// status is its catalog's.
#[must_use]
pub fn code_actix_status(status: u16) -> StatusCode {
    status_code(status)
}

/// What `ResponseError` and `Responder` give for a generated enum: the
/// response of [`Error::from`] the code, with the default options. It
/// takes the code's entry, not the enum, so it is compiled once, here (see
/// BENCHMARKS.md, "Goal 3").
#[must_use]
pub fn code_actix_response(entry: Entry) -> ActixResponse {
    ErrorView::of_entry(entry)
        .http_response(&ResponseOptions::default())
        .into()
}
