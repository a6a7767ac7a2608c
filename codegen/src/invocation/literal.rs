//! The value of a string literal token, as rustc reads it.
//!
//! proc-macro2 hands a literal over as its source text, so the macro decodes
//! it itself: every form a Rust string literal may take (escapes, `\u{..}`,
//! `\x..`, line continuations, raw strings) reads back as rustc would, and
//! the literals that are not strings are refused by name.

/// Why a literal token is not a usable string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LiteralProblem {
    /// A number, a character, or anything else that is not a string.
    NotAString,
    /// `b"..."` or `br"..."`.
    ByteString,
    /// `c"..."` or `cr"..."`.
    CString,
    /// `"..."suffix`: rustc accepts the token, and it means nothing here.
    Suffix(String),
    /// An escape rustc would have refused; only reached through tokens built
    /// by hand, never through source that compiled.
    BadEscape,
}

impl LiteralProblem {
    /// The message, for a literal that should have been `what`.
    pub(crate) fn message(&self, what: &str) -> String {
        match self {
            Self::NotAString => format!("expected {what} as a string literal"),
            Self::ByteString => {
                format!(
                    "{what} is a byte string; write a string literal, `\"...\"`, without the `b`"
                )
            }
            Self::CString => {
                format!("{what} is a C string; write a string literal, `\"...\"`, without the `c`")
            }
            Self::Suffix(suffix) => {
                format!("{what} has the suffix `{suffix}`; write the string literal without it")
            }
            Self::BadEscape => format!("{what} holds an escape that is not valid Rust"),
        }
    }
}

/// The value of the string literal whose source text is `token`.
pub(crate) fn string_value(token: &str) -> Result<String, LiteralProblem> {
    if token.starts_with("b\"") || token.starts_with("br\"") || token.starts_with("br#") {
        return Err(LiteralProblem::ByteString);
    }
    if token.starts_with("c\"") || token.starts_with("cr\"") || token.starts_with("cr#") {
        return Err(LiteralProblem::CString);
    }
    let (value, suffix) = match token.strip_prefix('r') {
        Some(raw) => raw_body(raw).ok_or(LiteralProblem::NotAString)?,
        None => {
            let (body, suffix) = quoted_body(token).ok_or(LiteralProblem::NotAString)?;
            (unescape(body).ok_or(LiteralProblem::BadEscape)?, suffix)
        }
    };
    if suffix.is_empty() {
        Ok(value)
    } else {
        Err(LiteralProblem::Suffix(suffix.to_owned()))
    }
}

/// `#*"body"#*suffix` (after the `r`): the body as it stands, and the suffix.
fn raw_body(raw: &str) -> Option<(String, &str)> {
    let hashes = raw.len() - raw.trim_start_matches('#').len();
    let fence = &raw[..hashes];
    let inner = raw[hashes..].strip_prefix('"')?;
    // The body cannot hold `"` followed by the fence: that would have ended it.
    let end = inner.find(&format!("\"{fence}"))?;
    let suffix = &inner[end + 1 + hashes..];
    Some((inner[..end].to_owned(), suffix))
}

/// `"body"suffix`: the body still escaped, and the suffix.
fn quoted_body(token: &str) -> Option<(&str, &str)> {
    let inner = token.strip_prefix('"')?;
    let mut escaped = false;
    for (at, c) in inner.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some((&inner[..at], &inner[at + 1..])),
            _ => {}
        }
    }
    None
}

/// The characters a string literal's escaped body stands for.
fn unescape(body: &str) -> Option<String> {
    let mut value = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        let decoded = match chars.next()? {
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            '0' => '\0',
            c @ ('\\' | '"' | '\'') => c,
            'x' => {
                let digits: String = [chars.next()?, chars.next()?].iter().collect();
                // `\x` reaches ASCII only; above it a string needs `\u{..}`.
                char::from(u8::from_str_radix(&digits, 16).ok().filter(u8::is_ascii)?)
            }
            'u' => unicode_escape(&mut chars)?,
            '\n' => {
                // A line continuation: the newline and the whitespace after
                // it are not part of the value.
                while chars
                    .next_if(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
                    .is_some()
                {}
                continue;
            }
            _ => return None,
        };
        value.push(decoded);
    }
    Some(value)
}

/// The `{1F600}` after `\u`: one to six hex digits, `_` allowed after the
/// first, naming a Unicode scalar value.
fn unicode_escape(chars: &mut impl Iterator<Item = char>) -> Option<char> {
    if chars.next()? != '{' {
        return None;
    }
    let mut digits = String::new();
    loop {
        match chars.next()? {
            '}' => break,
            '_' if !digits.is_empty() => {}
            c if c.is_ascii_hexdigit() && digits.len() < 6 => digits.push(c),
            _ => return None,
        }
    }
    char::from_u32(u32::from_str_radix(&digits, 16).ok()?)
}

#[cfg(test)]
mod tests {
    use super::{LiteralProblem, string_value};

    /// The value of `source`, a literal as it would stand in Rust code.
    fn value(source: &str) -> Result<String, LiteralProblem> {
        let literal: proc_macro2::Literal = source.parse().expect("a literal token");
        string_value(&literal.to_string())
    }

    #[test]
    fn reads_every_escape() {
        for (source, expected) in [
            (r#""plain.toml""#, "plain.toml"),
            (r#""\u{2f}""#, "/"),
            (r#""\u{1_F600}""#, "\u{1F600}"),
            (r#""\x41\x7f""#, "A\x7f"),
            (r#""a\\b\"c\'d""#, "a\\b\"c'd"),
            (r#""\n\r\t\0""#, "\n\r\t\0"),
            ("\"dir/\\\n    \t name.toml\"", "dir/name.toml"),
            ("\"a\\\n\n  b\"", "ab"),
            ("\"é ☃\"", "é ☃"),
            (r#"r"C:\dir\x.toml""#, r"C:\dir\x.toml"),
            ("r##\"say \"#hi\"#\"##", "say \"#hi\"#"),
            (r#""""#, ""),
        ] {
            assert_eq!(value(source).as_deref(), Ok(expected), "{source}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_string() {
        for (source, problem) in [
            (r#"b"x.toml""#, LiteralProblem::ByteString),
            (r##"br#"x.toml"#"##, LiteralProblem::ByteString),
            (r#"c"x.toml""#, LiteralProblem::CString),
            (
                r#""x.toml"_suffix"#,
                LiteralProblem::Suffix("_suffix".to_owned()),
            ),
            (r##"r#"x.toml"#s"##, LiteralProblem::Suffix("s".to_owned())),
            ("5", LiteralProblem::NotAString),
            ("'x'", LiteralProblem::NotAString),
            ("b'x'", LiteralProblem::NotAString),
        ] {
            assert_eq!(value(source), Err(problem), "{source}");
        }
    }

    #[test]
    fn refuses_escapes_rustc_would_refuse() {
        // Source that compiled never gets here; a token built by hand can.
        for text in [
            r#""\q""#,
            r#""\x80""#,
            r#""\x4""#,
            r#""\u{D800}""#,
            r#""\u{1234567}""#,
            r#""\u{_1}""#,
            r#""\u2f""#,
        ] {
            assert_eq!(string_value(text), Err(LiteralProblem::BadEscape), "{text}");
        }
        assert_eq!(string_value(r#""open"#), Err(LiteralProblem::NotAString));
    }
}
