//! The character rules for text that goes on the wire.
//!
//! RFC 6749 (appendix A.7 and A.8) allows `error` and `error_description` to
//! hold only NQSCHAR: printable ASCII except `"` and `\`
//! (`%x20-21 / %x23-5B / %x5D-7E`). The catalog holds every code,
//! description and hint to that rule, so they need no escaping in JSON or
//! a quoted header value. Only a `%` changes on the wire: the runtime sends
//! it as `%25`, as it does in text set at run time, so that a client's one
//! percent-decoding gives every description back.

// The rule the runtime writes run-time text to: `errcat-core`'s, so what
// the macro lets through is what the runtime sends unescaped.
pub use errcat_core::nqschar::is_nqschar;
use errcat_core::nqschar::is_nqschar_byte;

/// The byte offset and value of the first character of `text` that is not
/// NQSCHAR.
#[must_use]
pub fn first_non_nqschar(text: &str) -> Option<(usize, char)> {
    // NQSCHAR is ASCII: bytes first, which in the unoptimised macro costs a
    // fraction of decoding every character (BENCHMARKS.md, "Goal 3: build
    // cost", this revision's changes); characters only to report one.
    let at = text.bytes().position(|b| !is_nqschar_byte(b))?;
    text[at..].chars().next().map(|c| (at, c))
}

/// How a character is named in a diagnostic: printable ones quoted, the rest
/// by code point, so that a tab or a zero-width space is not invisible.
#[must_use]
pub fn describe_char(c: char) -> String {
    match c {
        '"' => "a double quote `\"`".to_owned(),
        '\\' => "a backslash `\\`".to_owned(),
        '\t' => "a tab (U+0009)".to_owned(),
        '\n' => "a line break (U+000A)".to_owned(),
        '\r' => "a carriage return (U+000D)".to_owned(),
        c if c.is_control() => format!("the control character U+{:04X}", u32::from(c)),
        c if c.is_ascii() => format!("`{c}`"),
        c => format!("the non-ASCII character `{c}` (U+{:04X})", u32::from(c)),
    }
}
