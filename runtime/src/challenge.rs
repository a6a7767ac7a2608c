//! The `WWW-Authenticate` challenge of RFC 6750 section 3 (and of RFC 9449
//! for DPoP): building it, and reading one.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::error_view::ErrorView;
use crate::{Error, ErrorCode, ErrorResponse, Expose, Limits, ParseError, text};

/// The parameters errcat writes itself; [`Challenge::with_param`] refuses
/// them so that each appears at most once.
const RESERVED: [&str; 5] = ["realm", "scope", "error", "error_description", "error_uri"];

/// A `WWW-Authenticate` challenge: the scheme and the parameters that do
/// not depend on the error (realm, scope, DPoP's `algs`...).
///
/// Every value is written as a quoted string after sanitising (see
/// [`text`](crate::text)), and names are checked to be tokens, so no value
/// can end the quoted string or carry a line break into the header.
///
/// ```
/// use errcat::{Challenge, Error, Expose};
/// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
///
/// let challenge = Challenge::bearer().with_realm("example");
/// // A request without credentials gets the challenge alone (RFC 6750 section 3.1).
/// assert_eq!(challenge.header_value(), r#"Bearer realm="example""#);
/// // A bad token gets the error.
/// assert_eq!(
///     Error::from(DocError::TokenExpired).www_authenticate(&challenge, Expose::DESCRIPTION_ONLY),
///     r#"Bearer realm="example", error="invalid_token", error_description="The access token expired.""#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    scheme: Cow<'static, str>,
    params: Vec<(Cow<'static, str>, String)>,
}

/// Why a challenge cannot be built as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChallengeError {
    /// The scheme or a parameter name is not an HTTP token (RFC 9110
    /// section 5.6.2).
    NotAToken(String),
    /// The parameter is one errcat writes itself; use
    /// [`Challenge::with_realm`], [`Challenge::with_scope`] or the error.
    Reserved(String),
}

impl fmt::Display for ChallengeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAToken(name) => write!(f, "`{name}` is not an HTTP token"),
            Self::Reserved(name) => write!(
                f,
                "`{name}` is written by errcat; it cannot be added as a parameter"
            ),
        }
    }
}

impl core::error::Error for ChallengeError {}

impl Challenge {
    /// The `Bearer` scheme of RFC 6750.
    #[must_use]
    pub fn bearer() -> Self {
        Self {
            scheme: Cow::Borrowed("Bearer"),
            params: Vec::new(),
        }
    }

    /// The `DPoP` scheme of RFC 9449.
    #[must_use]
    pub fn dpop() -> Self {
        Self {
            scheme: Cow::Borrowed("DPoP"),
            params: Vec::new(),
        }
    }

    /// Another scheme.
    ///
    /// # Errors
    ///
    /// When `scheme` is not an HTTP token.
    pub fn with_scheme(scheme: impl Into<Cow<'static, str>>) -> Result<Self, ChallengeError> {
        let scheme = scheme.into();
        if !is_token(&scheme) {
            return Err(ChallengeError::NotAToken(scheme.into_owned()));
        }
        Ok(Self {
            scheme,
            params: Vec::new(),
        })
    }

    /// Sets `realm`.
    #[must_use]
    pub fn with_realm(self, realm: &str) -> Self {
        self.set("realm", realm)
    }

    /// Sets `scope`, the space-separated scopes a token needs.
    #[must_use]
    pub fn with_scope(self, scope: &str) -> Self {
        self.set("scope", scope)
    }

    /// Sets another parameter, such as DPoP's `algs`; a parameter of the
    /// same name (compared without case) is replaced.
    ///
    /// # Errors
    ///
    /// When `name` is not an HTTP token, or is one of the parameters errcat
    /// writes itself (`realm`, `scope`, `error`, `error_description`,
    /// `error_uri`).
    pub fn with_param(
        self,
        name: impl Into<Cow<'static, str>>,
        value: &str,
    ) -> Result<Self, ChallengeError> {
        let name = name.into();
        if !is_token(&name) {
            return Err(ChallengeError::NotAToken(name.into_owned()));
        }
        if RESERVED
            .iter()
            .any(|reserved| reserved.eq_ignore_ascii_case(&name))
        {
            return Err(ChallengeError::Reserved(name.into_owned()));
        }
        Ok(self.set(name, value))
    }

    fn set(mut self, name: impl Into<Cow<'static, str>>, value: &str) -> Self {
        let name = name.into();
        let value = text::sanitize(value);
        match self
            .params
            .iter_mut()
            .find(|(existing, _)| existing.eq_ignore_ascii_case(&name))
        {
            Some(slot) => slot.1 = value,
            None => self.params.push((name, value)),
        }
        self
    }

