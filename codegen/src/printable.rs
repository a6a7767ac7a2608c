//! Catalog text made safe to print in a diagnostic.
//!
//! A diagnostic quotes the catalog: its lines in the snippet, a misspelt
//! key in the message. A hostile or damaged file may hold control
//! characters there (an escape sequence that recolours the terminal, a
//! carriage return that overwrites the line, C1 controls from a file that
//! was not UTF-8), and rustc prints a `compile_error!` as it is given. So
//! every control character but a line break or a tab is shown as a visible
//! stand-in: a C0 control or DEL as its Unicode control picture (`␛`,
//! `␍`), any other as U+FFFD, as is a bidirectional formatting character,
//! which would reorder the line shown.

use std::borrow::Cow;

use crate::wire_text::is_bidi_control;

/// The visible stand-in for a control character, or `None` when `c` prints
/// as itself.
fn stand_in(c: char) -> Option<char> {
    match c {
        '\n' | '\t' => None,
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + u32::from(c)),
        '\u{7F}' => Some('\u{2421}'),
        // A bidirectional formatting character would reorder the line
        // the terminal shows, the very thing the diagnostic reports.
        c if c.is_control() || is_bidi_control(c) => Some(char::REPLACEMENT_CHARACTER),
        _ => None,
    }
}

/// `text` with control characters shown as stand-ins; line breaks and tabs
/// too when `one_line` (a message or a label is one line).
pub(crate) fn printable(text: &str, one_line: bool) -> Cow<'_, str> {
    let replaced = |c: char| match c {
        '\n' | '\t' if one_line => Some(' '),
        c => stand_in(c),
    };
    if !text.chars().any(|c| replaced(c).is_some()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| replaced(c).unwrap_or(c)).collect())
}

/// Source lines with control characters shown as stand-ins, and the map
/// from byte offsets in the original to offsets in the printable text.
pub(crate) struct PrintableSource<'a> {
    pub(crate) text: Cow<'a, str>,
    /// For each replaced character: its offset in the original, and how
    /// many bytes longer the text is after it than the original.
    growth: Vec<(usize, usize)>,
}

impl<'a> PrintableSource<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        if !text.chars().any(|c| stand_in(c).is_some()) {
            return Self {
                text: Cow::Borrowed(text),
                growth: Vec::new(),
            };
        }
        let mut printable = String::with_capacity(text.len());
        let mut growth = Vec::new();
        for (at, c) in text.char_indices() {
            match stand_in(c) {
                Some(shown) => {
                    printable.push(shown);
                    let grown = printable.len() - (at + c.len_utf8());
                    growth.push((at, grown));
                }
                None => printable.push(c),
            }
        }
        Self {
            text: Cow::Owned(printable),
            growth,
        }
    }

    /// Where byte `offset` of the original is in the printable text.
    pub(crate) fn map(&self, offset: usize) -> usize {
        // Characters replaced before `offset` move it on by their growth.
        let before = self.growth.partition_point(|&(at, _)| at < offset);
        match before.checked_sub(1) {
            Some(last) => offset + self.growth[last].1,
            None => offset,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_get_visible_stand_ins() {
        assert_eq!(
            printable("a\u{1b}[31mb\rc\u{7f}\u{90}", false),
            "a\u{241b}[31mb\u{240d}c\u{2421}\u{FFFD}"
        );
        assert_eq!(
            printable("two\nlines\tand tab", false),
            "two\nlines\tand tab"
        );
        assert_eq!(printable("two\nlines\tand tab", true), "two lines and tab");
        assert!(matches!(printable("plain", true), Cow::Borrowed("plain")));
    }

    #[test]
    fn offsets_map_past_stand_ins() {
        let source = PrintableSource::new("a\u{1b}b\u{90}c");
        assert_eq!(source.text, "a\u{241b}b\u{FFFD}c");
        // `a`, the escape (1 byte, now 3), `b`, U+0090 (2 bytes, now 3), `c`.
        assert_eq!(source.map(0), 0);
        assert_eq!(source.map(1), 1);
        assert_eq!(source.map(2), 4);
        assert_eq!(source.map(3), 5);
        assert_eq!(source.map(5), 8);
        assert_eq!(&source.text[source.map(5)..], "c");
    }
}
