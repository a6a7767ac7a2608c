//! `expand`, the macro's entry point, on real files: what it emits for a
//! good catalog, a bad one and a missing one.

use std::fmt::Write as _;
use std::path::Path;

use errcat_codegen::{MAX_REPORTED, expand};
use proc_macro2::TokenStream;

fn invocation(path: &str) -> TokenStream {
    format!("[::errcat] /// Docs.\npub enum Catalog = {path:?};")
        .parse()
        .expect("valid tokens")
}

/// The messages of the `compile_error!`s in `tokens`.
fn compile_errors(tokens: &TokenStream) -> Vec<String> {
    let text = tokens.to_string();
    text.match_indices(":: core :: compile_error !")
        .map(|(at, _)| {
            let rest = &text[at..];
            let open = rest.find('"').expect("a message") + 1;
            let close = rest[open..].find("\" }").expect("end of message");
            rest[open..open + close].to_owned()
        })
        .collect()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).expect("create a temporary directory");
    dir
}

#[test]
fn a_good_catalog_expands_deterministically() {
    let dir = temp_dir("expand-good");
    std::fs::write(
        dir.join("errors.toml"),
        "[[error]]\ncode = \"invalid_request\"\nstatus = 400\ndescription = \"Bad.\"\n",
    )
    .expect("write the catalog");
    let first = expand(invocation("errors.toml"), Some(&dir)).to_string();
    let second = expand(invocation("errors.toml"), Some(&dir)).to_string();
    assert_eq!(first, second);
    assert!(compile_errors(&first.parse().expect("tokens")).is_empty());
    assert!(first.contains("pub enum Catalog"), "{first}");
    assert!(first.contains("InvalidRequest ,"), "{first}");
    assert!(
        first.contains(
            "const _ : & [u8] = :: core :: include_bytes ! (:: core :: concat ! (:: core :: env ! (\"CARGO_MANIFEST_DIR\") , \"/\" , \"errors.toml\")) ;"
        ),
        "{first}"
    );
}

#[test]
fn a_missing_catalog_names_the_path_tried() {
    let dir = temp_dir("expand-missing");
    let tokens = expand(invocation("nowhere.toml"), Some(&dir));
    let errors = compile_errors(&tokens);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("cannot read the catalog `nowhere.toml`: "),
        "{}",
        errors[0]
    );
    let tried = dir.join("nowhere.toml");
    assert!(
        errors[0].contains(&format!("note: tried {}", tried.display())),
        "{}",
        errors[0]
    );
    assert!(
        errors[0].contains(
            "help: the path is relative to the directory that holds the crate's Cargo.toml"
        ),
        "{}",
        errors[0]
    );
    // The stub enum is still there, so the user's code still resolves it.
    assert!(tokens.to_string().contains("pub enum Catalog"));
}

#[test]
fn a_missing_catalog_at_an_absolute_path_is_named_as_written() {
    let dir = temp_dir("expand-missing-absolute");
    let absolute = dir.join("nowhere.toml");
    let path = absolute.to_str().expect("a UTF-8 temporary directory");
    let tokens = expand(invocation(path), Some(Path::new("/some/crate")));
    let errors = compile_errors(&tokens);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].contains(&format!("note: tried {path}")),
        "{}",
        errors[0]
    );
    // The manifest directory plays no part, so no help says it does.
    assert!(!errors[0].contains("/some/crate"), "{}", errors[0]);
    assert!(!errors[0].contains("help:"), "{}", errors[0]);
}

#[test]
fn a_bad_catalog_reports_every_problem_beside_a_stub() {
    let dir = temp_dir("expand-bad");
    std::fs::write(
        dir.join("errors.toml"),
        "[[error]]\ncode = \"invalid_request\"\nstatus = 600\ndescription = \"Bad.\"\n\n[[error]]\ncode = \"server_error\"\nstatus = 500\ndescription = \"\"\n",
    )
    .expect("write the catalog");
    let tokens = expand(invocation("errors.toml"), Some(&dir));
    let errors = compile_errors(&tokens);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].starts_with("`status` 600 is outside 400..=599"));
    assert!(errors[1].starts_with("`description` is empty"));
    let text = tokens.to_string();
    assert!(
        text.contains("pub enum Catalog { InvalidRequest , ServerError , }"),
        "{text}"
    );
}

