//! The parser of `WWW-Authenticate` values: challenges, each a scheme
//! then a token68 or comma-separated auth-params, with the empty list
//! elements and optional whitespace RFC 9110 section 5.6.1 allows.

use alloc::string::String;
use alloc::vec::Vec;

use super::ParsedChallenge;
use super::token::{is_tchar, is_token68_char};
use crate::{Limits, ParseError};

/// A cursor over a `WWW-Authenticate` value.
pub(super) struct Parser<'a> {
    input: &'a [u8],
    text: &'a str,
    at: usize,
    params: usize,
    limits: Limits,
}

impl<'a> Parser<'a> {
    pub(super) fn new(value: &'a str, limits: Limits) -> Self {
        Self {
            input: value.as_bytes(),
            text: value,
            at: 0,
            params: 0,
            limits,
        }
    }

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

    pub(super) fn challenges(&mut self) -> Result<Vec<ParsedChallenge>, ParseError> {
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

#[cfg(test)]
mod tests {
    use alloc::vec;
    use alloc::vec::Vec;

    use crate::{Limits, ParseError, ParsedChallenge, parse_www_authenticate};

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
}
