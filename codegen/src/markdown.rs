//! Catalog text as Markdown that renders literally, for every page made
//! from a catalog (the `errcat render` reference page; rustdoc applies the
//! same rules in the generated enum's docs).

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

#[cfg(test)]
mod tests {
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
}
