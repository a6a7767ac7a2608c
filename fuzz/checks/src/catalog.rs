//! The catalog pipeline of `errcat-codegen`: bytes -> parse -> validate ->
//! generate.
//!
//! Properties: nothing panics; every diagnostic's spans lie inside the
//! text and on character boundaries, and it renders without control or
//! bidirectional formatting characters; a catalog that passes holds only
//! what docs/catalog-format.md ("Keys", "Declared fields", "Rules", "Text")
//! promises, checked here by its own reading of those rules rather than by
//! the validator's functions: codes, texts, the title, the domain, variant
//! and field names, statuses, lifecycle keys and tags, no two entries with
//! one variant name or one `(code, status)`, descriptions and hints within
//! the bound of `error_description` as every output sends them, declared
//! fields and their
//! values, `grpc_code`; and it generates tokens that `syn` parses as Rust
//! items, the same tokens every time, its entries as variants in file
//! order, a deprecated entry's variant carrying `#[deprecated]`, and one
//! accessor for each declared field.

use std::ops::Range;

use errcat::text::MAX_ERROR_DESCRIPTION_LEN;
use errcat_codegen::invocation::{self, Invocation};
use errcat_codegen::wire_text::is_bidi_control;
use errcat_codegen::{
    Catalog, Diagnostic, Entry, FieldDecl, FieldType, FieldValue, SourceFile, Style, TextRule,
    check_bytes, generate,
};

use crate::carrier::Carrier;

/// The path diagnostics name.
const DISPLAY_PATH: &str = "fuzz.toml";

/// Runs the pipeline on `data` and checks its properties.
///
/// # Panics
///
/// When a property does not hold.
pub fn check(data: &[u8]) {
    let (source, result) = check_bytes(DISPLAY_PATH, data);
    match result {
        Err(problems) => check_problems(&source, &problems),
        Ok(catalog) => check_catalog(&source, &catalog),
    }
}

fn check_problems(source: &SourceFile, problems: &[Diagnostic]) {
    assert!(!problems.is_empty(), "a failed check reports a problem");
    // As the macro does: at most this many are rendered.
    for problem in problems.iter().take(errcat_codegen::MAX_REPORTED) {
        if let Some(span) = &problem.span {
            assert_span_in(&source.text, span, &problem.message);
        }
        for (span, label) in &problem.related {
            assert_span_in(&source.text, span, label);
        }
        let location = problem.location(source);
        assert!(location.starts_with(DISPLAY_PATH), "{location}");
        let colored = problem.render(
            source,
            Style {
                color: true,
                level_prefix: true,
            },
        );
        assert!(!colored.is_empty());
        // Without colour, the text holds no control character but line
        // breaks: no carriage return from a CRLF file, no terminal escape
        // from a hostile one, in rustc's output.
        let plain = problem.render(source, Style::default());
        assert!(
            plain.chars().all(|c| c == '\n' || !c.is_control()),
            "a rendered problem holds a control character: {plain:?}"
        );
        // Nor a bidirectional formatting character, which would reorder
        // the line rustc prints.
        assert!(
            !plain.chars().any(is_bidi_control),
            "a rendered problem holds a bidirectional formatting character: {plain:?}"
        );
    }
}

/// A span lies inside `text`, ends after it starts, and cuts no character.
fn assert_span_in(text: &str, span: &Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "span {span:?} of {what:?} is outside the {} bytes of text",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "span {span:?} of {what:?} cuts a character"
    );
}

