//! `errcat check`.

use std::fmt::Write as _;

use errcat_codegen::Style;
use serde_json::Value;

use super::{errcat, errcat_run, repo_root, run, scratch_dir};

#[test]
fn valid_catalogs_pass_with_exit_0() {
    let output = errcat_run(&[
        "check",
        "error-codes.toml",
        "test-crates/standalone/errors.toml",
        "runtime/examples/doc-catalog.toml",
        "macros/tests/ui/api.toml",
    ]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    assert_eq!(output.stderr, "");
    assert_eq!(
        output.stdout,
        "ok: `error-codes.toml` is a valid catalog, 30 entries\n\
         ok: `test-crates/standalone/errors.toml` is a valid catalog, 3 entries\n\
         ok: `runtime/examples/doc-catalog.toml` is a valid catalog, 3 entries\n\
         ok: `macros/tests/ui/api.toml` is a valid catalog, 3 entries\n"
    );
}

#[test]
fn without_a_file_it_checks_error_codes_toml_in_the_current_directory() {
    let here = errcat_run(&["check"]);
    assert_eq!(here.code, Some(0), "{}", here.stderr);
    assert_eq!(
        here.stdout,
        "ok: `error-codes.toml` is a valid catalog, 30 entries\n"
    );

    let empty = scratch_dir("check_default_missing");
    let elsewhere = run(errcat().current_dir(&empty).arg("check"));
    assert_eq!(elsewhere.code, Some(2));
    assert!(
        elsewhere
            .stderr
            .starts_with("error: cannot read the catalog `error-codes.toml`: "),
        "{}",
        elsewhere.stderr
    );
    assert!(
        elsewhere
            .stderr
            .contains("without a FILE, errcat reads `error-codes.toml`"),
        "{}",
        elsewhere.stderr
    );
}

/// The first line of each compile error in a trybuild `.stderr` file: the
/// message the macro gave, as rustc prints it.
fn compile_error_titles(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|line| line.starts_with("error: "))
        .collect()
}

#[test]
fn diagnostics_are_byte_identical_to_the_macros() {
    let ui = repo_root().join("macros/tests/ui");
    let mut cases: Vec<_> = std::fs::read_dir(&ui)
        .expect("read macros/tests/ui")
        .map(|entry| entry.expect("list macros/tests/ui").path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "stderr")
        })
        .filter(|path| path.with_extension("toml").exists())
        .collect();
    cases.sort();
    // Every compile-fail case of the macro that has a catalog of its own.
    assert!(cases.len() >= 15, "only {} cases", cases.len());
    for stderr_path in cases {
        let catalog = stderr_path.with_extension("toml");
        let name = format!(
            "macros/tests/ui/{}",
            catalog
                .file_name()
                .and_then(|name| name.to_str())
                .expect("a name")
        );
        // What the macro emits: each problem rendered with the default
        // style, as `compile_error!` text (rustc adds `error: `).
        let bytes = std::fs::read(&catalog).expect("read a catalog");
        let (source, result) = errcat_codegen::check_bytes(&name, &bytes);
        let problems = result.expect_err("a compile-fail catalog is invalid");
        let macro_messages: Vec<String> = problems
            .iter()
            .map(|problem| format!("error: {}", problem.render(&source, Style::default())))
            .collect();

        let output = errcat_run(&["check", &name]);
        assert_eq!(output.code, Some(1), "{name}: {}", output.stderr);
        let mut blocks: Vec<String> = output.stderr.split("\n\n").map(str::to_owned).collect();
        let summary = blocks.pop().expect("a closing line");
        let plural = if problems.len() == 1 { "" } else { "s" };
        assert_eq!(
            summary,
            format!("error: `{name}` has {} problem{plural}\n", problems.len())
        );
        assert_eq!(blocks, macro_messages, "{name}");

        // And the compiler, in the pinned trybuild output, showed the same
        // messages in the same order.
        let pinned = std::fs::read_to_string(&stderr_path).expect("read a .stderr");
        let first_lines: Vec<&str> = blocks
            .iter()
            .map(|block| block.lines().next().unwrap_or_default())
            .collect();
        assert_eq!(first_lines, compile_error_titles(&pinned), "{name}");
    }
}

