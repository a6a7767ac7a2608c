//! Catalog text reaches rustdoc as text: every doc string the macro emits
//! for a catalog whose strings are Markdown syntax (the enum's table, the
//! variants', the accessors', a subset's, the fallback stub's) has, as
//! rustdoc's parser reads it, the structure it has for the same catalog
//! in plain words, and shows the catalog's text; and no `#[deprecated]`
//! note holds a link or HTML.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use errcat_codegen::expand;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use pulldown_cmark::{Event, Options, Parser, Tag};

/// Catalog text that Markdown reads as syntax at the start of a line, in a
/// list item or in a table cell: code blocks (which `cargo test --doc`
/// would run), headings, lists, quotes, rules, HTML, links, images,
/// footnotes, tables, emphasis and entities.
const HOSTILE: &[&str] = &[
    "    std::fs::write(\"/tmp/x\", \"\").unwrap();",
    "```",
    "``` rust",
    "~~~",
    "# Heading",
    "- item",
    "+ item",
    "1. item",
    "- [ ] task",
    "> quote",
    "---",
    "===",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<details>",
    "[d](javascript:alert(1))",
    "![i](javascript:alert(1))",
    "<https://example.com>",
    "[Vec]",
    "[^1]: a footnote",
    "a | b",
    "&lt;b&gt;",
    "*em* _em_ ~~gone~~ `code`",
    "a\\",
];

/// Codes that are Markdown syntax, as far as NQSCHAR lets them be.
const HOSTILE_CODES: &[&str] = &["a`b|c", "<b>*x*</b>", "[c](javascript:alert(1))"];

/// A TOML basic string holding `text`.
fn toml_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\t' => quoted.push_str("\\t"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

fn toml_list(texts: &[&str]) -> String {
    let items: Vec<String> = texts.iter().map(|text| toml_string(text)).collect();
    format!("[{}]", items.join(", "))
}

/// A catalog that puts `texts[i]` in every text of entry `i` and of field
/// `f{i}`, and `codes` as the codes of more entries: the title, the
/// description, hint, `since`, deprecation note and reference, a field's
/// `doc`, `default` and `values`, a `strings` value.
fn catalog(texts: &[&str], codes: &[&str]) -> String {
    let mut toml = format!(
        "[catalog]\ntext = \"unicode\"\ntitle = {}\n\n\
         [catalog.fields.kind]\ntype = \"string\"\ndoc = {}\nvalues = {}\n\n\
         [catalog.fields.list]\ntype = \"strings\"\ndoc = {}\n\n",
        toml_string(&texts.join(" ")),
        toml_string(texts[0]),
        toml_list(texts),
        toml_string(texts[1]),
    );
    for (index, text) in texts.iter().enumerate() {
        let text = toml_string(text);
        let _ = write!(
            toml,
            "[catalog.fields.f{index}]\ntype = \"string\"\ndoc = {text}\ndefault = {text}\n\n"
        );
    }
    for (index, text) in texts.iter().enumerate() {
        let quoted = toml_string(text);
        let _ = write!(
            toml,
            "[[error]]\ncode = \"c{index}\"\nstatus = 400\ndescription = {quoted}\n\
             hint = {quoted}\nsince = {quoted}\ndeprecated = {quoted}\nreference = {quoted}\n\
             tags = [\"t\"]\nkind = {quoted}\nlist = {}\n\n",
            toml_list(&[text, texts[0]]),
        );
    }
    for (index, code) in codes.iter().enumerate() {
        let _ = write!(
            toml,
            "[[error]]\ncode = {}\nname = \"Odd{index}\"\nstatus = 401\ndescription = \"Odd.\"\n\n",
            toml_string(code)
        );
    }
    toml
}

/// A catalog with a problem (a status out of range), whose field defaults
/// the stub's accessors still show: they are not checked, so they may
/// hold line breaks.
fn bad_catalog(texts: &[&str]) -> String {
    let mut toml = String::new();
    for (index, text) in texts.iter().enumerate() {
        let _ = write!(
            toml,
            "[catalog.fields.f{index}]\ntype = \"string\"\ndefault = {}\n\n",
            toml_string(text)
        );
    }
    toml.push_str("[[error]]\ncode = \"c\"\nstatus = 600\ndescription = \"C.\"\n");
    toml
}

/// Multi-line text, which only a catalog with problems gets this far with.
const HOSTILE_LINES: &[&str] = &[
    "x\n    std::fs::write(\"/tmp/x\", \"\").unwrap();",
    "x\n```\nstd::fs::write(\"/tmp/x\", \"\").unwrap();\n```",
    "x\r# Heading\r\n- item",
];

/// A word per text, as plain as text gets.
fn plain(count: usize, prefix: &str) -> Vec<String> {
    (0..count).map(|index| format!("{prefix}{index}")).collect()
}

/// A doc string or a `#[deprecated]` note of an expansion.
#[derive(Debug)]
enum Doc {
    Doc(String),
    Note(String),
}

/// Every `#[doc = "..."]` and `#[deprecated(note = "...")]` in `tokens`, in
/// order.
fn docs(tokens: TokenStream, found: &mut Vec<Doc>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (index, token) in tokens.iter().enumerate() {
        let TokenTree::Group(group) = token else {
            continue;
        };
        let after_hash = index > 0
            && matches!(&tokens[index - 1], TokenTree::Punct(punct) if punct.as_char() == '#');
        if after_hash
            && group.delimiter() == Delimiter::Bracket
            && let Some(doc) = attribute(group.stream())
        {
            found.push(doc);
            continue;
        }
        docs(group.stream(), found);
    }
}

