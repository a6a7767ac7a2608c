//! `errcat check --against`: a catalog compared with a registry of
//! standard codes, here the repository's own `oauth-errors.toml`.

use serde_json::Value;

use super::{errcat_run, scratch_dir};

const REGISTRY: &str = "oauth-errors/oauth-errors.toml";

#[test]
fn login_s_departures_are_warnings_with_both_places_and_exit_0() {
    let output = errcat_run(&["check", "--against", REGISTRY, "error-codes.toml"]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    assert_eq!(
        output.stdout,
        "ok: `error-codes.toml` is a valid catalog, 30 entries\n"
    );
    let warnings: Vec<&str> = output
        .stderr
        .lines()
        .filter(|line| line.starts_with("warning: "))
        .collect();
    assert_eq!(
        warnings,
        [
            "warning: `invalid_token` is 400 here, but 401 in `oauth-errors/oauth-errors.toml` at `resource`",
            "warning: `access_denied` is 403 here, but 400 in `oauth-errors/oauth-errors.toml` at `authorize`",
            "warning: `error-codes.toml` departs from `oauth-errors/oauth-errors.toml` in 2 places",
        ],
        "{}",
        output.stderr
    );
    // Each warning points at the status in both files.
    let catalog = std::fs::read_to_string(super::repo_root().join("error-codes.toml"))
        .expect("read the catalog");
    let line_98 = catalog.lines().nth(97).expect("line 98");
    assert_eq!(line_98, "status = 400");
    assert!(
        output.stderr.contains("--> error-codes.toml:98:10"),
        "{}",
        output.stderr
    );
    assert!(
        output
            .stderr
            .contains("::: oauth-errors/oauth-errors.toml:"),
        "{}",
        output.stderr
    );
}

#[test]
fn json_lists_the_warnings_with_the_registry_s_place() {
    let output = errcat_run(&[
        "check",
        "--format",
        "json",
        "--against",
        REGISTRY,
        "error-codes.toml",
    ]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let warnings: Value = serde_json::from_str(&output.stdout).expect("JSON");
    let warnings = warnings.as_array().expect("an array");
    assert_eq!(warnings.len(), 2);
    let first = &warnings[0];
    assert_eq!(first["level"], "warning");
    assert_eq!(first["file"], "error-codes.toml");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(98), Some(10))
    );
    let related = &first["related"][0];
    assert_eq!(related["file"], REGISTRY);
    let registry = std::fs::read_to_string(super::repo_root().join(REGISTRY)).expect("read");
    let line = usize::try_from(related["line"].as_u64().expect("a line")).expect("small");
    assert_eq!(registry.lines().nth(line - 1), Some("status = 401"));
}

#[test]
fn a_code_used_at_another_endpoint_is_a_warning_and_own_codes_are_not_compared() {
    let dir = scratch_dir("against_endpoint");
    let service = dir.join("service.toml");
    std::fs::write(
        &service,
        "[[error]]\ncode = \"invalid_grant\"\nstatus = 400\ndescription = \"Bad grant.\"\n\
         tags = [\"token\", \"resource\"]\n\n\
         [[error]]\ncode = \"card_declined\"\nstatus = 402\ndescription = \"Declined.\"\n\
         tags = [\"resource\"]\n",
    )
    .expect("write the catalog");
    let path = service.to_str().expect("a UTF-8 path");
    let output = errcat_run(&["check", "--against", REGISTRY, path]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    assert!(
        output.stderr.starts_with(
            "warning: `invalid_grant` is used at `resource` here, where \
             `oauth-errors/oauth-errors.toml` does not define it\n"
        ),
        "{}",
        output.stderr
    );
    assert!(
        output.stderr.contains("service.toml:2:8"),
        "{}",
        output.stderr
    );
    assert!(output.stderr.contains("in 1 place\n"), "{}", output.stderr);
    assert!(
        !output.stderr.contains("card_declined"),
        "{}",
        output.stderr
    );
}

#[test]
fn a_catalog_that_follows_the_registry_gets_no_warning() {
    let output = errcat_run(&["check", "--against", REGISTRY, REGISTRY]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    assert_eq!(output.stderr, "");
}

#[test]
fn an_invalid_or_missing_registry_fails() {
    let dir = scratch_dir("against_invalid");
    let registry = dir.join("registry.toml");
    std::fs::write(&registry, "[[error]]\ncode = \"x\"\n").expect("write");
    let path = registry.to_str().expect("a UTF-8 path");
    let invalid = errcat_run(&["check", "--against", path, "error-codes.toml"]);
    assert_eq!(invalid.code, Some(1), "{}", invalid.stderr);
    assert!(
        invalid.stderr.contains("registry.toml"),
        "{}",
        invalid.stderr
    );
    assert!(!invalid.stderr.contains("warning:"), "{}", invalid.stderr);

    let missing = errcat_run(&["check", "--against", "no-such.toml", "error-codes.toml"]);
    assert_eq!(missing.code, Some(2), "{}", missing.stderr);
    assert!(
        missing
            .stderr
            .starts_with("error: cannot read the catalog `no-such.toml`"),
        "{}",
        missing.stderr
    );
}
