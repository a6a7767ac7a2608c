//! A catalog's text with the name it is shown under, and the mapping from
//! byte offsets to lines and columns.

use std::ops::Range;
use std::sync::OnceLock;

/// The text of a catalog and the path it is reported under.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user wrote it (e.g. `error-codes.toml`), shown in
    /// diagnostics.
    pub display_path: String,
    /// The file's text. Bytes that are not UTF-8 have been replaced by
    /// U+FFFD and reported. Lines and columns are computed from the text
    /// as it was at the first lookup: replace the whole `SourceFile`
    /// rather than edit the text.
    pub text: String,
    /// The byte offset of each line's start, computed once on the first
    /// lookup, so that a diagnostic per entry of a large catalog costs a
    /// binary search each rather than a scan from the file's start.
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    /// A catalog held in memory.
    #[must_use]
    pub fn new(display_path: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            display_path: display_path.into(),
            text: text.into(),
            line_starts: OnceLock::new(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(
                    self.text
                        .match_indices('\n')
                        .map(|(newline, _)| newline + 1),
                )
                .collect()
        })
    }

    /// The 0-based index of the line that holds byte `offset`, and that
    /// line's start.
    fn line_of(&self, offset: usize) -> (usize, usize) {
        let starts = self.line_starts();
        // The first line starts at 0, so the partition point is at least 1.
        let index = starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1);
        (index, starts.get(index).copied().unwrap_or(0))
    }

    /// The 1-based line and 1-based character column of a byte offset.
    /// Offsets past the end or inside a character are clamped back. A
    /// byte-order mark at the file's start takes no column, as editors
    /// show it.
    #[must_use]
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let (index, line_start) = self.line_of(offset);
        let before = &self.text[line_start..offset];
        let before = if line_start == 0 {
            before.strip_prefix('\u{FEFF}').unwrap_or(before)
        } else {
            before
        };
        (index + 1, before.chars().count() + 1)
    }

    /// `offset` clamped to the text and moved back to a character boundary.
    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// The byte range of the whole lines that `span` touches, and the
    /// 1-based number of the first of them. A line's range ends before its
    /// line break, `\r\n` or `\n`.
    #[must_use]
    pub fn lines_around(&self, span: &Range<usize>) -> (Range<usize>, usize) {
        let start = self.clamp(span.start);
        let end = self.clamp(span.end.max(start));
        let (first_index, first) = self.line_of(start);
        let (last_index, _) = self.line_of(end);
        let mut last = self
            .line_starts()
            .get(last_index + 1)
            .map_or(self.text.len(), |next| next - 1);
        if self.text[..last].ends_with('\r') && last > end {
            last -= 1;
        }
        (first..last.max(first), first_index + 1)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters() {
        let source = SourceFile::new("x.toml", "ab\ncé d\n\nlast");
        assert_eq!(source.line_column(0), (1, 1));
        assert_eq!(source.line_column(2), (1, 3));
        assert_eq!(source.line_column(3), (2, 1));
        // After the two-byte `é`, one column on.
        assert_eq!(source.line_column(6), (2, 3));
        // Inside `é`: clamped back to its start.
        assert_eq!(source.line_column(5), (2, 2));
        assert_eq!(source.line_column(9), (3, 1));
        assert_eq!(source.line_column(10), (4, 1));
        assert_eq!(source.line_column(999), (4, 5));
    }

    #[test]
    fn crlf_and_a_byte_order_mark_count_as_editors_do() {
        let source = SourceFile::new("x.toml", "\u{FEFF}ab\r\ncd\r\n");
        // The mark takes no column.
        assert_eq!(source.line_column(3), (1, 1));
        assert_eq!(source.line_column(4), (1, 2));
        let c = source.text.find('c').expect("a c");
        assert_eq!(source.line_column(c), (2, 1));
        // The lines a snippet shows end before `\r\n`.
        assert_eq!(source.lines_around(&(c..c + 1)), (c..c + 2, 2));
        assert_eq!(&source.text[source.lines_around(&(3..4)).0], "\u{FEFF}ab");
    }

    #[test]
    fn lines_around_cover_every_line_a_span_touches() {
        let source = SourceFile::new("x.toml", "one\ntwo\nthree\n");
        assert_eq!(source.lines_around(&(5..9)), (4..13, 2));
        assert_eq!(source.lines_around(&(0..0)), (0..3, 1));
        // The end of the text, after the last line break.
        assert_eq!(source.lines_around(&(14..14)), (14..14, 4));
        assert_eq!(source.lines_around(&(99..120)), (14..14, 4));
    }
}
