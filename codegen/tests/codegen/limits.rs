//! Hostile catalogs: very large, very many entries, very long texts and
//! lines, deep nesting, a byte-order mark, CRLF line endings, bytes that
//! are not UTF-8. Each either works within a stated bound or gets a clear
//! error at the right place; nothing hangs or grows without bound.
//!
//! The time bounds are deliberately generous (about ten times what a debug
//! build takes on a loaded two-core machine; the README lists the measured
//! times), so that they catch a quadratic blow-up, never a slow machine.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use errcat_codegen::invocation;
use errcat_codegen::{Catalog, Diagnostic, MAX_CATALOG_BYTES, SourceFile, Style, check_bytes};

/// Runs `work`, prints how long it took, and fails past `bound`.
fn timed<T>(what: &str, bound: Duration, work: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let result = work();
    let took = start.elapsed();
    eprintln!("{what}: {took:?} (bound {bound:?})");
    assert!(took < bound, "{what} took {took:?}, more than {bound:?}");
    result
}

/// A valid catalog of `count` entries, each description padded to
/// `description_len` bytes.
fn catalog_text(count: usize, description_len: usize) -> String {
    let mut text = String::from("[catalog]\ntitle = \"Generated\"\n");
    let padding = "x".repeat(description_len.saturating_sub(12));
    for index in 0..count {
        let status = 400 + index % 200;
        let _ = write!(
            text,
            "\n[[error]]\ncode = \"code_{index}\"\nstatus = {status}\ndescription = \"Entry {index:05} {padding}\"\n"
        );
    }
    text
}

fn check_text(text: &str) -> (SourceFile, Result<Catalog, Vec<Diagnostic>>) {
    check_bytes("big.toml", text.as_bytes())
}

fn generate(catalog: &Catalog) -> proc_macro2::TokenStream {
    let invocation = invocation::parse(
        "[::errcat] pub enum E = \"big.toml\";"
            .parse()
            .expect("valid tokens"),
    )
    .expect("a valid invocation")
    .remove(0);
    errcat_codegen::generate(catalog, &invocation)
}

/// Every problem of a catalog that must have some.
fn problems_of(text: &str) -> (SourceFile, Vec<Diagnostic>) {
    let (source, result) = check_text(text);
    (source, result.expect_err("the catalog has problems"))
}

fn plain() -> Style {
    Style {
        color: false,
        level_prefix: true,
    }
}

#[test]
fn ten_megabytes_of_100_000_entries_check_in_seconds() {
    let text = catalog_text(100_000, 40);
    assert!(text.len() > 10_000_000, "{} bytes", text.len());
    let (_, result) = timed(
        "check 100,000 entries, 10 MB",
        Duration::from_secs(90),
        || check_text(&text),
    );
    let catalog = result.expect("a valid catalog");
    assert_eq!(catalog.entries.len(), 100_000);
    let last = catalog.entries.last().expect("entries");
    assert_eq!(last.code, "code_99999");
    // Two title lines, then five lines per entry, the header second.
    assert_eq!(last.line, 3 + 99_999 * 5 + 1);
}

#[test]
fn generation_of_10_000_entries_takes_seconds() {
    let (_, result) = check_text(&catalog_text(10_000, 40));
    let catalog = result.expect("a valid catalog");
    let tokens = timed("generate 10,000 entries", Duration::from_secs(60), || {
        generate(&catalog)
    });
    assert!(tokens.to_string().contains("code_9999"));
}

#[test]
fn a_catalog_over_the_size_limit_is_refused_naming_the_file_and_the_limit() {
    let text = " ".repeat(MAX_CATALOG_BYTES + 1);
    let (source, problems) = timed("refuse 16 MiB + 1", Duration::from_secs(10), || {
        problems_of(&text)
    });
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].span, None);
    assert_eq!(
        problems[0].render(&source, plain()),
        "error: the catalog `big.toml` is larger than errcat's limit of 16777216 bytes (16 MiB)\n\
         --> big.toml\n \
         = note: the file holds at least 16777217 bytes\n \
         = help: split the catalog, or shorten its texts"
    );
    // At the limit, the file is read and parsed: only blanks, so no entries.
    let (_, at_limit) = problems_of(&" ".repeat(MAX_CATALOG_BYTES));
    assert_eq!(at_limit[0].message, "the catalog has no entries");
}

#[test]
fn the_macro_reads_no_more_of_a_huge_catalog_than_the_limit() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("limits-huge");
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    // A sparse 1 GiB file: reading it whole would take a gigabyte.
    let file = std::fs::File::create(dir.join("huge.toml")).expect("create the catalog");
    file.set_len(1 << 30).expect("size the catalog");
    let invocation = "[::errcat] pub enum E = \"huge.toml\";"
        .parse()
        .expect("tokens");
    let tokens = timed("expand a 1 GiB catalog", Duration::from_secs(30), || {
        errcat_codegen::expand(invocation, Some(&dir))
    });
    let text = tokens.to_string();
    assert!(
        text.contains("larger than errcat's limit of 16777216 bytes"),
        "{}",
        &text[..text.len().min(500)]
    );
    assert!(text.contains("holds at least 16777217 bytes"));
}

