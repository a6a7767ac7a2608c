//! The reference page as Markdown (GitHub-flavoured tables), in the
//! structure of the Unstoppable Login error page: a section per status with
//! its reason phrase and what it means, then a table of the status's codes;
//! and, when entries have tags, a last section listing each tag's codes
//! (each endpoint's, in an OAuth catalog).

use errcat_codegen::markdown::{code_span, escape, table_code_span};
use errcat_codegen::{Catalog, Entry, FieldDecl, http_status, reference};

use super::{Page, notes, status_meaning};

/// The page. Catalog text is escaped so that it renders as written, `|`
/// included; references that errcat can link become links.
pub(crate) fn render(page: &Page<'_>) -> String {
    let catalog = page.catalog;
    let with_references = catalog
        .entries
        .iter()
        .any(|entry| entry.reference.is_some());
    let mut lines = vec![
        format!("# {}", escape(&page.title())),
        String::new(),
        format!(
            "Generated from the catalog {} by `errcat render`: do not edit this page by hand; \
             change the catalog and render it again. It lists {}, by HTTP status{}.",
            code_span(page.source_name),
            page.count(),
            if catalog.entries.iter().any(|entry| !entry.tags.is_empty()) {
                " and by tag"
            } else {
                ""
            }
        ),
    ];
    let catalog_notes = notes::catalog_notes(catalog);
    if !catalog_notes.is_empty() {
        lines.push(String::new());
        lines.push(notes::line(&catalog_notes, escape, code_span));
    }
    for (status, indices) in catalog.by_status() {
        lines.push(String::new());
        lines.push(format!("## {}", http_status::heading(status)));
        if let Some(meaning) = status_meaning::meaning(status) {
            lines.push(String::new());
            lines.push(meaning.to_owned());
        }
        lines.push(String::new());
        lines.extend(header(&catalog.fields, with_references));
        for index in indices {
            lines.push(row(
                &catalog.entries[index],
                &catalog.fields,
                with_references,
            ));
        }
    }
    lines.extend(by_tag(catalog));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// A last section, when entries have tags: each tag (an endpoint, in an
/// OAuth catalog) with its codes, in file order, each code once.
fn by_tag(catalog: &Catalog) -> Vec<String> {
    let mut tags: Vec<(&str, Vec<&str>)> = Vec::new();
    for entry in &catalog.entries {
        for tag in &entry.tags {
            let index = match tags.iter().position(|(known, _)| known == tag) {
                Some(index) => index,
                None => {
                    tags.push((tag, Vec::new()));
                    tags.len() - 1
                }
            };
            let codes = &mut tags[index].1;
            if !codes.contains(&entry.code.as_str()) {
                codes.push(&entry.code);
            }
        }
    }
    if tags.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![
        String::new(),
        "## Codes by tag".to_owned(),
        String::new(),
        "| Tag | Codes |".to_owned(),
        "|---|---|".to_owned(),
    ];
    for (tag, codes) in tags {
        let codes: Vec<String> = codes.into_iter().map(table_code_span).collect();
        lines.push(format!(
            "| {} | {} |",
            table_code_span(tag),
            codes.join(", ")
        ));
    }
    lines
}

/// The table's header and delimiter rows: a column for each declared
/// field, after the remediation, and the reference last.
fn header(fields: &[FieldDecl], with_references: bool) -> [String; 2] {
    let mut names = vec![
        "Code".to_owned(),
        "Description".to_owned(),
        "Remediation".to_owned(),
    ];
    names.extend(fields.iter().map(|field| escape(&field.name)));
    if with_references {
        names.push("Reference".to_owned());
    }
    let delimiters = vec!["---"; names.len()];
    [
        format!("| {} |", names.join(" | ")),
        format!("|{}|", delimiters.join("|")),
    ]
}

/// One table row; an entry without a hint, a field's value or a reference
/// has an empty cell.
fn row(entry: &Entry, fields: &[FieldDecl], with_references: bool) -> String {
    let hint = entry.hint.as_deref().map(escape).unwrap_or_default();
    let mut description = escape(&entry.description);
    let notes = notes::notes(entry);
    if !notes.is_empty() {
        description.push_str("<br>");
        description.push_str(&notes::line(&notes, escape, table_code_span));
    }
    let mut row = format!(
        "| {} | {description} | {hint} |",
        table_code_span(&entry.code)
    );
    for field in fields {
        row.push(' ');
        row.push_str(&notes::field_cell(entry, field, table_code_span));
        row.push_str(" |");
    }
    if with_references {
        let cell = entry
            .reference
            .as_deref()
            .map(reference::markdown)
            .unwrap_or_default();
        row.push(' ');
        row.push_str(&cell);
        row.push_str(" |");
    }
    row
}

#[cfg(test)]
mod tests {
    use errcat_codegen::{Catalog, Entry};

    use super::*;

    fn entry(code: &str, status: u16, description: &str) -> Entry {
        Entry::new("Name", code, status, description)
    }

    #[test]
    fn sections_ascend_and_rows_keep_file_order() {
        let catalog = Catalog::new(vec![
            entry("server_error", 500, "The server failed."),
            entry("b_first", 400, "B."),
            entry("a_second", 400, "A."),
        ])
        .with_title("Payments <API> errors");
        let page = render(&Page {
            catalog: &catalog,
            source_name: "errors.toml",
        });
        let expected = "\
# Payments \\<API\\> errors

Generated from the catalog `errors.toml` by `errcat render`: do not edit this page by hand; change the catalog and render it again. It lists 3 errors, by HTTP status.

## 400 Error: Bad Request

These errors are generally perceived as client errors (e.g., malformed syntax, invalid request parameters, etc.).

| Code | Description | Remediation |
|---|---|---|
| `b_first` | B. |  |
| `a_second` | A. |  |

## 500 Error: Internal Server Error

These errors are server errors: the server met an unexpected condition that prevented it from fulfilling the request.

| Code | Description | Remediation |
|---|---|---|
| `server_error` | The server failed. |  |
";
        assert_eq!(page, expected);
    }

    #[test]
    fn tags_list_their_codes_once_in_file_order() {
        let catalog = Catalog::new(vec![
            entry("b", 400, "B.").with_tags(["token", "a|b"]),
            entry("a", 401, "A.").with_tags(["token"]),
            entry("b", 401, "B again.").with_tags(["token"]),
        ]);
        assert_eq!(
            by_tag(&catalog),
            [
                "",
                "## Codes by tag",
                "",
                "| Tag | Codes |",
                "|---|---|",
                "| `token` | `b`, `a` |",
                "| `a\\|b` | `b` |",
            ]
        );
        let untagged = Catalog::new(vec![entry("a", 400, "A.")]);
        assert!(by_tag(&untagged).is_empty());
    }

    #[test]
    fn cells_escape_pipes_and_link_references() {
        let mut first = entry("a|b", 418, "Either x | y.");
        first.hint = Some("Use *one*.".to_owned());
        first.reference = Some("RFC 6749 section 5.2".to_owned());
        let mut second = entry("plain", 418, "Plain.");
        second.reference = Some("Our wiki | page".to_owned());
        assert_eq!(
            row(&first, &[], true),
            "| `a\\|b` | Either x \\| y. | Use \\*one\\*. | \
             [RFC 6749 section 5.2](<https://www.rfc-editor.org/rfc/rfc6749#section-5.2>) |"
        );
        assert_eq!(
            row(&second, &[], true),
            "| `plain` | Plain. |  | Our wiki \\| page |"
        );
        assert_eq!(row(&second, &[], false), "| `plain` | Plain. |  |");
    }

    #[test]
    fn deprecation_since_and_tags_follow_the_description() {
        let entry = entry("old_code", 400, "Old.")
            .with_deprecated(Some("use *new_code*"))
            .with_since("1.2")
            .with_tags(["a|b"]);
        assert_eq!(
            row(&entry, &[], false),
            "| `old_code` | Old.<br>Deprecated: use \\*new_code\\*. Since 1.2. Tags: `a\\|b`. |  |"
        );
    }

    #[test]
    fn a_reference_url_holding_angle_brackets_is_a_working_link() {
        let mut odd = entry("a", 400, "A.");
        odd.reference = Some("https://x.test/errors?q=<a>&r=(b) c".to_owned());
        let catalog = Catalog::new(vec![odd]);
        let page = render(&Page {
            catalog: &catalog,
            source_name: "errors.toml",
        });
        // GitHub and rustdoc read Markdown as pulldown-cmark does.
        let parser = pulldown_cmark::Parser::new_ext(&page, pulldown_cmark::Options::ENABLE_TABLES);
        let links: Vec<String> = parser
            .filter_map(|event| match event {
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) => {
                    Some(dest_url.to_string())
                }
                _ => None,
            })
            .collect();
        assert_eq!(
            links,
            ["https://x.test/errors?q=%3Ca%3E&r=(b)%20c"],
            "{page}"
        );
    }

    /// Every event but text, as GitHub and rustdoc read Markdown.
    fn structure(markdown: &str) -> Vec<String> {
        use pulldown_cmark::{Event, Options, Parser};
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS;
        Parser::new_ext(markdown, options)
            .filter_map(|event| match event {
                Event::Text(_) => None,
                Event::Code(_) => Some("Code".to_owned()),
                event => Some(format!("{event:?}")),
            })
            .collect()
    }

    /// A page whose every catalog text is Markdown syntax has the structure
    /// of the same page in plain words: no text of it became a block, a
    /// link or HTML.
    #[test]
    fn hostile_text_is_text_on_the_page() {
        let hostile = [
            "    std::fs::write(\"/tmp/x\", \"\").unwrap();",
            "```",
            "~~~",
            "# Heading",
            "- item",
            "1. item",
            "> quote",
            "<img src=x onerror=alert(1)>",
            "[d](javascript:alert(1))",
            "a | b",
            "a\nb\r\n---",
        ];
        let page = |texts: &[String]| {
            let entries = texts
                .iter()
                .map(|text| {
                    let mut entry = entry(text, 400, text)
                        .with_deprecated(Some(text))
                        .with_since(text)
                        .with_tags([text.as_str()]);
                    entry.hint = Some(text.clone());
                    entry.reference = Some(text.clone());
                    entry
                })
                .collect();
            let catalog = Catalog {
                title: Some(texts.join(" ")),
                text: errcat_codegen::TextRule::default(),
                domain: None,
                entries,
                fields: Vec::new(),
            };
            render(&Page {
                catalog: &catalog,
                source_name: "errors.toml",
            })
        };
        let hostile: Vec<String> = hostile.iter().map(|text| (*text).to_owned()).collect();
        let plain: Vec<String> = (0..hostile.len())
            .map(|index| format!("plain{index}"))
            .collect();
        let (hostile, plain) = (page(&hostile), page(&plain));
        assert_eq!(structure(&hostile), structure(&plain), "{hostile}");
    }
}
