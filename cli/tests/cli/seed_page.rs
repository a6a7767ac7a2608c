//! The rendered Login page against the published page it replaces
//! (`tests/seed/login-error-codes.txt`): every row of the published page is
//! a row of the rendered one, in the section of its status, with its text;
//! and the rendered page is complete where the published one is not (four
//! rows there lost their code).

use std::collections::HashMap;

use errcat_codegen::{http_status, reference};

use super::{errcat_run, repo_root};

/// One row of the published page, read as `tests/seed.rs` reads it.
#[derive(Debug)]
struct SeedRow {
    status: u16,
    /// The code, when the page shows it.
    code: Option<String>,
    /// A description, sometimes followed by a remediation sentence.
    text: String,
    /// The remediation paragraph under a row that lost its code.
    hint: Option<String>,
}

/// A status section of the published page.
#[derive(Debug)]
struct SeedSection {
    status: u16,
    /// The reason phrase of the heading (`Bad Request`).
    reason: String,
    /// The sentence under the heading, when the page has one.
    meaning: Option<String>,
}

/// The codes of the rows that lost theirs, in page order, as RFC 6749
/// sections 4.1.2.1 and 5.2 name them.
const LOST_CODES: [&str; 4] = [
    "invalid_request",
    "unauthorized_client",
    "invalid_scope",
    "access_denied",
];

fn read_seed() -> (Vec<SeedSection>, Vec<SeedRow>) {
    let page = std::fs::read_to_string(repo_root().join("tests/seed/login-error-codes.txt"))
        .expect("read the seed page");
    let mut sections: Vec<SeedSection> = Vec::new();
    let mut rows = Vec::new();
    let mut in_table = false;
    let mut paragraphs: Vec<String> = Vec::new();
    for line in page.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if let Some((number, reason)) = line.split_once(" Error: ") {
            sections.push(SeedSection {
                status: number.parse().expect("a status heading"),
                reason: reason.to_owned(),
                meaning: None,
            });
            in_table = false;
            continue;
        }
        if line == "Error Code Description" {
            in_table = true;
            continue;
        }
        let Some(section) = sections.last_mut() else {
            continue; // the page's title and introduction
        };
        if !in_table {
            section.meaning = Some(line.to_owned());
            continue;
        }
        let (first_word, rest) = line.split_once(' ').expect("a row has words");
        if first_word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '_')
        {
            rows.push(SeedRow {
                status: section.status,
                code: Some(first_word.to_owned()),
                text: rest.to_owned(),
                hint: None,
            });
        } else {
            paragraphs.push(line.to_owned());
            if paragraphs.len() == 2 {
                let hint = paragraphs.pop();
                let text = paragraphs.pop().expect("a description paragraph");
                rows.push(SeedRow {
                    status: section.status,
                    code: None,
                    text,
                    hint,
                });
            }
        }
    }
    assert!(
        paragraphs.is_empty(),
        "a description without its remediation"
    );
    (sections, rows)
}

/// A section of the rendered page.
#[derive(Debug, Default)]
struct RenderedSection {
    heading: String,
    meaning: Option<String>,
    /// Each row's cells, unescaped: code, description, remediation,
    /// reference.
    rows: Vec<Vec<String>>,
}

/// The sections of the rendered Markdown, by status.
fn read_rendered(markdown: &str) -> HashMap<u16, RenderedSection> {
    let mut sections: HashMap<u16, RenderedSection> = HashMap::new();
    let mut current: Option<u16> = None;
    for line in markdown.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            // The last section, the codes by tag, is not a status's.
            let Ok(status) = heading[..3].parse() else {
                current = None;
                continue;
            };
            sections.insert(
                status,
                RenderedSection {
                    heading: heading.to_owned(),
                    ..RenderedSection::default()
                },
            );
            current = Some(status);
            continue;
        }
        let Some(section) = current.and_then(|status| sections.get_mut(&status)) else {
            continue;
        };
        if line.starts_with("| Code |") || line.starts_with("|---") || line.is_empty() {
            continue;
        }
        if line.starts_with('|') {
            section.rows.push(cells(line));
        } else {
            assert!(
                section.meaning.is_none(),
                "two lines of text in {}",
                section.heading
            );
            section.meaning = Some(line.to_owned());
        }
    }
    sections
}

