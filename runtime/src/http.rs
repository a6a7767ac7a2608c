//! `http::Response`s for errors (feature `http`).

use alloc::string::String;

use http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, PRAGMA, WWW_AUTHENTICATE};
use http::{Response, StatusCode};

use crate::error_view::{CodeRow, ErrorView};
use crate::{Challenge, Error, ErrorCode, Expose};

/// The body an HTTP error response carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BodyFormat {
    /// The RFC 6749 section 5.2 JSON body, `application/json`.
    #[default]
    OAuth,
    /// RFC 9457 problem details, `application/problem+json`.
    Problem,
}

/// How [`Error::to_http_response`] renders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseOptions {
    /// What `error_description` shows.
    pub expose: Expose,
    /// The challenge of a 401 response's `WWW-Authenticate` header.
    pub challenge: Challenge,
    /// The body.
    pub format: BodyFormat,
}

impl Default for ResponseOptions {
    /// The hint exposed, debug detail hidden, a `Bearer` challenge without
    /// realm, an RFC 6749 JSON body.
    fn default() -> Self {
        Self {
            expose: Expose::DEFAULT,
            challenge: Challenge::bearer(),
            format: BodyFormat::OAuth,
        }
    }
}

impl<C: ErrorCode> Error<C> {
    /// The HTTP response for this error: its status; the body as
    /// `options.format` says with its `Content-Type`; `Cache-Control:
    /// no-store` and `Pragma: no-cache`, as RFC 6749 section 5.1 asks of
    /// token endpoint responses; and on 401, `WWW-Authenticate`.
    ///
    /// Several widely used OAuth clients (authlib's token client,
    /// oauth4webapi) do not read the body of a 5xx response, so a code
    /// whose catalog status is 5xx (`server_error` and `misconfiguration`,
    /// 500, and `temporarily_unavailable`, 503, in the Login catalog)
    /// reaches them as a bare HTTP failure. If those clients must see the
    /// code, send these errors as redirect parameters at the authorization
    /// endpoint ([`Error::redirect_uri`], as RFC 6749 section 4.1.2.1
    /// intends), or give the catalog entry `status = 400` at the token
    /// endpoint, at the cost of the HTTP semantics (see
    /// `docs/wire-formats.md`, "Statuses, and 5xx bodies").
    #[must_use]
    pub fn to_http_response(&self, options: &ResponseOptions) -> Response<String> {
        self.view().to_http_response(options)
    }
}

impl ErrorView<'_> {
    pub(crate) fn to_http_response(&self, options: &ResponseOptions) -> Response<String> {
        let (body, content_type) = match options.format {
            BodyFormat::OAuth => (self.json_body(options.expose), "application/json"),
            BodyFormat::Problem => (
                self.problem_json(options.expose),
                "application/problem+json",
            ),
        };
        let mut response = Response::new(body);
        // The catalog holds statuses in 400..=599, all valid.
        *response.status_mut() =
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(PRAGMA, HeaderValue::from_static("no-cache"));
        if self.status == 401 {
            let mut challenge =
                String::with_capacity(self.estimated_len() + options.challenge.header_len());
            self.write_www_authenticate(&mut challenge, &options.challenge, options.expose);
            // Every part of the challenge is a token or sanitised text:
            // visible ASCII and spaces, which a header value always accepts.
            if let Ok(value) = HeaderValue::from_str(&challenge) {
                headers.insert(WWW_AUTHENTICATE, value);
            }
        }
        response
    }
}

/// What `From<Enum> for Response<String>` gives for a generated enum: the
/// response of [`Error::from`] the code, with the default options. It
/// takes the code's row, not the enum, so it is compiled once, here: as a
/// generic call it would compile a copy of `Error<C>`'s conversion and drop
/// into every catalog's crate (see BENCHMARKS.md, "Goal 3").
#[must_use]
pub fn code_response(row: CodeRow) -> Response<String> {
    ErrorView::of_code(row).to_http_response(&ResponseOptions::default())
}

impl<C: ErrorCode> From<Error<C>> for Response<String> {
    fn from(error: Error<C>) -> Self {
        error.to_http_response(&ResponseOptions::default())
    }
}