    /// The scheme.
    #[must_use]
    pub fn scheme(&self) -> &str {
        &self.scheme
    }

    /// The length of [`header_value`](Self::header_value).
    pub(crate) fn header_len(&self) -> usize {
        self.scheme.len()
            + self
                .params
                .iter()
                .map(|(name, value)| name.len() + value.len() + 5)
                .sum::<usize>()
    }

    /// The challenge without error attributes, for a request that carried
    /// no credentials (RFC 6750 section 3.1).
    #[must_use]
    pub fn header_value(&self) -> String {
        let mut out = String::new();
        self.write_params(&mut out);
        out
    }

    fn write_params(&self, out: &mut String) {
        out.push_str(&self.scheme);
        for (index, (name, value)) in self.params.iter().enumerate() {
            out.push_str(if index == 0 { " " } else { ", " });
            push_param(out, name, |out| out.push_str(value));
        }
    }
}

fn push_param(out: &mut String, name: &str, value: impl FnOnce(&mut String)) {
    out.push_str(name);
    out.push_str("=\"");
    value(out);
    out.push('"');
}

impl<C: ErrorCode> Error<C> {
    /// The `WWW-Authenticate` value for this error: the challenge's
    /// parameters, then `error`, `error_description` (as `expose` says) and
    /// `error_uri`, each once, each a quoted string.
    #[must_use]
    pub fn www_authenticate(&self, challenge: &Challenge, expose: Expose) -> String {
        let view = self.view();
        let mut out = String::with_capacity(view.estimated_len() + challenge.header_len());
        view.write_www_authenticate(&mut out, challenge, expose);
        out
    }

    /// Appends [`www_authenticate`](Self::www_authenticate) to `out`,
    /// allocating nothing else.
    pub fn write_www_authenticate(&self, out: &mut String, challenge: &Challenge, expose: Expose) {
        self.view().write_www_authenticate(out, challenge, expose);
    }
}

impl ErrorView<'_> {
    pub(crate) fn write_www_authenticate(
        &self,
        out: &mut String,
        challenge: &Challenge,
        expose: Expose,
    ) {
        challenge.write_params(out);
        out.push_str(if challenge.params.is_empty() {
            " "
        } else {
            ", "
        });
        push_param(out, "error", |out| out.push_str(self.code));
        let before = out.len();
        out.push_str(", ");
        push_param(out, "error_description", |out| {
            self.push_error_description(out, expose);
        });
        if out.ends_with("=\"\"") {
            out.truncate(before);
        }
        if let Some(uri) = self.uri {
            out.push_str(", ");
            push_param(out, "error_uri", |out| text::push_uri(out, uri));
        }
    }
}

/// Whether `text` is an HTTP token (RFC 9110 section 5.6.2).
fn is_token(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(is_tchar)
}

const fn is_tchar(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
        || matches!(
            byte,
            b'!' | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'-'
                | b'.'
                | b'^'
                | b'_'
                | b'`'
                | b'|'
                | b'~'
        )
}

const fn is_token68_char(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'+' | b'/')
}

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
/// # Errors
///
/// When the value is longer or has more parameters than `limits` allows,
/// repeats a parameter within a challenge, or does not follow the grammar;
/// the error gives the byte offset.
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
    let mut parser = ChallengeParser {
        input: value.as_bytes(),
        text: value,
        at: 0,
        params: 0,
        limits,
    };
    parser.challenges()
}

struct ChallengeParser<'a> {
    input: &'a [u8],
    text: &'a str,
    at: usize,
    params: usize,
    limits: Limits,
}