#[test]
fn an_invalid_catalog_exits_1_with_its_problems_on_stderr() {
    let output = errcat_run(&["check", "macros/tests/ui/several_errors.toml"]);
    assert_eq!(output.code, Some(1));
    assert_eq!(output.stdout, "");
    assert!(
        output.stderr.starts_with(
            "error: unknown key `titel` in `[catalog]`\n --> macros/tests/ui/several_errors.toml:2:1\n"
        ),
        "{}",
        output.stderr
    );
    assert!(
        output
            .stderr
            .ends_with("\n\nerror: `macros/tests/ui/several_errors.toml` has 6 problems\n"),
        "{}",
        output.stderr
    );
}

#[test]
fn every_file_is_checked_and_the_worst_outcome_decides_the_exit_code() {
    let invalid_and_valid = errcat_run(&[
        "check",
        "macros/tests/ui/unknown_key.toml",
        "error-codes.toml",
    ]);
    assert_eq!(invalid_and_valid.code, Some(1));
    assert!(invalid_and_valid.stderr.contains("unknown key `hnit`"));
    assert_eq!(
        invalid_and_valid.stdout,
        "ok: `error-codes.toml` is a valid catalog, 30 entries\n"
    );

    let with_missing = errcat_run(&[
        "check",
        "no-such-catalog.toml",
        "macros/tests/ui/unknown_key.toml",
        "error-codes.toml",
    ]);
    assert_eq!(with_missing.code, Some(2));
    assert!(
        with_missing
            .stderr
            .contains("error: cannot read the catalog `no-such-catalog.toml`: "),
        "{}",
        with_missing.stderr
    );
    assert!(with_missing.stderr.contains("unknown key `hnit`"));
    assert!(
        with_missing
            .stdout
            .contains("`error-codes.toml` is a valid catalog")
    );
}

#[test]
fn json_lists_every_problem_with_stable_fields() {
    let output = errcat_run(&[
        "check",
        "--format",
        "json",
        "macros/tests/ui/duplicate_name.toml",
    ]);
    assert_eq!(output.code, Some(1));
    assert_eq!(output.stderr, "");
    let problems: Value = serde_json::from_str(&output.stdout).expect("JSON on stdout");
    let problems = problems.as_array().expect("an array");
    assert_eq!(problems.len(), 1);
    let problem = &problems[0];
    let fields: Vec<&str> = problem
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        fields,
        [
            "file",
            "level",
            "message",
            "line",
            "column",
            "end_line",
            "end_column",
            "label",
            "related",
            "note",
            "help",
            "rendered"
        ]
    );
    // `name = "InvalidRequest"` on line 10; the first use is the code
    // `"invalid_request"` on line 2 (the derived name's origin).
    assert_eq!(problem["file"], "macros/tests/ui/duplicate_name.toml");
    assert_eq!(problem["level"], "error");
    assert_eq!(
        problem["message"],
        "variant name `InvalidRequest` is used twice"
    );
    assert_eq!(
        (&problem["line"], &problem["column"]),
        (&Value::from(10), &Value::from(8))
    );
    assert_eq!(
        (&problem["end_line"], &problem["end_column"]),
        (&Value::from(10), &Value::from(24))
    );
    assert_eq!(problem["label"], "second use");
    assert_eq!(problem["related"][0]["line"], 2);
    assert_eq!(problem["related"][0]["column"], 8);
    assert_eq!(problem["related"][0]["end_column"], 25);
    assert_eq!(problem["related"][0]["label"], "first used here");
    assert_eq!(problem["note"], Value::Null);
    assert_eq!(
        problem["help"],
        "give one of the entries a different `name`"
    );
    // `rendered` is the human text, which names the same place.
    let human = errcat_run(&["check", "macros/tests/ui/duplicate_name.toml"]);
    let rendered = problem["rendered"].as_str().expect("a string");
    assert!(human.stderr.starts_with(rendered), "{rendered}");
    assert!(rendered.contains("--> macros/tests/ui/duplicate_name.toml:10:8"));
}

