//! `errcat diff`: each kind of change between `fixtures/diff/base.toml` and
//! a file that makes that change, in both output formats, and stdin.

use serde_json::Value;

use super::{Output, errcat, errcat_run, repo_root, run};

const FIXTURES: &str = "cli/tests/fixtures/diff";

/// `errcat diff base.toml <name>.toml`, plus `extra` arguments.
fn diff_base_with(name: &str, extra: &[&str]) -> Output {
    let base = format!("{FIXTURES}/base.toml");
    let new = format!("{FIXTURES}/{name}.toml");
    let mut args = vec!["diff", base.as_str(), new.as_str()];
    args.extend(extra);
    errcat_run(&args)
}

/// The change lines of a human diff (without the closing summary).
fn change_lines(output: &Output) -> Vec<&str> {
    output
        .stdout
        .lines()
        .filter(|line| line.starts_with("breaking: ") || line.starts_with("non-breaking: "))
        .collect()
}

#[test]
fn identical_catalogs_have_no_changes() {
    let output = diff_base_with("base", &[]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    assert_eq!(
        output.stdout,
        format!("no changes from `{FIXTURES}/base.toml` to `{FIXTURES}/base.toml`\n")
    );
}

#[test]
fn each_breaking_change_exits_1() {
    for (fixture, expected) in [
        (
            "removed",
            "breaking: variant `ServerError` (code `server_error`, status 500) was removed \
             without being deprecated first",
        ),
        (
            "renamed",
            "breaking: variant `ExpiredToken` was renamed to `TokenExpired` (code `invalid_token`, status 401)",
        ),
        (
            "status_changed",
            "breaking: variant `ServerError` (code `server_error`): status changed from 500 to 503",
        ),
        (
            "code_changed",
            "breaking: variant `ServerError`: wire code changed from `server_error` to `internal_error`",
        ),
    ] {
        let output = diff_base_with(fixture, &[]);
        assert_eq!(output.code, Some(1), "{fixture}: {}", output.stdout);
        assert_eq!(change_lines(&output), [expected], "{fixture}");
        assert!(
            output.stdout.contains(&format!(
                "error: 1 breaking change and 0 non-breaking changes from `{FIXTURES}/base.toml` \
                 to `{FIXTURES}/{fixture}.toml`\n"
            )),
            "{fixture}: {}",
            output.stdout
        );
    }
}

#[test]
fn additions_text_changes_and_reordering_are_not_breaking() {
    let added = diff_base_with("added", &[]);
    assert_eq!(added.code, Some(0), "{}", added.stdout);
    assert_eq!(
        change_lines(&added),
        [
            "non-breaking: variant `TemporarilyUnavailable` (code `temporarily_unavailable`, status 503) was added"
        ]
    );

    let text = diff_base_with("text_changed", &[]);
    assert_eq!(text.code, Some(0), "{}", text.stdout);
    assert_eq!(
        change_lines(&text),
        [
            "non-breaking: variant `InvalidRequest`: description changed",
            "non-breaking: variant `InvalidRequest`: reference changed",
            "non-breaking: variant `MalformedToken`: hint added",
            "non-breaking: variant `ExpiredToken`: hint removed",
            "non-breaking: the catalog's title changed",
        ]
    );
    assert!(text.stdout.contains(
        "non-breaking: variant `InvalidRequest`: description changed\n    \
         old: \"The request is malformed.\"\n    new: \"The request is missing a parameter.\"\n"
    ));
    assert!(text.stdout.contains(
        "non-breaking: variant `ExpiredToken`: hint removed\n    old: \"Refresh the token.\"\n    new: (none)\n"
    ));
    assert!(text.stdout.ends_with("5 changes from `cli/tests/fixtures/diff/base.toml` to `cli/tests/fixtures/diff/text_changed.toml`, none breaking\n"));

    let reordered = diff_base_with("reordered", &[]);
    assert_eq!(reordered.code, Some(0), "{}", reordered.stdout);
    assert_eq!(
        change_lines(&reordered),
        [
            "non-breaking: entries were reordered: `ALL` and the reference page list the variants in a new order"
        ]
    );
    assert!(reordered.stdout.contains(
        "    old: InvalidRequest, MalformedToken, ExpiredToken, ServerError\n    \
         new: MalformedToken, ExpiredToken, ServerError, InvalidRequest\n"
    ));
}

#[test]
fn deprecating_is_not_breaking_and_removing_a_deprecated_code_says_so() {
    let deprecated = diff_base_with("deprecated", &[]);
    assert_eq!(deprecated.code, Some(0), "{}", deprecated.stdout);
    assert_eq!(
        change_lines(&deprecated),
        [
            "non-breaking: variant `InvalidRequest`: since added",
            "non-breaking: variant `ExpiredToken`: tags changed",
            "non-breaking: variant `ServerError` was deprecated",
        ]
    );
    assert!(deprecated.stdout.contains(
        "non-breaking: variant `ServerError` was deprecated\n    old: (not deprecated)\n    \
         new: \"use temporarily_unavailable\"\n"
    ));
    let old = format!("{FIXTURES}/deprecated.toml");
    let new = format!("{FIXTURES}/removed.toml");
    let removed = errcat_run(&["diff", &old, &new, "--format", "json"]);
    // Still breaking: code naming the variant stops compiling, warned or not.
    assert_eq!(removed.code, Some(1), "{}", removed.stdout);
    let document: Value = serde_json::from_str(&removed.stdout).expect("JSON");
    let first = &document["changes"][0];
    assert_eq!(first["kind"], "removed");
    assert_eq!(first["old"]["deprecated"], true);
    assert_eq!(
        first["message"],
        "variant `ServerError` (code `server_error`, status 500) was removed (it was deprecated: \
         use temporarily_unavailable)"
    );
}

#[test]
fn swapping_the_entries_of_a_shared_code_changes_what_it_parses_to() {
    let output = diff_base_with("shared_code_swapped", &[]);
    assert_eq!(output.code, Some(1), "{}", output.stdout);
    assert_eq!(
        change_lines(&output),
        [
            "breaking: code `invalid_token` now parses to `ExpiredToken`, not `MalformedToken` (`from_code` returns the first entry with a code)",
            "non-breaking: entries were reordered: `ALL` and the reference page list the variants in a new order",
        ]
    );
}

#[test]
fn json_reports_each_change_with_its_kind() {
    let cases = [
        ("removed", "removed", true),
        ("renamed", "renamed", true),
        ("status_changed", "status_changed", true),
        ("code_changed", "code_changed", true),
        ("added", "added", false),
        ("reordered", "reordered", false),
    ];
    for (fixture, kind, breaking) in cases {
        let output = diff_base_with(fixture, &["--format", "json"]);
        assert_eq!(output.code, Some(i32::from(breaking)), "{fixture}");
        let document: Value = serde_json::from_str(&output.stdout).expect("JSON");
        assert_eq!(document["format_version"], 1);
        assert_eq!(document["old"], format!("{FIXTURES}/base.toml"));
        assert_eq!(document["new"], format!("{FIXTURES}/{fixture}.toml"));
        assert_eq!(document["breaking"], breaking, "{fixture}");
        let changes = document["changes"].as_array().expect("changes");
        assert_eq!(changes.len(), 1, "{fixture}: {changes:?}");
        assert_eq!(changes[0]["kind"], kind);
        assert_eq!(changes[0]["breaking"], breaking);
        assert!(
            changes[0]["message"]
                .as_str()
                .is_some_and(|message| !message.is_empty())
        );
    }

    let status = diff_base_with("status_changed", &["--format", "json"]);
    let document: Value = serde_json::from_str(&status.stdout).expect("JSON");
    let change = &document["changes"][0];
    assert_eq!(
        (
            &change["variant"],
            &change["code"],
            &change["old"],
            &change["new"]
        ),
        (
            &Value::from("ServerError"),
            &Value::from("server_error"),
            &Value::from(500),
            &Value::from(503)
        )
    );

    let text = diff_base_with("text_changed", &["--format", "json"]);
    let document: Value = serde_json::from_str(&text.stdout).expect("JSON");
    let kinds: Vec<&str> = document["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|change| change["kind"].as_str().expect("a kind"))
        .collect();
    assert_eq!(
        kinds,
        [
            "description_changed",
            "reference_changed",
            "hint_changed",
            "hint_changed",
            "title_changed"
        ]
    );
    assert_eq!(document["changes"][3]["new"], Value::Null);
}

#[test]
fn old_catalog_from_stdin_as_git_show_gives_it() {
    let base = std::fs::read(repo_root().join(FIXTURES).join("base.toml")).expect("read base");
    let output = run(errcat()
        .args(["diff", "-", &format!("{FIXTURES}/renamed.toml")])
        .write_stdin(base.clone()));
    assert_eq!(output.code, Some(1), "{}", output.stderr);
    assert_eq!(
        change_lines(&output),
        [
            "breaking: variant `ExpiredToken` was renamed to `TokenExpired` (code `invalid_token`, status 401)"
        ]
    );
    assert!(
        output.stdout.contains("from `<stdin>` to `"),
        "{}",
        output.stdout
    );

    let new_from_stdin = run(errcat()
        .args(["diff", &format!("{FIXTURES}/base.toml"), "-"])
        .write_stdin(base));
    assert_eq!(new_from_stdin.code, Some(0), "{}", new_from_stdin.stderr);

    let both = errcat_run(&["diff", "-", "-"]);
    assert_eq!(both.code, Some(2));
    assert!(
        both.stderr
            .starts_with("error: OLD and NEW cannot both be `-` (stdin)"),
        "{}",
        both.stderr
    );
}

#[test]
fn an_invalid_catalog_fails_the_diff_with_its_diagnostics() {
    let output = errcat_run(&[
        "diff",
        &format!("{FIXTURES}/base.toml"),
        "macros/tests/ui/unknown_key.toml",
    ]);
    assert_eq!(output.code, Some(1));
    assert_eq!(output.stdout, "");
    assert!(
        output
            .stderr
            .starts_with("error: unknown key `hnit` in an `[[error]]` entry\n --> macros/tests/ui/unknown_key.toml:5:1\n"),
        "{}",
        output.stderr
    );
}

#[test]
fn a_missing_catalog_is_a_usage_error() {
    let output = errcat_run(&["diff", "missing.toml", "error-codes.toml"]);
    assert_eq!(output.code, Some(2));
    assert!(
        output
            .stderr
            .starts_with("error: cannot read the catalog `missing.toml`: "),
        "{}",
        output.stderr
    );
    let one_argument = errcat_run(&["diff", "error-codes.toml"]);
    assert_eq!(one_argument.code, Some(2));
}
