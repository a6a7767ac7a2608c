//! No catalog key is spelt as a string outside its definition: the
//! non-test source of codegen/ and cli/ takes every key from
//! `errcat_codegen::keys` (`keys::SINCE`, `keys::SINCE.name`), so a key is
//! renamed, found or added in one place.
//!
//! The lint reads every string literal of that source (comments and test
//! modules left out) and fails on:
//!
//! - a literal that is a key's name (`text("since")`, `"title" =>`), unless
//!   it stands where JSON member names stand, which belong to an output
//!   format rather than to the catalog: before a `:` (a `json!` member),
//!   as an index (`value["type"]`) or as the key of a map `insert`;
//! - a literal that shows a key in backticks, as messages do:
//!   `` `since` ``, `` `name = "..."` ``, `` `[catalog]` ``, `` `[[error]]` ``.
//!
//! Strings that only look like keys (a Rust keyword, a method name, a
//! JSON member the OpenAPI document requires) are listed in [`ALLOWED`]
//! with how often each file may spell them and why, so that a new one
//! fails until someone decides.

use std::path::{Path, PathBuf};

use errcat_codegen::keys;

/// Literals that spell a key's name but do not name the key: each file,
/// the literal, how many times the file spells it, and why.
const ALLOWED: &[(&str, &str, usize, &str)] = &[
    ("codegen/src/naming.rs", "type", 1, "a Rust keyword"),
    (
        "codegen/src/naming.rs",
        "code",
        1,
        "the generated `code()` method",
    ),
    (
        "codegen/src/naming.rs",
        "status",
        1,
        "the generated `status()` method",
    ),
    (
        "codegen/src/naming.rs",
        "description",
        1,
        "the generated `description()` method",
    ),
    (
        "codegen/src/naming.rs",
        "hint",
        1,
        "the generated `hint()` method",
    ),
    (
        "cli/src/input.rs",
        "catalog",
        1,
        "the noun of \"cannot read the catalog\"",
    ),
    ("cli/src/report.rs", "error", 1, "a diagnostic's level"),
    (
        "cli/src/render/openapi/schemas.rs",
        "error",
        2,
        "the required members of the RFC 6749 and RFC 9457 bodies",
    ),
    (
        "cli/src/render/openapi/schemas.rs",
        "type",
        1,
        "a required member of the RFC 9457 body",
    ),
    (
        "cli/src/render/openapi/schemas.rs",
        "title",
        1,
        "a required member of the RFC 9457 body",
    ),
    (
        "cli/src/render/openapi/schemas.rs",
        "status",
        1,
        "a required member of the RFC 9457 body",
    ),
];

/// Literals that show a key's name in backticks but mean something else:
/// each file, the name, how many literals of the file show it, and why.
const ALLOWED_BACKTICKED: &[(&str, &str, usize, &str)] = &[
    (
        "cli/src/render/openapi/schemas.rs",
        "error",
        1,
        "the `error` member of the RFC 6749 body",
    ),
    (
        "cli/src/render/typescript.rs",
        "code",
        1,
        "a parameter of the module's TypeScript function",
    ),
];

/// Every key name of the format, top-level tables included.
fn key_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = keys::TOP_LEVEL.to_vec();
    for key in keys::CATALOG.iter().chain(keys::FIELD).chain(keys::ENTRY) {
        names.push(key.name);
    }
    names
}

/// The non-test Rust source of codegen/ and cli/, but the definition.
fn source_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read a source directory") {
            let path = entry.expect("list a source directory").path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|extension| extension == "rs")
                && path.file_name().is_some_and(|name| name != "tests.rs")
            {
                found.push(path);
            }
        }
    }
    let root = repo_root();
    let mut found = Vec::new();
    walk(&root.join("codegen/src"), &mut found);
    walk(&root.join("cli/src"), &mut found);
    found.retain(|path| !path.ends_with("codegen/src/keys.rs"));
    found.sort();
    found
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen/ is in the repository")
        .to_path_buf()
}

