//! The doc attributes: most of a large catalog's expansion is its rustdoc,
//! and how that text is spelt is what the macro and rustc spend their time
//! on (BENCHMARKS.md, "Goal 4: expansion").

use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// One `#[doc = "..."]` attribute holding every line. rustdoc renders it as
/// it would one attribute per line, but it is one attribute for the macro
/// to build and rustc to take in where a catalog of 10,000 entries had
/// 70,000 (with [`str_literal`], generation went from 97 to 55 ms:
/// BENCHMARKS.md, "Goal 4: expansion"); `cargo expand` prints it as a
/// `/** ... */` comment. Each line gets a leading space, as `///` comments
/// have.
pub(super) fn doc_attrs(lines: &[String]) -> TokenStream {
    let mut text = String::with_capacity(lines.iter().map(|line| line.len() + 2).sum());
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            text.push('\n');
        }
        if !line.is_empty() {
            text.push(' ');
            text.push_str(line);
        }
    }
    let text = str_literal(&text);
    quote!(#[doc = #text])
}

/// A string literal for `text`, raw (`r"..."`, with as many `#` as needed)
/// when it can be: escaping every character of megabytes of docs is what
/// `Literal::string` spent most of a large expansion on (BENCHMARKS.md,
/// "Goal 4: expansion"), and catalog text has nothing to escape. (For
/// short strings, the codes in the tables, lexing a raw literal costs as
/// much as escaping: they stay plain.) Text with a control character
/// other than a line break, which a raw string cannot hold, goes through
/// `Literal::string`.
fn str_literal(text: &str) -> Literal {
    // Printable ASCII and line breaks, as catalog text almost always is,
    // settle it in a byte scan: decoding every character stood out in the
    // unoptimised macro's profile.
    let plain = text.bytes().all(|b| matches!(b, b' '..=b'~' | b'\n'));
    if !plain && text.chars().any(|c| c.is_control() && c != '\n') {
        return Literal::string(text);
    }
    let mut fence = String::new();
    while text.contains(&format!("\"{fence}")) {
        fence.push('#');
    }
    format!("r{fence}\"{text}\"{fence}")
        .parse()
        .unwrap_or_else(|_| Literal::string(text))
}
