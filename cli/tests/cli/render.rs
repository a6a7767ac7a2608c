//! `errcat render`: the committed page, `--check`, `-o`, and each format.

use std::collections::HashSet;

use errcat_codegen::{Catalog, http_status, reference};
use serde_json::Value;

use super::{errcat, errcat_run, repo_root, run, scratch_dir};

/// The Login catalog, as errcat-codegen reads it.
fn login_catalog() -> Catalog {
    let bytes = std::fs::read(repo_root().join("error-codes.toml")).expect("read the catalog");
    let (_, result) = errcat_codegen::check_bytes("error-codes.toml", &bytes);
    result.expect("the Login catalog is valid")
}

#[test]
fn the_committed_login_page_is_current() {
    let output = errcat_run(&[
        "render",
        "error-codes.toml",
        "--format",
        "markdown",
        "-o",
        "docs/error-codes.md",
        "--check",
    ]);
    assert_eq!(
        output.code,
        Some(0),
        "docs/error-codes.md is stale; run `cargo run -p errcat-cli -- render error-codes.toml \
         -o docs/error-codes.md`:\n{}",
        output.stderr
    );
    assert_eq!(output.stdout, "ok: `docs/error-codes.md` is up to date\n");
}

#[test]
fn markdown_is_the_default_and_goes_to_stdout() {
    let output = errcat_run(&["render"]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let committed =
        std::fs::read_to_string(repo_root().join("docs/error-codes.md")).expect("read the page");
    assert_eq!(output.stdout, committed);
}

#[test]
fn the_page_does_not_depend_on_how_the_path_is_spelt() {
    let from_root = errcat_run(&["render", "error-codes.toml"]);
    let from_cli_dir = run(errcat()
        .current_dir(repo_root().join("cli"))
        .args(["render", "../error-codes.toml"]));
    assert_eq!(from_cli_dir.code, Some(0), "{}", from_cli_dir.stderr);
    assert_eq!(from_cli_dir.stdout, from_root.stdout);
}

#[test]
fn check_fails_on_a_stale_or_missing_file_and_leaves_it_alone() {
    let dir = scratch_dir("render_stale");
    let page = dir.join("page.md");
    let fresh = errcat_run(&["render", "error-codes.toml"]).stdout;
    let stale = fresh.replacen("The token expired.", "The token has expired.", 1);
    assert_ne!(stale, fresh);
    std::fs::write(&page, &stale).expect("write a stale page");
    let page_arg = page.to_str().expect("a UTF-8 path");

    let output = errcat_run(&["render", "error-codes.toml", "-o", page_arg, "--check"]);
    assert_eq!(output.code, Some(1));
    assert_eq!(output.stdout, "");
    let stale_line = stale
        .lines()
        .position(|line| line.contains("The token has expired."))
        .expect("the edited line")
        + 1;
    assert!(
        output.stderr.starts_with(&format!(
            "error: `{page_arg}` is stale: it differs from what the command generates now\n"
        )),
        "{}",
        output.stderr
    );
    assert!(
        output
            .stderr
            .contains(&format!("--> {page_arg}:{stale_line}:1\n")),
        "{}",
        output.stderr
    );
    assert!(
        output.stderr.contains(&format!(
            "help: regenerate it with `errcat render error-codes.toml --format markdown -o {page_arg}`"
        )),
        "{}",
        output.stderr
    );
    assert_eq!(
        std::fs::read_to_string(&page).expect("read the page"),
        stale
    );

    std::fs::remove_file(&page).expect("remove the page");
    let missing = errcat_run(&["render", "error-codes.toml", "-o", page_arg, "--check"]);
    assert_eq!(missing.code, Some(1));
    assert!(
        missing
            .stderr
            .starts_with(&format!("error: `{page_arg}` does not exist\n")),
        "{}",
        missing.stderr
    );
    assert!(!page.exists(), "--check must not create the file");
}

#[test]
fn check_without_an_output_file_is_a_usage_error() {
    let output = errcat_run(&["render", "--check"]);
    assert_eq!(output.code, Some(2));
    assert!(
        output.stderr.contains("--output <OUT>"),
        "{}",
        output.stderr
    );
}

#[test]
fn dash_o_writes_the_file_and_prints_nothing() {
    let dir = scratch_dir("render_output");
    for format in ["markdown", "html", "json"] {
        let path = dir.join(format!("page.{format}"));
        let path_arg = path.to_str().expect("a UTF-8 path");
        let written = errcat_run(&["render", "--format", format, "-o", path_arg]);
        assert_eq!(written.code, Some(0), "{}", written.stderr);
        assert_eq!(written.stdout, "");
        let printed = errcat_run(&["render", "--format", format]);
        assert_eq!(
            std::fs::read_to_string(&path).expect("read the written page"),
            printed.stdout,
            "{format}"
        );
        let checked = errcat_run(&["render", "--format", format, "-o", path_arg, "--check"]);
        assert_eq!(checked.code, Some(0), "{format}: {}", checked.stderr);
    }
    let unwritable = errcat_run(&["render", "-o", "no/such/directory/page.md"]);
    assert_eq!(unwritable.code, Some(2));
    assert!(
        unwritable
            .stderr
            .starts_with("error: cannot write `no/such/directory/page.md`: "),
        "{}",
        unwritable.stderr
    );
}

#[test]
fn an_invalid_or_missing_catalog_renders_nothing() {
    let invalid = errcat_run(&["render", "macros/tests/ui/unknown_key.toml"]);
    assert_eq!(invalid.code, Some(1));
    assert_eq!(invalid.stdout, "");
    assert!(
        invalid.stderr.contains("unknown key `hnit`"),
        "{}",
        invalid.stderr
    );

    let missing = errcat_run(&["render", "missing.toml"]);
    assert_eq!(missing.code, Some(2));
    assert_eq!(missing.stdout, "");
    assert!(
        missing
            .stderr
            .contains("cannot read the catalog `missing.toml`")
    );
}

#[test]
fn markdown_escapes_cell_text_and_falls_back_to_the_file_name() {
    let dir = scratch_dir("render_escape");
    std::fs::write(
        dir.join("odd.toml"),
        "[[error]]\ncode = \"a|b\"\nstatus = 418\ndescription = \"Either x | y, *not* both.\"\n\
         reference = \"Our wiki | errors\"\n",
    )
    .expect("write the catalog");
    let output = run(errcat().current_dir(&dir).args(["render", "odd.toml"]));
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let page = output.stdout;
    assert!(page.starts_with("# Error codes of odd.toml\n"), "{page}");
    // 418 has no registered reason phrase.
    assert!(page.contains("\n## 418 Error\n"), "{page}");
    assert!(
        page.contains("\n| `a\\|b` | Either x \\| y, \\*not\\* both. |  | Our wiki \\| errors |\n"),
        "{page}"
    );
    // A status without a sentence of its own gets its class's.
    assert!(
        page.contains("These errors are client errors: the request cannot be served as sent"),
        "{page}"
    );
}

#[test]
fn html_is_self_contained_with_an_anchor_per_code() {
    let output = errcat_run(&["render", "--format", "html"]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let html = output.stdout;
    assert!(html.starts_with("<!DOCTYPE html>\n"));
    assert!(html.ends_with("</html>\n"));
    for external in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!html.contains(external), "the page uses {external}");
    }
    // Every `id` is unique, and the shared code anchors its first entry.
    let ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().expect("a closing quote"))
        .collect();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    let catalog = login_catalog();
    for entry in &catalog.entries {
        let anchor = if entry.name == "TokenExpired" {
            "invalid_token-401".to_owned()
        } else {
            entry.code.clone()
        };
        let tags: Vec<String> = entry
            .tags
            .iter()
            .map(|tag| format!("<code>{tag}</code>"))
            .collect();
        let row = format!(
            "<tr id=\"{anchor}\"><td><a class=\"code\" href=\"#{anchor}\"><code>{}</code></a></td><td>{}<br><span class=\"notes\">Tags: {}.</span></td><td>{}</td>",
            entry.code,
            entry.description.replace('\'', "&#39;"),
            tags.join(", "),
            entry
                .hint
                .as_deref()
                .unwrap_or_default()
                .replace('\'', "&#39;"),
        );
        assert!(html.contains(&row), "{row}");
    }
    assert!(html.contains(
        "<a href=\"https://www.rfc-editor.org/rfc/rfc6749#section-5.2\">RFC 6749 section 5.2</a>"
    ));
    for (status, _) in catalog.by_status() {
        assert!(html.contains(&format!("<section id=\"status-{status}\">")));
    }
}

