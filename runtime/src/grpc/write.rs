//! An error as a `tonic::Status`: one function, compiled here, that both
//! `From<Error<C>>` and the `From<Enum>` of every generated enum call.

use std::collections::HashMap;
use std::string::{String, ToString};
use std::vec::Vec;

use errcat_core::entry::Entry;
use tonic::Status;
use tonic_types::{ErrorDetails, HelpLink, StatusExt};

use super::{ERROR_URI_LINK, HTTP_STATUS_KEY, mapping};
use crate::error_view::ErrorView;
use crate::text::cut::{self, Transport};
use crate::{Error, ErrorCode, Expose, text};

impl<C: ErrorCode> Error<C> {
    /// This error as a gRPC status, showing what `expose` says (see the
    /// [`grpc`](crate::grpc) module for what the status carries).
    /// `From<Error<C>>` gives the same with [`Expose::DEFAULT`].
    ///
    /// ```
    /// use errcat::{Error, Expose};
    /// use tonic::Code;
    /// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
    ///
    /// let error = Error::from(DocError::TokenExpired).with_debug("token 7 expired at 12:00");
    /// let status = error.to_grpc_status(Expose::DEFAULT);
    /// assert_eq!(status.code(), Code::Unauthenticated);
    /// assert_eq!(status.message(), "The access token expired.");
    ///
    /// let development = error.to_grpc_status(Expose::DEFAULT.with_debug(true));
    /// assert_eq!(development.message(), "The access token expired. token 7 expired at 12:00");
    /// ```
    #[must_use]
    pub fn to_grpc_status(&self, expose: Expose) -> Status {
        status(&self.view(), expose)
    }
}

impl<C: ErrorCode> From<Error<C>> for Status {
    /// [`Error::to_grpc_status`] with [`Expose::DEFAULT`]: the hint shown,
    /// the debug detail never.
    fn from(error: Error<C>) -> Self {
        error.to_grpc_status(Expose::DEFAULT)
    }
}

/// What `From<Enum> for tonic::Status` gives for a generated enum: the
/// status of the bare code with the default exposure.
#[must_use]
pub fn code_status(entry: Entry) -> Status {
    status(&ErrorView::of_entry(entry), Expose::DEFAULT)
}

/// The status of `view`: its code's row, with any run-time context.
fn status(view: &ErrorView<'_>, expose: Expose) -> Status {
    let entry = view.entry;
    let code = mapping::resolve(entry.status(), entry.grpc_code());
    let metadata = HashMap::from([(HTTP_STATUS_KEY.to_string(), entry.status().to_string())]);
    let mut details =
        ErrorDetails::with_error_info(entry.code(), entry.domain().unwrap_or_default(), metadata);
    let mut links = Vec::new();
    if let Some(uri) = view.uri {
        let mut url = String::new();
        cut::push_uri_cut(&mut url, uri, text::MAX_ERROR_URI_LEN, Transport::Json);
        links.push(HelpLink::new(ERROR_URI_LINK, url));
    }
    if let Some(url) = entry.reference_url() {
        links.push(HelpLink::new(entry.reference().unwrap_or(url), url));
    }
    if !links.is_empty() {
        details.set_help(links);
    }
    Status::with_error_details(code, message(view, expose), details)
}

/// The message: the description, then the hint and the debug detail as
/// `expose` says, one space apart, as plain text (tonic percent-encodes
/// the `grpc-message` header itself), cut as problem+json's `detail` is.
fn message(view: &ErrorView<'_>, expose: Expose) -> String {
    let parts: Vec<&str> = [
        Some(view.description),
        view.hint.filter(|_| expose.hint),
        view.debug.filter(|_| expose.debug),
    ]
    .into_iter()
    .flatten()
    .filter(|part| !part.is_empty())
    .collect();
    let joined = parts.join(" ");
    cut::cut_raw(&joined, text::MAX_ERROR_DESCRIPTION_LEN, Transport::Json).into_owned()
}
