//! The exact text of every problem with declared fields: the
//! declarations, and the values entries give them.

use errcat_codegen::{Entry, FieldDecl, FieldType, FieldValue, SourceFile, check};

use super::problems;

/// A catalog of `declarations` and one entry, which also writes `extra`.
fn catalog(declarations: &str, extra: &str) -> String {
    format!("{declarations}\n[[error]]\ncode = \"a\"\nstatus = 400\ndescription = \"A.\"\n{extra}")
}

/// `toml`'s problems are `expected`, give or take its leading and
/// trailing line breaks.
fn assert_problems(toml: &str, expected: &str) {
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn unknown_field_type() {
    let expected = r#"
error: unknown `type` value "strng"
 --> errors.toml:2:8
  |
2 | type = "strng"
  |        ^^^^^^^ not a field type
  |
  = help: did you mean `type = "string"`? `type` is "bool", "integer" (64-bit), "string" or "strings" (an array of strings)
"#;
    assert_problems(
        &catalog(
            r#"[catalog.fields.retryable]
type = "strng"
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn field_without_type() {
    let expected = r#"
error: field `retryable` has no `type`
 --> errors.toml:1:1
  |
1 | [catalog.fields.retryable]
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^ this declaration needs a `type`
  |
  = help: add `type = "..."`, one of `bool`, `integer`, `string` and `strings`
"#;
    assert_problems(
        &catalog(
            r"[catalog.fields.retryable]
default = false
",
            "",
        ),
        expected,
    );
}

#[test]
fn default_of_the_wrong_type() {
    let expected = r#"
error: `default` must be a boolean, found a string
 --> errors.toml:3:11
  |
3 | default = "no"
  |           ^^^^ expected `true` or `false`
  |
  = help: write `default = true` or `default = false`
"#;
    assert_problems(
        &catalog(
            r#"[catalog.fields.retryable]
type = "bool"
default = "no"
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn default_outside_values() {
    let expected = r#"
error: the default `UNKNOWN` is not one of the `values` of field `grpc`
 --> errors.toml:4:11
  |
4 | default = "UNKNOWN"
  |           ^^^^^^^^^ not an allowed value
  |
  = help: use one of `INTERNAL` and `NOT_FOUND`
"#;
    assert_problems(
        &catalog(
            r#"[catalog.fields.grpc]
type = "string"
values = ["INTERNAL", "NOT_FOUND"]
default = "UNKNOWN"
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn values_on_a_bool_field() {
    let expected = r#"
error: field `retryable` is not a string field, so it cannot list `values`
 --> errors.toml:3:10
  |
3 | values = ["yes"]
  |          ^^^^^^^ `values` is for `string` and `strings` fields
  |
  = help: remove `values`, or make the field a `string`
"#;
    assert_problems(
        &catalog(
            r#"[catalog.fields.retryable]
type = "bool"
values = ["yes"]
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn empty_values() {
    let expected = r"
error: the `values` of field `grpc` are empty
 --> errors.toml:3:10
  |
3 | values = []
  |          ^^ no value is allowed
  |
  = help: list at least one value, or remove `values` to allow any
";
    assert_problems(
        &catalog(
            r#"[catalog.fields.grpc]
type = "string"
values = []
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn value_listed_twice() {
    let expected = r#"
error: value `INTERNAL` is listed twice
 --> errors.toml:3:36
  |
3 | values = ["INTERNAL", "NOT_FOUND", "INTERNAL"]
  |           ----------               ^^^^^^^^^^ second listing
  |           |
  |           first listed here
  |
  = help: remove one of them
"#;
    assert_problems(
        &catalog(
            r#"[catalog.fields.grpc]
type = "string"
values = ["INTERNAL", "NOT_FOUND", "INTERNAL"]
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn default_and_required() {
    let expected = r"
error: field `retryable` has a `default` and `required = true`
 --> errors.toml:4:11
  |
3 | required = true
  |            ---- every entry must write the field
4 | default = false
  |           ^^^^^ a default is never used
  |
  = help: remove `default`, or `required = true`
";
    assert_problems(
        &catalog(
            r#"[catalog.fields.retryable]
type = "bool"
required = true
default = false
"#,
            r"retryable = true
",
        ),
        expected,
    );
}

#[test]
fn unknown_key_in_a_declaration() {
    let expected = r"
error: unknown key `requried` in a field declaration
 --> errors.toml:3:1
  |
3 | requried = true
  | ^^^^^^^^ not a catalog key
  |
  = help: did you mean `required`?
";
    assert_problems(
        &catalog(
            r#"[catalog.fields.retryable]
type = "bool"
requried = true
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn field_name_not_snake_case() {
    let expected = r"
error: invalid field name: `Retryable` is not a snake_case Rust identifier (lowercase ASCII words joined by `_`, starting with a letter)
 --> errors.toml:1:17
  |
1 | [catalog.fields.Retryable]
  |                 ^^^^^^^^^ not a usable field name
  |
  = help: a field's name is also its accessor's: use another snake_case name, such as `retryable`
";
    assert_problems(
        &catalog(
            r#"[catalog.fields.Retryable]
type = "bool"
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn field_name_that_is_a_keyword() {
    let expected = r"
error: invalid field name: `type` is a Rust keyword
 --> errors.toml:1:17
  |
1 | [catalog.fields.type]
  |                 ^^^^ not a usable field name
  |
  = help: a field's name is also its accessor's: use another snake_case name, such as `retryable`
";
    assert_problems(
        &catalog(
            r#"[catalog.fields.type]
type = "bool"
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn field_name_of_a_built_in_key() {
    let expected = r"
error: invalid field name: `hint` is a built-in entry key
 --> errors.toml:1:17
  |
1 | [catalog.fields.hint]
  |                 ^^^^ not a usable field name
  |
  = help: a field's name is also its accessor's: use another snake_case name, such as `retryable`
";
    assert_problems(
        &catalog(
            r#"[catalog.fields.hint]
type = "string"
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn field_name_of_a_method() {
    let expected = r"
error: invalid field name: `to_string` is the name of a method the enum already has
 --> errors.toml:1:17
  |
1 | [catalog.fields.to_string]
  |                 ^^^^^^^^^ not a usable field name
  |
  = help: a field's name is also its accessor's: use another snake_case name, such as `retryable`
";
    assert_problems(
        &catalog(
            r#"[catalog.fields.to_string]
type = "string"
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn doc_on_two_lines() {
    let expected = r#"
error: `doc` contains a line break (U+000A)
 --> errors.toml:3:7
  |
3 |   doc = """
  |  _______^
4 | | Send it again.
5 | | Later."""
  | |_________^ must be one line of text
  |
  = help: write the doc on one line, without control characters
"#;
    assert_problems(
        &catalog(
            r#"[catalog.fields.retryable]
type = "bool"
doc = """
Send it again.
Later."""
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn fields_not_a_table() {
    let expected = r#"
error: `fields` must be a table of field declarations, found an array
 --> errors.toml:2:10
  |
2 | fields = ["retryable"]
  |          ^^^^^^^^^^^^^ expected a table
  |
  = help: write each field under its own `[catalog.fields.NAME]` header
"#;
    assert_problems(
        &catalog(
            r#"[catalog]
fields = ["retryable"]
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn declaration_not_a_table() {
    let expected = r#"
error: the declaration of field `retryable` must be a table, found a string
 --> errors.toml:2:13
  |
2 | retryable = "bool"
  |             ^^^^^^ expected a table
  |
  = help: write `[catalog.fields.retryable]` with `type = "..."` under it
"#;
    assert_problems(
        &catalog(
            r#"[catalog.fields]
retryable = "bool"
"#,
            "",
        ),
        expected,
    );
}

#[test]
fn field_value_of_the_wrong_type() {
    let toml = r#"[[error]]
code = "a"
status = 400
description = "A."
retryable = "yes"

[catalog.fields.retryable]
type = "bool"
default = false
"#;
    let expected = r#"
error: `retryable` must be a boolean, found a string
 --> errors.toml:5:13
  |
5 | retryable = "yes"
  |             ^^^^^ expected `true` or `false`
  |
  = help: write `retryable = true` or `retryable = false`
"#;
    assert_problems(toml, expected);
}

#[test]
fn field_value_outside_values() {
    let expected = r#"
error: `NOT_FOUN` is not one of the `values` of field `grpc`
 --> errors.toml:9:21
  |
9 | grpc = ["INTERNAL", "NOT_FOUN"]
  |                     ^^^^^^^^^^ not an allowed value
  |
  = help: did you mean `NOT_FOUND`?
"#;
    assert_problems(
        &catalog(
            r#"[catalog.fields.grpc]
type = "strings"
values = ["INTERNAL", "NOT_FOUND"]
"#,
            r#"grpc = ["INTERNAL", "NOT_FOUN"]
"#,
        ),
        expected,
    );
}

#[test]
fn missing_required_field() {
    let toml = r#"[catalog.fields.grpc]
type = "string"
required = true
values = ["INTERNAL"]

[[error]]
code = "a"
description = "A."
"#;
    let expected = r#"
error: the entry at line 6 has no `status` and no `grpc`
 --> errors.toml:6:1
  |
6 | [[error]]
  | ^^^^^^^^^ this entry needs `status` and `grpc`
  |
  = help: add `status = 400` and `grpc = "INTERNAL"`; every entry needs `code`, `status`, `description` and `grpc`
"#;
    assert_problems(toml, expected);
}

#[test]
fn integer_too_large() {
    let expected = r"
error: `attempts` is too large
 --> errors.toml:8:12
  |
8 | attempts = 9223372036854775808
  |            ^^^^^^^^^^^^^^^^^^^ not a 64-bit integer
  |
  = help: an `integer` field holds values from -9223372036854775808 to 9223372036854775807
";
    assert_problems(
        &catalog(
            r#"[catalog.fields.attempts]
type = "integer"
"#,
            r"attempts = 9223372036854775808
",
        ),
        expected,
    );
}

#[test]
fn misspelt_declared_field() {
    let expected = r"
error: unknown key `retryble` in an `[[error]]` entry
 --> errors.toml:8:1
  |
8 | retryble = true
  | ^^^^^^^^ not a catalog key
  |
  = help: did you mean `retryable`?
";
    assert_problems(
        &catalog(
            r#"[catalog.fields.retryable]
type = "bool"
"#,
            r"retryble = true
",
        ),
        expected,
    );
}

#[test]
fn misspelt_built_in_key_beside_fields() {
    let expected = r#"
error: unknown key `hnit` in an `[[error]]` entry
 --> errors.toml:8:1
  |
8 | hnit = "x"
  | ^^^^ not a catalog key
  |
  = help: did you mean `hint`?
"#;
    assert_problems(
        &catalog(
            r#"[catalog.fields.retryable]
type = "bool"
"#,
            r#"hnit = "x"
"#,
        ),
        expected,
    );
}

/// `[catalog]` may come after the entries: the declarations are read
/// first. Written values, defaults and unset optional fields reach the
/// model as written.
#[test]
fn declared_fields_become_the_model() {
    let toml = r#"[[error]]
code = "a"
status = 400
description = "A."
retryable = true
grpc = "INTERNAL"
attempts = -3
scopes = ["read"]

[[error]]
code = "b"
status = 400
description = "B."
grpc = "NOT_FOUND"

[catalog.fields.retryable]
type = "bool"
default = false
doc = "Send it again later."

[catalog.fields.grpc]
type = "string"
required = true
values = ["INTERNAL", "NOT_FOUND"]

[catalog.fields.attempts]
type = "integer"

[catalog.fields.scopes]
type = "strings"
"#;
    let catalog = check(&SourceFile::new("errors.toml", toml)).expect("valid");
    let expected = [
        FieldDecl::new("retryable", FieldType::Bool)
            .with_default(FieldValue::Bool(false))
            .with_doc("Send it again later."),
        FieldDecl::new("grpc", FieldType::String)
            .with_required()
            .with_values(["INTERNAL", "NOT_FOUND"]),
        FieldDecl::new("attempts", FieldType::Integer),
        FieldDecl::new("scopes", FieldType::Strings),
    ];
    assert_eq!(catalog.fields, expected);
    let entries = [
        Entry::new("A", "a", 400, "A.")
            .with_line(1)
            .with_field("retryable", FieldValue::Bool(true))
            .with_field("grpc", FieldValue::String("INTERNAL".to_owned()))
            .with_field("attempts", FieldValue::Integer(-3))
            .with_field("scopes", FieldValue::Strings(vec!["read".to_owned()])),
        Entry::new("B", "b", 400, "B.")
            .with_line(10)
            .with_field("grpc", FieldValue::String("NOT_FOUND".to_owned())),
    ];
    assert_eq!(catalog.entries, entries);
    let b = &catalog.entries[1];
    assert_eq!(b.field(&expected[0]), Some(&FieldValue::Bool(false)));
    assert_eq!(b.field(&expected[2]), None);
}