#[test]
fn html_escapes_catalog_text() {
    let dir = scratch_dir("render_html_escape");
    std::fs::write(
        dir.join("odd.toml"),
        "[catalog]\ntitle = \"<b>Bold</b> & co\"\n\n[[error]]\ncode = \"x<y\"\nstatus = 400\n\
         description = \"Use <script>alert(1)</script> & 'quotes'.\"\n",
    )
    .expect("write the catalog");
    let output = run(errcat()
        .current_dir(&dir)
        .args(["render", "--format", "html", "odd.toml"]));
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let html = output.stdout;
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("<title>&lt;b&gt;Bold&lt;/b&gt; &amp; co</title>"));
    assert!(html.contains("<tr id=\"x&lt;y\"><td><a class=\"code\" href=\"#x%3Cy\">"));
    assert!(html.contains("Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;quotes&#39;."));
}

#[test]
fn json_has_every_entry_in_file_order_with_a_stable_shape() {
    let output = errcat_run(&["render", "--format", "json"]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let page: Value = serde_json::from_str(&output.stdout).expect("JSON");
    assert_eq!(page["format_version"], 1);
    assert_eq!(page["title"], "Unstoppable Login error codes");
    // The Login catalog declares no gRPC domain.
    assert_eq!(page["domain"], Value::Null);
    assert_eq!(page["source"], "error-codes.toml");
    let entries = page["entries"].as_array().expect("entries");
    let catalog = login_catalog();
    assert_eq!(entries.len(), catalog.entries.len());
    for (json, entry) in entries.iter().zip(&catalog.entries) {
        let fields: Vec<&str> = json
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            fields,
            [
                "name",
                "code",
                "status",
                "reason",
                "description",
                "hint",
                "reference",
                "reference_url",
                "deprecated",
                "deprecation_note",
                "since",
                "tags",
                "anchor",
                "fields"
            ]
        );
        assert_eq!(json["name"], entry.name.as_str());
        assert_eq!(json["code"], entry.code.as_str());
        assert_eq!(json["status"], entry.status);
        assert_eq!(
            json["reason"],
            http_status::reason(entry.status).expect("a reason")
        );
        assert_eq!(json["description"], entry.description.as_str());
        assert_eq!(json["hint"].as_str(), entry.hint.as_deref());
        assert_eq!(json["reference"].as_str(), entry.reference.as_deref());
        assert_eq!(
            json["reference_url"].as_str().map(str::to_owned),
            entry.reference.as_deref().and_then(reference::url)
        );
    }
    let anchors: Vec<&str> = entries
        .iter()
        .filter(|entry| entry["code"] == "invalid_token")
        .map(|entry| entry["anchor"].as_str().expect("an anchor"))
        .collect();
    assert_eq!(anchors, ["invalid_token", "invalid_token-401"]);
}