fn check_catalog(source: &SourceFile, catalog: &Catalog) {
    assert!(!catalog.entries.is_empty(), "a valid catalog has entries");
    check_catalog_keys(catalog);
    let lines = source.text.lines().count().max(1);
    for (index, entry) in catalog.entries.iter().enumerate() {
        assert!((400..=599).contains(&entry.status), "{entry:?}");
        // The code is NQSCHAR whatever `text` says, not empty, and has no
        // space at either end.
        let code = &entry.code;
        assert!(!code.is_empty(), "{entry:?}");
        assert!(!code.starts_with(' ') && !code.ends_with(' '), "{entry:?}");
        assert!(errcat::text::is_nqschar_text(code), "{entry:?}");
        for text in std::iter::once(&entry.description).chain(entry.hint.as_ref()) {
            assert!(!text.is_empty(), "{entry:?}");
            match catalog.text {
                TextRule::OAuth => assert!(errcat::text::is_nqschar_text(text), "{entry:?}"),
                TextRule::Unicode => assert!(
                    !text.chars().any(|c| c.is_control() || is_bidi_control(c)),
                    "{entry:?}"
                ),
            }
        }
        check_text_bound(entry);
        assert!(is_variant_name(&entry.name), "{entry:?}");
        let earlier = &catalog.entries[..index];
        assert!(
            earlier.iter().all(|other| other.name != entry.name),
            "two entries named {}",
            entry.name
        );
        assert!(
            earlier
                .iter()
                .all(|other| (&other.code, other.status) != (code, entry.status)),
            "two entries of {code} at {}",
            entry.status
        );
        assert!((1..=lines).contains(&entry.line), "{entry:?}");
        check_lifecycle(entry);
        for field in &catalog.fields {
            let value = entry.field(field);
            assert!(
                value.is_some() || field.is_optional(),
                "{field:?} {entry:?}"
            );
            if let Some(value) = value {
                check_field_value(field, value);
            }
        }
    }
    for field in &catalog.fields {
        check_declaration(field);
    }
    let invocation = invocation();
    let tokens = generate(catalog, &invocation);
    let text = tokens.to_string();
    let file: syn::File = syn::parse2(tokens)
        .unwrap_or_else(|error| panic!("generated tokens are not Rust items: {error}\n{text}"));
    let variants = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Enum(item) if item.ident == "E" => Some(&item.variants),
            _ => None,
        })
        .expect("the generated enum");
    let names: Vec<(String, bool)> = variants
        .iter()
        .map(|variant| {
            let deprecated = variant
                .attrs
                .iter()
                .any(|attr| attr.path().is_ident("deprecated"));
            (variant.ident.to_string(), deprecated)
        })
        .collect();
    let expected: Vec<(String, bool)> = catalog
        .entries
        .iter()
        .map(|entry| (entry.name.clone(), entry.deprecated.is_some()))
        .collect();
    assert_eq!(names, expected, "variants are the entries, in file order");
    check_accessors(&file, catalog);
    assert_eq!(
        generate(catalog, &invocation).to_string(),
        text,
        "generation is deterministic"
    );
}

/// What the documentation promises of `[catalog] title` (one line; under
/// `text = "unicode"` no bidirectional formatting character) and
/// `[catalog] domain` (printable, no whitespace).
fn check_catalog_keys(catalog: &Catalog) {
    if let Some(title) = &catalog.title {
        assert!(!title.contains(['\n', '\r']), "{title:?} is one line");
        if catalog.text == TextRule::Unicode {
            assert!(!title.chars().any(is_bidi_control), "{title:?}");
        }
    }
    if let Some(domain) = &catalog.domain {
        assert!(
            !domain.chars().any(|c| c.is_control() || c.is_whitespace()),
            "{domain:?} is printable, without whitespace"
        );
    }
}

/// The description and hint, one space apart, fit the bound of
/// `error_description` as every output sends them (docs/wire-formats.md,
/// "Bounded output"): the OAuth form in a JSON body or a challenge, that
/// form form-encoded in a redirect, the text JSON-escaped in problem+json
/// and gRPC.
fn check_text_bound(entry: &Entry) {
    let joined = match &entry.hint {
        Some(hint) => format!("{} {hint}", entry.description),
        None => entry.description.clone(),
    };
    let oauth = errcat::text::sanitize(&joined);
    for (output, len) in [
        ("the OAuth form", oauth.len()),
        ("a redirect", Carrier::Form.len(&oauth)),
        ("problem+json", Carrier::Json.len(&joined)),
    ] {
        assert!(
            len <= MAX_ERROR_DESCRIPTION_LEN,
            "{len} bytes in {output}: {entry:?}"
        );
    }
}

/// An UpperCamelCase Rust identifier, not a keyword, and not one of the
/// enum's own items (`ALL`, `COUNT`).
fn is_variant_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && syn::parse_str::<syn::Ident>(name).is_ok()
        && !["ALL", "COUNT"].contains(&name)
}

/// A `snake_case` Rust identifier, not a keyword.
fn is_field_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.split('_').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        && syn::parse_str::<syn::Ident>(name).is_ok()
}

