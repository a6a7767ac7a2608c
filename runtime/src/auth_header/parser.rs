//! The parser of `WWW-Authenticate` values, held to the recipient's
//! grammar of RFC 9110 (sections 11.6.1, 11.2 and 5.6):
//!
//! ```text
//! WWW-Authenticate = #challenge
//! challenge        = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
//! auth-param       = token BWS "=" BWS ( token / quoted-string )
//! #element         = [ element ] *( OWS "," OWS [ element ] )   ; 5.6.1.2
//! quoted-string    = DQUOTE *( qdtext / quoted-pair ) DQUOTE
//! quoted-pair      = "\" ( HTAB / SP / VCHAR / obs-text )      ; obs-text = %x80-FF
//! ```
//!
//! The list rule is the recipient's, with the empty elements a recipient
//! MUST accept (`Bearer , error="x"`, `a=1,,b=2`, a trailing comma).
//! Whitespace around the whole value is the field's, which RFC 9110
//! section 5.5 strips, and is skipped here too.

use alloc::collections::BTreeSet;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

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

/// A parameter name that compares without ASCII case, as auth-param names
/// do (RFC 9110 section 11.2), so that a challenge's names are checked for
/// repeats in a set, not by a scan of those before.
struct Caseless<'a>(&'a str);

impl Ord for Caseless<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .bytes()
            .map(|byte| byte.to_ascii_lowercase())
            .cmp(other.0.bytes().map(|byte| byte.to_ascii_lowercase()))
    }
}

