//! An error as a `tonic::Status`: one function, compiled here, that both
//! `From<Error<C>>` and the `From<Enum>` of every generated enum call.

use std::collections::HashMap;
use std::string::{String, ToString};
use std::vec::Vec;

use tonic::Status;
use tonic_types::{ErrorDetails, HelpLink, StatusExt};

use super::{ERROR_URI_LINK, HTTP_STATUS_KEY, mapping};
use crate::error_view::{CodeRow, ErrorView};
use crate::text::cut::{self, Transport};
use crate::{Error, ErrorCode, Expose, text};

/// A generated enum's row, as its `tonic` impl passes it: what a status
/// needs of a code, with the catalog type erased.
#[derive(Debug, Clone, Copy)]
pub struct GrpcRow {
    /// The code, status and texts, as the HTTP integrations pass them.
    pub row: CodeRow,
    /// The reference, as the catalog writes it.
    pub reference: Option<&'static str>,
    /// The reference's URL.
    pub reference_url: Option<&'static str>,
    /// The catalog's domain.
    pub domain: Option<&'static str>,
    /// The catalog's `grpc_code` for the code.
    pub grpc_code: Option<&'static str>,
}

impl GrpcRow {
    /// The row of `code`, read through `ErrorCode` (whose `grpc_code` is
    /// an `Option` even where the catalog's field has a default). Generic,
    /// but a handful of table reads that inline where it is called.
    #[inline]
    #[must_use]
    pub fn of<C: ErrorCode>(code: C) -> Self {
        Self {
            row: CodeRow::of(code),
            reference: code.reference(),
            reference_url: code.reference_url(),
            domain: C::DOMAIN,
            grpc_code: code.grpc_code(),
        }
    }
}

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
        status(&self.view(), &GrpcRow::of(self.kind()), expose)
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
pub fn code_status(row: GrpcRow) -> Status {
    status(&ErrorView::of_code(row.row), &row, Expose::DEFAULT)
}

/// The status of `view`, with what its catalog says beyond it (`catalog`'s
/// `row` is not read: the view has it, with any run-time context).
fn status(view: &ErrorView<'_>, catalog: &GrpcRow, expose: Expose) -> Status {
    let code = mapping::resolve(view.status, catalog.grpc_code);
    let metadata = HashMap::from([(HTTP_STATUS_KEY.to_string(), view.status.to_string())]);
    let mut details =
        ErrorDetails::with_error_info(view.code, catalog.domain.unwrap_or_default(), metadata);
    let mut links = Vec::new();
    if let Some(uri) = view.uri {
        let mut url = String::new();
        cut::push_uri_cut(&mut url, uri, text::MAX_ERROR_URI_LEN, Transport::Json);
        links.push(HelpLink::new(ERROR_URI_LINK, url));
    }
    if let Some(url) = catalog.reference_url {
        links.push(HelpLink::new(catalog.reference.unwrap_or(url), url));
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