/// The source without its unit tests: everything before the
/// `#[cfg(test)]` that opens the test module, which the house keeps last.
fn without_tests(text: &str) -> &str {
    text.find("\n#[cfg(test)]\nmod tests")
        .map_or(text, |at| &text[..at])
}

/// One string literal: its contents as written and its byte range.
struct Literal<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// The string literals of `source`, outside comments; character literals
/// and lifetimes are skipped.
fn literals(source: &str) -> Vec<Literal<'_>> {
    let bytes = source.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                at = source[at..].find('\n').map_or(bytes.len(), |end| at + end);
            }
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                let mut depth = 0;
                while at < bytes.len() {
                    if source[at..].starts_with("/*") {
                        depth += 1;
                        at += 2;
                    } else if source[at..].starts_with("*/") {
                        depth -= 1;
                        at += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        at += 1;
                    }
                }
            }
            b'\'' => {
                // `'x'`, `'\n'`, `'\u{..}'`: a character; else a lifetime.
                let rest = &source[at + 1..];
                if let Some(escaped) = rest.strip_prefix('\\') {
                    at += 1 + escaped.find('\'').map_or(rest.len(), |end| end + 2);
                } else if let Some(c) = rest.chars().next()
                    && rest[c.len_utf8()..].starts_with('\'')
                {
                    at += 1 + c.len_utf8() + 1;
                } else {
                    at += 1;
                }
            }
            b'r' if !is_ident_byte(bytes, at.wrapping_sub(1))
                && matches!(bytes.get(at + 1), Some(b'"' | b'#')) =>
            {
                let hashes = source[at + 1..].bytes().take_while(|&b| b == b'#').count();
                let open = at + 1 + hashes;
                if bytes.get(open) != Some(&b'"') {
                    at += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let end = source[open + 1..]
                    .find(&close)
                    .map_or(bytes.len(), |end| open + 1 + end);
                found.push(Literal {
                    text: &source[open + 1..end],
                    start: at,
                    end: end + close.len(),
                });
                at = end + close.len();
            }
            b'"' => {
                let mut end = at + 1;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                found.push(Literal {
                    text: &source[at + 1..end.min(bytes.len())],
                    start: at,
                    end: end + 1,
                });
                at = end + 1;
            }
            _ => at += 1,
        }
    }
    found
}

fn is_ident_byte(bytes: &[u8], at: usize) -> bool {
    bytes
        .get(at)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Whether the literal stands where a JSON member name does: before a
/// `:` that is not `::`, as an index, or as the key of a map `insert`.
fn is_member_name(source: &str, literal: &Literal<'_>) -> bool {
    let after = source[literal.end..].trim_start();
    if after.starts_with(':') && !after.starts_with("::") {
        return true;
    }
    let before = source[..literal.start].trim_end();
    if let Some(open) = before.strip_suffix('[') {
        let open = open.trim_end();
        return open.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ')' || c == ']');
    }
    before.ends_with(".insert(") || before.ends_with("insert(\n")
}

/// The key shown in backticks in `text`, if any: `` `since` ``,
/// `` `name = "..."` ``, `` `[catalog]` ``, `` `[[error]]` ``.
fn backticked_key<'a>(text: &str, names: &[&'a str]) -> Option<&'a str> {
    let mut spans = text.split('`');
    // The pieces at odd positions are inside backticks.
    spans.next();
    while let Some(inside) = spans.next() {
        let bare = inside
            .split(" = ")
            .next()
            .unwrap_or(inside)
            .trim_start_matches('[')
            .trim_end_matches(']');
        if let Some(name) = names.iter().find(|name| **name == bare) {
            return Some(name);
        }
        spans.next();
    }
    None
}