#[test]
fn a_flood_of_problems_is_cut_at_the_limit() {
    let dir = temp_dir("expand-flood");
    let mut toml = String::new();
    for index in 0..MAX_REPORTED + 20 {
        writeln!(
            toml,
            "[[error]]\ncode = \"code_{index}\"\nstatus = 999\ndescription = \"X.\"\n"
        )
        .expect("write to a String");
    }
    std::fs::write(dir.join("errors.toml"), toml).expect("write the catalog");
    let errors = compile_errors(&expand(invocation("errors.toml"), Some(&dir)));
    assert_eq!(errors.len(), MAX_REPORTED + 1);
    assert_eq!(
        errors[MAX_REPORTED],
        "20 more problems in `errors.toml` are not shown; fix the ones above and build again"
    );
}

#[test]
fn a_malformed_invocation_says_what_to_write() {
    let tokens = expand("pub enum Catalog".parse().expect("tokens"), None);
    assert_eq!(
        compile_errors(&tokens),
        [
            "expected `=` and the catalog's path; write `errcat::catalog! { pub enum Name = \\\"error-codes.toml\\\"; }`"
        ]
    );
}

/// Declared fields expand to one table each, indexed by the discriminant,
/// in the module of field tables, and a `const fn` reading it; the variant
/// docs and the enum's table show the values.
#[test]
fn declared_fields_expand_to_tables_and_const_accessors() {
    let dir = temp_dir("expand-fields");
    std::fs::write(
        dir.join("errors.toml"),
        "[catalog.fields.retryable]\ntype = \"bool\"\ndefault = false\n\n\
         [catalog.fields.attempts]\ntype = \"integer\"\n\n\
         [catalog.fields.scopes]\ntype = \"strings\"\n\n\
         [[error]]\ncode = \"a\"\nstatus = 400\ndescription = \"A.\"\nscopes = [\"x\", \"y\"]\n\n\
         [[error]]\ncode = \"b\"\nstatus = 503\ndescription = \"B.\"\nretryable = true\n\
         attempts = -2\nscopes = []\n",
    )
    .expect("write the catalog");
    let text = expand(invocation("errors.toml"), Some(&dir)).to_string();
    assert!(
        compile_errors(&text.parse().expect("tokens")).is_empty(),
        "{text}"
    );
    for expected in [
        "mod __errcat_fields { \
         pub (super) static VALUES_RETRYABLE : [bool ; 2] = [false , true] ; \
         pub (super) static VALUES_ATTEMPTS : [i64 ; 2] = [0 , - 2] ; \
         pub (super) static PRESENT_ATTEMPTS : [bool ; 2] = [false , true] ; \
         pub (super) static VALUES_SCOPES : [& str ; 2] = [\"x\" , \"y\"] ; \
         pub (super) static STARTS_SCOPES : [u32 ; 3] = [0 , 2 , 2] ; \
         pub (super) static PRESENT_SCOPES : [bool ; 2] = [true , true] ; }",
        "pub const fn retryable (self) -> bool { __errcat_fields :: VALUES_RETRYABLE [self as usize] }",
        "pub const fn attempts (self) -> :: core :: option :: Option < i64 >",
        "- `retryable`: `true`",
        "| Code | Variant | Description | `retryable` | `attempts` | `scopes` |",
    ] {
        assert!(text.contains(expected), "{expected}\nnot in\n{text}");
    }
}

/// A directory holding one-entry catalogs, by file name, code and status.
fn catalogs(dir_name: &str, files: &[(&str, &str, u16)]) -> std::path::PathBuf {
    let dir = temp_dir(dir_name);
    for (file, code, status) in files {
        let toml =
            format!("[[error]]\ncode = \"{code}\"\nstatus = {status}\ndescription = \"X.\"\n");
        std::fs::write(dir.join(file), toml).expect("write a catalog");
    }
    dir
}

