//! The reference page as one self-contained HTML document: inline CSS, no
//! script, no external asset, readable in any browser or saved to disk.
//!
//! Each entry's row has an `id` (see the `anchors` module), so an OAuth
//! `error_uri` can point at `errors.html#invalid_grant`; the code in the row
//! links to its own anchor for copying.

use std::fmt::Write as _;

use errcat_codegen::markdown::link_url;
use errcat_codegen::{Entry, FieldDecl, http_status, reference};

use super::Page;
use super::anchors::{self, Anchors};
use super::{notes, status_meaning};

/// Styles for print and screen, light and dark; a targeted row (followed
/// from a link) is highlighted.
const STYLE: &str = "\
:root { color-scheme: light dark; --rule: #c8c8c8; --mark: #fff3b0; --muted: #5a5a5a; }
@media (prefers-color-scheme: dark) { :root { --rule: #4a4a4a; --mark: #4d4000; --muted: #b0b0b0; } }
body { font: 16px/1.5 system-ui, -apple-system, \"Segoe UI\", sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
h1 { margin-bottom: 0.25rem; }
.intro, .meaning, .notes { color: var(--muted); }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; list-style: none; padding: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.5rem 0.75rem 0.5rem 0; text-align: left; vertical-align: top; }
td:first-child { white-space: nowrap; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a.code { color: inherit; text-decoration: none; }
a.code:hover, a.code:focus { text-decoration: underline; }
tr:target { background: var(--mark); }
";

/// The page.
pub(crate) fn render(page: &Page<'_>) -> String {
    let catalog = page.catalog;
    let anchors = Anchors::new(catalog);
    let with_references = catalog
        .entries
        .iter()
        .any(|entry| entry.reference.is_some());
    let title = escape(&page.title());
    let mut html = String::new();
    html.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"errcat render\">\n",
    );
    let _ = writeln!(html, "<title>{title}</title>");
    let _ = writeln!(html, "<style>\n{STYLE}</style>\n</head>\n<body>\n<main>");
    let _ = writeln!(html, "<h1>{title}</h1>");
    let _ = writeln!(
        html,
        "<p class=\"intro\">Generated from the catalog <code>{}</code> by <code>errcat \
         render</code>: do not edit this page by hand; change the catalog and render it again. \
         It lists {}, by HTTP status.</p>",
        escape(page.source_name),
        page.count()
    );
    let catalog_notes = notes::catalog_notes(catalog);
    if !catalog_notes.is_empty() {
        let line = notes::line(&catalog_notes, escape, |tag| {
            format!("<code>{}</code>", escape(tag))
        });
        let _ = writeln!(html, "<p class=\"notes\">{line}</p>");
    }
    html.push_str("<nav aria-label=\"Statuses\">\n<ul>\n");
    for (status, anchor) in &anchors.sections {
        let _ = writeln!(
            html,
            "<li><a href=\"#{}\">{}</a></li>",
            escape(&anchors::fragment(anchor)),
            escape(&http_status::heading(*status))
        );
    }
    html.push_str("</ul>\n</nav>\n");
    for ((status, indices), (_, section_anchor)) in
        catalog.by_status().into_iter().zip(&anchors.sections)
    {
        let _ = writeln!(html, "<section id=\"{}\">", escape(section_anchor));
        let _ = writeln!(html, "<h2>{}</h2>", escape(&http_status::heading(status)));
        if let Some(meaning) = status_meaning::meaning(status) {
            let _ = writeln!(html, "<p class=\"meaning\">{}</p>", escape(meaning));
        }
        html.push_str("<table>\n<thead>\n<tr><th scope=\"col\">Code</th><th scope=\"col\">Description</th><th scope=\"col\">Remediation</th>");
        for field in &catalog.fields {
            let _ = write!(html, "<th scope=\"col\">{}</th>", escape(&field.name));
        }
        if with_references {
            html.push_str("<th scope=\"col\">Reference</th>");
        }
        html.push_str("</tr>\n</thead>\n<tbody>\n");
        for index in indices {
            html.push_str(&row(
                &catalog.entries[index],
                &catalog.fields,
                &anchors.entries[index],
                with_references,
            ));
        }
        html.push_str("</tbody>\n</table>\n</section>\n");
    }
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

/// One table row, with the entry's anchor as its `id`, and a cell for
/// each of the catalog's declared `fields`.
fn row(entry: &Entry, fields: &[FieldDecl], anchor: &str, with_references: bool) -> String {
    let notes = notes::notes(entry);
    let notes = if notes.is_empty() {
        String::new()
    } else {
        let line = notes::line(&notes, escape, |tag| {
            format!("<code>{}</code>", escape(tag))
        });
        format!("<br><span class=\"notes\">{line}</span>")
    };
    let mut row = format!(
        "<tr id=\"{}\"><td><a class=\"code\" href=\"#{}\"><code>{}</code></a></td><td>{}{notes}</td><td>{}</td>",
        escape(anchor),
        escape(&anchors::fragment(anchor)),
        escape(&entry.code),
        escape(&entry.description),
        entry.hint.as_deref().map(escape).unwrap_or_default(),
    );
    for field in fields {
        let cell = notes::field_cell(entry, field, |text| {
            format!("<code>{}</code>", escape(text))
        });
        let _ = write!(row, "<td>{cell}</td>");
    }
    if with_references {
        let cell = match entry.reference.as_deref() {
            Some(text) => match reference::url(text) {
                Some(url) => format!(
                    "<a href=\"{}\">{}</a>",
                    escape(&link_url(&url)),
                    escape(text)
                ),
                None => escape(text),
            },
            None => String::new(),
        };
        let _ = write!(row, "<td>{cell}</td>");
    }
    row.push_str("</tr>\n");
    row
}

/// `text` with the characters HTML gives a meaning escaped, for element
/// content and double- or single-quoted attribute values alike.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape("<a href=\"x\">it's & more</a>"),
            "&lt;a href=&quot;x&quot;&gt;it&#39;s &amp; more&lt;/a&gt;"
        );
    }

    #[test]
    fn deprecation_since_and_tags_follow_the_description() {
        let entry = Entry::new("Old", "old", 400, "Old.")
            .with_deprecated(None)
            .with_since("<1.2>")
            .with_tags(["x"]);
        assert_eq!(
            row(&entry, &[], "old", false),
            "<tr id=\"old\"><td><a class=\"code\" href=\"#old\"><code>old</code></a></td>\
             <td>Old.<br><span class=\"notes\">Deprecated. Since &lt;1.2&gt;. Tags: <code>x</code>.</span></td>\
             <td></td></tr>\n"
        );
    }

    #[test]
    fn a_row_carries_its_anchor_and_escaped_text() {
        let entry = Entry::new("Odd", "a<b", 400, "Use <b> & 'quotes'.")
            .with_reference("https://example.com/?a=1&b=2");
        assert_eq!(
            row(&entry, &[], "a<b", true),
            "<tr id=\"a&lt;b\"><td><a class=\"code\" href=\"#a%3Cb\"><code>a&lt;b</code></a></td>\
             <td>Use &lt;b&gt; &amp; &#39;quotes&#39;.</td><td></td>\
             <td><a href=\"https://example.com/?a=1&amp;b=2\">https://example.com/?a=1&amp;b=2</a></td></tr>\n"
        );
    }
}
