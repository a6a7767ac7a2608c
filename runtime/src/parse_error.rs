use alloc::string::String;
use core::fmt;

/// How much untrusted input the parsers accept.
///
/// A real error response is a few hundred bytes with four parameters; the
/// defaults leave room for much more and still bound what a hostile server
/// can make a client hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The longest input, in bytes.
    pub max_bytes: usize,
    /// The most parameters (JSON members, query parameters, auth-params).
    pub max_parameters: usize,
}

impl Limits {
    /// 64 KiB and 64 parameters.
    pub const DEFAULT: Self = Self {
        max_bytes: 64 * 1024,
        max_parameters: 64,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Why an error response could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseError {
    /// The input is longer than [`Limits::max_bytes`].
    TooLong {
        /// The input's length in bytes. A reader is not read to its end:
        /// there `len` is the bytes read before it was refused (the limit
        /// plus one), and the input is at least that long.
        len: usize,
        /// The limit.
        limit: usize,
    },
    /// The input has more parameters than [`Limits::max_parameters`].
    TooManyParameters {
        /// The limit.
        limit: usize,
    },
    /// The JSON is malformed, or not an object of strings where the RFC
    /// says strings; the message says where.
    Json(String),
    /// No `error` parameter: the input is not an error response.
    MissingError,
    /// The `error` parameter is empty.
    EmptyError,
    /// A parameter appears twice, which RFC 6749 and RFC 6750 forbid.
    DuplicateParameter(String),
    /// A parameter is not valid percent-encoded UTF-8.
    InvalidEncoding(String),
    /// The redirect URI has neither a query nor a fragment.
    NoParameters,
    /// Reading the input failed; the text is the I/O error's.
    Read(String),
    /// A `WWW-Authenticate` value is malformed at byte `at`.
    Challenge {
        /// The byte offset of the problem.
        at: usize,
        /// What was expected there.
        expected: &'static str,
    },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLong { len, limit } => {
                write!(
                    f,
                    "the input is at least {len} bytes long, more than the limit of {limit}"
                )
            }
            Self::TooManyParameters { limit } => {
                write!(f, "the input has more than {limit} parameters")
            }
            Self::Json(message) => write!(f, "malformed JSON error body: {message}"),
            Self::MissingError => f.write_str("the input has no `error` parameter"),
            Self::EmptyError => f.write_str("the `error` parameter is empty"),
            Self::DuplicateParameter(name) => {
                write!(f, "the parameter `{name}` appears more than once")
            }
            Self::InvalidEncoding(name) => {
                write!(
                    f,
                    "the parameter `{name}` is not valid percent-encoded UTF-8"
                )
            }
            Self::Read(message) => write!(f, "reading the input failed: {message}"),
            Self::NoParameters => {
                f.write_str("the redirect URI has neither a query nor a fragment")
            }
            Self::Challenge { at, expected } => {
                write!(
                    f,
                    "malformed WWW-Authenticate value at byte {at}: expected {expected}"
                )
            }
        }
    }
}

impl core::error::Error for ParseError {}
