//! Catalog text as Markdown that renders literally, for every page made
//! from a catalog (the `errcat render` reference page; rustdoc applies the
//! same rules in the generated enum's docs).

use std::fmt::Write as _;

/// `text` as Markdown that renders literally: punctuation that Markdown or
/// HTML would act on is backslash-escaped, `|` included, so the text is safe
/// in a table cell. An underscore inside a word stays bare, since it cannot
/// start emphasis there and `redirect_url` reads better unescaped.
#[must_use]
pub fn escape(text: &str) -> String {
    // Most catalog text has nothing to escape: one scan, one copy. The
    // scan reads bytes: the macro runs unoptimised in most builds, where
    // searching for a set of chars took a sixth of an expansion.
    if !text.bytes().any(is_special) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut escaped = String::with_capacity(text.len());
    for (index, &c) in chars.iter().enumerate() {
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
        if special {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// Whether Markdown could read `b` as syntax (`_` only outside a word).
const fn is_special(b: u8) -> bool {
    matches!(
        b,
        b'\\' | b'`' | b'*' | b'[' | b']' | b'<' | b'>' | b'|' | b'#'
    ) || matches!(b, b'~' | b'&' | b'!' | b'_')
}

/// `text` as an inline code span, fenced with enough backticks that a
/// backtick inside it cannot close it. In a table cell, `|` must still be
/// escaped: see [`table_code_span`].
#[must_use]
pub fn code_span(text: &str) -> String {
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
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
pub(crate) mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_but_keeps_snake_case() {
        assert_eq!(
            escape("Add redirect_url to the list."),
            "Add redirect_url to the list."
        );
        assert_eq!(
            escape("[x] <b> *y* _z_ a|b"),
            "\\[x\\] \\<b\\> \\*y\\* \\_z\\_ a\\|b"
        );
        assert_eq!(escape("e.g., (OP)"), "e.g., (OP)");
        assert_eq!(escape(r"#1 ~a & b! `c` \d"), r"\#1 \~a \& b\! \`c\` \\d");
        // Non-ASCII text passes through, and an underscore beside a
        // non-ASCII letter is inside a word.
        assert_eq!(escape("é_è «x» _"), "é_è «x» \\_");
    }

    #[test]
    fn fences_code_spans() {
        assert_eq!(code_span("invalid_grant"), "`invalid_grant`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
        assert_eq!(table_code_span("a|b"), "`a\\|b`");
    }

    /// The destination and text of every link a Markdown parser with
    /// GitHub tables (the one rustdoc uses) reads in `markdown`.
    pub(crate) fn parsed_links(markdown: &str) -> Vec<(String, String)> {
        use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
        let mut links = Vec::new();
        let mut current: Option<(String, String)> = None;
        for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
            match event {
                Event::Start(Tag::Link { dest_url, .. }) => {
                    current = Some((dest_url.to_string(), String::new()));
                }
                Event::Text(text) => {
                    if let Some((_, link_text)) = &mut current {
                        link_text.push_str(&text);
                    }
                }
                Event::End(TagEnd::Link) => links.extend(current.take()),
                _ => {}
            }
        }
        links
    }

    #[test]
    fn a_link_holds_whatever_its_url() {
        let url = "https://x.test/a b>c|d<e`f\\g(h)é%41";
        let encoded = "https://x.test/a%20b%3Ec%7Cd%3Ce%60f%5Cg(h)%C3%A9%41";
        let link = link("RFC [x] | y", url);
        let expected = vec![(encoded.to_owned(), "RFC [x] | y".to_owned())];
        // In a list item, as the generated rustdoc has it...
        assert_eq!(parsed_links(&format!("- Reference: {link}")), expected);
        // ...and in a table cell, as the reference page has it.
        let table = format!("| Code | Reference |\n|---|---|\n| `a` | {link} |\n");
        assert_eq!(parsed_links(&table), expected);
    }
}
