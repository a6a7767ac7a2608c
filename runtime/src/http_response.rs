//! The framework-neutral HTTP response of an error. The whole response
//! policy (status, headers, body) lives here so that the `http`, axum and
//! any other integration only translate it and cannot disagree.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error_view::ErrorView;
use crate::{BodyFormat, Error, ErrorCode, ResponseOptions};

/// An error's HTTP response, independent of any HTTP library: a status,
/// headers as name/value pairs and a body.
///
/// Header names are lowercase, as HTTP/2 and HTTP/3 send them and as
/// `http::HeaderName` spells them; each name appears at most once. Every
/// value is visible ASCII and spaces, which any HTTP library accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
}

impl HttpResponse {
    /// The status code, from the catalog: 400 to 599.
    #[must_use]
    pub const fn status(&self) -> u16 {
        self.status
    }

    /// Every header, in the order an integration should send them.
    #[must_use]
    pub fn headers(&self) -> &[(&'static str, String)] {
        &self.headers
    }

    /// The value of the header `name`, compared without regard to ASCII
    /// case, as HTTP field names are.
    #[must_use]
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(candidate, _)| candidate.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The body, as its `content-type` header says.
    #[must_use]
    pub fn body(&self) -> &str {
        &self.body
    }

    /// The status, the headers and the body, for an integration to move
    /// into its own response type without copying.
    #[must_use]
    pub fn into_parts(self) -> (u16, Vec<(&'static str, String)>, String) {
        (self.status, self.headers, self.body)
    }
}

impl<C: ErrorCode> Error<C> {
    /// The HTTP response for this error, independent of any HTTP library:
    /// its status; the body as `options.format` says with its
    /// `content-type`; `cache-control: no-store` and `pragma: no-cache`,
    /// as RFC 6749 section 5.1 asks of token endpoint responses; and on
    /// 401, `www-authenticate` with `options.challenge`.
    ///
    /// Every integration (`Error::to_http_response` with the `http`
    /// feature, axum's `IntoResponse`, actix-web's `ResponseError` and
    /// `Responder`) is this response translated, so an adapter for another
    /// framework only copies the parts.
    ///
    /// Several widely used OAuth clients (authlib's token client,
    /// oauth4webapi) do not read the body of a 5xx response, so a code
    /// whose catalog status is 5xx (RFC 6749's `server_error` and
    /// `temporarily_unavailable`, say, at 500 and 503) reaches them as a
    /// bare HTTP failure. If those clients must see the
    /// code, send these errors as redirect parameters at the authorization
    /// endpoint ([`Error::redirect_uri`], as RFC 6749 section 4.1.2.1
    /// intends), or give the catalog entry `status = 400` at the token
    /// endpoint, at the cost of the HTTP semantics (see
    /// `docs/wire-formats.md`, "Statuses, and 5xx bodies").
    #[must_use]
    pub fn http_response(&self, options: &ResponseOptions) -> HttpResponse {
        self.view().http_response(options)
    }
}

impl ErrorView<'_> {
    pub(crate) fn http_response(&self, options: &ResponseOptions) -> HttpResponse {
        let (body, content_type) = match options.format {
            BodyFormat::OAuth => (self.json_body(options.expose), "application/json"),
            BodyFormat::Problem => (
                self.problem_json(options.expose),
                "application/problem+json",
            ),
        };
        let mut headers = Vec::with_capacity(4);
        headers.push(("content-type", String::from(content_type)));
        headers.push(("cache-control", String::from("no-store")));
        headers.push(("pragma", String::from("no-cache")));
        if self.entry.status() == 401 {
            let mut challenge =
                String::with_capacity(self.estimated_len() + options.challenge.header_len());
            self.write_www_authenticate(&mut challenge, &options.challenge, options.expose);
            headers.push(("www-authenticate", challenge));
        }
        HttpResponse {
            status: self.entry.status(),
            headers,
            body,
        }
    }
}