#[test]
fn each_declaration_gets_its_enum_and_a_bad_file_is_reported_once() {
    let dir = catalogs(
        "expand-several",
        &[
            ("good.toml", "invalid_request", 400),
            ("bad.toml", "server_error", 600),
        ],
    );
    let input = "[::errcat] pub enum Good = \"good.toml\"; enum Bad = \"bad.toml\"; enum AlsoBad = \"bad.toml\"; enum Missing = \"missing.toml\"";
    let tokens = expand(input.parse().expect("tokens"), Some(&dir));
    let errors = compile_errors(&tokens);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].starts_with("`status` 600 is outside 400..=599"));
    assert!(errors[1].starts_with("cannot read the catalog `missing.toml`"));
    let text = tokens.to_string();
    assert!(text.contains("pub enum Good { "), "{text}");
    for stub in [
        "enum Bad { ServerError , }",
        "enum AlsoBad { ServerError , }",
        "enum Missing { CatalogHasErrors , }",
    ] {
        assert!(text.contains(stub), "{stub} in {text}");
    }
}

/// A catalog of three entries; the first and the last are tagged `charge`.
const TAGGED: &str = "[[error]]\ncode = \"a\"\nstatus = 400\ndescription = \"A.\"\ntags = [\"charge\"]\n\
    [[error]]\ncode = \"b\"\nstatus = 402\ndescription = \"B.\"\n\
    [[error]]\ncode = \"c\"\nstatus = 500\ndescription = \"C.\"\ntags = [\"charge\", \"refund\"]\n";

/// The expansion of `declarations` over [`TAGGED`], in `dir_name`.
fn expand_tagged(dir_name: &str, declarations: &str) -> TokenStream {
    let dir = temp_dir(dir_name);
    std::fs::write(dir.join("errors.toml"), TAGGED).expect("write the catalog");
    let input = format!("[::errcat] {declarations}");
    expand(input.parse().expect("tokens"), Some(&dir))
}

