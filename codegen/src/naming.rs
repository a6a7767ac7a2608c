//! Variant names: derived from wire codes, and checked as Rust identifiers.

/// Every Rust keyword, strict and reserved, in all editions.
pub const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Names the generated enum uses for its own associated items; a variant of
/// that name would make `Self::ALL` ambiguous.
const RESERVED: &[&str] = &["ALL", "COUNT", "DOMAIN"];

/// Method names a declared field may not take, since its accessor would
/// be an inherent method of the enum of that name. Inherent methods win
/// over trait methods, so each of these would change what existing code
/// calls, or clash with what errcat generates:
/// - what errcat generates and `errcat::ErrorCode` declares: `code`,
///   `status`, `description`, `hint`, `oauth_description`, `oauth_hint`,
///   `from_code`, `with_status`, `reference_url` (`reference` is a
///   built-in key), `index` (the trait's alone), and a subset's `to_full`
///   and `from_full`;
/// - the derived and generated trait impls: `clone`, `clone_from`
///   (`Clone`), `eq`, `ne` (`PartialEq`), `assert_receiver_is_total_eq`
///   (`Eq`), `hash`, `hash_slice` (`Hash`), `fmt` (`Debug`, `Display`),
///   `from_str` (`FromStr`), `source`, `cause`, `provide` (`Error`),
///   `serialize`, `deserialize` (serde), `into_response` (axum),
///   `status_code`, `error_response`, `respond_to` (actix-web), `schema`,
///   `responses` (utoipa), `inferred_responses` (aide);
/// - the blanket impls every type gets: `to_string` (`ToString`, through
///   `Display`), `into`, `from`, `try_into`, `try_from`, `borrow`,
///   `borrow_mut`, `to_owned`, `clone_into`, `type_id`;
/// - the methods of `PartialOrd` and `Ord`, which the docs show users
///   deriving on the enum: `partial_cmp`, `lt`, `le`, `gt`, `ge`, `cmp`,
///   `max`, `min`, `clamp`.
///
/// `ALL`, `COUNT` and `DOMAIN` need no entry: they are not in snake case.
pub const RESERVED_FIELD_NAMES: &[&str] = &[
    "code",
    "status",
    "description",
    "hint",
    "oauth_description",
    "oauth_hint",
    "from_code",
    "with_status",
    "reference_url",
    "index",
    "to_full",
    "from_full",
    "clone",
    "clone_from",
    "eq",
    "ne",
    "assert_receiver_is_total_eq",
    "hash",
    "hash_slice",
    "fmt",
    "from_str",
    "source",
    "cause",
    "provide",
    "serialize",
    "deserialize",
    "into_response",
    "status_code",
    "error_response",
    "respond_to",
    "schema",
    "responses",
    "inferred_responses",
    "to_string",
    "into",
    "from",
    "try_into",
    "try_from",
    "borrow",
    "borrow_mut",
    "to_owned",
    "clone_into",
    "type_id",
    "partial_cmp",
    "lt",
    "le",
    "gt",
    "ge",
    "cmp",
    "max",
    "min",
    "clamp",
];

/// Why `name` cannot name a declared field (and its accessor), or `None`
/// when it can: it must be a `snake_case` Rust identifier that is neither a
/// keyword nor one of [`RESERVED_FIELD_NAMES`]. Built-in entry keys are
/// checked by the caller, which knows them.
#[must_use]
pub fn field_name_problem(name: &str) -> Option<String> {
    if KEYWORDS.contains(&name) {
        return Some(format!("`{name}` is a Rust keyword"));
    }
    if RESERVED_FIELD_NAMES.contains(&name) {
        return Some(format!(
            "`{name}` is the name of a method the enum already has"
        ));
    }
    let snake = name.split('_').all(|word| {
        !word.is_empty()
            && word
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    });
    if !snake || !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        return Some(format!(
            "`{name}` is not a snake_case Rust identifier (lowercase ASCII words joined by `_`, starting with a letter)"
        ));
    }
    None
}

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

    #[test]
    fn field_names_are_snake_case_and_shadow_nothing() {
        for name in ["retryable", "grpc", "retry_after", "v2", "a1_b2"] {
            assert_eq!(field_name_problem(name), None, "{name}");
        }
        for name in [
            "Retryable",
            "retryAfter",
            "retry__after",
            "_x",
            "x_",
            "2x",
            "café",
            "",
        ] {
            assert!(
                field_name_problem(name).is_some_and(|problem| problem.contains("snake_case")),
                "{name}"
            );
        }
        assert_eq!(
            field_name_problem("match").as_deref(),
            Some("`match` is a Rust keyword")
        );
        for name in ["clone", "to_string", "cmp", "from_code"] {
            assert_eq!(
                field_name_problem(name),
                Some(format!(
                    "`{name}` is the name of a method the enum already has"
                ))
            );
        }
    }
}