impl ChallengeParser<'_> {
    fn peek(&self) -> Option<u8> {
        self.input.get(self.at).copied()
    }

    fn fail<T>(&self, expected: &'static str) -> Result<T, ParseError> {
        Err(ParseError::Challenge {
            at: self.at,
            expected,
        })
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// Skips whitespace and the empty list elements RFC 9110 allows.
    fn skip_separators(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b',')) {
            self.at += 1;
        }
    }

    fn token(&mut self) -> Option<&str> {
        let start = self.at;
        while self.peek().is_some_and(is_tchar) {
            self.at += 1;
        }
        (self.at > start).then(|| &self.text[start..self.at])
    }

    fn challenges(&mut self) -> Result<Vec<ParsedChallenge>, ParseError> {
        let mut challenges = Vec::new();
        self.skip_separators();
        while self.peek().is_some() {
            let Some(scheme) = self.token().map(String::from) else {
                return self.fail("an auth-scheme");
            };
            let mut challenge = ParsedChallenge {
                scheme,
                token68: None,
                params: Vec::new(),
            };
            let had_space = matches!(self.peek(), Some(b' ' | b'\t'));
            self.skip_whitespace();
            if had_space && !matches!(self.peek(), None | Some(b',')) {
                if let Some(token68) = self.token68() {
                    challenge.token68 = Some(token68);
                } else {
                    self.params(&mut challenge)?;
                }
            }
            challenges.push(challenge);
            self.skip_separators();
        }
        Ok(challenges)
    }

    /// A token68, when what follows the scheme is one and not an
    /// auth-param; the position is left unchanged otherwise.
    fn token68(&mut self) -> Option<String> {
        let start = self.at;
        let mut end = start;
        while self.input.get(end).copied().is_some_and(is_token68_char) {
            end += 1;
        }
        if end == start {
            return None;
        }
        while self.input.get(end) == Some(&b'=') {
            end += 1;
        }
        let mut after = end;
        while matches!(self.input.get(after), Some(b' ' | b'\t')) {
            after += 1;
        }
        if !matches!(self.input.get(after), None | Some(b',')) {
            return None;
        }
        self.at = end;
        Some(self.text[start..end].into())
    }

    /// `name=value` pairs up to the end or the start of the next challenge.
    fn params(&mut self, challenge: &mut ParsedChallenge) -> Result<(), ParseError> {
        loop {
            let Some(name) = self.token().map(String::from) else {
                return self.fail("a parameter name");
            };
            self.skip_whitespace();
            if self.peek() != Some(b'=') {
                return self.fail("`=` after the parameter name");
            }
            self.at += 1;
            self.skip_whitespace();
            let value = if self.peek() == Some(b'"') {
                self.quoted_string()?
            } else {
                match self.token() {
                    Some(value) => value.into(),
                    None => return self.fail("a token or a quoted string"),
                }
            };
            self.params += 1;
            if self.params > self.limits.max_parameters {
                return Err(ParseError::TooManyParameters {
                    limit: self.limits.max_parameters,
                });
            }
            if challenge.param(&name).is_some() {
                return Err(ParseError::DuplicateParameter(name));
            }
            challenge.params.push((name, value));
            self.skip_whitespace();
            match self.peek() {
                None => return Ok(()),
                Some(b',') => {}
                Some(_) => return self.fail("`,` or the end of the value"),
            }
            self.skip_separators();
            if self.peek().is_none() || !self.next_is_param() {
                return Ok(());
            }
        }
    }

    /// Whether the token at the position is followed by `=`, which makes it
    /// a parameter rather than the next challenge's scheme.
    fn next_is_param(&self) -> bool {
        let mut at = self.at;
        while self.input.get(at).copied().is_some_and(is_tchar) {
            at += 1;
        }
        while matches!(self.input.get(at), Some(b' ' | b'\t')) {
            at += 1;
        }
        self.input.get(at) == Some(&b'=')
    }

    fn quoted_string(&mut self) -> Result<String, ParseError> {
        self.at += 1;
        let mut value = String::new();
        let mut run_start = self.at;
        loop {
            match self.peek() {
                None => return self.fail("`\"` to end the quoted string"),
                Some(b'"') => {
                    value.push_str(&self.text[run_start..self.at]);
                    self.at += 1;
                    return Ok(value);
                }
                Some(b'\\') => {
                    value.push_str(&self.text[run_start..self.at]);
                    self.at += 1;
                    let Some(escaped) = self.text[self.at..].chars().next() else {
                        return self.fail("a character after `\\`");
                    };
                    if escaped.is_control() && escaped != '\t' {
                        return self.fail("a visible character after `\\`");
                    }
                    value.push(escaped);
                    self.at += escaped.len_utf8();
                    run_start = self.at;
                }
                Some(byte) if byte < 0x20 && byte != b'\t' || byte == 0x7f => {
                    return self.fail("a visible character in the quoted string");
                }
                Some(_) => self.at += 1,
            }
        }
    }
}

