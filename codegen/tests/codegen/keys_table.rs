//! The key table of docs/catalog-format.md is the one the descriptor table
//! renders, so the page cannot fall behind the format.

use errcat_codegen::keys;

#[test]
fn the_docs_key_table_is_the_descriptor_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/catalog-format.md");
    let page = std::fs::read_to_string(path).expect("read docs/catalog-format.md");
    let expected = keys::markdown_table();
    let start = page
        .find("| key |")
        .expect("docs/catalog-format.md has a key table");
    let end = page[start..]
        .find("\n\n")
        .map_or(page.len(), |at| start + at + 1);
    assert_eq!(
        &page[start..end],
        expected,
        "docs/catalog-format.md's key table differs from errcat_codegen::keys; replace it with:\n{expected}"
    );
}