/// Every place the source spells a key: each file (relative to the
/// repository), its line and the literal; the allowed ones left out, and
/// an allowance that no longer matches its count reported.
fn violations() -> Vec<String> {
    let names = key_names();
    let root = repo_root();
    let mut found = Vec::new();
    // (allowance, file, name) -> how many times seen
    let mut seen: Vec<((bool, String, &str), usize)> = Vec::new();
    let mut count = |backticked: bool, file: &str, name: &'static str| {
        let key = (backticked, file.to_owned(), name);
        match seen.iter_mut().find(|(known, _)| *known == key) {
            Some((_, count)) => *count += 1,
            None => seen.push((key, 1)),
        }
    };
    let allowed = |table: &[(&str, &str, usize, &str)], file: &str, name: &str| {
        table
            .iter()
            .any(|(allowed_file, text, _, _)| *allowed_file == file && *text == name)
    };
    for path in source_files() {
        let relative = path
            .strip_prefix(&root)
            .expect("under the repository")
            .to_string_lossy()
            .replace('\\', "/");
        let full = std::fs::read_to_string(&path).expect("read a source file");
        let source = without_tests(&full);
        for literal in literals(source) {
            let line = source[..literal.start].matches('\n').count() + 1;
            if let Some(name) = names.iter().copied().find(|name| *name == literal.text) {
                if is_member_name(source, &literal) {
                    continue;
                }
                if allowed(ALLOWED, &relative, name) {
                    count(false, &relative, name);
                } else {
                    found.push(format!("{relative}:{line}: \"{name}\""));
                }
            } else if let Some(name) = backticked_key(literal.text, &names) {
                if allowed(ALLOWED_BACKTICKED, &relative, name) {
                    count(true, &relative, name);
                } else {
                    found.push(format!(
                        "{relative}:{line}: `{name}` in \"{}\"",
                        literal.text.lines().next().unwrap_or_default()
                    ));
                }
            }
        }
    }
    for (backticked, table) in [(false, ALLOWED), (true, ALLOWED_BACKTICKED)] {
        for (file, text, expected, why) in table {
            let spelt = seen
                .iter()
                .find(|((kind, seen_file, seen_text), _)| {
                    *kind == backticked && seen_file == file && seen_text == text
                })
                .map_or(0, |(_, spelt)| *spelt);
            if spelt != *expected {
                found.push(format!(
                    "{file}: \"{text}\" ({why}) is allowed {expected} times, spelt {spelt}"
                ));
            }
        }
    }
    found
}

#[test]
fn no_key_is_spelt_outside_its_definition() {
    let found = violations();
    assert!(
        found.is_empty(),
        "take these keys from errcat_codegen::keys (or, if a string only looks like a key, \
         list it in ALLOWED with why):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_lint_finds_a_key_where_a_key_is_read() {
    let names = key_names();
    let source = r#"fn f(keys: &RawTable) { let _ = keys.text("since"); }"#;
    let spelt: Vec<&str> = literals(source)
        .iter()
        .filter(|literal| names.contains(&literal.text))
        .filter(|literal| !is_member_name(source, literal))
        .map(|literal| literal.text)
        .collect();
    assert_eq!(spelt, ["since"]);
    let members = r#"json!({ "since": 1, "a": x["type"] }); map.insert("hint".to_owned(), 1);"#;
    assert!(
        literals(members)
            .iter()
            .filter(|literal| names.contains(&literal.text))
            .all(|literal| is_member_name(members, literal))
    );
    assert_eq!(
        backticked_key("add `name = \"...\"` to the entry", &names),
        Some("name")
    );
    assert_eq!(backticked_key("under `[catalog]`", &names), Some("catalog"));
    assert_eq!(backticked_key("write `{} = true`", &names), None);
    let skipped =
        "// text(\"since\")\n/* \"code\" */ let c = '\"'; let s: &'static str = r#\"x\"#;";
    let seen: Vec<&str> = literals(skipped)
        .iter()
        .map(|literal| literal.text)
        .collect();
    assert_eq!(seen, ["x"]);
}