/// The cells of a table row, split at unescaped `|`, with Markdown's
/// backslash escapes and a code span's backticks removed.
fn cells(row: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = row.trim().trim_start_matches('|').chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => cell.extend(chars.next()),
            '|' => cells.push(
                std::mem::take(&mut cell)
                    .trim()
                    .trim_matches('`')
                    .to_owned(),
            ),
            _ => cell.push(c),
        }
    }
    cells
}

#[test]
fn every_row_of_the_published_page_is_on_the_rendered_page() {
    let output = errcat_run(&["render", "error-codes.toml"]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let rendered = read_rendered(&output.stdout);
    let (seed_sections, seed_rows) = read_seed();
    assert_eq!(seed_rows.len(), 30);
    assert_eq!(
        rendered
            .values()
            .map(|section| section.rows.len())
            .sum::<usize>(),
        30
    );

    let mut lost_codes = LOST_CODES.iter();
    let mut seen_in_section: HashMap<u16, usize> = HashMap::new();
    for row in &seed_rows {
        let code = match &row.code {
            Some(code) => code.as_str(),
            None => lost_codes.next().expect("four rows lost their code"),
        };
        let section = rendered
            .get(&row.status)
            .unwrap_or_else(|| panic!("no {} section for `{code}`", row.status));
        // Rows keep the page's order within their section.
        let position = seen_in_section.entry(row.status).or_default();
        let cells = section
            .rows
            .get(*position)
            .unwrap_or_else(|| panic!("`{code}` is missing from {}", section.heading));
        *position += 1;
        assert_eq!(cells[0], code, "{}", section.heading);
        // The page's text, then the catalog's notes (here, the endpoint
        // tags) on a line of their own.
        let (description, notes) = cells[1]
            .split_once("<br>")
            .unwrap_or_else(|| panic!("`{code}` shows no tags: {:?}", cells[1]));
        assert!(notes.starts_with("Tags: `"), "{code}: {notes}");
        let (description, hint) = (&description.to_owned(), &cells[2]);
        match &row.hint {
            Some(seed_hint) => {
                assert_eq!(description, &row.text, "{code}");
                assert_eq!(hint, seed_hint, "{code}");
            }
            None => assert!(
                row.text == *description || row.text == format!("{description} {hint}"),
                "{code}: the page says {:?}, the rendering {description:?} / {hint:?}",
                row.text
            ),
        }
    }
    assert!(lost_codes.next().is_none(), "every lost code was matched");

    for seed in &seed_sections {
        let section = &rendered[&seed.status];
        let reason = http_status::reason(seed.status).expect("a registered status");
        assert_eq!(section.heading, format!("{} Error: {reason}", seed.status));
        // The page says "Resource Not Found" where RFC 9110 says "Not Found".
        assert!(seed.reason.ends_with(reason), "{}", seed.reason);
        // Where the page explains a status, the rendering says the same,
        // less the page's claims of frequency, which hold for one service
        // only (and the page cuts its 401 sentence short after "to perform").
        if let Some(meaning) = &seed.meaning {
            let rendered_meaning = section.meaning.as_deref().unwrap_or_default();
            let meaning = meaning
                .replace("are the most common and are ", "are ")
                .replace("are the second-most common and ", "");
            assert!(
                rendered_meaning.starts_with(meaning.trim_end_matches('.')),
                "{}: {rendered_meaning:?}",
                seed.status
            );
        }
    }
    assert_eq!(rendered.len(), seed_sections.len());
}

#[test]
fn every_rendered_row_has_its_hint_and_linked_reference() {
    let output = errcat_run(&["render", "error-codes.toml"]);
    let markdown = output.stdout;
    for section in read_rendered(&markdown).values() {
        assert!(
            section.meaning.is_some(),
            "{} has no meaning line",
            section.heading
        );
        for cells in &section.rows {
            assert_eq!(cells.len(), 4, "{cells:?}");
            assert!(!cells[2].is_empty(), "`{}` has no remediation", cells[0]);
            let reference = &cells[3];
            match reference.split_once("](<") {
                Some((text, url)) => {
                    let text = text.trim_start_matches('[');
                    let url = url.trim_end_matches(">)");
                    assert_eq!(reference::url(text).as_deref(), Some(url), "{reference}");
                }
                None => assert_eq!(reference::url(reference), None, "{reference} is not linked"),
            }
        }
    }
}
