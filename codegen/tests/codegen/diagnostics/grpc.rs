//! The exact text of every problem with what errcat's `tonic` feature
//! reads: `[catalog] domain` and the `grpc_code` override field.

use errcat_codegen::{SourceFile, check};

use super::problems;

/// A catalog with `catalog` under `[catalog]` and one entry, which also
/// writes `extra`.
fn catalog(catalog: &str, extra: &str) -> String {
    format!(
        "[catalog]\n{catalog}\n[[error]]\ncode = \"a\"\nstatus = 400\ndescription = \"A.\"\n{extra}"
    )
}

fn assert_problems(toml: &str, expected: &str) {
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn domain_with_whitespace() {
    let expected = r#"
error: `domain` contains ` `
 --> errors.toml:2:19
  |
2 | domain = "payments example.com"
  |                   ^ no whitespace in a domain
  |
  = help: a domain is one token clients compare exactly, such as `domain = "payments.example.com"`
"#;
    assert_problems(&catalog(r#"domain = "payments example.com""#, ""), expected);
}

#[test]
fn empty_domain() {
    let expected = r#"
error: `domain` is empty
 --> errors.toml:2:10
  |
2 | domain = ""
  |          ^^ empty text
  |
  = help: write the domain, or remove the key
"#;
    assert_problems(&catalog(r#"domain = """#, ""), expected);
}

#[test]
fn domain_with_a_control_character() {
    let expected = r#"
error: `domain` contains a tab (U+0009)
 --> errors.toml:2:12
  |
2 | domain = "a\tb"
  |            ^^ must be one line of text
  |
  = help: write the domain on one line, without control characters
"#;
    assert_problems(&catalog(r#"domain = "a\tb""#, ""), expected);
}

#[test]
fn a_sound_domain_reaches_the_model() {
    let source = SourceFile::new(
        "errors.toml",
        catalog(r#"domain = "login.example.com""#, ""),
    );
    let catalog = check(&source).expect("a sound catalog");
    assert_eq!(catalog.domain.as_deref(), Some("login.example.com"));
}

#[test]
fn grpc_code_that_is_not_a_code_name() {
    let expected = r#"
error: `grpc_code` `NotFound` is not a gRPC status code name
 --> errors.toml:7:13
  |
7 | grpc_code = "NotFound"
  |             ^^^^^^^^^^ not a canonical gRPC code
  |
  = help: did you mean `NOT_FOUND`?

error: `grpc_code` `NOT_FOND` is not a gRPC status code name
  --> errors.toml:13:13
   |
13 | grpc_code = "NOT_FOND"
   |             ^^^^^^^^^^ not a canonical gRPC code
   |
   = help: did you mean `NOT_FOUND`?
"#;
    let toml = format!(
        "{}{}",
        catalog(
            "fields.grpc_code = { type = \"string\" }",
            "grpc_code = \"NotFound\"\n"
        ),
        "\n[[error]]\ncode = \"b\"\nstatus = 404\ndescription = \"B.\"\ngrpc_code = \"NOT_FOND\"\n"
    );
    assert_problems(&toml, expected);
}

#[test]
fn grpc_code_ok_default_and_values() {
    let expected = r#"
error: `grpc_code` `nothing` is not a gRPC status code name
 --> errors.toml:4:22
  |
4 | values = ["ABORTED", "nothing"]
  |                      ^^^^^^^^^ not a canonical gRPC code
  |
  = help: use a canonical gRPC code name: `CANCELLED`, `UNKNOWN`, `INVALID_ARGUMENT`, `DEADLINE_EXCEEDED`, `NOT_FOUND`, `ALREADY_EXISTS`, `PERMISSION_DENIED`, `RESOURCE_EXHAUSTED`, `FAILED_PRECONDITION`, `ABORTED`, `OUT_OF_RANGE`, `UNIMPLEMENTED`, `INTERNAL`, `UNAVAILABLE`, `DATA_LOSS` and `UNAUTHENTICATED`

error: `grpc_code` cannot be `OK`
 --> errors.toml:5:11
  |
5 | default = "OK"
  |           ^^^^ an error is never answered with OK
  |
  = help: name the gRPC code the error means, or leave the field out to map the HTTP status
"#;
    let toml = r#"[catalog.fields.grpc_code]
type = "string"
# A `values` list narrows the codes further; each must still be a code.
values = ["ABORTED", "nothing"]
default = "OK"

[[error]]
code = "a"
status = 400
description = "A."
grpc_code = "ABORTED"
"#;
    let found = problems(toml);
    // The default is also not among `values`: the field rules say so too.
    assert!(
        found.contains("the default `OK` is not one of the `values`"),
        "{found}"
    );
    let ours: Vec<&str> = found
        .split("\n\n")
        .filter(|problem| problem.contains("gRPC") || problem.contains("cannot be `OK`"))
        .collect();
    assert_eq!(ours.join("\n\n"), expected.trim_matches('\n'));
}

#[test]
fn grpc_code_that_is_not_a_string_field() {
    let expected = r#"
error: field `grpc_code` must be a `string` field, found `integer`
 --> errors.toml:2:8
  |
2 | type = "integer"
  |        ^^^^^^^^^ the gRPC override holds one code name
  |
  = help: write `type = "string"`, or rename the field if it is not the gRPC status override
"#;
    let toml = "[catalog.fields.grpc_code]\ntype = \"integer\"\n\n[[error]]\ncode = \"a\"\nstatus = 400\ndescription = \"A.\"\n";
    assert_problems(toml, expected);
}
