//! [`ErrorResponse`], the parameters of an OAuth 2.0 error response, and
//! the RFC 6749 section 5.2 JSON body.

use alloc::collections::BTreeMap;
use alloc::string::String;

use crate::error_view::ErrorView;
use crate::json::ObjectWriter;
use crate::{Code, Error, ErrorCode, Expose, text};

/// The parameters of an OAuth 2.0 error response, whichever way it
/// travels: a JSON body (RFC 6749 section 5.2), redirect parameters
/// (section 4.1.2.1) or a `WWW-Authenticate` challenge (RFC 6750 section 3).
///
/// Servers get one from [`Error::to_response`]; clients from
/// [`from_json`](Self::from_json), [`from_redirect_uri`](Self::from_redirect_uri)
/// or [`from_www_authenticate`](Self::from_www_authenticate), then resolve
/// the code against their catalog with [`code`](Self::code).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ErrorResponse {
    /// The wire code.
    pub error: String,
    /// `error_description`.
    pub error_description: Option<String>,
    /// `error_uri`.
    pub error_uri: Option<String>,
    /// `state`, echoed from the request.
    pub state: Option<String>,
    /// `iss`, the authorization server's issuer identifier (RFC 9207), in
    /// authorization responses.
    pub iss: Option<String>,
    /// Any other string parameter, kept as sent (fosite's `error_hint`, for
    /// example). Parsers skip members whose value is not a string.
    pub extensions: BTreeMap<String, String>,
}

impl ErrorResponse {
    /// A response with only a wire code.
    #[must_use]
    pub fn new(error: impl Into<String>) -> Self {
        Self {
            error: error.into(),
            ..Self::default()
        }
    }

    /// The code resolved against catalog `C`: the first entry with it, or
    /// the code kept as sent.
    #[must_use]
    pub fn code<C: ErrorCode>(&self) -> Code<C> {
        Code::parse(&self.error)
    }

    /// The code resolved against catalog `C` knowing the HTTP status it
    /// came with, which picks the right entry of a shared code.
    #[must_use]
    pub fn code_with_status<C: ErrorCode>(&self, status: u16) -> Code<C> {
        Code::parse_with_status(&self.error, status)
    }

    /// The RFC 6749 section 5.2 JSON body: `error`, then
    /// `error_description`, `error_uri`, `state`, `iss` and the extensions
    /// when present, absent fields omitted. Strings are escaped as JSON
    /// requires; use [`Error::json_body`] to also sanitise run-time text.
    #[must_use]
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        object.string("error", &self.error);
        for (key, value) in self.optional_fields() {
            object.string(key, value);
        }
        for (key, value) in &self.extensions {
            object.string_member(key, value);
        }
        object.finish();
        out
    }

    /// Where a parser puts the value of parameter `name`: `error` (held
    /// apart until it is known to be there), a standard field, or `None`
    /// for an extension.
    pub(crate) fn slot_for<'a>(
        &'a mut self,
        error: &'a mut Option<String>,
        name: &str,
    ) -> Option<&'a mut Option<String>> {
        Some(match name {
            "error" => error,
            "error_description" => &mut self.error_description,
            "error_uri" => &mut self.error_uri,
            "state" => &mut self.state,
            "iss" => &mut self.iss,
            _ => return None,
        })
    }

    /// The optional standard fields that are present, in wire order.
    pub(crate) fn optional_fields(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("error_description", &self.error_description),
            ("error_uri", &self.error_uri),
            ("state", &self.state),
            ("iss", &self.iss),
        ]
        .into_iter()
        .filter_map(|(key, value)| value.as_deref().map(|value| (key, value)))
    }
}

impl<C: ErrorCode> Error<C> {
    /// The response parameters as this error renders them with `expose`:
    /// the sanitised `error_description`, the percent-encoded `error_uri`,
    /// and the `state` as given.
    #[must_use]
    pub fn to_response(&self, expose: Expose) -> ErrorResponse {
        self.view().to_response(expose)
    }

    /// The RFC 6749 section 5.2 JSON body of this error, written straight
    /// into one string: `{"error":"...","error_description":"...",...}`.
    ///
    /// ```
    /// use errcat::{Error, Expose};
    /// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
    ///
    /// let body = Error::from(DocError::InvalidRequest).with_state("xyz").json_body(Expose::default());
    /// assert_eq!(
    ///     body,
    ///     r#"{"error":"invalid_request","error_description":"The request is missing a required parameter. Check the request parameters.","state":"xyz"}"#
    /// );
    /// ```
    #[must_use]
    pub fn json_body(&self, expose: Expose) -> String {
        self.view().json_body(expose)
    }

    /// Appends [`json_body`](Self::json_body) to `out`.
    pub fn write_json_body(&self, out: &mut String, expose: Expose) {
        self.view().write_json_body(out, expose);
    }
}

impl ErrorView<'_> {
    pub(crate) fn to_response(&self, expose: Expose) -> ErrorResponse {
        let mut description = String::new();
        self.push_error_description(&mut description, expose);
        ErrorResponse {
            error: self.code.into(),
            error_description: (!description.is_empty()).then_some(description),
            error_uri: self.uri.map(|uri| {
                let mut out = String::new();
                text::push_uri(&mut out, uri);
                out
            }),
            state: self.state.map(Into::into),
            iss: None,
            extensions: BTreeMap::new(),
        }
    }

    pub(crate) fn json_body(&self, expose: Expose) -> String {
        let mut out = String::with_capacity(self.estimated_len());
        self.write_json_body(&mut out, expose);
        out
    }

    pub(crate) fn write_json_body(&self, out: &mut String, expose: Expose) {
        let mut object = ObjectWriter::new(out);
        object.safe_string("error", |out| out.push_str(self.code));
        object.optional_safe_string("error_description", |out| {
            self.push_error_description(out, expose);
        });
        if let Some(uri) = self.uri {
            object.safe_string("error_uri", |out| text::push_uri(out, uri));
        }
        if let Some(state) = self.state {
            object.string("state", state);
        }
        object.finish();
    }
}
