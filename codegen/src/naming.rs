//! Variant names: derived from wire codes, and checked as Rust identifiers.

/// Every Rust keyword, strict and reserved, in all editions.
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Names the generated enum uses for its own associated items; a variant of
/// that name would make `Self::ALL` ambiguous.
const RESERVED: &[&str] = &["ALL", "COUNT"];

/// The UpperCamelCase form of a wire code: `invalid_request` becomes
/// `InvalidRequest`. Every character that is not ASCII alphanumeric
/// separates words.
#[must_use]
pub fn upper_camel_case(code: &str) -> String {
    let mut name = String::with_capacity(code.len());
    for word in code.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    name
}

/// Why `name` cannot be a variant name, or `None` when it can.
#[must_use]
pub fn variant_name_problem(name: &str) -> Option<String> {
    let Some(first) = name.chars().next() else {
        return Some("a variant name cannot be empty".to_owned());
    };
    if KEYWORDS.contains(&name) {
        return Some(format!("`{name}` is a Rust keyword"));
    }
    if RESERVED.contains(&name) {
        return Some(format!(
            "`{name}` is the name of an associated item the enum already has"
        ));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !c.is_ascii_alphanumeric() && *c != '_')
    {
        return Some(format!(
            "`{name}` is not a Rust identifier: it contains {}",
            crate::wire_text::describe_char(bad)
        ));
    }
    if first.is_ascii_digit() {
        return Some(format!(
            "`{name}` is not a Rust identifier: it starts with a digit"
        ));
    }
    if !first.is_ascii_uppercase() || name.contains('_') {
        return Some(format!(
            "`{name}` is not UpperCamelCase, as Rust names enum variants"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derives_names_from_codes() {
        assert_eq!(upper_camel_case("invalid_request"), "InvalidRequest");
        assert_eq!(upper_camel_case("jti_known"), "JtiKnown");
        assert_eq!(upper_camel_case("error"), "Error");
        assert_eq!(upper_camel_case("rate-limit.exceeded"), "RateLimitExceeded");
        assert_eq!(upper_camel_case("__x__"), "X");
        assert_eq!(upper_camel_case("--"), "");
    }

    #[test]
    fn accepts_upper_camel_case() {
        assert_eq!(variant_name_problem("InvalidRequest"), None);
        assert_eq!(variant_name_problem("Http2Error"), None);
        assert_eq!(variant_name_problem("X"), None);
    }

    #[test]
    fn rejects_what_rust_would() {
        for (name, expected) in [
            ("", "a variant name cannot be empty"),
            ("Self", "`Self` is a Rust keyword"),
            (
                "ALL",
                "`ALL` is the name of an associated item the enum already has",
            ),
            (
                "invalidRequest",
                "`invalidRequest` is not UpperCamelCase, as Rust names enum variants",
            ),
            (
                "Invalid_Request",
                "`Invalid_Request` is not UpperCamelCase, as Rust names enum variants",
            ),
            (
                "400Bad",
                "`400Bad` is not a Rust identifier: it starts with a digit",
            ),
            (
                "Bad Request",
                "`Bad Request` is not a Rust identifier: it contains ` `",
            ),
            (
                "Café",
                "`Café` is not a Rust identifier: it contains the non-ASCII character `é` (U+00E9)",
            ),
        ] {
            assert_eq!(
                variant_name_problem(name).as_deref(),
                Some(expected),
                "{name}"
            );
        }
    }
}
