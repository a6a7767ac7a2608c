//! Reading a JSON error body from a stream without buffering more of it
//! than the limit allows (features `std` and `serde`).

use alloc::string::ToString;
use alloc::vec::Vec;
use std::io::Read;

use crate::{ErrorResponse, Limits, ParseError};

impl ErrorResponse {
    /// Reads an RFC 6749 section 5.2 JSON error body from `reader`, such
    /// as an HTTP response body, within `limits`.
    ///
    /// At most `limits.max_bytes + 1` bytes are read: one byte more than
    /// the limit proves the body too long, and it is refused without
    /// reading (or holding) the rest. Nesting deeper than `serde_json`'s
    /// recursion limit (128) is refused as malformed JSON.
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
    pub fn from_json_reader(reader: impl Read, limits: Limits) -> Result<Self, ParseError> {
        let most = limits.max_bytes.saturating_add(1);
        let mut body = Vec::new();
        reader
            .take(u64::try_from(most).unwrap_or(u64::MAX))
            .read_to_end(&mut body)
            .map_err(|error| ParseError::Read(error.to_string()))?;
        Self::from_json_with_limits(&body, limits)
    }
}