/// The doc string or note of an attribute's tokens, if it has one.
fn attribute(tokens: TokenStream) -> Option<Doc> {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    match tokens.as_slice() {
        [
            TokenTree::Ident(doc),
            TokenTree::Punct(eq),
            TokenTree::Literal(text),
        ] if doc == "doc" && eq.as_char() == '=' => Some(Doc::Doc(string(text))),
        [TokenTree::Ident(deprecated), TokenTree::Group(arguments)]
            if deprecated == "deprecated" =>
        {
            let arguments: Vec<TokenTree> = arguments.stream().into_iter().collect();
            match arguments.as_slice() {
                [
                    TokenTree::Ident(note),
                    TokenTree::Punct(_),
                    TokenTree::Literal(text),
                ] if note == "note" => Some(Doc::Note(string(text))),
                _ => None,
            }
        }
        _ => None,
    }
}

fn string(literal: &proc_macro2::Literal) -> String {
    let tokens = TokenStream::from(TokenTree::Literal(literal.clone()));
    syn::parse2::<syn::LitStr>(tokens)
        .expect("a string literal")
        .value()
}

/// `doc` as rustdoc reads it: without the indentation its lines share.
fn unindent(doc: &str) -> String {
    let indent = doc
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    doc.lines()
        .map(|line| line.get(indent..).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The extensions rustdoc turns on, but smart punctuation, which only
/// curls quotes and dashes in text.
fn rustdoc_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// Every event but text: what the Markdown is made of.
fn structure(markdown: &str) -> Vec<String> {
    Parser::new_ext(markdown, rustdoc_options())
        .filter_map(|event| match event {
            Event::Text(_) => None,
            Event::Code(_) => Some("Code".to_owned()),
            event => Some(format!("{event:?}")),
        })
        .collect()
}

/// The text a reader sees, a soft line break as a space.
fn rendered(markdown: &str) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, rustdoc_options()) {
        match event {
            Event::Text(part) | Event::Code(part) => text.push_str(&part),
            Event::SoftBreak => text.push(' '),
            _ => text.push('\n'),
        }
    }
    text
}

/// The docs of `invocation` expanded over `catalogs`, written to a
/// directory of their own; only `bad.toml` may have problems.
fn expanded_docs(dir_name: &str, catalogs: &[(&str, String)], invocation: &str) -> Vec<Doc> {
    let dir: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join(dir_name);
    std::fs::create_dir_all(&dir).expect("create a temporary directory");
    for (file, toml) in catalogs {
        std::fs::write(dir.join(file), toml).expect("write the catalog");
    }
    let input: TokenStream = invocation.parse().expect("valid tokens");
    let expansion = expand(input, Some(&dir));
    let text = expansion.to_string();
    for (at, _) in text.match_indices("compile_error !") {
        let message = text[at..].split(" } ").next().unwrap_or_default();
        assert!(message.contains("bad.toml"), "{message}");
    }
    let mut found = Vec::new();
    docs(expansion, &mut found);
    found
}

const INVOCATION: &str = "[::errcat] /// Docs.\npub enum Catalog = \"errors.toml\"; \
                          pub enum Tagged = \"errors.toml\" where tag = \"t\"; \
                          enum Bad = \"bad.toml\";";

#[test]
fn hostile_catalog_text_is_text_in_every_doc() {
    let plain_texts = plain(HOSTILE.len(), "plain");
    let plain_texts: Vec<&str> = plain_texts.iter().map(String::as_str).collect();
    let plain_codes = plain(HOSTILE_CODES.len(), "code");
    let plain_codes: Vec<&str> = plain_codes.iter().map(String::as_str).collect();
    let plain_lines = plain(HOSTILE_LINES.len(), "line");
    let plain_lines: Vec<&str> = plain_lines.iter().map(String::as_str).collect();
    let hostile = expanded_docs(
        "rustdoc-text-hostile",
        &[
            ("errors.toml", catalog(HOSTILE, HOSTILE_CODES)),
            ("bad.toml", bad_catalog(HOSTILE_LINES)),
        ],
        INVOCATION,
    );
    let plain = expanded_docs(
        "rustdoc-text-plain",
        &[
            ("errors.toml", catalog(&plain_texts, &plain_codes)),
            ("bad.toml", bad_catalog(&plain_lines)),
        ],
        INVOCATION,
    );
    assert_eq!(hostile.len(), plain.len());
    // Every doc: enums, variants, accessors of both catalogs; the notes.
    assert!(hostile.len() > 4 * HOSTILE.len(), "{}", hostile.len());
    let mut shown = String::new();
    let mut notes = 0;
    for (hostile, plain) in hostile.iter().zip(&plain) {
        match (hostile, plain) {
            (Doc::Doc(hostile), Doc::Doc(plain)) => {
                let (hostile, plain) = (unindent(hostile), unindent(plain));
                assert_eq!(
                    structure(&hostile),
                    structure(&plain),
                    "\n{hostile}\n---- in plain words:\n{plain}"
                );
                shown.push_str(&rendered(&hostile));
            }
            (Doc::Note(note), Doc::Note(_)) => {
                notes += 1;
                for event in Parser::new_ext(note, rustdoc_options()) {
                    assert!(
                        !matches!(
                            event,
                            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::HtmlBlock)
                                | Event::Html(_)
                                | Event::InlineHtml(_)
                        ),
                        "{event:?} in the note {note:?}"
                    );
                }
            }
            _ => panic!("{hostile:?} against {plain:?}"),
        }
    }
    // The notes of both enums.
    assert_eq!(notes, 2 * HOSTILE.len());
    // And the text reads as the catalog wrote it, on one line.
    for text in HOSTILE.iter().chain(HOSTILE_CODES).chain(HOSTILE_LINES) {
        let one_line = text.replace(['\n', '\r'], " ");
        assert!(
            shown.contains(&one_line),
            "{one_line:?} not shown in:\n{shown}"
        );
    }
}