impl ErrorResponse {
    /// Reads the error of a `WWW-Authenticate` value: the first challenge
    /// with an `error` parameter gives `error`, `error_description` and
    /// `error_uri`; its other parameters (`realm`, `scope`...) go to
    /// [`extensions`](Self::extensions).
    ///
    /// # Errors
    ///
    /// As [`parse_www_authenticate`], and [`ParseError::MissingError`] when
    /// no challenge has an `error`.
    ///
    /// ```
    /// use errcat::ErrorResponse;
    ///
    /// let response = ErrorResponse::from_www_authenticate(
    ///     r#"Bearer realm="example", error="invalid_token", error_description="The access token expired""#,
    /// )?;
    /// assert_eq!(response.error, "invalid_token");
    /// assert_eq!(response.extensions["realm"], "example");
    /// # Ok::<(), errcat::ParseError>(())
    /// ```
    pub fn from_www_authenticate(value: &str) -> Result<Self, ParseError> {
        let challenges = parse_www_authenticate(value, Limits::DEFAULT)?;
        let challenge = challenges
            .into_iter()
            .find(|challenge| challenge.param("error").is_some())
            .ok_or(ParseError::MissingError)?;
        let mut response = Self::default();
        for (name, value) in challenge.params {
            match name.to_ascii_lowercase().as_str() {
                "error" => response.error = value,
                "error_description" => response.error_description = Some(value),
                "error_uri" => response.error_uri = Some(value),
                _ => {
                    response.extensions.insert(name, value);
                }
            }
        }
        if response.error.is_empty() {
            return Err(ParseError::EmptyError);
        }
        Ok(response)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn parse(value: &str) -> Result<Vec<ParsedChallenge>, ParseError> {
        parse_www_authenticate(value, Limits::DEFAULT)
    }

    fn challenge(scheme: &str, token68: Option<&str>, params: &[(&str, &str)]) -> ParsedChallenge {
        ParsedChallenge {
            scheme: scheme.into(),
            token68: token68.map(Into::into),
            params: params
                .iter()
                .map(|(name, value)| ((*name).into(), (*value).into()))
                .collect(),
        }
    }

    #[test]
    fn reads_several_challenges_and_forms() {
        assert_eq!(
            parse(
                r#"Bearer realm="a, b", error=invalid_token, DPoP algs="ES256 PS256", Basic YWxhZGRpbjpvcGVuc2VzYW1l==, Negotiate"#
            ),
            Ok(vec![
                challenge(
                    "Bearer",
                    None,
                    &[("realm", "a, b"), ("error", "invalid_token")]
                ),
                challenge("DPoP", None, &[("algs", "ES256 PS256")]),
                challenge("Basic", Some("YWxhZGRpbjpvcGVuc2VzYW1l=="), &[]),
                challenge("Negotiate", None, &[]),
            ])
        );
    }

    #[test]
    fn unescapes_quoted_pairs_and_allows_bws() {
        assert_eq!(
            parse(r#"Bearer realm = "say \"hi\" \\ o/""#),
            Ok(vec![challenge(
                "Bearer",
                None,
                &[("realm", r#"say "hi" \ o/"#)]
            )])
        );
    }

    #[test]
    fn reports_where_the_grammar_breaks() {
        assert_eq!(
            parse(r#"Bearer realm="open"#),
            Err(ParseError::Challenge {
                at: 18,
                expected: "`\"` to end the quoted string"
            })
        );
        // A lone word after the scheme is a token68, which is valid.
        assert_eq!(
            parse("Bearer realm"),
            Ok(vec![challenge("Bearer", Some("realm"), &[])])
        );
        assert_eq!(
            parse("Bearer realm x"),
            Err(ParseError::Challenge {
                at: 13,
                expected: "`=` after the parameter name"
            })
        );
        assert_eq!(
            parse("=x"),
            Err(ParseError::Challenge {
                at: 0,
                expected: "an auth-scheme"
            })
        );
        assert_eq!(
            parse("Bearer realm=\"a\nb\""),
            Err(ParseError::Challenge {
                at: 15,
                expected: "a visible character in the quoted string"
            })
        );
        assert_eq!(
            parse(r#"Bearer error="a", ERROR="b""#),
            Err(ParseError::DuplicateParameter("ERROR".into()))
        );
    }

    #[test]
    fn refuses_names_that_are_not_tokens_or_are_reserved() {
        assert_eq!(
            Challenge::with_scheme("Bad Scheme"),
            Err(ChallengeError::NotAToken("Bad Scheme".into()))
        );
        assert_eq!(
            Challenge::dpop().with_param("al\r\ngs", "x"),
            Err(ChallengeError::NotAToken("al\r\ngs".into()))
        );
        assert_eq!(
            Challenge::bearer().with_param("Error", "x"),
            Err(ChallengeError::Reserved("Error".into()))
        );
    }

    #[test]
    fn replaces_a_parameter_of_the_same_name() {
        let challenge = Challenge::dpop()
            .with_param("algs", "ES256")
            .and_then(|challenge| challenge.with_param("ALGS", "PS256"))
            .map(|challenge| challenge.with_realm("a").with_realm("b\r\n\"x\""));
        assert_eq!(
            challenge.map(|challenge| challenge.header_value()),
            Ok(r#"DPoP algs="PS256", realm="b  'x'""#.into())
        );
    }
}
