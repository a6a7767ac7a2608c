//! A JSON object writer for the flat objects errcat emits (the RFC 6749
//! body, problem+json). Hand-written so that rendering needs neither serde
//! nor an allocation beyond the output (see BENCHMARKS.md, "Goal 6").

use alloc::string::String;
use core::fmt::Write as _;

/// Writes `{"key":value,...}` into a `String`.
pub(crate) struct ObjectWriter<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> ObjectWriter<'a> {
    pub(crate) fn new(out: &'a mut String) -> Self {
        out.push('{');
        Self { out, empty: true }
    }

    /// Writes `"key":`. Keys are errcat's own field names, never input,
    /// so they need no escaping; extension names go through
    /// [`string_member`](Self::string_member).
    fn key(&mut self, key: &'static str) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
    }

    /// A member whose name and value are both any text.
    pub(crate) fn string_member(&mut self, key: &str, value: &str) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        push_string(self.out, key);
        self.out.push(':');
        push_string(self.out, value);
    }

    /// A member whose value is any text, escaped as JSON requires.
    pub(crate) fn string(&mut self, key: &'static str, value: &str) {
        self.key(key);
        push_string(self.out, value);
    }

    /// A member whose value is `parts` joined by single spaces, each
    /// escaped as JSON requires: the joined text without building it.
    pub(crate) fn string_of_parts(&mut self, key: &'static str, parts: &[&str]) {
        self.key(key);
        self.out.push('"');
        for (index, part) in parts.iter().enumerate() {
            if index > 0 {
                self.out.push(' ');
            }
            push_string_contents(self.out, part);
        }
        self.out.push('"');
    }

    /// A member whose value `write` appends. `write` must append only
    /// NQSCHAR text, which needs no JSON escaping: no `"`, no `\`, no
    /// control character.
    pub(crate) fn safe_string(&mut self, key: &'static str, write: impl FnOnce(&mut String)) {
        self.key(key);
        self.out.push('"');
        write(self.out);
        self.out.push('"');
    }

    /// Like [`safe_string`](Self::safe_string), but leaves the member out
    /// when `write` appends nothing: an absent field, not an empty one.
    pub(crate) fn optional_safe_string(
        &mut self,
        key: &'static str,
        write: impl FnOnce(&mut String),
    ) {
        let (rollback, was_empty) = (self.out.len(), self.empty);
        self.safe_string(key, write);
        if self.out.len() == rollback + usize::from(!was_empty) + key.len() + 5 {
            self.out.truncate(rollback);
            self.empty = was_empty;
        }
    }

    pub(crate) fn number(&mut self, key: &'static str, value: u16) {
        self.key(key);
        let _ = write!(self.out, "{value}");
    }

    pub(crate) fn finish(self) {
        self.out.push('}');
    }
}

/// Appends `text` as a JSON string: quoted, with `"`, `\` and control
/// characters escaped (RFC 8259 section 7).
pub(crate) fn push_string(out: &mut String, text: &str) {
    out.push('"');
    push_string_contents(out, text);
    out.push('"');
}

/// Appends `text` escaped as the inside of a JSON string.
fn push_string_contents(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_members_in_order() {
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        object.string("error", "invalid_request");
        object.number("status", 400);
        object.safe_string("detail", |out| out.push_str("safe"));
        object.finish();
        assert_eq!(
            out,
            r#"{"error":"invalid_request","status":400,"detail":"safe"}"#
        );
    }

    #[test]
    fn leaves_out_empty_optional_members() {
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        object.optional_safe_string("first", |_| {});
        object.string("error", "x");
        object.optional_safe_string("empty", |_| {});
        object.optional_safe_string("full", |out| out.push('y'));
        object.finish();
        assert_eq!(out, r#"{"error":"x","full":"y"}"#);
    }

    #[test]
    fn escapes_what_json_requires() {
        let mut out = String::new();
        push_string(&mut out, "a\"b\\c\nd\u{1}é");
        assert_eq!(out, r#""a\"b\\c\nd\u0001é""#);
    }
}
