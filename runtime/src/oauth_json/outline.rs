//! A pass over a JSON body before serde reads it, for what serde's API
//! cannot say ahead of a value.
//!
//! A member errcat skips must be skipped unread, as serde's `IgnoredAny`
//! and Python's `json` skip it: asked for any value, `serde_json` parses a
//! number (refusing `1e400`) or a string (refusing `"\ud800"`), and only
//! `IgnoredAny` skips without either. But a member is kept when its value
//! is a string, which serde cannot tell before the value is read; the
//! outline tells it, from the first byte of each top-level member's value.
//! `IgnoredAny` also skips without counting depth, so the outline bounds
//! the nesting, and it checks that the body is UTF-8 (RFC 8259 section
//! 8.1), which `IgnoredAny` does not check inside a string.

use alloc::format;
use alloc::vec::Vec;

use crate::ParseError;

/// The deepest nesting read, the body's own object counted as the first
/// level: `serde_json`'s recursion limit, which refuses the 128th level, so
/// that `from_json` and `Deserialize` (`serde_json::from_slice`) refuse
/// the same bodies.
pub(super) const MAX_DEPTH: usize = 127;

/// What a body holds, as far as the readers need to know before serde
/// reads it.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Outline {
    /// For each member of the top-level object, in order, whether its
    /// value is a string.
    strings: Vec<bool>,
}

impl Outline {
    /// Outlines `body`.
    ///
    /// Valid JSON is outlined exactly: strings, brackets and a top-level
    /// object's colons are found wherever they are. Invalid JSON may be
    /// outlined wrongly past its first error, which serde reports at the
    /// latest when it reaches that error, before the member there.
    ///
    /// # Errors
    ///
    /// [`ParseError::Json`], located, when `body` is not UTF-8 or nests
    /// deeper than [`MAX_DEPTH`].
    pub(super) fn of(body: &[u8]) -> Result<Self, ParseError> {
        if let Err(error) = core::str::from_utf8(body) {
            return Err(located(body, error.valid_up_to(), "invalid UTF-8"));
        }
        let mut strings = Vec::new();
        let mut depth = 0_usize;
        let mut value_next = false;
        let mut bytes = body.iter().enumerate();
        while let Some((at, &byte)) = bytes.next() {
            if value_next && !matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
                strings.push(byte == b'"');
                value_next = false;
            }
            match byte {
                b'"' => {
                    // To the closing quote; an escape's second byte is
                    // never it.
                    while let Some((_, &byte)) = bytes.next() {
                        match byte {
                            b'"' => break,
                            b'\\' => {
                                bytes.next();
                            }
                            _ => {}
                        }
                    }
                }
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(located(
                            body,
                            at,
                            "nested deeper than the limit of 127 levels",
                        ));
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                b':' if depth == 1 => value_next = true,
                _ => {}
            }
        }
        Ok(Self { strings })
    }

    /// Whether the value of the top-level object's member `index` (from
    /// 0) is a string; `false` past the last member outlined.
    pub(super) fn holds_string(&self, index: usize) -> bool {
        self.strings.get(index).copied().unwrap_or(false)
    }
}

/// `message` at byte `at` of `body`, as `serde_json` locates its errors: a
/// line from 1 and the byte's column from 1.
fn located(body: &[u8], at: usize, message: &str) -> ParseError {
    let before = &body[..at];
    let line_start = before
        .iter()
        .rposition(|&byte| byte == b'\n')
        .map_or(0, |newline| newline + 1);
    let line = before.split(|&byte| byte == b'\n').count();
    let column = at - line_start + 1;
    ParseError::Json(format!("{message} at line {line} column {column}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(body: &str) -> Vec<bool> {
        Outline::of(body.as_bytes()).expect("outlined").strings
    }

    #[test]
    fn finds_which_members_hold_strings() {
        assert_eq!(
            strings(
                r#"{"error":"e", "a" : [":", {"b":"c"}],"s\":":"x\\","n":null,"o":{"p":1}, "t" :
 "u"}"#
            ),
            [true, false, true, false, false, true]
        );
        assert_eq!(strings(r#"["a", "b"]"#), [false; 0]);
        assert_eq!(strings("{}"), [false; 0]);
    }

    #[test]
    fn bounds_the_depth_where_serde_json_does() {
        let nested = |levels: usize| {
            let mut body = "[".repeat(levels - 1);
            body.insert(0, '{');
            body.insert_str(1, r#""x":"#);
            body
        };
        assert!(Outline::of(nested(MAX_DEPTH).as_bytes()).is_ok());
        assert_eq!(
            Outline::of(format!("\n{}", nested(MAX_DEPTH + 1)).as_bytes()),
            Err(ParseError::Json(
                "nested deeper than the limit of 127 levels at line 2 column 132".into()
            ))
        );
        // Brackets inside strings are text.
        let quoted = format!(r#"{{"x":"{}"}}"#, "[".repeat(1000));
        assert!(Outline::of(quoted.as_bytes()).is_ok());
    }

    #[test]
    fn refuses_a_body_that_is_not_utf8() {
        assert_eq!(
            Outline::of(b"{\"error\":\"e\",\n \"x\":[\"\xff\"]}"),
            Err(ParseError::Json("invalid UTF-8 at line 2 column 8".into()))
        );
    }
}