#[test]
fn json_of_valid_catalogs_is_an_empty_array_and_unreadable_files_have_no_position() {
    let valid = errcat_run(&["check", "--format", "json", "error-codes.toml"]);
    assert_eq!(valid.code, Some(0));
    assert_eq!(valid.stdout, "[]\n");

    let missing = errcat_run(&[
        "check",
        "--format",
        "json",
        "missing.toml",
        "error-codes.toml",
    ]);
    assert_eq!(missing.code, Some(2));
    let problems: Value = serde_json::from_str(&missing.stdout).expect("JSON on stdout");
    assert_eq!(problems.as_array().map(Vec::len), Some(1));
    assert_eq!(problems[0]["file"], "missing.toml");
    assert_eq!(problems[0]["line"], Value::Null);
    assert_eq!(problems[0]["end_column"], Value::Null);
    assert!(
        problems[0]["message"]
            .as_str()
            .is_some_and(|message| message.starts_with("cannot read the catalog `missing.toml`"))
    );
}

#[test]
fn at_most_a_hundred_problems_are_shown_but_json_has_them_all() {
    let dir = scratch_dir("check_many_problems");
    let mut catalog = String::new();
    for index in 0..150 {
        let _ = write!(
            catalog,
            "[[error]]\ncode = \"code_{index}\"\nstatus = 600\ndescription = \"Bad.\"\n\n"
        );
    }
    std::fs::write(dir.join("many.toml"), catalog).expect("write the catalog");

    let human = run(errcat().current_dir(&dir).args(["check", "many.toml"]));
    assert_eq!(human.code, Some(1));
    assert_eq!(
        human
            .stderr
            .matches("error: `status` 600 is outside")
            .count(),
        100
    );
    assert!(
        human.stderr.contains(
            "error: 50 more problems in `many.toml` are not shown; fix the ones above and \
             check again, or see them all with `--format json`"
        ),
        "{}",
        human.stderr
    );
    assert!(
        human
            .stderr
            .ends_with("error: `many.toml` has 150 problems\n")
    );

    let json = run(errcat()
        .current_dir(&dir)
        .args(["check", "--format", "json", "many.toml"]));
    let problems: Value = serde_json::from_str(&json.stdout).expect("JSON on stdout");
    assert_eq!(problems.as_array().map(Vec::len), Some(150));
}

#[test]
fn colour_only_when_asked_since_stderr_is_not_a_terminal_here() {
    let piped = errcat_run(&["check", "macros/tests/ui/unknown_key.toml"]);
    assert_eq!(piped.code, Some(1));
    assert!(!piped.stderr.contains('\u{1b}'), "{}", piped.stderr);

    let never = errcat_run(&[
        "check",
        "--color",
        "never",
        "macros/tests/ui/unknown_key.toml",
    ]);
    assert_eq!(never.stderr, piped.stderr);

    let always = errcat_run(&[
        "check",
        "--color",
        "always",
        "macros/tests/ui/unknown_key.toml",
    ]);
    assert_eq!(always.code, Some(1));
    assert!(always.stderr.contains("\u{1b}["), "{}", always.stderr);
}

