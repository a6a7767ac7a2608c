//! The README, the manual (`docs/*.md`) and the crates' READMEs say what is
//! true: every catalog sample is a valid catalog, checked as the macro
//! checks it; a sample that names its file agrees with it; every page with
//! Rust samples is compiled as doctests (`src/lib.rs`); every relative link
//! leads to a file, and to a heading when it names one; and the README
//! stays a front door.

use std::path::{Path, PathBuf};

use errcat_codegen::{Style, check_bytes};

/// The README stays a short front door; the rest belongs in `docs/`.
const README_MAX_LINES: usize = 150;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A Markdown file, by its path from the repository root.
struct Page {
    path: String,
    text: String,
}

/// The pages: README.md, every `docs/*.md`, and each crate's README.md.
fn pages() -> Vec<Page> {
    let root = repo_root();
    let mut paths = vec!["README.md".to_owned()];
    let mut manual: Vec<String> = std::fs::read_dir(root.join("docs"))
        .expect("list docs/")
        .map(|entry| entry.expect("a docs/ entry").file_name())
        .filter_map(|name| name.to_str().map(str::to_owned))
        .filter(|name| Path::new(name).extension().is_some_and(|ext| ext == "md"))
        .map(|name| format!("docs/{name}"))
        .collect();
    manual.sort();
    paths.extend(manual);
    for krate in [
        "runtime",
        "macros",
        "codegen",
        "core",
        "cli",
        "oauth-errors",
    ] {
        paths.push(format!("{krate}/README.md"));
    }
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(root.join(&path))
                .unwrap_or_else(|error| panic!("read {path}: {error}"));
            Page { path, text }
        })
        .collect()
}

/// A fenced code block.
struct Block {
    /// The info string: `rust`, `toml`, `sh`...
    lang: String,
    /// The 1-based line of the opening fence.
    line: usize,
    /// The lines between the fences.
    text: String,
}

fn blocks(page: &Page) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut open: Option<Block> = None;
    for (index, line) in page.text.lines().enumerate() {
        let fence = line.trim_start();
        match open.take() {
            None => {
                if let Some(info) = fence.strip_prefix("```") {
                    open = Some(Block {
                        lang: info.trim().to_owned(),
                        line: index + 1,
                        text: String::new(),
                    });
                }
            }
            Some(block) if fence == "```" => blocks.push(block),
            Some(mut block) => {
                block.text.push_str(line);
                block.text.push('\n');
                open = Some(block);
            }
        }
    }
    if let Some(block) = open {
        panic!("{}:{}: a code block is never closed", page.path, block.line);
    }
    blocks
}

/// Whether a TOML sample is a catalog rather than, say, a `Cargo.toml`.
fn is_catalog(block: &Block) -> bool {
    block.lang == "toml" && block.text.lines().any(|line| line.trim() == "[[error]]")
}