#[test]
fn a_one_megabyte_description_is_one_problem_and_a_bad_character_at_its_end_is_found() {
    // No output carries more than 1024 bytes of `error_description`, and
    // catalog text is sent whole: a longer description is refused, once,
    // at the text, without generating a megabyte of rustdoc first.
    let description = "d".repeat(1_000_000);
    let text = format!("[[error]]\ncode = \"a\"\nstatus = 400\ndescription = \"{description}\"\n");
    let (source, problems) = timed("check a 1 MB description", Duration::from_secs(20), || {
        problems_of(&text)
    });
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].message,
        "`description` takes 1000000 bytes as sent, more than the 1024 an `error_description` may"
    );
    assert_eq!(problems[0].location(&source), "big.toml:4:15");
    let rendered = timed("render on a 1 MB line", Duration::from_secs(10), || {
        problems[0].render(&source, plain())
    });
    assert!(
        rendered.contains("4 | ... = \"ddd"),
        "an excerpt: {rendered}"
    );
    assert!(rendered.len() < 2_000, "{} bytes", rendered.len());

    let text = text.replace(&format!("{description}\""), &format!("{description}é\""));
    let (source, problems) = problems_of(&text);
    let located: Vec<String> = problems
        .iter()
        .map(|problem| problem.location(&source))
        .collect();
    assert_eq!(
        located,
        ["big.toml:4:15", "big.toml:4:1000016"],
        "{problems:?}"
    );
    assert!(problems[1].message.contains("`é`"), "{problems:?}");
    let rendered = problems[1].render(&source, plain());
    assert!(rendered.contains("4 | ...ddd"), "an excerpt: {rendered}");
    assert!(rendered.len() < 2_000, "{} bytes", rendered.len());
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_stack_overflow() {
    let deep = 100_000;
    for (what, text) in [
        (
            "arrays",
            format!("x = {}{}", "[".repeat(deep), "]".repeat(deep)),
        ),
        (
            "inline tables",
            format!("x = {}1{}", "{a = ".repeat(deep), "}".repeat(deep)),
        ),
        ("dotted keys", format!("{} = 1", vec!["a"; deep].join("."))),
        ("a table header", format!("[{}]", vec!["a"; deep].join("."))),
        (
            "an array-of-tables header",
            format!("[[{}]]", vec!["a"; deep].join(".")),
        ),
    ] {
        let (source, problems) = timed(what, Duration::from_secs(30), || problems_of(&text));
        assert_eq!(problems.len(), 1, "{what}");
        assert!(
            problems[0].message.starts_with("TOML syntax error: ")
                && problems[0].message.contains("recursion"),
            "{what}: {}",
            problems[0].message
        );
        assert!(problems[0].location(&source).starts_with("big.toml:1:"));
        let rendered = problems[0].render(&source, plain());
        assert!(rendered.len() < 2_000, "{what}: {} bytes", rendered.len());
    }
}

#[test]
fn problems_on_five_megabyte_lines_render_as_short_excerpts() {
    let comment = format!("# {}\n", "y".repeat(5_000_000));
    let value = "z".repeat(5_000_000);
    let text = format!(
        "{comment}[[error]]\ncode = \"a\"\nstatus = 400\ndescription = \"D\"\nnope = 1 {value}\n"
    );
    let (source, problems) = timed("check 10 MB of two lines", Duration::from_secs(30), || {
        problems_of(&text)
    });
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].location(&source), "big.toml:6:8");
    let rendered = timed("render on a 5 MB line", Duration::from_secs(10), || {
        problems[0].render(&source, plain())
    });
    assert!(rendered.contains(" --> big.toml:6:8\n"), "{rendered}");
    assert!(rendered.len() < 2_000, "{} bytes", rendered.len());
}

#[test]
fn a_problem_in_each_of_100_000_entries_is_found_and_located_in_linear_time() {
    let text = catalog_text(100_000, 40).replace("description", "descriptoin");
    let (source, problems) = timed(
        "check 100,000 bad entries",
        Duration::from_secs(120),
        || problems_of(&text),
    );
    // A misspelt key and a missing description per entry.
    assert_eq!(problems.len(), 200_000);
    let locations = timed("locate 200,000 problems", Duration::from_secs(30), || {
        problems
            .iter()
            .map(|problem| problem.location(&source))
            .collect::<Vec<_>>()
    });
    // The last: the misspelt key of the last entry, whose header is at
    // line 499,999.
    assert_eq!(locations[199_999], "big.toml:500002:1");
    let rendered = timed(
        "render the 100 the macro shows",
        Duration::from_secs(30),
        || {
            problems
                .iter()
                .take(errcat_codegen::MAX_REPORTED)
                .map(|problem| problem.render(&source, plain()))
                .collect::<Vec<_>>()
        },
    );
    assert!(
        rendered[0].contains(" --> big.toml:4:1\n"),
        "{}",
        rendered[0]
    );
}

