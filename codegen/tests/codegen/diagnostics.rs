//! The exact text of every class of catalog problem, as `errcat check` and
//! the macro render it (without colour, with the `error: ` prefix).

use errcat_codegen::{Entry, SourceFile, Style, check, check_bytes};

// The problems with declared fields, beside this file.
mod fields;

// The problems with `[catalog] domain` and the `grpc_code` override.
mod grpc;

/// Every problem of `toml`, rendered and joined by blank lines.
fn problems(toml: &str) -> String {
    let source = SourceFile::new("errors.toml", toml);
    let problems = check(&source).expect_err("the catalog has problems");
    render(&source, &problems)
}

fn render(source: &SourceFile, problems: &[errcat_codegen::Diagnostic]) -> String {
    let style = Style {
        color: false,
        level_prefix: true,
    };
    problems
        .iter()
        .map(|problem| problem.render(source, style))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn syntax_error() {
    let toml = r#"[[error]]
code = "x"
status = 400
description = "unterminated
"#;
    let expected = r#"
error: TOML syntax error: invalid basic string, expected `"`
 --> errors.toml:4:28
  |
4 | description = "unterminated
  |                            ^ invalid basic string, expected `"`
  |
  = help: see https://toml.io/en/v1.0.0 for the syntax
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn error_that_is_a_table() {
    let toml = r#"[error]
code = "x"
"#;
    let expected = r"
error: `error` must be an array of tables, found a table
 --> errors.toml:1:1
  |
1 | [error]
  | ^^^^^^^ expected an array of tables
  |
  = help: write each entry under its own `[[error]]` header (two brackets)
";
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn error_item_that_is_not_a_table() {
    let toml = r#"error = ["x"]
"#;
    let expected = r#"
error: an `error` entry must be a table, found a string
 --> errors.toml:1:10
  |
1 | error = ["x"]
  |          ^^^ expected a table
  |
  = help: write each entry under its own `[[error]]` header
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn empty_file() {
    let toml = "";
    let expected = r#"
error: the catalog has no entries
 --> errors.toml:1:1
  |
1 |
  | ^ no `[[error]]` entry
  |
  = help: add an entry:
          [[error]]
          code = "invalid_request"
          status = 400
          description = "What went wrong, in one sentence."
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn empty_error_array() {
    let toml = r"error = []
";
    let expected = r#"
error: the catalog has no entries
 --> errors.toml:1:1
  |
1 | error = []
  | ^^^^^ no `[[error]]` entry
  |
  = help: add an entry:
          [[error]]
          code = "invalid_request"
          status = 400
          description = "What went wrong, in one sentence."
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn missing_required_keys() {
    let toml = r#"[[error]]
code = "invalid_request"
"#;
    let expected = r#"
error: the entry at line 1 has no `status` and no `description`
 --> errors.toml:1:1
  |
1 | [[error]]
  | ^^^^^^^^^ this entry needs `status` and `description`
  |
  = help: add `status = 400` and `description = "What went wrong, in one sentence."`; every entry needs `code`, `status` and `description`
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn values_of_the_wrong_type() {
    let toml = r#"[[error]]
code = 5
status = "400"
description = true
"#;
    let expected = r#"
error: `code` must be a string, found an integer
 --> errors.toml:2:8
  |
2 | code = 5
  |        ^ expected a string
  |
  = help: put the value in double quotes: `code = "..."`

error: `status` must be an integer, found a string
 --> errors.toml:3:10
  |
3 | status = "400"
  |          ^^^^^ expected an integer
  |
  = help: remove the quotes: `status = 400`

error: `description` must be a string, found a boolean
 --> errors.toml:4:15
  |
4 | description = true
  |               ^^^^ expected a string
  |
  = help: put the value in double quotes: `description = "..."`
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn deprecated_since_and_tags_of_the_wrong_type() {
    let toml = r#"[[error]]
code = "old_token"
status = 401
description = "The token is old."
deprecated = 1
since = 1.2
tags = "token"
"#;
    let expected = r#"
error: `deprecated` must be `true`, `false` or a string, found an integer
 --> errors.toml:5:14
  |
5 | deprecated = 1
  |              ^ expected a boolean or a string
  |
  = help: write `deprecated = true`, or a note: `deprecated = "use ... instead"`

error: `since` must be a string, found a float
 --> errors.toml:6:9
  |
6 | since = 1.2
  |         ^^^ expected a string
  |
  = help: put the value in double quotes: `since = "..."`

error: `tags` must be an array of strings, found a string
 --> errors.toml:7:8
  |
7 | tags = "token"
  |        ^^^^^^^ expected an array of strings
  |
  = help: write the items in brackets: `tags = ["..."]`
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn misspelt_error_header() {
    let toml = r#"[[errors]]
code = "x"
"#;
    let expected = r"
error: unknown key `errors` at the top level
 --> errors.toml:1:3
  |
1 | [[errors]]
  |   ^^^^^^ not a catalog key
  |
  = help: did you mean `error`?
";
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn unknown_keys() {
    let toml = r#"[catalog]
titel = "x"

[[error]]
code = "x"
status = 400
description = "X."
hnit = "y"
severity = 1
"#;
    let expected = r#"
error: unknown key `titel` in `[catalog]`
 --> errors.toml:2:1
  |
2 | titel = "x"
  | ^^^^^ not a catalog key
  |
  = help: did you mean `title`?

error: unknown key `hnit` in an `[[error]]` entry
 --> errors.toml:8:1
  |
8 | hnit = "y"
  | ^^^^ not a catalog key
  |
  = help: did you mean `hint`?

error: unknown key `severity` in an `[[error]]` entry
 --> errors.toml:9:1
  |
9 | severity = 1
  | ^^^^^^^^ not a catalog key
  |
  = help: the keys allowed here are `code`, `status`, `description`, `hint`, `name`, `reference`, `deprecated`, `since` and `tags`
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn misspelt_deprecated_and_tags_are_suggested() {
    let toml = r#"[[error]]
code = "a"
status = 400
description = "A."
deprecate = true
tag = ["x"]
"#;
    let expected = r#"
error: unknown key `deprecate` in an `[[error]]` entry
 --> errors.toml:5:1
  |
5 | deprecate = true
  | ^^^^^^^^^ not a catalog key
  |
  = help: did you mean `deprecated`?

error: unknown key `tag` in an `[[error]]` entry
 --> errors.toml:6:1
  |
6 | tag = ["x"]
  | ^^^ not a catalog key
  |
  = help: did you mean `tags`?
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn status_outside_the_error_range() {
    let toml = r#"[[error]]
code = "x"
status = 399
description = "X."

[[error]]
code = "y"
status = 99999999999999999999
description = "X."
"#;
    let expected = r"
error: `status` 399 is outside 400..=599
 --> errors.toml:3:10
  |
3 | status = 399
  |          ^^^ 399 is not an error status
  |
  = help: use a client error (4xx) or a server error (5xx) status

error: `status` is too large
 --> errors.toml:8:10
  |
8 | status = 99999999999999999999
  |          ^^^^^^^^^^^^^^^^^^^^ not a 64-bit integer
  |
  = help: use an HTTP status between 400 and 599
";
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn characters_outside_nqschar() {
    let toml = "[[error]]\ncode = \"a b\\tc\"\nstatus = 400\ndescription = \"Tab\\u0009here.\"\nhint = 'back\\slash'\n";
    let expected = r#"
error: `code` contains a tab (U+0009), which cannot go on the wire
 --> errors.toml:2:12
  |
2 | code = "a b\tc"
  |            ^^ not allowed by RFC 6749
  |
  = help: `code` is an identifier clients compare byte for byte, so it is RFC 6749 NQSCHAR (printable ASCII except `"` and `\`) whatever `[catalog] text` says; rephrase without it

error: `description` contains a tab (U+0009), which cannot go on the wire
 --> errors.toml:4:19
  |
4 | description = "Tab\u0009here."
  |                   ^^^^^^ not allowed by RFC 6749
  |
  = help: OAuth 2.0 error fields allow printable ASCII except `"` and `\` (RFC 6749 appendix A.7); rephrase without it

error: `hint` contains a backslash `\`, which cannot go on the wire
 --> errors.toml:5:13
  |
5 | hint = 'back\slash'
  |             ^ not allowed by RFC 6749
  |
  = help: OAuth 2.0 error fields allow printable ASCII except `"` and `\` (RFC 6749 appendix A.7); rephrase without it, or write `text = "unicode"` under `[catalog]` to allow any Unicode text, which OAuth fields then carry percent-encoded
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn non_ascii_text_under_oauth_names_the_unicode_setting() {
    let toml = "[catalog]\ntext = \"oauth\"\n\n[[error]]\ncode = \"card_declined\"\nstatus = 402\ndescription = \"La carte a été refusée.\"\n";
    let expected = r#"
error: `description` contains 3 characters that cannot go on the wire: the non-ASCII character `é` (U+00E9)
 --> errors.toml:7:27
  |
7 | description = "La carte a été refusée."
  |                           ^ -      -
  |                           |
  |                           not allowed by RFC 6749
  |
  = help: OAuth 2.0 error fields allow printable ASCII except `"` and `\` (RFC 6749 appendix A.7); rephrase without them, or write `text = "unicode"` under `[catalog]` to allow any Unicode text, which OAuth fields then carry percent-encoded
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn unicode_text_refuses_control_and_bidi_characters_and_keeps_codes_nqschar() {
    let toml = "[catalog]\ntext = \"unicode\"\ntitle = \"Fehler\u{2066}\"\n\n[[error]]\ncode = \"carte_refusée\"\nstatus = 402\ndescription = \"Été\\u0007.\"\nhint = \"admin\u{202E}txt.exe\"\n";
    let expected = r#"
error: `title` contains the bidirectional formatting character U+2066 (LEFT-TO-RIGHT ISOLATE)
 --> errors.toml:3:16
  |
3 | title = "Fehler�"
  |                ^ makes the text display differently from how it is stored
  |
  = help: remove it: bidirectional formatting characters reorder what readers see ("Trojan Source", CVE-2021-42574); right-to-left text displays correctly without them

error: `code` contains the non-ASCII character `é` (U+00E9), which cannot go on the wire
 --> errors.toml:6:20
  |
6 | code = "carte_refusée"
  |                    ^ not allowed by RFC 6749
  |
  = help: `code` is an identifier clients compare byte for byte, so it is RFC 6749 NQSCHAR (printable ASCII except `"` and `\`) whatever `[catalog] text` says; rephrase without it

error: `description` contains the control character U+0007
 --> errors.toml:8:19
  |
8 | description = "Été\u0007."
  |                   ^^^^^^ control characters are not allowed
  |
  = help: write the description on one line, without control characters; `text = "unicode"` allows every other character

error: `hint` contains the bidirectional formatting character U+202E (RIGHT-TO-LEFT OVERRIDE)
 --> errors.toml:9:14
  |
9 | hint = "admin�txt.exe"
  |              ^ makes the text display differently from how it is stored
  |
  = help: remove it: bidirectional formatting characters reorder what readers see ("Trojan Source", CVE-2021-42574); right-to-left text displays correctly without them
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn an_unknown_text_rule() {
    // The description's `É` is not reported: which characters the rule
    // allows is unknown too, and a typo in "unicode" would bury the one
    // real problem under every non-ASCII character of the file. What
    // every rule refuses still is: the control character, the
    // bidirectional override.
    let toml = "[catalog]\ntext = \"unicod\"\n\n[[error]]\ncode = \"x\"\nstatus = 400\ndescription = \"Élevé\\u0007.\"\nhint = \"admin\u{202E}txt.exe\"\n";
    let expected = r#"
error: unknown `text` value "unicod"
 --> errors.toml:2:8
  |
2 | text = "unicod"
  |        ^^^^^^^^ not a text rule
  |
  = help: did you mean `text = "unicode"`? `text` is "oauth" (RFC 6749 NQSCHAR, the default) or "unicode" (any character but control and bidirectional formatting characters)

error: `description` contains the control character U+0007
 --> errors.toml:7:21
  |
7 | description = "Élevé\u0007."
  |                     ^^^^^^ control characters are not allowed
  |
  = help: write the description on one line, without control characters; `text = "unicode"` allows every other character

error: `hint` contains the bidirectional formatting character U+202E (RIGHT-TO-LEFT OVERRIDE)
 --> errors.toml:8:14
  |
8 | hint = "admin�txt.exe"
  |              ^ makes the text display differently from how it is stored
  |
  = help: remove it: bidirectional formatting characters reorder what readers see ("Trojan Source", CVE-2021-42574); right-to-left text displays correctly without them
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn every_refused_character_of_a_value_is_marked() {
    let toml = r#"[[error]]
code = "x"
status = 400
description = "Caf\u00e9\tis \\ closed."
"#;
    let expected = r#"
error: `description` contains 3 characters that cannot go on the wire: the non-ASCII character `é` (U+00E9), a tab (U+0009) and a backslash `\`
 --> errors.toml:4:19
  |
4 | description = "Caf\u00e9\tis \\ closed."
  |                   ^^^^^^--   --
  |                   |
  |                   not allowed by RFC 6749
  |
  = help: OAuth 2.0 error fields allow printable ASCII except `"` and `\` (RFC 6749 appendix A.7); rephrase without them
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn text_longer_than_error_description_as_sent() {
    // 1,100 bytes of ASCII; 1,000 with a 50-byte hint, one space apart;
    // and 250 `é` of a Unicode catalog: 500 bytes of text, but 1,500 as
    // their OAuth form and 2,500 form-encoded in a redirect.
    let long = "The request is malformed. ".repeat(43)[..1100].to_owned();
    let with_hint = &long[..1000];
    let hint = "Check the request parameters and send it again.  ";
    let unicode = "é".repeat(250);
    let toml = format!(
        "[catalog]\ntext = \"unicode\"\n\n[[error]]\ncode = \"a\"\nstatus = 400\ndescription = \"{long}\"\n\n[[error]]\ncode = \"b\"\nstatus = 400\ndescription = \"{with_hint}\"\nhint = \"{hint}\"\n\n[[error]]\ncode = \"c\"\nstatus = 400\ndescription = \"{unicode}\"\n"
    );
    let expected = r#"
error: `description` takes 1100 bytes as sent, more than the 1024 an `error_description` may
 --> errors.toml:7:15
  |
7 | ... = "The request is malformed. The request is mal...alformed. The request is malformed. The requ"
  |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^...^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 1100 bytes of text
  |
  = note: as sent, `description` takes 1100 bytes in an RFC 6749 JSON body or a `WWW-Authenticate` challenge, 1100 in a redirect (form-encoded) and 1100 as problem+json's `detail` or a gRPC message; each carries at most 1024 (`errcat::text::MAX_ERROR_DESCRIPTION_LEN`), and catalog text is sent whole
  = help: shorten the text by at least 76 bytes as sent; a longer explanation belongs on the page the error's URI points to

error: `description` and `hint` take 1050 bytes as sent, more than the 1024 an `error_description` may
  --> errors.toml:12:15
   |
12 | ...ription = "The request is malformed. The request is mal...rmed. The request is malformed. The request "
   |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^...^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 1000 bytes of text
13 | ... = "Check the request parameters and send it again.  "
   |       --------------------------------------------------- with the hint
   |
   = note: as sent, `description` and `hint` take 1050 bytes in an RFC 6749 JSON body or a `WWW-Authenticate` challenge, 1050 in a redirect (form-encoded) and 1050 as problem+json's `detail` or a gRPC message; each carries at most 1024 (`errcat::text::MAX_ERROR_DESCRIPTION_LEN`), and catalog text is sent whole
   = help: shorten the text by at least 26 bytes as sent; a longer explanation belongs on the page the error's URI points to

error: `description` takes 2500 bytes as sent, more than the 1024 an `error_description` may
  --> errors.toml:18:15
   |
18 | ... = "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"
   |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 500 bytes of text
   |
   = note: as sent, `description` takes 1500 bytes in an RFC 6749 JSON body or a `WWW-Authenticate` challenge, 2500 in a redirect (form-encoded) and 500 as problem+json's `detail` or a gRPC message; each carries at most 1024 (`errcat::text::MAX_ERROR_DESCRIPTION_LEN`), and catalog text is sent whole
   = help: shorten the text by at least 1476 bytes as sent; a longer explanation belongs on the page the error's URI points to
"#;
    assert_eq!(problems(&toml), expected.trim_matches('\n'));
}

#[test]
fn empty_and_blank_text() {
    let toml = r#"[[error]]
code = ""
status = 400
description = "  "
hint = ""
"#;
    let expected = r#"
error: `code` is empty
 --> errors.toml:2:8
  |
2 | code = ""
  |        ^^ empty text
  |
  = help: write the code: every entry needs one

error: `description` holds only whitespace
 --> errors.toml:4:15
  |
4 | description = "  "
  |               ^^^^ blank text
  |
  = help: write the description: every entry needs one

error: `hint` is empty
 --> errors.toml:5:8
  |
5 | hint = ""
  |        ^^ empty text
  |
  = help: write the hint, or remove the key
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn blank_deprecation_note_and_since() {
    let toml = r#"[[error]]
code = "old_token"
status = 401
description = "The token is old."
deprecated = "  "
since = ""
"#;
    let expected = r#"
error: `deprecated` holds only whitespace
 --> errors.toml:5:14
  |
5 | deprecated = "  "
  |              ^^^^ blank text
  |
  = help: write what to use instead, or `deprecated = true`

error: `since` is empty
 --> errors.toml:6:9
  |
6 | since = ""
  |         ^^ empty text
  |
  = help: write the version that added the code, or remove the key
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn code_with_a_space_at_the_edge() {
    let toml = r#"[[error]]
code = "invalid_request "
status = 400
description = "X."
"#;
    let expected = r#"
error: `code` starts or ends with a space
 --> errors.toml:2:8
  |
2 | code = "invalid_request "
  |        ^^^^^^^^^^^^^^^^^^ space at the edge
  |
  = help: remove the space: clients compare codes exactly
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn title_and_reference_on_one_line() {
    let toml = "[catalog]\ntitle = \"\"\n\n[[error]]\ncode = \"x\"\nstatus = 400\ndescription = \"X.\"\nreference = \"line\\nbreak\"\n";
    let expected = r#"
error: `title` is empty
 --> errors.toml:2:9
  |
2 | title = ""
  |         ^^ empty text
  |
  = help: write the title, or remove the key

error: `reference` contains a line break (U+000A)
 --> errors.toml:8:18
  |
8 | reference = "line\nbreak"
  |                  ^^ must be one line of text
  |
  = help: write the reference on one line, without control characters
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn bad_and_repeated_tags() {
    let toml = r#"[[error]]
code = "old_token"
status = 401
description = "The token is old."
tags = ["token", 7, "Token", "", "re fresh", "token"]
"#;
    let expected = r#"
error: `tags` must hold only strings, found an integer
 --> errors.toml:5:18
  |
5 | tags = ["token", 7, "Token", "", "re fresh", "token"]
  |                  ^ expected a string
  |
  = help: put the item in double quotes

error: tag `Token` contains `T`
 --> errors.toml:5:22
  |
5 | tags = ["token", 7, "Token", "", "re fresh", "token"]
  |                      ^ not a lowercase letter, digit, `_` or `-`
  |
  = help: tags are lowercase: write `"token"`

error: a tag is empty
 --> errors.toml:5:30
  |
5 | tags = ["token", 7, "Token", "", "re fresh", "token"]
  |                              ^^ empty tag
  |
  = help: write the tag, or remove it from `tags`

error: tag `re fresh` contains ` `
 --> errors.toml:5:37
  |
5 | tags = ["token", 7, "Token", "", "re fresh", "token"]
  |                                     ^ not a lowercase letter, digit, `_` or `-`
  |
  = help: a tag holds only lowercase ASCII letters, digits, `_` and `-`

error: tag `token` is listed twice
 --> errors.toml:5:46
  |
5 | tags = ["token", 7, "Token", "", "re fresh", "token"]
  |         ------- first listed here            ^^^^^^^ second listing
  |
  = help: remove one of them
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn invalid_explicit_names() {
    let toml = r#"[[error]]
code = "a"
status = 400
description = "A."
name = "invalid_request"

[[error]]
code = "b"
status = 400
description = "B."
name = "Self"

[[error]]
code = "c"
status = 400
description = "C."
name = "ALL"

[[error]]
code = "d"
status = 400
description = "D."
name = "Café"
"#;
    let expected = r#"
error: invalid `name`: `invalid_request` is not UpperCamelCase, as Rust names enum variants
 --> errors.toml:5:8
  |
5 | name = "invalid_request"
  |        ^^^^^^^^^^^^^^^^^ not a valid variant name
  |
  = help: write `name = "InvalidRequest"`

error: invalid `name`: `Self` is a Rust keyword
  --> errors.toml:11:8
   |
11 | name = "Self"
   |        ^^^^^^ not a valid variant name
   |
   = help: use an UpperCamelCase Rust identifier, such as `InvalidRequest`

error: invalid `name`: `ALL` is the name of an associated item the enum already has
  --> errors.toml:17:8
   |
17 | name = "ALL"
   |        ^^^^^ not a valid variant name
   |
   = help: use an UpperCamelCase Rust identifier, such as `InvalidRequest`

error: invalid `name`: `Café` is not a Rust identifier: it contains the non-ASCII character `é` (U+00E9)
  --> errors.toml:23:8
   |
23 | name = "Café"
   |        ^^^^^^ not a valid variant name
   |
   = help: use an UpperCamelCase Rust identifier, such as `InvalidRequest`
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn name_that_cannot_be_derived() {
    let toml = r#"[[error]]
code = "400_bad"
status = 400
description = "Bad."
"#;
    let expected = r#"
error: cannot name a variant after the code `400_bad`: `400Bad` is not a Rust identifier: it starts with a digit
 --> errors.toml:2:8
  |
2 | code = "400_bad"
  |        ^^^^^^^^^ no variant name can be derived from this code
  |
  = help: add `name = "..."` to the entry, with an UpperCamelCase Rust identifier
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn duplicate_variant_names() {
    let toml = r#"[[error]]
code = "invalid_request"
status = 400
description = "A."

[[error]]
code = "invalid-request"
status = 400
description = "B."

[[error]]
code = "other"
status = 400
description = "C."
name = "InvalidRequest"
"#;
    let expected = r#"
error: variant name `InvalidRequest` (derived from code `invalid-request`) is used twice
 --> errors.toml:7:8
  |
2 | code = "invalid_request"
  |        ----------------- first used here
...
7 | code = "invalid-request"
  |        ^^^^^^^^^^^^^^^^^ second use
  |
  = help: give one of the entries a different `name`

error: variant name `InvalidRequest` is used twice
  --> errors.toml:15:8
   |
 2 | code = "invalid_request"
   |        ----------------- first used here
...
15 | name = "InvalidRequest"
   |        ^^^^^^^^^^^^^^^^ second use
   |
   = help: give one of the entries a different `name`
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn duplicate_code_and_status() {
    let toml = r#"[[error]]
code = "invalid_request"
status = 400
description = "A."
name = "A"

[[error]]
code = "invalid_request"
status = 400
description = "B."
name = "B"
"#;
    let expected = r#"
error: code `invalid_request` with status 400 is defined twice
 --> errors.toml:8:8
  |
2 | code = "invalid_request"
  |        ----------------- first defined here
...
8 | code = "invalid_request"
  |        ^^^^^^^^^^^^^^^^^ second definition
  |
  = help: remove one of the entries, or give them different statuses
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn shared_code_without_names() {
    let toml = r#"[[error]]
code = "invalid_token"
status = 400
description = "Invalid token format."
name = "InvalidTokenFormat"

[[error]]
code = "invalid_token"
status = 401
description = "The token expired."
"#;
    let expected = r#"
error: code `invalid_token` is shared by several entries, so this one needs a `name`
 --> errors.toml:8:8
  |
2 | code = "invalid_token"
  |        --------------- also used here, status 400
...
8 | code = "invalid_token"
  |        ^^^^^^^^^^^^^^^ shared code, status 401
  |
  = help: add `name = "..."` to every entry that shares a code, so each variant says what it means
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn several_problems_in_one_file() {
    let toml = r#"[catalog]
titel = "Several problems"

[[error]]
code = "invalid_request"
status = 400
description = "The request is malformed."
hnit = "Check the parameters."

[[error]]
code = "server_error"
status = 600
description = ""

[[error]]
code = "access_denied"
description = "Denied."
name = "access_denied"

[[error]]
code = "invalid_request"
status = 400
description = "Again."
name = "InvalidRequestAgain"
"#;
    let expected = r#"
error: unknown key `titel` in `[catalog]`
 --> errors.toml:2:1
  |
2 | titel = "Several problems"
  | ^^^^^ not a catalog key
  |
  = help: did you mean `title`?

error: unknown key `hnit` in an `[[error]]` entry
 --> errors.toml:8:1
  |
8 | hnit = "Check the parameters."
  | ^^^^ not a catalog key
  |
  = help: did you mean `hint`?

error: `status` 600 is outside 400..=599
  --> errors.toml:12:10
   |
12 | status = 600
   |          ^^^ 600 is not an HTTP status
   |
   = help: use a client error (4xx) or a server error (5xx) status

error: `description` is empty
  --> errors.toml:13:15
   |
13 | description = ""
   |               ^^ empty text
   |
   = help: write the description: every entry needs one

error: the entry at line 15 has no `status`
  --> errors.toml:15:1
   |
15 | [[error]]
   | ^^^^^^^^^ this entry needs `status`
   |
   = help: add `status = 400`; every entry needs `code`, `status` and `description`

error: invalid `name`: `access_denied` is not UpperCamelCase, as Rust names enum variants
  --> errors.toml:18:8
   |
18 | name = "access_denied"
   |        ^^^^^^^^^^^^^^^ not a valid variant name
   |
   = help: write `name = "AccessDenied"`

error: code `invalid_request` with status 400 is defined twice
  --> errors.toml:21:8
   |
 5 | code = "invalid_request"
   |        ----------------- first defined here
...
21 | code = "invalid_request"
   |        ^^^^^^^^^^^^^^^^^ second definition
   |
   = help: remove one of the entries, or give them different statuses
"#;
    assert_eq!(problems(toml), expected.trim_matches('\n'));
}

#[test]
fn bytes_that_are_not_utf8() {
    let (source, result) = check_bytes("errors.toml", b"[[error]]\ncode = \"caf\xe9\"\n");
    let problems = result.expect_err("not UTF-8");
    let expected = "
error: the catalog is not valid UTF-8
 --> errors.toml:2:12
  |
2 | code = \"caf\u{fffd}\"
  |            ^ invalid UTF-8 here
  |
  = help: save the file as UTF-8
";
    assert_eq!(render(&source, &problems), expected.trim_matches('\n'));
}

#[test]
fn problems_come_in_file_order_whatever_pass_found_them() {
    // The status is checked after the code in the entry, the unknown key
    // before both; the output still reads top to bottom.
    let toml =
        "[[error]]\nstatus = 700\ncode = \"\"\ndescription = \"X.\"\n\n[catalog]\ntitel = \"x\"\n";
    let source = SourceFile::new("errors.toml", toml);
    let problems = check(&source).expect_err("has problems");
    let locations: Vec<String> = problems
        .iter()
        .map(|problem| problem.location(&source))
        .collect();
    assert_eq!(
        locations,
        ["errors.toml:2:10", "errors.toml:3:8", "errors.toml:7:1"]
    );
}

#[test]
fn a_valid_catalog_becomes_the_model() {
    let toml = r#"
[catalog]
title = "Test"

[[error]]
code = "invalid_token"
status = 400
name = "MalformedToken"
description = "Malformed."
hint = "Send it as issued."
reference = "RFC 6750 section 3.1"

[[error]]
code = "invalid_token"
status = 401
name = "ExpiredToken"
description = "Expired."

[[error]]
code = "rate-limit.exceeded"
status = 429
description = "Slow down."
"#;
    let catalog = check(&SourceFile::new("errors.toml", toml)).expect("valid");
    assert_eq!(catalog.title.as_deref(), Some("Test"));
    let summary: Vec<(&str, &str, u16, usize)> = catalog
        .entries
        .iter()
        .map(|entry| {
            (
                entry.name.as_str(),
                entry.code.as_str(),
                entry.status,
                entry.line,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("MalformedToken", "invalid_token", 400, 5),
            ("ExpiredToken", "invalid_token", 401, 13),
            ("RateLimitExceeded", "rate-limit.exceeded", 429, 19),
        ]
    );
    assert_eq!(
        catalog.entries[0].hint.as_deref(),
        Some("Send it as issued.")
    );
    assert_eq!(catalog.entries[1].hint, None);
    assert_eq!(
        catalog.entries[0].reference.as_deref(),
        Some("RFC 6750 section 3.1")
    );
    assert_eq!(
        catalog.by_status(),
        [(400, vec![0]), (401, vec![1]), (429, vec![2])]
    );
}

#[test]
fn deprecated_since_and_tags_become_the_model() {
    let toml = r#"
[[error]]
code = "a"
status = 400
description = "A."
deprecated = "use b"
since = "1.2"
tags = ["charge", "v2-beta", "refund_1"]

[[error]]
code = "b"
status = 400
description = "B."
deprecated = true

[[error]]
code = "c"
status = 400
description = "C."
deprecated = false
tags = []
"#;
    let catalog = check(&SourceFile::new("errors.toml", toml)).expect("valid");
    let expected = [
        Entry::new("A", "a", 400, "A.")
            .with_deprecated(Some("use b"))
            .with_since("1.2")
            .with_tags(["charge", "v2-beta", "refund_1"])
            .with_line(2),
        Entry::new("B", "b", 400, "B.")
            .with_deprecated(None)
            .with_line(10),
        Entry::new("C", "c", 400, "C.").with_line(16),
    ];
    assert_eq!(catalog.entries, expected);
}

#[test]
fn the_login_catalog_is_valid() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../error-codes.toml");
    let bytes = std::fs::read(path).expect("read error-codes.toml");
    let (_, result) = check_bytes("error-codes.toml", &bytes);
    let catalog = result.expect("the Login catalog is valid");
    assert_eq!(catalog.entries.len(), 30);
}

/// Found by the `catalog` fuzz target: a file that was not UTF-8 held a C1
/// control character (U+0090) on the line of its first bad byte, and the
/// snippet printed it raw. rustc prints a `compile_error!` as given, so a
/// control character in a catalog reached the terminal.
#[test]
fn control_characters_are_shown_as_visible_stand_ins() {
    let (source, result) = check_bytes("errors.toml", b"k = 1\nrefere\xc2\x90\xff\n");
    let expected = "
error: the catalog is not valid UTF-8
 --> errors.toml:2:8
  |
2 | refere\u{FFFD}\u{FFFD}
  |        ^ invalid UTF-8 here
  |
  = help: save the file as UTF-8
";
    let problems = result.expect_err("not UTF-8");
    assert_eq!(render(&source, &problems), expected.trim_matches('\n'));

    // An escape sequence in a quoted key reaches the message and the
    // snippet as a control picture, never as an escape.
    let text = "\"a\\u001b[2Jb\" = 1\r\n";
    let expected = "
error: unknown key `a\u{241B}[2Jb` at the top level
 --> errors.toml:1:1
  |
1 | \"a\\u001b[2Jb\" = 1
  | ^^^^^^^^^^^^^ not a catalog key
  |
  = help: the keys allowed here are `catalog` and `error`
";
    assert_eq!(problems_in(text), expected.trim_matches('\n'));
}

fn problems_in(toml: &str) -> String {
    let source = SourceFile::new("errors.toml", toml);
    let problems = check(&source).expect_err("the catalog has problems");
    render(&source, &problems)
}
