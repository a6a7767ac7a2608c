//! Reading a JSON error body within [`Limits`]: from a slice, and (feature
//! `std`) from a stream without buffering more of it than the limit
//! allows.

use alloc::string::ToString;
use core::cell::Cell;

use serde::de;

use super::outline::Outline;
use super::visitor::ResponseVisitor;
use crate::{ErrorResponse, Limits, ParseError};

impl ErrorResponse {
    /// Reads an RFC 6749 section 5.2 JSON error body with the default
    /// [`Limits`].
    ///
    /// Lenient where the common clients are: a member whose value is
    /// `null` reads as absent (`{"error":"invalid_grant",
    /// "error_description":null}` is `invalid_grant` without a
    /// description), and a leading UTF-8 byte-order mark is skipped.
    ///
    /// # Errors
    ///
    /// When the body is longer than the limit (the byte-order mark
    /// counted), is not a JSON object, lacks a non-empty string `error`
    /// (`{"error":null}` is [`ParseError::MissingError`]), has a standard
    /// member that is neither a string nor `null`, or has a standard member
    /// twice (`null` counted: `{"state":null,"state":"x"}` is a
    /// repeat). A repeated extension member is refused when both values
    /// are strings; one whose value is not a string is skipped, unread,
    /// whatever it holds (`{"error":"e","x":[1e400,"\ud800"]}` is `e`),
    /// but for its depth. When text that would be kept (a standard member,
    /// a string extension or its name) is not Unicode (a lone surrogate
    /// escape), when the body is not UTF-8, and when it nests 128 levels
    /// deep (the object itself the first), as `serde_json` refuses it.
    ///
    /// ```
    /// use errcat::{Code, ErrorResponse};
    /// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
    ///
    /// let response = ErrorResponse::from_json(br#"{"error":"invalid_request","error_description":"No."}"#)?;
    /// assert_eq!(response.code::<DocError>(), Code::Known(DocError::InvalidRequest));
    /// assert_eq!(response.error_description.as_deref(), Some("No."));
    /// # Ok::<(), errcat::ParseError>(())
    /// ```
    pub fn from_json(body: &[u8]) -> Result<Self, ParseError> {
        Self::from_json_with_limits(body, Limits::DEFAULT)
    }

    /// Reads a JSON error body within `limits`. The length is checked
    /// before parsing; the depth is bounded at 127 levels, as
    /// `serde_json`'s recursion limit bounds it.
    ///
    /// The limit counts a leading byte-order mark's three bytes: it bounds
    /// the bytes received, and so agrees with
    /// [`from_json_reader`](Self::from_json_reader), which cannot skip
    /// the mark before reading it.
    ///
    /// # Errors
    ///
    /// As [`from_json`](Self::from_json).
    pub fn from_json_with_limits(body: &[u8], limits: Limits) -> Result<Self, ParseError> {
        if body.len() > limits.max_bytes {
            return Err(ParseError::TooLong {
                len: body.len(),
                limit: limits.max_bytes,
            });
        }
        // Some servers (and editors, for saved samples) start UTF-8 text
        // with a byte-order mark, which JSON (RFC 8259 section 8.1) lets a
        // parser ignore. Skipped after the length check, which counts
        // what was received; serde's columns then count from after it, as
        // an editor shows the line.
        let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        let outline = Outline::of(body)?;
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        let verdict = Cell::new(None);
        let visitor = ResponseVisitor {
            max_members: limits.max_parameters,
            verdict: &verdict,
            outline: Some(&outline),
        };
        de::Deserializer::deserialize_map(&mut deserializer, visitor)
            .and_then(|builder| deserializer.end().map(|()| builder))
            .map_err(|error| {
                verdict
                    .take()
                    .unwrap_or_else(|| ParseError::Json(error.to_string()))
            })?
            .finish()
    }

    /// Reads an RFC 6749 section 5.2 JSON error body from `reader`, such
    /// as an HTTP response body, within `limits`.
    ///
    /// At most `limits.max_bytes + 1` bytes are read: one byte more than
    /// the limit proves the body too long, and it is refused without
    /// reading (or holding) the rest. Nesting of 128 levels is refused as
    /// malformed JSON, as by [`from_json`](Self::from_json).
    ///
    /// # Errors
    ///
    /// [`ParseError::TooLong`] when the body is longer than the limit
    /// (`len` is then the bytes read, the limit plus one);
    /// [`ParseError::Read`] when `reader` fails; otherwise as
    /// [`from_json`](Self::from_json).
    ///
    /// ```
    /// use errcat::{ErrorResponse, Limits, ParseError};
    ///
    /// let body: &[u8] = br#"{"error":"invalid_request"}"#;
    /// let response = ErrorResponse::from_json_reader(body, Limits::DEFAULT)?;
    /// assert_eq!(response.error, "invalid_request");
    ///
    /// // An endless body is refused after the limit plus one byte.
    /// let endless = std::io::repeat(b' ');
    /// let limits = Limits { max_bytes: 1024, ..Limits::DEFAULT };
    /// assert_eq!(
    ///     ErrorResponse::from_json_reader(endless, limits),
    ///     Err(ParseError::TooLong { len: 1025, limit: 1024 })
    /// );
    /// # Ok::<(), ParseError>(())
    /// ```
    #[cfg(feature = "std")]
    pub fn from_json_reader(
        reader: impl std::io::Read,
        limits: Limits,
    ) -> Result<Self, ParseError> {
        use std::io::Read as _;

        let most = limits.max_bytes.saturating_add(1);
        let mut body = alloc::vec::Vec::new();
        reader
            .take(u64::try_from(most).unwrap_or(u64::MAX))
            .read_to_end(&mut body)
            .map_err(|error| ParseError::Read(error.to_string()))?;
        Self::from_json_with_limits(&body, limits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The order in which the reader and the builder's policy meet: a
    /// repeated standard member is refused before its value is read, an
    /// extension's repeat only when its value is kept.
    #[test]
    fn repeats_are_judged_as_the_policy_says() {
        assert_eq!(
            ErrorResponse::from_json(br#"{"error":"a","error":1}"#),
            Err(ParseError::DuplicateParameter("error".into()))
        );
        let response = ErrorResponse::from_json(br#"{"error":"a","x":"b","x":[1]}"#);
        assert_eq!(
            response.map(|response| response.extensions),
            Ok([("x".into(), "b".into())].into())
        );
        assert!(matches!(
            ErrorResponse::from_json(br#"{"error":1}"#),
            Err(ParseError::Json(message)) if message.starts_with("invalid type: integer `1`, expected a string")
        ));
    }
}