#[test]
fn json_shows_the_catalog_domain() {
    let output = errcat_run(&["render", "--format", "json", "docs/samples/grpc.toml"]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let page: Value = serde_json::from_str(&output.stdout).expect("JSON");
    assert_eq!(page["domain"], "payments.example.com");
    let duplicate = &page["entries"][2];
    assert_eq!(duplicate["fields"]["grpc_code"], "ALREADY_EXISTS");
}

#[test]
fn json_of_a_catalog_without_title_or_hints_has_nulls() {
    let output = errcat_run(&[
        "render",
        "--format",
        "json",
        "runtime/examples/doc-catalog.toml",
    ]);
    let page: Value = serde_json::from_str(&output.stdout).expect("JSON");
    assert_eq!(page["source"], "doc-catalog.toml");
    let server_error = &page["entries"][2];
    assert_eq!(server_error["code"], "server_error");
    assert_eq!(server_error["hint"], Value::Null);
    assert_eq!(server_error["reference"], Value::Null);
    assert_eq!(server_error["reference_url"], Value::Null);
}

#[test]
fn unicode_text_is_shown_as_written_in_every_format() {
    // The catalog's OAuth form (`%C3%A9`) is for OAuth fields only: the
    // pages are for people.
    let catalog = "runtime/tests/fixtures/unicode-catalog.toml";
    for format in ["markdown", "html", "json"] {
        let output = errcat_run(&["render", catalog, "--format", format]);
        assert_eq!(output.code, Some(0), "{format}: {}", output.stderr);
        for text in [
            "La carte a été refusée.",
            "サーバーで予期しないエラーが発生しました。",
        ] {
            assert!(output.stdout.contains(text), "{format} lacks {text:?}");
        }
        assert!(!output.stdout.contains("%C3%A9"), "{format}");
    }
}