#[test]
fn duplicates_far_apart_render_as_two_excerpts() {
    let mut text = catalog_text(100, 20);
    text.push_str("\n[[error]]\ncode = \"code_0\"\nstatus = 400\ndescription = \"Again.\"\n");
    let (source, problems) = problems_of(&text);
    // The pair, and the variant name derived from it.
    assert_eq!(problems.len(), 2);
    let twice = problems
        .iter()
        .find(|problem| problem.message.contains("defined twice"))
        .expect("the duplicate pair");
    let expected = r#"
error: code `code_0` with status 400 is defined twice
   --> big.toml:505:8
    |
505 | code = "code_0"
    |        ^^^^^^^^ second definition
    |
   ::: big.toml:5:8
    |
  5 | code = "code_0"
    |        -------- first defined here
    |
    = help: remove one of the entries, or give them different statuses
"#;
    assert_eq!(twice.render(&source, plain()), expected.trim_matches('\n'));
}

#[test]
fn a_byte_order_mark_and_crlf_line_endings_work() {
    let text = "\u{FEFF}[catalog]\r\ntitle = \"T\"\r\n\r\n[[error]]\r\ncode = \"a\"\r\nstatus = 400\r\ndescription = \"D\"\r\n";
    let (_, result) = check_text(text);
    let catalog = result.expect("a valid catalog");
    assert_eq!(catalog.entries[0].line, 4);
    assert_eq!(catalog.entries[0].description, "D");

    let text = text
        .replace("400", "40")
        .replace("code = \"a\"", "code = \"a b\"");
    let (source, problems) = problems_of(&text);
    let rendered: Vec<String> = problems
        .iter()
        .map(|problem| problem.render(&source, plain()))
        .collect();
    let expected = r"
error: `status` 40 is outside 400..=599
 --> big.toml:6:10
  |
6 | status = 40
  |          ^^ 40 is not an HTTP status
  |
  = help: use a client error (4xx) or a server error (5xx) status
";
    assert_eq!(rendered, [expected.trim_matches('\n')]);
    // On the first line, the mark takes no column.
    let text = "\u{FEFF}nope = 1\r\n";
    let (source, problems) = problems_of(text);
    assert_eq!(problems[0].location(&source), "big.toml:1:1");
    let rendered = problems[0].render(&source, plain());
    assert!(!rendered.contains('\r'), "{rendered:?}");
}

#[test]
fn a_bad_byte_late_in_a_long_file_is_reported_where_it_is() {
    let mut bytes = catalog_text(40_000, 40).into_bytes();
    let good = bytes.len();
    bytes.extend_from_slice(b"# caf\xE9\n");
    let (source, result) = timed(
        "check 4 MB with a bad byte at the end",
        Duration::from_secs(30),
        || check_bytes("big.toml", &bytes),
    );
    let problems = result.expect_err("not UTF-8");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].span, Some(good + 5..good + 8));
    assert_eq!(problems[0].location(&source), "big.toml:200003:6");
    assert!(
        problems[0]
            .render(&source, plain())
            .contains("200003 | # caf\u{FFFD}")
    );
}

#[test]
fn the_bound_of_error_description_is_exact_in_the_longest_format() {
    // Each entry of the runtime's fixture takes exactly 1024 bytes in its
    // longest format (the runtime's wire tests check it is sent whole):
    // allowed, and one byte more is not.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../runtime/tests/fixtures/bound-catalog.toml"
    );
    let text = std::fs::read_to_string(path).expect("read the fixture");
    let (_, result) = check_text(&text);
    assert_eq!(result.map(|catalog| catalog.entries.len()), Ok(3));
    for (written, longer, sent) in [
        ("a\"\n", "a,\"\n", 1027),
        ("abcd\"\n", "abcdé\"\n", 1034),
        ("hhh\"\n", "hhhh\"\n", 1025),
    ] {
        assert!(text.contains(written), "{written:?}");
        let (_, problems) = problems_of(&text.replacen(written, longer, 1));
        let messages: Vec<&str> = problems
            .iter()
            .map(|problem| problem.message.as_str())
            .collect();
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(
            messages[0].contains(&format!(" {sent} bytes as sent")),
            "{messages:?}"
        );
    }
}
