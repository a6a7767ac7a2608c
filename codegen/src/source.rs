//! A catalog's text with the name it is shown under, and the mapping from
//! byte offsets to lines and columns.

use std::ops::Range;

/// The text of a catalog and the path it is reported under.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user wrote it (e.g. `error-codes.toml`), shown in
    /// diagnostics.
    pub display_path: String,
    /// The file's text. Bytes that are not UTF-8 have been replaced by
    /// U+FFFD and reported.
    pub text: String,
}

impl SourceFile {
    /// A catalog held in memory.
    #[must_use]
    pub fn new(display_path: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            display_path: display_path.into(),
            text: text.into(),
        }
    }

    /// The 1-based line and 1-based character column of a byte offset.
    /// Offsets past the end or inside a character are clamped back.
    #[must_use]
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }

    /// The byte range of the whole lines that `span` touches, and the
    /// 1-based number of the first of them.
    #[must_use]
    pub fn lines_around(&self, span: &Range<usize>) -> (Range<usize>, usize) {
        let start = span.start.min(self.text.len());
        let end = span.end.clamp(start, self.text.len());
        let first = self.text[..start]
            .rfind('\n')
            .map_or(0, |newline| newline + 1);
        let last = self.text[end..]
            .find('\n')
            .map_or(self.text.len(), |newline| end + newline);
        let (line, _) = self.line_column(first);
        (first..last, line)
    }
}

/// Decodes a catalog's bytes. Returns the text (invalid bytes replaced by
/// U+FFFD) and, when the bytes were not UTF-8, the byte range of the first
/// replacement character in that text.
#[must_use]
pub fn decode(bytes: &[u8]) -> (String, Option<Range<usize>>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), None),
        Err(error) => {
            let at = error.valid_up_to();
            let text = String::from_utf8_lossy(bytes).into_owned();
            (text, Some(at..at + char::REPLACEMENT_CHARACTER.len_utf8()))
        }
    }
}
