//! A user's crate whose catalog is hostile: every text of it is Markdown
//! that, read as Markdown, would be a doctest writing a file (an indented
//! code block), a doctest that fails to compile (a fence, which can only
//! take in the lines errcat writes after it), a `javascript:` link, raw
//! HTML, a heading, a list or a quote. `cargo test --doc` of that crate
//! passes and runs only the crate's own doctest, nothing writes a file but
//! that doctest, and `cargo doc` builds it under `-D warnings` with none
//! of the links or HTML in its pages.

use std::fmt::Write as _;
use std::path::Path;

use crate::nested_cargo::{cargo, scratch_crate, shared_target_dir};

/// Markdown around `code`, a statement that writes a file.
const PAYLOADS: &[(&str, &str)] = &[
    ("indented", "    {code}"),
    ("fence", "```"),
    ("fence-rust", "```rust"),
    ("tilde-fence", "~~~"),
    ("tilde-fence-rust", "~~~rust"),
    ("js-link", "[run](javascript:{code})"),
    ("intra-doc-link", "[{code}]"),
    ("image", "![run](javascript:{code})"),
    ("autolink", "<https://example.com/{code}>"),
    ("img", "<img src=x onerror={code}>"),
    ("script", "<script>{code}</script>"),
    ("heading", "# {code}"),
    ("list", "- {code}"),
    ("numbered", "1. {code}"),
    ("quote", "> {code}"),
];

/// The payload `template` with a statement that writes `dir/name`.
fn payload(template: &str, dir: &Path, name: &str) -> String {
    let path = dir.join(name).display().to_string();
    assert!(
        !path.contains(['"', '\\', ' ']),
        "a path Rust and Markdown take as is: {path}"
    );
    template.replace(
        "{code}",
        &format!("std::fs::write(\"{path}\",\"\").unwrap();"),
    )
}

/// A TOML basic string holding `text`, which has no control character.
fn toml_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Every payload in every text of an entry of its own (description, hint,
/// `since`, deprecation note, reference, a field's value) and of a field
/// of its own (`doc`, `default`), and all of them in the title and in a
/// field's `values`.
fn catalog(payloads: &[String]) -> String {
    let quoted: Vec<String> = payloads.iter().map(|text| toml_string(text)).collect();
    let mut toml = format!(
        "[catalog]\ntext = \"unicode\"\ntitle = {}\n\n\
         [catalog.fields.kind]\ntype = \"string\"\ndoc = {}\nvalues = [{}]\n\n",
        toml_string(&payloads.join(" ")),
        quoted[0],
        quoted.join(", "),
    );
    for (index, text) in quoted.iter().enumerate() {
        let _ = write!(
            toml,
            "[catalog.fields.f{index}]\ntype = \"string\"\ndoc = {text}\ndefault = {text}\n\n"
        );
    }
    for (index, text) in quoted.iter().enumerate() {
        let _ = write!(
            toml,
            "[[error]]\ncode = \"c{index}\"\nstatus = 400\ndescription = {text}\nhint = {text}\n\
             since = {text}\ndeprecated = {text}\nreference = {text}\ntags = [\"t\"]\n\
             kind = {text}\n\n"
        );
    }
    toml
}

/// The crate: the enum and a subset of it, and one doctest of its own,
/// which writes `control`, so that the test knows doctests run and can
/// write where the payloads would.
fn lib_rs(written: &Path) -> String {
    let control = written.join("control").display().to_string();
    format!(
        "//! A crate whose catalog's texts are all Markdown.\n\
         #![forbid(unsafe_code)]\n\
         #![allow(deprecated)]\n\
         \n\
         errcat::catalog! {{\n    \
             /// Errors.\n    \
             ///\n    \
             /// ```\n    \
             /// std::fs::write(\"{control}\", \"\").unwrap();\n    \
             /// ```\n    \
             pub enum HostileError = \"errors.toml\";\n    \
             /// The tagged ones.\n    \
             pub enum TaggedError = \"errors.toml\" where tag = \"t\";\n\
         }}\n"
    )
}

#[test]
fn hostile_catalog_text_runs_no_doctest_and_makes_no_link() {
    let crate_dir = scratch_crate("rustdoc-text");
    let written = crate_dir.join("written");
    std::fs::create_dir_all(&written).expect("create the directory payloads write to");
    let payloads: Vec<String> = PAYLOADS
        .iter()
        .map(|(name, template)| payload(template, &written, name))
        .collect();
    std::fs::write(crate_dir.join("errors.toml"), catalog(&payloads)).expect("write the catalog");
    std::fs::write(crate_dir.join("src/lib.rs"), lib_rs(&written)).expect("write the crate");

    let manifest = crate_dir.join("Cargo.toml");
    let output = cargo("test", &manifest)
        .arg("--doc")
        .env("RUSTDOCFLAGS", "-D warnings")
        .output()
        .expect("run cargo test --doc");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    let doctests: Vec<&str> = stdout
        .lines()
        .filter(|line| line.starts_with("test ") && line.ends_with(" ... ok"))
        .collect();
    assert_eq!(doctests.len(), 1, "{stdout}");
    // rustdoc names a doctest by the file of its doc attribute: errcat's
    // macro, for docs that pass through it.
    assert!(doctests[0].contains(" - HostileError (line "), "{stdout}");
    assert!(stdout.contains("test result: ok. 1 passed"), "{stdout}");
    let mut files: Vec<String> = std::fs::read_dir(&written)
        .expect("read the directory payloads write to")
        .map(|file| {
            file.expect("a file")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    assert_eq!(files, ["control"], "a catalog text ran as a doctest");

    let output = cargo("doc", &manifest)
        .arg("--no-deps")
        .env("RUSTDOCFLAGS", "-D warnings")
        .output()
        .expect("run cargo doc");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let pages = shared_target_dir().join("doc/errcat_rustdoc_text");
    let mut checked = 0;
    for page in walk(&pages) {
        let html = std::fs::read_to_string(&page).expect("read a page");
        for made in [
            "href=\"javascript:",
            "src=\"javascript:",
            "<img src=x",
            "<script>std",
        ] {
            assert!(!html.contains(made), "{made} in {}", page.display());
        }
        checked += 1;
    }
    // The crate page, both enums' and their source pages at least.
    assert!(checked >= 4, "{checked} pages under {}", pages.display());
}

/// Every HTML file under `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read the docs") {
        let path = entry.expect("a docs entry").path();
        if path.is_dir() {
            pages.extend(walk(&path));
        } else if path.extension().is_some_and(|ext| ext == "html") {
            pages.push(path);
        }
    }
    pages
}
