//! The bytes a value takes in each output that carries it, counted from
//! that output's own encoding (RFC 8259 escaping, `form_urlencoded`, a
//! quoted-string), for the checks of the documented limits.

/// The output that carries a field, which decides the bytes it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Carrier {
    /// A JSON string: RFC 8259 escaping, errcat's short escapes (`\"`,
    /// `\\`, `\n`, `\r`, `\t`) and `\u00XX` for the other controls.
    Json,
    /// A redirect parameter, `application/x-www-form-urlencoded`.
    Form,
    /// A challenge's quoted-string, whose values are NQSCHAR: no escape.
    Quoted,
}

impl Carrier {
    /// The bytes `value` (as a client reads it) takes in this output.
    pub(crate) fn len(self, value: &str) -> usize {
        match self {
            Self::Json => value.chars().map(json_len).sum(),
            Self::Form => form_urlencoded::byte_serialize(value.as_bytes())
                .map(str::len)
                .sum(),
            Self::Quoted => value.len(),
        }
    }
}

/// The bytes `c` takes inside a JSON string as errcat escapes it.
fn json_len(c: char) -> usize {
    match c {
        '"' | '\\' | '\n' | '\r' | '\t' => 2,
        '\0'..='\u{1f}' => 6,
        c => c.len_utf8(),
    }
}