#[test]
fn a_subset_converts_with_its_full_enum_through_index_tables() {
    let input =
        "pub enum All = \"errors.toml\"; pub enum Charge = \"errors.toml\" where tag = \"charge\";";
    let tokens = expand_tagged("expand-subset", input);
    assert!(compile_errors(&tokens).is_empty());
    let text = tokens.to_string();
    assert_eq!(text, expand_tagged("expand-subset", input).to_string());
    for expected in [
        "pub enum Charge { ",
        "const FULL_INDEX : [u16 ; 2] = [0 , 2] ;",
        "const SUBSET_INDEX : [u16 ; 3] = [0 , OUT , 1] ;",
        "impl :: core :: convert :: From < Charge > for All",
        "impl :: core :: convert :: TryFrom < All > for Charge",
        "The entries of `errors.toml` tagged `charge`, a subset of [`All`]",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
}

#[test]
fn a_subset_without_its_full_enum_has_no_conversions() {
    let input = "pub enum Refund = \"errors.toml\" where tag = \"refund\";";
    let text = expand_tagged("expand-subset-alone", input).to_string();
    assert!(text.contains("pub enum Refund {"), "{text}");
    assert!(!text.contains("convert"), "{text}");
    assert!(
        text.contains("The entries of `errors.toml` tagged `refund`."),
        "{text}"
    );
}

#[test]
fn a_tag_no_entry_carries_is_refused_with_the_closest_one() {
    let input =
        "pub enum All = \"errors.toml\"; pub enum Charge = \"errors.toml\" where tag = \"chrage\";";
    let tokens = expand_tagged("expand-subset-unknown", input);
    assert_eq!(
        compile_errors(&tokens),
        ["no entry of `errors.toml` has the tag `chrage`; did you mean `charge`?"]
    );
    let text = tokens.to_string();
    // The stub holds every variant, and converts with the full enum.
    assert!(text.contains("pub enum Charge { A , B , C , }"), "{text}");
    assert!(
        text.contains("const SUBSET_INDEX : [u16 ; 3] = [0 , 1 , 2] ;"),
        "{text}"
    );
}

#[test]
fn a_bad_catalog_is_reported_once_and_its_subset_is_a_stub_that_converts() {
    let dir = catalogs("expand-subset-bad", &[("bad.toml", "server_error", 600)]);
    let input = "[::errcat] pub enum All = \"bad.toml\"; pub enum Charge = \"bad.toml\" where tag = \"charge\";";
    let tokens = expand(input.parse().expect("tokens"), Some(&dir));
    let errors = compile_errors(&tokens);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let text = tokens.to_string();
    assert!(text.contains("pub enum Charge { ServerError , }"), "{text}");
    assert!(
        text.contains("impl :: core :: convert :: From < Charge > for All"),
        "{text}"
    );
}

#[test]
fn the_domain_and_references_are_columns_only_when_the_catalog_has_them() {
    let dir = temp_dir("expand-metadata");
    std::fs::write(
        dir.join("with.toml"),
        "[catalog]\ndomain = \"login.example.com\"\n\
         [[error]]\ncode = \"a\"\nstatus = 400\ndescription = \"A.\"\nreference = \"RFC 6749 section 5.2\"\n\
         [[error]]\ncode = \"b\"\nstatus = 401\ndescription = \"B.\"\n",
    )
    .expect("write the catalog");
    std::fs::write(
        dir.join("without.toml"),
        "[[error]]\ncode = \"a\"\nstatus = 400\ndescription = \"A.\"\n",
    )
    .expect("write the catalog");
    let with = expand(invocation("with.toml"), Some(&dir)).to_string();
    for expected in [
        "domain : :: core :: option :: Option :: Some (\"login.example.com\") ,",
        // The reference and its URL, "" for the code without one.
        "references : { static COLUMN : [& str ; 2] = [\"RFC 6749 section 5.2\" , \"\"] ; & COLUMN } ,",
        "reference_urls : { static COLUMN : [& str ; 2] = \
         [\"https://www.rfc-editor.org/rfc/rfc6749#section-5.2\" , \"\"] ; & COLUMN } ,",
        // No `grpc_code` field: no column.
        "grpc_codes : & [] ,",
        "pub const DOMAIN : :: core :: option :: Option < & 'static str > = TABLE . domain ;",
    ] {
        assert!(with.contains(expected), "{expected}\nnot in\n{with}");
    }

    let without = expand(invocation("without.toml"), Some(&dir)).to_string();
    for expected in [
        "domain : :: core :: option :: Option :: None ,",
        "references : & [] , reference_urls : & [] ,",
        // Nor any hint, nor any text whose OAuth form is not itself.
        "hints : & [] , oauth_descriptions : & [] , oauth_hints : & [] ,",
    ] {
        assert!(without.contains(expected), "{expected}\nnot in\n{without}");
    }
}

#[test]
fn a_grpc_code_field_is_the_tables_grpc_column() {
    let dir = temp_dir("expand-grpc-code");
    std::fs::write(
        dir.join("errors.toml"),
        "[catalog.fields.grpc_code]\ntype = \"string\"\ndefault = \"INTERNAL\"\n\
         [[error]]\ncode = \"a\"\nstatus = 409\ndescription = \"A.\"\ngrpc_code = \"ALREADY_EXISTS\"\n\
         [[error]]\ncode = \"b\"\nstatus = 500\ndescription = \"B.\"\n",
    )
    .expect("write the catalog");
    let text = expand(invocation("errors.toml"), Some(&dir)).to_string();
    assert!(
        compile_errors(&text.parse().expect("tokens")).is_empty(),
        "{text}"
    );
    // The field's own table, with its default, is the column: no copy.
    for expected in [
        "pub (super) static VALUES_GRPC_CODE : [& str ; 2] = [\"ALREADY_EXISTS\" , \"INTERNAL\"] ;",
        "grpc_codes : & __errcat_fields :: VALUES_GRPC_CODE ,",
    ] {
        assert!(text.contains(expected), "{expected}\nnot in\n{text}");
    }
}