#[test]
fn every_code_block_names_its_language() {
    // rustdoc runs a block without a language as Rust.
    let mut bad = Vec::new();
    for page in pages() {
        for block in blocks(&page) {
            if block.lang.is_empty() {
                bad.push(format!("{}:{}", page.path, block.line));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "code blocks without a language (use text, sh, toml, rust...): {bad:?}"
    );
}

#[test]
fn catalog_samples_are_valid_catalogs() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for page in pages() {
        for block in blocks(&page).iter().filter(|block| is_catalog(block)) {
            let (source, result) = check_bytes("sample.toml", block.text.as_bytes());
            checked += 1;
            if let Err(problems) = result {
                let rendered: Vec<String> = problems
                    .iter()
                    .map(|problem| problem.render(&source, Style::default()))
                    .collect();
                failures.push(format!(
                    "{}:{}: this catalog sample is invalid (line N of sample.toml is line {} + N of the page):\n{}",
                    page.path,
                    block.line,
                    block.line,
                    rendered.join("\n")
                ));
            }
        }
    }
    assert!(checked >= 2, "only {checked} catalog samples found");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The lines of a catalog without its comments, in paragraphs.
fn paragraphs(text: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            continue;
        }
        if trimmed.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        current.push_str(line.trim_end());
        current.push('\n');
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

#[test]
fn catalog_samples_that_name_a_file_agree_with_it() {
    let root = repo_root();
    let mut failures = Vec::new();
    for page in pages() {
        for block in blocks(&page).iter().filter(|block| is_catalog(block)) {
            // `# error-codes.toml (excerpt)` names the file the sample shows.
            let Some(named) = block
                .text
                .lines()
                .next()
                .and_then(|line| line.strip_prefix("# "))
                .and_then(|rest| rest.split_whitespace().next())
                .filter(|name| Path::new(name).extension().is_some_and(|ext| ext == "toml"))
            else {
                continue;
            };
            let Ok(file) = std::fs::read_to_string(root.join(named)) else {
                failures.push(format!(
                    "{}:{}: the sample names `{named}`, which does not exist",
                    page.path, block.line
                ));
                continue;
            };
            let file = paragraphs(&file).concat();
            for paragraph in paragraphs(&block.text) {
                if !file.contains(&paragraph) {
                    failures.push(format!(
                        "{}:{}: the sample says it is from `{named}`, which does not hold:\n{paragraph}",
                        page.path, block.line
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_page_with_rust_samples_is_compiled_as_doctests() {
    let lib = std::fs::read_to_string(repo_root().join("src/lib.rs")).expect("read src/lib.rs");
    let mut missing = Vec::new();
    for page in pages() {
        let has_rust = blocks(&page)
            .iter()
            .any(|block| block.lang.split(',').next() == Some("rust"));
        let included = format!("include_str!(\"../{}\")", page.path);
        if has_rust && !lib.contains(&included) && !is_its_crate_s_docs(&page.path) {
            missing.push(page.path);
        }
    }
    assert!(
        missing.is_empty(),
        "pages with Rust samples that src/lib.rs does not include as doctests: {missing:?}"
    );
}

/// Whether `path` is a crate's README that the crate's own `lib.rs` takes
/// as its documentation (`oauth-errors`), so that its samples run as that
/// crate's doctests, against the crate they show.
fn is_its_crate_s_docs(path: &str) -> bool {
    let Some(krate) = path.strip_suffix("/README.md") else {
        return false;
    };
    std::fs::read_to_string(repo_root().join(krate).join("src/lib.rs"))
        .is_ok_and(|lib| lib.contains("#![doc = include_str!(\"../README.md\")]"))
}

/// The anchor GitHub gives a heading: lower case, punctuation dropped,
/// spaces as hyphens.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The anchors of a page's headings, outside code blocks.
fn anchors(text: &str) -> Vec<String> {
    let mut in_code = false;
    let mut anchors = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if !in_code && line.starts_with('#') {
            anchors.push(slug(line.trim_start_matches('#')));
        }
    }
    anchors
}

/// The targets of a page's inline links, `[text](target)`, outside code
/// blocks, with the line they are on.
fn links(text: &str) -> Vec<(usize, String)> {
    let mut in_code = false;
    let mut links = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let Some(end) = after.find(')') else { break };
            links.push((index + 1, after[..end].to_owned()));
            rest = &after[end..];
        }
    }
    links
}

#[test]
fn relative_links_lead_to_files_and_headings() {
    let root = repo_root();
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in pages() {
        let dir = Path::new(&page.path).parent().unwrap_or(Path::new(""));
        for (line, target) in links(&page.text) {
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            checked += 1;
            let (file, anchor) = match target.split_once('#') {
                Some((file, anchor)) => (file, Some(anchor)),
                None => (target.as_str(), None),
            };
            let path = if file.is_empty() {
                root.join(&page.path)
            } else {
                root.join(dir).join(file)
            };
            if !path.exists() {
                broken.push(format!("{}:{line}: `{target}`: no such file", page.path));
                continue;
            }
            let Some(anchor) = anchor else { continue };
            let is_markdown = path.extension().is_some_and(|extension| extension == "md");
            if is_markdown {
                let text = std::fs::read_to_string(&path).expect("read a linked page");
                if !anchors(&text).iter().any(|known| known == anchor) {
                    broken.push(format!(
                        "{}:{line}: `{target}`: no heading with that anchor",
                        page.path
                    ));
                }
            }
        }
    }
    assert!(checked >= 20, "only {checked} relative links found");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_readme_stays_a_front_door() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).expect("read README.md");
    let lines = readme.lines().count();
    assert!(
        lines <= README_MAX_LINES,
        "README.md has {lines} lines; keep it to {README_MAX_LINES} and move detail to docs/"
    );
}