#[test]
fn dash_reads_the_catalog_from_stdin() {
    let catalog = std::fs::read(repo_root().join("macros/tests/ui/unknown_key.toml"))
        .expect("read a catalog");
    let output = run(errcat().args(["check", "-"]).write_stdin(catalog));
    assert_eq!(output.code, Some(1));
    assert!(
        output.stderr.contains(" --> <stdin>:5:1\n"),
        "{}",
        output.stderr
    );

    let twice = errcat_run(&["check", "-", "-"]);
    assert_eq!(twice.code, Some(2));
    assert!(twice.stderr.contains("`-` (stdin) is given more than once"));
}

#[test]
fn a_huge_stdin_is_refused_without_being_read_to_its_end() {
    use std::io::Write as _;
    use std::process::Stdio;

    // 64 MiB offered, four times the limit: errcat must stop reading at the
    // limit, refuse the catalog and exit, which cuts the writer off with a
    // broken pipe long before it is done.
    const OFFERED: usize = 64 * 1024 * 1024;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_errcat"))
        .args(["check", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run errcat");
    let mut stdin = child.stdin.take().expect("a piped stdin");
    let writer = std::thread::spawn(move || {
        let block = vec![b'#'; 64 * 1024];
        let mut written = 0;
        while written < OFFERED && stdin.write_all(&block).is_ok() {
            written += block.len();
        }
        written
    });
    let output = child.wait_with_output().expect("errcat exits");
    let written = writer.join().expect("the writer stops");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("is larger than errcat's limit of 16777216 bytes"),
        "{stderr}"
    );
    assert!(written < OFFERED, "errcat read all {written} bytes");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["check", "--format", "yaml"][..],
        &["frobnicate"],
        &["check", "--colour", "always"],
    ] {
        let output = errcat_run(args);
        assert_eq!(output.code, Some(2), "{args:?}: {}", output.stderr);
        assert!(
            output.stderr.starts_with("error: "),
            "{args:?}: {}",
            output.stderr
        );
    }
    // No subcommand: clap shows the usage.
    let bare = errcat_run(&[]);
    assert_eq!(bare.code, Some(2));
    assert!(
        bare.stderr.contains("Usage: errcat [OPTIONS] <COMMAND>"),
        "{}",
        bare.stderr
    );
}

#[test]
fn a_misspelt_text_rule_three_bad_characters_and_a_long_description_fail_as_in_the_build() {
    for (path, titles) in [
        (
            "cli/tests/fixtures/check/unknown_text_rule.toml",
            &[
                "error: unknown `text` value \"unicod\"",
                "error: `description` contains the control character U+0007",
            ][..],
        ),
        (
            "cli/tests/fixtures/check/three_bad_characters.toml",
            &[
                "error: `description` contains 3 characters that cannot go on the wire: the \
               non-ASCII character `é` (U+00E9), a tab (U+0009) and a backslash `\\`",
            ][..],
        ),
        (
            "macros/tests/ui/description_too_long.toml",
            &[
                "error: `description` takes 1100 bytes as sent, more than the 1024 an \
               `error_description` may",
            ][..],
        ),
    ] {
        let bytes = std::fs::read(repo_root().join(path)).expect("read a catalog");
        let (source, result) = errcat_codegen::check_bytes(path, &bytes);
        let problems = result.expect_err("an invalid catalog");
        let output = errcat_run(&["check", path]);
        assert_eq!(output.code, Some(1), "{path}: {}", output.stderr);
        let mut blocks: Vec<&str> = output.stderr.split("\n\n").collect();
        blocks.pop();
        let built: Vec<String> = problems
            .iter()
            .map(|problem| format!("error: {}", problem.render(&source, Style::default())))
            .collect();
        assert_eq!(blocks, built, "{path}");
        let shown: Vec<&str> = blocks
            .iter()
            .map(|block| block.lines().next().unwrap_or_default())
            .collect();
        assert_eq!(shown, titles, "{path}");
        // Located: each problem names the file, a line and a column.
        assert!(
            blocks
                .iter()
                .all(|block| block.contains(&format!(" --> {path}:"))),
            "{path}: {}",
            output.stderr
        );
    }
}
