//! `docs/oauth-errors.md`, the page of the standard codes: current, and
//! listing every code under each endpoint that may return it.

use super::{errcat_run, repo_root};

#[test]
fn the_committed_oauth_page_is_current() {
    let output = errcat_run(&[
        "render",
        "oauth-errors/oauth-errors.toml",
        "-o",
        "docs/oauth-errors.md",
        "--check",
    ]);
    assert_eq!(
        output.code,
        Some(0),
        "docs/oauth-errors.md is stale; run `cargo run -p errcat-cli -- render \
         oauth-errors/oauth-errors.toml -o docs/oauth-errors.md`:\n{}",
        output.stderr
    );
}

#[test]
fn the_page_lists_every_code_by_endpoint() {
    let bytes = std::fs::read(repo_root().join("oauth-errors/oauth-errors.toml"))
        .expect("read the catalog");
    let catalog = errcat_codegen::check_bytes("oauth-errors.toml", &bytes)
        .1
        .expect("a valid catalog");
    let page = std::fs::read_to_string(repo_root().join("docs/oauth-errors.md")).expect("read");
    let by_tag = page
        .split_once("\n## Codes by tag\n")
        .expect("a section of codes by tag")
        .1;
    for entry in &catalog.entries {
        for tag in &entry.tags {
            let row = by_tag
                .lines()
                .find(|line| line.starts_with(&format!("| `{tag}` |")))
                .unwrap_or_else(|| panic!("no row for `{tag}`"));
            assert!(
                row.contains(&format!("`{}`", entry.code)),
                "`{}` is not listed under `{tag}`",
                entry.code
            );
        }
    }
}
