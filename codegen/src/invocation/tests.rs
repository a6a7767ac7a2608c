use proptest::prelude::*;

use super::*;

fn parse_str(input: &str) -> Result<Vec<Invocation>, InvocationError> {
    parse(input.parse().expect("valid tokens"))
}

fn parse_one(input: &str) -> Invocation {
    let mut declarations = parse_str(input).expect(input);
    assert_eq!(declarations.len(), 1, "{input}");
    declarations.remove(0)
}

fn error(input: &str) -> String {
    parse_str(input).expect_err(input).message
}

#[test]
fn reads_every_part() {
    let invocation = parse_one(
        r#"[::my_errcat] #[doc = " Docs."] #[derive(Default)] pub(crate) enum LoginError = "error-codes.toml";"#,
    );
    assert_eq!(invocation.krate.to_string(), ":: my_errcat");
    assert_eq!(
        invocation.attrs.to_string(),
        "# [doc = \" Docs.\"] # [derive (Default)]"
    );
    assert_eq!(invocation.vis.to_string(), "pub (crate)");
    assert_eq!(invocation.name.to_string(), "LoginError");
    assert_eq!(invocation.path, "error-codes.toml");
    assert!(invocation.subset.is_none());
}

#[test]
fn defaults_and_raw_paths() {
    let invocation = parse_one(r##"enum E = r#"dir/"quoted".toml"#"##);
    assert_eq!(invocation.krate.to_string(), ":: errcat");
    assert!(invocation.vis.is_empty());
    assert_eq!(invocation.path, "dir/\"quoted\".toml");
    assert_eq!(parse_one(r#"enum E = "a\\b.toml";"#).path, "a\\b.toml");
    assert_eq!(
        parse_one(r#"enum E = "errors\u{2f}api.toml";"#).path,
        "errors/api.toml"
    );
}

#[test]
fn reads_several_declarations_with_filters() {
    let declarations = parse_str(
        r#"[::renamed]
        /// Errors of the payments API.
        pub enum PaymentError = "payments.toml";
        /// Errors the charge endpoint may return.
        pub enum ChargeError = "payments.toml" where tag = "charge";
        enum Internal = "internal.toml" where tag = r"ops""#,
    )
    .expect("valid");
    let summary: Vec<(String, String, Option<String>)> = declarations
        .iter()
        .map(|declaration| {
            (
                declaration.name.to_string(),
                declaration.path.clone(),
                declaration.subset.as_ref().map(|filter| filter.tag.clone()),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("PaymentError".into(), "payments.toml".into(), None),
            (
                "ChargeError".into(),
                "payments.toml".into(),
                Some("charge".into())
            ),
            (
                "Internal".into(),
                "internal.toml".into(),
                Some("ops".into())
            ),
        ]
    );
    // The crate path serves every declaration; attributes stay with theirs.
    assert!(
        declarations
            .iter()
            .all(|declaration| declaration.krate.to_string() == ":: renamed")
    );
    assert_eq!(
        declarations[1].attrs.to_string(),
        "# [doc = \" Errors the charge endpoint may return.\"]"
    );
    assert!(declarations[2].attrs.is_empty() && declarations[2].vis.is_empty());
}

#[test]
fn says_what_was_expected() {
    for (input, message) in [
        (
            "pub enum E",
            "expected `=` and the catalog's path; write `errcat::catalog! { pub enum Name = \"error-codes.toml\"; }`",
        ),
        (
            "pub struct E = \"x\";",
            "`catalog!` generates an enum, not a struct; write `enum`",
        ),
        (
            "enum E<T> = \"x\";",
            "a catalog enum cannot have generic parameters",
        ),
        (
            "enum E = 5;",
            "expected the catalog's path as a string literal, found `5`; write `errcat::catalog! { pub enum Name = \"error-codes.toml\"; }`",
        ),
        (
            "enum E = \"x\" enum F = \"y\";",
            "expected `;` after the catalog's path, found `enum`; declarations are separated by `;`",
        ),
        (
            "enum E = \"x\"; enum F = \"y\" where tag = \"t\" pub",
            "expected `;` after the `where` clause, found `pub`; declarations are separated by `;`",
        ),
        (
            "#![allow(x)] enum E = \"x\";",
            "inner attributes (`#![...]`) cannot be applied to the generated enum; write `#[...]`",
        ),
        (
            "enum TABLE = \"x\";",
            "`TABLE` is a name the generated code uses for its tables; choose another name",
        ),
        (
            "enum E = \"x\"; #[doc = \"dangling\"]",
            "expected `enum`; write `errcat::catalog! { pub enum Name = \"error-codes.toml\"; }`",
        ),
        (
            "enum E = \"x\";;",
            "expected `enum`, found `;`; write `errcat::catalog! { pub enum Name = \"error-codes.toml\"; }`",
        ),
    ] {
        assert_eq!(error(input), message, "{input}");
    }
}

#[test]
fn an_empty_invocation_asks_for_an_enum() {
    for input in ["", "[::errcat]"] {
        assert_eq!(
            error(input),
            "`catalog!` declares no enum; write `errcat::catalog! { pub enum Name = \"error-codes.toml\"; }`",
            "{input}"
        );
    }
}

#[test]
fn a_name_declared_twice_is_refused_at_the_second() {
    let input =
        "enum E = \"a.toml\";\nenum F = \"a.toml\";\nenum E = \"b.toml\" where tag = \"t\";";
    // Where it points is checked by the UI case `duplicate_enum`: spans
    // outside a macro carry no position.
    assert_eq!(
        error(input),
        "`E` is declared twice in this `catalog!`; give each enum its own name"
    );
}

#[test]
fn only_tag_filters() {
    for (input, message) in [
        (
            "enum E = \"x\" where status = \"400\";",
            "only `where tag = \"...\"` is supported; `status` is not something an enum can be filtered by",
        ),
        (
            "enum E = \"x\" where;",
            "only `where tag = \"...\"` is supported; `;` is not something an enum can be filtered by",
        ),
        (
            "enum E = \"x\" where",
            "only `where tag = \"...\"` is supported; the clause is empty",
        ),
        (
            "enum E = \"x\" where tag \"t\";",
            "expected `=` after `where tag`, found `\"t\"`; write `where tag = \"...\"`",
        ),
        (
            "enum E = \"x\" where tag =;",
            "expected the tag as a string literal, found `;`; write `where tag = \"...\"`",
        ),
        (
            "enum E = \"x\" where tag = charge;",
            "expected the tag as a string literal, found `charge`; write `where tag = \"...\"`",
        ),
        (
            "enum E = \"x\" where tag = \"\";",
            "the tag is empty; name one of the catalog's tags",
        ),
    ] {
        assert_eq!(error(input), message, "{input}");
    }
}

#[test]
fn literals_that_are_not_strings_are_named() {
    for (input, message) in [
        (
            "enum E = b\"x.toml\";",
            "the catalog's path is a byte string; write a string literal, `\"...\"`, without the `b`",
        ),
        (
            "enum E = c\"x.toml\";",
            "the catalog's path is a C string; write a string literal, `\"...\"`, without the `c`",
        ),
        (
            "enum E = \"x.toml\"_path;",
            "the catalog's path has the suffix `_path`; write the string literal without it",
        ),
        (
            "enum E = \"x\" where tag = br\"t\";",
            "the tag is a byte string; write a string literal, `\"...\"`, without the `b`",
        ),
        (
            "enum E = 'x';",
            "expected the catalog's path as a string literal, found `'x'`; write `errcat::catalog! { pub enum Name = \"error-codes.toml\"; }`",
        ),
    ] {
        assert_eq!(error(input), message, "{input}");
    }
}

proptest! {
    // A fixed seed: the same cases everywhere, no regression files.
    #![proptest_config(ProptestConfig {
        cases: 512,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x1175_0006),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Any text, written as a literal by proc-macro2 and by `{:?}` (two
    /// escapings, `\u{..}` among them), reads back as itself.
    #[test]
    fn every_string_reads_back(text in any::<String>()) {
        let token = proc_macro2::Literal::string(&text).to_string();
        prop_assert_eq!(literal::string_value(&token), Ok(text.clone()));
        prop_assert_eq!(literal::string_value(&format!("{text:?}")), Ok(text));
    }

    /// Whatever tokens arrive, the parser answers with declarations or an
    /// error, never a panic; the text is drawn from the grammar's own
    /// pieces so that it gets past the first token.
    #[test]
    fn any_tokens_parse_or_fail_cleanly(
        pieces in proptest::collection::vec(
            prop_oneof![
                Just("enum"), Just("pub"), Just("E"), Just("F"), Just("="), Just(";"),
                Just("where"), Just("tag"), Just("\"x.toml\""), Just("b\"x\""), Just("5"),
                Just("#[doc = \"d\"]"), Just("#"), Just("(crate)"), Just("[::errcat]"),
            ],
            0..16,
        ),
    ) {
        let text = pieces.join(" ");
        let tokens: TokenStream = text.parse().expect("the pieces are valid tokens");
        if let Ok(declarations) = parse(tokens) {
            prop_assert!(!declarations.is_empty(), "{}", text);
        }
    }
}
