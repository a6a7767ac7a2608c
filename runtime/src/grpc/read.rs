//! A `tonic::Status` read back: the [`ErrorResponse`] it carries and its
//! code resolved against a catalog.

use core::fmt;
use std::string::{String, ToString};

use tonic::{Code as GrpcCode, Status};
use tonic_types::StatusExt;

use super::{ERROR_URI_LINK, HTTP_STATUS_KEY, mapping};
use crate::{Code, ErrorCode, ErrorResponse, text};

/// What a client reads from a status errcat wrote: the OAuth error
/// response it stands for, and what the status says beside it.
///
/// ```
/// use errcat::grpc::StatusResponse;
/// use errcat::{Code, Error};
/// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
///
/// let status = tonic::Status::from(Error::from(DocError::TokenExpired));
/// let read = StatusResponse::from_status(&status)?;
/// assert_eq!(read.response.error, "invalid_token");
/// assert_eq!(read.http_status, Some(401));
/// assert_eq!(read.code::<DocError>(), Code::Known(DocError::TokenExpired));
/// # Ok::<(), errcat::grpc::StatusParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusResponse {
    /// The response: `error` is `ErrorInfo.reason`, `error_description`
    /// the status message (`None` when empty), `error_uri` the URL of the
    /// `Help` link described [`ERROR_URI_LINK`](super::ERROR_URI_LINK).
    pub response: ErrorResponse,
    /// The status's gRPC code.
    pub grpc_code: GrpcCode,
    /// `ErrorInfo.domain`; `None` when it is empty.
    pub domain: Option<String>,
    /// The HTTP status of the `ErrorInfo` metadata entry
    /// [`HTTP_STATUS_KEY`](super::HTTP_STATUS_KEY), when there is one.
    pub http_status: Option<u16>,
    /// The URL of the first other `Help` link: the code's reference, from
    /// errcat.
    pub reference_url: Option<String>,
}

/// Why a status is not one errcat's reader understands.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StatusParseError {
    /// The status is `OK`: not an error.
    NotAnError,
    /// The status's details are not a `google.rpc.Status` message.
    Details(String),
    /// The details hold no `google.rpc.ErrorInfo`, so no code: a status
    /// from a server that does not use errcat's (or Google's) error model.
    NoErrorInfo,
    /// `ErrorInfo.reason` is empty, or not RFC 6749 NQSCHAR as every
    /// catalog code is; the reason as sent, cut to 64 bytes.
    InvalidReason(String),
    /// The HTTP status entry of the metadata is not a status in
    /// `400..=599`; the value as sent, cut to 64 bytes.
    InvalidHttpStatus(String),
}

impl fmt::Display for StatusParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAnError => f.write_str("the gRPC status is OK, not an error"),
            Self::Details(why) => write!(f, "the gRPC status details cannot be decoded: {why}"),
            Self::NoErrorInfo => {
                f.write_str("the gRPC status carries no google.rpc.ErrorInfo, so no error code")
            }
            Self::InvalidReason(reason) => {
                write!(f, "the ErrorInfo reason {reason:?} is not an error code")
            }
            Self::InvalidHttpStatus(value) => write!(
                f,
                "the ErrorInfo metadata `{HTTP_STATUS_KEY}` {value:?} is not an HTTP error status"
            ),
        }
    }
}

impl core::error::Error for StatusParseError {}

/// How much of refused text an error keeps.
const KEPT_LEN: usize = 64;

fn kept(text: &str) -> String {
    let mut end = text.len().min(KEPT_LEN);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}

impl StatusResponse {
    /// Reads `status`.
    ///
    /// # Errors
    ///
    /// When the status is `OK`, its details cannot be decoded or hold no
    /// `ErrorInfo`, the reason is not a code, or the HTTP status metadata
    /// is not an error status (see [`StatusParseError`]).
    pub fn from_status(status: &Status) -> Result<Self, StatusParseError> {
        if status.code() == GrpcCode::Ok {
            return Err(StatusParseError::NotAnError);
        }
        let details = status
            .check_error_details()
            .map_err(|error| StatusParseError::Details(error.to_string()))?;
        let info = details.error_info().ok_or(StatusParseError::NoErrorInfo)?;
        if info.reason.is_empty() || !text::is_nqschar_text(&info.reason) {
            return Err(StatusParseError::InvalidReason(kept(&info.reason)));
        }
        let http_status = info
            .metadata
            .get(HTTP_STATUS_KEY)
            .map(|value| {
                value
                    .parse::<u16>()
                    .ok()
                    .filter(|status| (400..=599).contains(status))
                    .ok_or_else(|| StatusParseError::InvalidHttpStatus(kept(value)))
            })
            .transpose()?;
        let links = details.help().map_or(&[][..], |help| help.links.as_slice());
        let error_uri = links
            .iter()
            .find(|link| link.description == ERROR_URI_LINK)
            .map(|link| link.url.clone());
        let reference_url = links
            .iter()
            .find(|link| link.description != ERROR_URI_LINK)
            .map(|link| link.url.clone());
        let message = status.message();
        Ok(Self {
            response: ErrorResponse {
                error: info.reason.clone(),
                error_description: (!message.is_empty()).then(|| message.to_string()),
                error_uri,
                ..ErrorResponse::default()
            },
            grpc_code: status.code(),
            domain: (!info.domain.is_empty()).then(|| info.domain.clone()),
            http_status,
            reference_url,
        })
    }

    /// The code resolved against catalog `C`.
    ///
    /// A reason from another domain than `C`'s is not `C`'s code, whatever
    /// its spelling: it is [`Code::Unknown`] (when both declare a domain).
    /// Otherwise the entry with the reason and the HTTP status the
    /// metadata names, else the entry with the reason whose gRPC code is
    /// the status's (either picks the right entry of a shared code, such as
    /// `invalid_token` at 400 and 401), else the first with the reason.
    #[must_use]
    pub fn code<C: ErrorCode>(&self) -> Code<C> {
        let reason = self.response.error.as_str();
        if let (Some(ours), Some(theirs)) = (C::DOMAIN, self.domain.as_deref())
            && ours != theirs
        {
            return Code::Unknown(reason.into());
        }
        if let Some(status) = self.http_status {
            return Code::parse_with_status(reason, status);
        }
        C::ALL
            .iter()
            .copied()
            .find(|known| known.code() == reason && mapping::grpc_code_of(*known) == self.grpc_code)
            .map_or_else(|| Code::parse(reason), Code::Known)
    }
}

impl TryFrom<&Status> for StatusResponse {
    type Error = StatusParseError;

    fn try_from(status: &Status) -> Result<Self, Self::Error> {
        Self::from_status(status)
    }
}
