//! The HTTP authentication header grammar of RFC 9110 section 11.6.1,
//! general to every scheme: [`parse_www_authenticate`] reads a
//! `WWW-Authenticate` value into [`ParsedChallenge`]s, and `token` holds
//! the character classes the challenge builder checks names against.
//!
//! What the OAuth parameters of a challenge mean is not known here; that
//! is `challenge`'s business.

mod parser;
mod token;

pub(crate) use token::is_token;

use alloc::string::String;
use alloc::vec::Vec;

use crate::{Limits, ParseError};
use parser::Parser;

/// One challenge of a `WWW-Authenticate` value, as sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedChallenge {
    /// The auth-scheme, as sent (schemes compare without case).
    pub scheme: String,
    /// The token68 form (`Basic abc==`), when the challenge has one.
    pub token68: Option<String>,
    /// The auth-params in order, names as sent, values unquoted.
    pub params: Vec<(String, String)>,
}

impl ParsedChallenge {
    /// The value of parameter `name`, compared without case.
    #[must_use]
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(candidate, _)| candidate.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// Reads every challenge of a `WWW-Authenticate` value (RFC 9110 section
/// 11.6.1): `Bearer realm="a", error="invalid_token", DPoP algs="ES256"` is
/// two challenges.
///
/// The grammar is the recipient's: empty list elements are skipped
/// wherever RFC 9110 section 5.6.1.2 lets them stand (`, Bearer , a=1,,
/// b=2,`), whitespace around the value is the field's and skipped, a
/// quoted-pair may escape any character but a control of ASCII (`\"`,
/// `\\`, and non-ASCII text escaped or not), and the parameters are
/// separated from the scheme by spaces (`1*SP`: a tab there is refused).
///
/// # Errors
///
/// When the value is longer or has more parameters than `limits` allows
/// (`max_parameters` counts the auth-params of every challenge together),
/// repeats a parameter within a challenge (names compared without case,
/// as RFC 9110 section 11.2 says), or does not follow the grammar; the
/// error gives the byte offset.
pub fn parse_www_authenticate(
    value: &str,
    limits: Limits,
) -> Result<Vec<ParsedChallenge>, ParseError> {
    if value.len() > limits.max_bytes {
        return Err(ParseError::TooLong {
            len: value.len(),
            limit: limits.max_bytes,
        });
    }
    Parser::new(value, limits).challenges()
}
