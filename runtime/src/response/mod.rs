//! [`ErrorResponse`], the parameters of an OAuth 2.0 error response
//! whichever way it travels, and [`ResponseBuilder`], the one way the
//! readers build it.

mod builder;

#[cfg(feature = "serde")]
pub(crate) use builder::Read;
pub(crate) use builder::{Format, ResponseBuilder};

use alloc::collections::BTreeMap;
use alloc::string::String;

use crate::error_view::ErrorView;
use crate::text::cut::{self, Transport};
use crate::{Code, Error, ErrorCode, Expose, params, text};

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
    /// example). The JSON reader skips members whose value is not a string.
    /// A redirect's query may hold the client's own parameters, repeated
    /// ones included (`?tag=a&tag=b`): each name keeps its first value.
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

    /// The optional standard fields that are present, in wire order: what
    /// the JSON body and the redirect write after `error`.
    pub(crate) fn optional_fields(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            (params::ERROR_DESCRIPTION, &self.error_description),
            (params::ERROR_URI, &self.error_uri),
            (params::STATE, &self.state),
            (params::ISS, &self.iss),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_deref().map(|value| (name, value)))
    }
}

impl<C: ErrorCode> Error<C> {
    /// The response parameters as this error renders them with `expose`:
    /// the sanitised `error_description`, the percent-encoded `error_uri`,
    /// and the `state` as given; each cut to its limit as in the JSON body
    /// (see [`text`](crate::text)), so these are the values that body
    /// carries.
    #[must_use]
    pub fn to_response(&self, expose: Expose) -> ErrorResponse {
        self.view().to_response(expose)
    }
}

impl ErrorView<'_> {
    pub(crate) fn to_response(&self, expose: Expose) -> ErrorResponse {
        self.to_response_for(expose, Transport::Json)
    }

    /// The response with each field cut to its limit as `transport` will
    /// encode it: a redirect form-encodes it, which can take more bytes.
    pub(crate) fn to_response_for(&self, expose: Expose, transport: Transport) -> ErrorResponse {
        let mut description = String::new();
        self.push_error_description(&mut description, expose, transport);
        ErrorResponse {
            error: self.entry.code().into(),
            error_description: (!description.is_empty()).then_some(description),
            error_uri: self.uri.map(|uri| {
                let mut out = String::new();
                cut::push_uri_cut(&mut out, uri, text::MAX_ERROR_URI_LEN, transport);
                out
            }),
            state: self
                .state
                .map(|state| cut::cut_raw(state, text::MAX_STATE_LEN, transport).into_owned()),
            iss: None,
            extensions: BTreeMap::new(),
        }
    }
}