/// The canonical gRPC code names but `OK`, which a `grpc_code` field may
/// hold (docs/catalog-format.md, "Declared fields").
const GRPC_CODES: [&str; 16] = [
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

/// What validation promises of `deprecated`, `since` and `tags`: notes and
/// versions are one line, not blank; tags are lowercase tokens, none twice.
fn check_lifecycle(entry: &Entry) {
    let note = entry
        .deprecated
        .as_ref()
        .and_then(|deprecation| deprecation.note.as_ref());
    for text in note.into_iter().chain(entry.since.as_ref()) {
        assert!(!text.trim().is_empty(), "{entry:?}");
        assert!(!text.contains(['\n', '\r']), "{entry:?}");
    }
    for (index, tag) in entry.tags.iter().enumerate() {
        assert!(!tag.is_empty(), "{entry:?}");
        assert!(
            tag.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-'),
            "{entry:?}"
        );
        assert!(!entry.tags[..index].contains(tag), "{entry:?}");
    }
}

/// What validation promises of a declaration: a `snake_case` name that is
/// neither a built-in entry key nor a method the enum has, no default
/// beside `required`, values only for string fields, not empty, none
/// twice; a `grpc_code` field is a string of gRPC code names.
fn check_declaration(field: &FieldDecl) {
    assert!(is_field_name(&field.name), "{field:?}");
    assert!(
        !errcat_codegen::naming::RESERVED_FIELD_NAMES.contains(&field.name.as_str()),
        "{field:?}"
    );
    assert!(
        errcat_codegen::keys::find(errcat_codegen::keys::ENTRY, &field.name).is_none(),
        "{field:?}"
    );
    if let Some(doc) = &field.doc {
        assert!(
            !doc.contains(['\n', '\r']),
            "{field:?}: its doc is one line"
        );
    }
    if field.name == "grpc_code" {
        assert_eq!(field.ty, FieldType::String, "{field:?}");
        for value in &field.values {
            assert!(GRPC_CODES.contains(&value.as_str()), "{field:?}");
        }
    }
    assert!(!(field.required && field.default.is_some()), "{field:?}");
    assert!(
        field.values.is_empty() || matches!(field.ty, FieldType::String | FieldType::Strings),
        "{field:?}"
    );
    for (index, value) in field.values.iter().enumerate() {
        assert!(!field.values[..index].contains(value), "{field:?}");
    }
    if let Some(default) = &field.default {
        check_field_value(field, default);
    }
}

/// A value has its field's type, and its texts are one line and allowed.
fn check_field_value(field: &FieldDecl, value: &FieldValue) {
    let texts: &[String] = match (field.ty, value) {
        (FieldType::Bool, FieldValue::Bool(_)) | (FieldType::Integer, FieldValue::Integer(_)) => {
            &[]
        }
        (FieldType::String, FieldValue::String(text)) => std::slice::from_ref(text),
        (FieldType::Strings, FieldValue::Strings(items)) => items,
        _ => panic!("{value:?} is not a value of {field:?}"),
    };
    for text in texts {
        assert!(!text.trim().is_empty(), "{field:?} {text:?}");
        assert!(!text.contains(['\n', '\r']), "{field:?} {text:?}");
        assert!(
            field.values.is_empty() || field.values.contains(text),
            "{field:?} {text:?}"
        );
        if field.name == "grpc_code" {
            assert!(GRPC_CODES.contains(&text.as_str()), "{field:?} {text:?}");
        }
    }
}

/// Each declared field has one accessor of its name on the enum, and
/// nothing else is generated for a catalog that declares none.
fn check_accessors(file: &syn::File, catalog: &Catalog) {
    let mut methods: Vec<String> = Vec::new();
    for item in &file.items {
        let syn::Item::Const(item) = item else {
            continue;
        };
        let syn::Expr::Block(block) = &*item.expr else {
            continue;
        };
        for stmt in &block.block.stmts {
            if let syn::Stmt::Item(syn::Item::Impl(block)) = stmt
                && block.trait_.is_none()
            {
                methods.extend(block.items.iter().filter_map(|item| match item {
                    syn::ImplItem::Fn(method) => Some(method.sig.ident.to_string()),
                    _ => None,
                }));
            }
        }
    }
    for field in &catalog.fields {
        let count = methods
            .iter()
            .filter(|method| **method == field.name)
            .count();
        assert_eq!(count, 1, "one accessor for {field:?}");
    }
}

/// `pub enum E = "fuzz.toml";` as the macro reads it.
fn invocation() -> Invocation {
    let tokens = "[::errcat] pub enum E = \"fuzz.toml\";"
        .parse()
        .expect("the invocation is valid tokens");
    invocation::parse(tokens)
        .expect("the invocation is valid")
        .remove(0)
}
