//! Catalog text as Markdown that renders as written, for everything made
//! from a catalog that a Markdown reader shows: the generated enum's
//! rustdoc and the `errcat render` reference page.
//!
//! Catalogs are edited by many people, so their text is untrusted input:
//! whatever it holds, [`escape`] makes it one line of inline text, which
//! rustdoc cannot read as a block (an indented or fenced code block would
//! be a doctest that `cargo test --doc` compiles and runs in the user's
//! crate), a link, an image or HTML, wherever in a line it is put.

use std::borrow::Cow;
use std::fmt::Write as _;

/// `text` as one line of Markdown inline text that renders as `text` does
/// (docs/generated-api.md, "Catalog text in rustdoc"):
///
/// - a line break becomes a space, which is how Markdown renders one
///   inside a paragraph, so the text cannot start a second line;
/// - spaces and tabs at either end are dropped, as Markdown drops them, so
///   that four of them cannot make the line a code block;
/// - every character that Markdown or HTML acts on anywhere in a line is
///   backslash-escaped: `` \ ` * [ ] < > | # ~ & ! `` (`|` included, so
///   the text is safe in a table cell), and `_` outside a word (an
///   underscore inside a word cannot start emphasis, and `redirect_url`
///   reads better bare);
/// - so is a first character that opens a block only at the start of a
///   line: `-`, `+` or `=` (a list item, a thematic break, a heading's
///   underline), and the `.` or `)` of a leading number followed by a
///   space (`1. `, a numbered list item).
///
/// The escapes are invisible once rendered: a plain sentence renders as
/// the same sentence, and most catalog text comes back unchanged.
#[must_use]
pub fn escape(text: &str) -> String {
    let text = text.trim_matches([' ', '\t', '\n', '\r']);
    let opener = block_opener(text);
    // Most catalog text has nothing to escape: one scan, one copy. The
    // scan reads bytes: the macro runs unoptimised in most builds, where
    // searching for a set of chars took a sixth of an expansion.
    if opener.is_none() && !text.bytes().any(|b| is_special(b) || is_line_break(b)) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut escaped = String::with_capacity(text.len() + 8);
    for (index, &c) in chars.iter().enumerate() {
        if u8::try_from(c).is_ok_and(is_line_break) {
            escaped.push(' ');
            continue;
        }
        let inside_word = || {
            index > 0
                && chars[index - 1].is_alphanumeric()
                && chars
                    .get(index + 1)
                    .is_some_and(|next| next.is_alphanumeric())
        };
        let special = match c {
            '_' => !inside_word(),
            c => u8::try_from(c).is_ok_and(is_special),
        };
        if special || opener == Some(index) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// Where in `text` (trimmed) a character would open a block if the text
/// started a line, and [`is_special`] does not escape it anyway: a leading
/// `-`, `+` or `=`, or the `.` or `)` ending a leading number before a
/// space or the end. Leading digits are ASCII, so the byte index is the
/// character index.
fn block_opener(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    match bytes.first()? {
        b'-' | b'+' | b'=' => Some(0),
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            let marker = matches!(bytes.get(digits), Some(b'.' | b')'));
            let item = matches!(bytes.get(digits + 1), None | Some(b' ' | b'\t'));
            (marker && item).then_some(digits)
        }
        _ => None,
    }
}

/// Whether Markdown reads `b` as the end of a line.
const fn is_line_break(b: u8) -> bool {
    matches!(b, b'\n' | b'\r')
}

/// Whether Markdown could read `b` as syntax (`_` only outside a word).
const fn is_special(b: u8) -> bool {
    matches!(
        b,
        b'\\' | b'`' | b'*' | b'[' | b']' | b'<' | b'>' | b'|' | b'#'
    ) || matches!(b, b'~' | b'&' | b'!' | b'_')
}

/// `text` with every `\`, `[` and `<` backslash-escaped, so that Markdown
/// finds no link, image, autolink or HTML in it and renders the rest
/// (`` `a code span` ``) as written: for the one catalog text that people
/// read raw as much as rendered, a `#[deprecated]` note, which rustc
/// prints as written and rustdoc renders in the variant's deprecation box
/// (with HTML as text, and never as a doctest).
#[must_use]
pub fn without_links(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '[' | '<') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// `text` as an inline code span, fenced with enough backticks that a
/// backtick inside it cannot close it. A line break becomes a space, as
/// it renders inside a code span, so the span cannot end the line. In a
/// table cell, `|` must still be escaped: see [`table_code_span`].
#[must_use]
pub fn code_span(text: &str) -> String {
    let text = if text.bytes().any(is_line_break) {
        Cow::Owned(text.replace(['\n', '\r'], " "))
    } else {
        Cow::Borrowed(text)
    };
    if text.is_empty() {
        // `` would be two backticks of text; a space alone is kept.
        return "` `".to_owned();
    }
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    // Markdown strips one space from each end of a span that has both, and
    // a backtick at an end would join the fence: a space pads either.
    let spaced =
        text.starts_with(' ') && text.ends_with(' ') && !text.trim_start_matches(' ').is_empty();
    let pad = if text.starts_with('`') || text.ends_with('`') || spaced {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// [`code_span`] for a table cell: a GitHub-flavoured Markdown cell ends at
/// any bare `|`, even inside a code span, and `\|` there stands for `|`.
#[must_use]
pub fn table_code_span(text: &str) -> String {
    code_span(text).replace('|', "\\|")
}

/// A Markdown link to `url` reading `text` (escaped by [`escape`]): the
/// one spelling of a reference link, in the generated rustdoc and on the
/// `errcat render` page alike.
///
/// The destination is [`link_url`] in angle brackets, which allow
/// parentheses and which nothing left in it can close, so the link holds in
/// a list item and in a table cell.
#[must_use]
pub fn link(text: &str, url: &str) -> String {
    format!("[{}](<{}>)", escape(text), link_url(url))
}

/// `url` with every byte that could end a Markdown link destination or a
/// table cell (`<`, `>`, `\`, `|`, a backtick, a space, a control
/// character) or that is not ASCII percent-encoded, for a Markdown link
/// and an HTML `href` alike. None of those bytes is allowed in a URI
/// (RFC 3986), so the link points where a browser would take the URL to
/// point; a `%` is kept as it is, since the URL may already be encoded.
#[must_use]
pub fn link_url(url: &str) -> String {
    let mut encoded = String::with_capacity(url.len());
    for byte in url.bytes() {
        if byte.is_ascii_graphic() && !matches!(byte, b'<' | b'>' | b'\\' | b'|' | b'`') {
            encoded.push(char::from(byte));
        } else {
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    encoded
}

#[cfg(test)]
pub(crate) mod tests;