impl PartialOrd for Caseless<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Caseless<'_> {}

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

    /// Skips OWS.
    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// Skips OWS and empty list elements.
    fn skip_separators(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b',')) {
            self.at += 1;
        }
    }

    /// Skips `1*SP`, returning whether there was one.
    fn skip_spaces(&mut self) -> bool {
        let start = self.at;
        while self.peek() == Some(b' ') {
            self.at += 1;
        }
        self.at > start
    }

    fn token(&mut self) -> Option<&'a str> {
        let text = self.text;
        let start = self.at;
        while self.peek().is_some_and(is_tchar) {
            self.at += 1;
        }
        (self.at > start).then(|| &text[start..self.at])
    }

    pub(super) fn challenges(&mut self) -> Result<Vec<ParsedChallenge>, ParseError> {
        let mut challenges = Vec::new();
        self.skip_separators();
        while self.peek().is_some() {
            challenges.push(self.challenge()?);
            self.skip_whitespace();
            match self.peek() {
                None => break,
                Some(b',') => self.skip_separators(),
                Some(_) => return self.fail("`,` or the end of the value"),
            }
        }
        Ok(challenges)
    }

    /// One challenge: its scheme and what follows it, up to the `,` that
    /// ends it or the end of the value.
    fn challenge(&mut self) -> Result<ParsedChallenge, ParseError> {
        let Some(scheme) = self.token() else {
            return self.fail("an auth-scheme");
        };
        let mut challenge = ParsedChallenge {
            scheme: scheme.into(),
            token68: None,
            params: Vec::new(),
        };
        if !self.skip_spaces() {
            // Only spaces open a challenge's parameters (`1*SP`); a tab
            // is OWS, which may only stand before the comma that ends it.
            let after_scheme = self.at;
            self.skip_whitespace();
            if matches!(self.peek(), None | Some(b',')) {
                return Ok(challenge);
            }
            self.at = after_scheme;
            return self.fail(if self.peek() == Some(b'\t') {
                "a space, not a tab, before the auth-scheme's parameters"
            } else {
                "a space, `,` or the end of the value after the auth-scheme"
            });
        }
        if let Some(token68) = self.token68() {
            challenge.token68 = Some(token68);
            return Ok(challenge);
        }
        match self.peek() {
            None => {}
            Some(byte) if is_tchar(byte) => self.params(&mut challenge)?,
            Some(b' ' | b'\t' | b',') => {
                // `Bearer , error="x"`: the auth-param list may open with
                // empty elements; without a comma, or without a parameter
                // after it, the challenge has none.
                let after_spaces = self.at;
                self.skip_separators();
                let list_opened = self.input[after_spaces..self.at].contains(&b',');
                if list_opened && self.next_is_param() {
                    self.params(&mut challenge)?;
                } else {
                    self.at = after_spaces;
                }
            }
            Some(_) => return self.fail("a token68 or an auth-param after the auth-scheme"),
        }
        Ok(challenge)
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

    /// `name=value` pairs, with the empty elements between them, up to
    /// the `,` before the next challenge or the end of the value.
    fn params(&mut self, challenge: &mut ParsedChallenge) -> Result<(), ParseError> {
        let mut names = BTreeSet::new();
        loop {
            let Some(name) = self.token() else {
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
            // RFC 9110 section 11.2: each name once per challenge.
            if !names.insert(Caseless(name)) {
                return Err(ParseError::DuplicateParameter(name.into()));
            }
            challenge.params.push((name.into(), value));
            let after_value = self.at;
            self.skip_separators();
            if !self.input[after_value..self.at].contains(&b',') || !self.next_is_param() {
                // The challenge ends here: the caller reads the `,` and
                // the next challenge, or reports what stands here.
                self.at = after_value;
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
        if at == self.at {
            return false;
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
                    // quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text ):
                    // every octet of a non-ASCII character is obs-text, so
                    // any of them may be escaped, a C1 control (U+0085)
                    // included, as it may stand unescaped in qdtext.
                    if escaped.is_ascii_control() && escaped != '\t' {
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
    use alloc::format;
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

    /// `quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text )`, with
    /// `obs-text = %x80-FF`: both octets of U+0085 (C2 85) are obs-text, so
    /// the character may be escaped as it may stand unescaped; an ASCII
    /// control may do neither.
    #[test]
    fn a_quoted_pair_escapes_any_character_but_an_ascii_control() {
        for value in ["Bearer error=\"\\\u{85}\"", "Bearer error=\"\u{85}\""] {
            assert_eq!(
                parse(value),
                Ok(vec![challenge("Bearer", None, &[("error", "\u{85}")])]),
                "{value:?}"
            );
        }
        assert_eq!(
            parse("Bearer error=\"\\\u{e9}\\\t\\ \\\u{9f}\""),
            Ok(vec![challenge(
                "Bearer",
                None,
                &[("error", "\u{e9}\t \u{9f}")]
            )])
        );
        for control in ['\u{0}', '\u{1f}', '\u{7f}', '\n'] {
            assert_eq!(
                parse(&format!("Bearer error=\"\\{control}\"")),
                Err(ParseError::Challenge {
                    at: 15,
                    expected: "a visible character after `\\`"
                }),
                "{control:?}"
            );
        }
    }

    /// `#element => [ element ] *( OWS "," OWS [ element ] )`: a recipient
    /// skips empty elements wherever a list allows one, the auth-params of
    /// a challenge included.
    #[test]
    fn empty_list_elements_are_skipped_wherever_the_list_has_them() {
        let bearer = || challenge("Bearer", None, &[("error", "x"), ("realm", "y")]);
        for value in [
            r#"Bearer , error="x", realm=y"#,
            r#"Bearer ,, , error="x", realm=y"#,
            "Bearer \t, error=\"x\", realm=y",
            r#"Bearer error="x",, ,realm=y"#,
            r#"Bearer error="x", realm=y,"#,
            r#"Bearer error="x", realm=y , ,"#,
            r#", ,Bearer error="x", realm=y"#,
        ] {
            assert_eq!(parse(value), Ok(vec![bearer()]), "{value}");
        }
        assert_eq!(
            parse(r#"Basic abc, , Bearer , error="x", realm=y, , DPoP ,"#),
            Ok(vec![
                challenge("Basic", Some("abc"), &[]),
                bearer(),
                challenge("DPoP", None, &[]),
            ])
        );
        // A comma after the scheme opens the parameters only when a
        // parameter follows: here it is the next challenge.
        assert_eq!(
            parse("Bearer , Basic abc"),
            Ok(vec![
                challenge("Bearer", None, &[]),
                challenge("Basic", Some("abc"), &[])
            ])
        );
        assert_eq!(parse(" , "), Ok(vec![]));
    }

    /// `challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]`: the
    /// parameters follow spaces; a tab is OWS, allowed only before a comma.
    #[test]
    fn only_spaces_open_the_parameters() {
        assert_eq!(
            parse("Bearer\terror=x"),
            Err(ParseError::Challenge {
                at: 6,
                expected: "a space, not a tab, before the auth-scheme's parameters"
            })
        );
        assert_eq!(
            parse("Bearer\t, Basic\t"),
            Ok(vec![
                challenge("Bearer", None, &[]),
                challenge("Basic", None, &[])
            ])
        );
        assert_eq!(
            parse("Bearer=x"),
            Err(ParseError::Challenge {
                at: 6,
                expected: "a space, `,` or the end of the value after the auth-scheme"
            })
        );
        // Without a comma, OWS after the first space opens nothing.
        assert_eq!(
            parse("Bearer \terror=x"),
            Err(ParseError::Challenge {
                at: 8,
                expected: "`,` or the end of the value"
            })
        );
        assert_eq!(
            parse(r#"Bearer "x""#),
            Err(ParseError::Challenge {
                at: 7,
                expected: "a token68 or an auth-param after the auth-scheme"
            })
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
