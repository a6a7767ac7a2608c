//! What the two response-validation tests share: the ways a server answers
//! with an error ([`Variant`]), and the run of `validate_responses.py`
//! beside this file, openapi-core's response validation of the replies
//! against OpenAPI documents.
//!
//! `tests/integration/openapi_responses.rs` validates the replies of the
//! utoipa example server against the utoipa and aide documents, and
//! `cli/tests/cli/openapi_responses.rs` the runtime's responses against
//! `errcat render --format openapi`; each includes this file with
//! `#[path]`.
//!
//! The validator is the Python interpreter `ERRCAT_OPENAPI_CORE` names,
//! one with `openapi-core` and `rfc3986-validator` installed. Without it
//! the replies are still collected (and their examples compared) but not
//! validated, after a note; `ERRCAT_REQUIRE_OPENAPI_VALIDATOR=1` makes a
//! missing interpreter a failure.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use errcat::{BodyFormat, Error, ErrorCode, Expose, HttpResponse, ResponseOptions};
use serde_json::{Value, json};

/// Both bodies errcat sends.
pub(crate) const FORMATS: [BodyFormat; 2] = [BodyFormat::OAuth, BodyFormat::Problem];

/// The name of `format` in a case's name.
pub(crate) fn format_name(format: BodyFormat) -> &'static str {
    match format {
        BodyFormat::OAuth => "oauth",
        BodyFormat::Problem => "problem",
    }
}

/// What a server sets on an error at run time before answering with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Variant {
    /// The code alone, with the default options: the documents' examples.
    Catalog,
    /// The client's `state`, echoed.
    State,
    /// An absolute `error_uri`.
    AbsoluteUri,
    /// A relative `error_uri`, as `errcat render --format html` anchors
    /// codes: `errors.html#invalid_grant`.
    RelativeUri,
    /// A description, hint and debug detail set at run time, debug
    /// exposed, with characters JSON escapes and OAuth percent-encodes.
    RunTimeText,
    /// All of it at once, each part long enough to be cut, and a relative
    /// `error_uri` errcat must percent-encode.
    Everything,
}

impl Variant {
    pub(crate) const ALL: [Self; 6] = [
        Self::Catalog,
        Self::State,
        Self::AbsoluteUri,
        Self::RelativeUri,
        Self::RunTimeText,
        Self::Everything,
    ];

    /// The response errcat gives for `code` in `format`, so set.
    pub(crate) fn answer<C: ErrorCode>(self, code: C, format: BodyFormat) -> HttpResponse {
        let wire = code.code();
        let text = "Run-time \"text\": back\\slash, 100% sûr, tab\there, line\nbreak, \u{7} bell";
        let error = Error::from(code);
        let mut expose = Expose::DEFAULT;
        let error = match self {
            Self::Catalog => error,
            Self::State => error.with_state("af0ifjsldkj \"é\" \u{1F600}"),
            Self::AbsoluteUri => error.with_uri(format!(
                "https://login.example/errors/{wire}?lang=en#{wire}"
            )),
            Self::RelativeUri => error.with_uri(format!("errors.html#{wire}")),
            Self::RunTimeText => {
                expose = expose.with_debug(true);
                error
                    .with_description(text)
                    .with_hint("Réessayez « plus tard ».")
                    .with_debug(format!("{text} (debug)"))
            }
            Self::Everything => {
                expose = expose.with_debug(true);
                error
                    .with_description(text.repeat(20))
                    .with_hint("Réessayez « plus tard ». ".repeat(40))
                    .with_debug(text.repeat(40))
                    .with_state("é\"".repeat(600))
                    .with_uri(format!("../errors/{wire} détails#{}", "x y".repeat(200)))
            }
        };
        let options = ResponseOptions {
            expose,
            format,
            ..ResponseOptions::default()
        };
        error.http_response(&options)
    }

    /// The name of the variant in a case's name.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Catalog => "catalog",
            Self::State => "state",
            Self::AbsoluteUri => "absolute_uri",
            Self::RelativeUri => "relative_uri",
            Self::RunTimeText => "run_time_text",
            Self::Everything => "everything",
        }
    }
}

/// The name of a case in the validator's report: the enum, the variant
/// of the code, its wire code and status, the format and the variant.
pub(crate) fn case_name<C: ErrorCode + std::fmt::Debug>(
    enum_name: &str,
    code: C,
    format: BodyFormat,
    variant: Variant,
) -> String {
    format!(
        "{enum_name}::{code:?} ({} {}) {} {}",
        code.code(),
        code.status(),
        format_name(format),
        variant.name()
    )
}

/// One reply to validate: what a server sent, and the operation of the
/// document `document` that describes it.
pub(crate) struct Check {
    pub(crate) document: &'static str,
    pub(crate) method: &'static str,
    pub(crate) path: String,
    pub(crate) case: String,
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: String,
}

/// The interpreter `ERRCAT_OPENAPI_CORE` names, or `None` (after a note)
/// when it is unset and `ERRCAT_REQUIRE_OPENAPI_VALIDATOR=1` is not.
fn interpreter() -> Option<std::ffi::OsString> {
    let found = std::env::var_os("ERRCAT_OPENAPI_CORE");
    if found.is_none() {
        assert_ne!(
            std::env::var("ERRCAT_REQUIRE_OPENAPI_VALIDATOR").as_deref(),
            Ok("1"),
            "ERRCAT_REQUIRE_OPENAPI_VALIDATOR=1 but ERRCAT_OPENAPI_CORE is not set"
        );
        eprintln!(
            "note: responses not validated, ERRCAT_OPENAPI_CORE is not set: after `python3 -m \
             venv DIR && DIR/bin/pip install openapi-core==0.23.1 rfc3986-validator==0.1.1`, \
             set ERRCAT_OPENAPI_CORE=DIR/bin/python"
        );
    }
    found
}

/// Has openapi-core validate every reply of `checks` against its document
/// among `documents`, with `tests/openapi/validate_responses.py` under
/// `repo_root`; fails with the validator's report of every refused reply.
pub(crate) fn validate(repo_root: &Path, documents: &[(&str, &Value)], checks: &[Check]) {
    let Some(python) = interpreter() else { return };
    let input = json!({
        "documents": documents.iter().map(|(name, document)| ((*name).to_owned(), (*document).clone())).collect::<serde_json::Map<_, _>>(),
        "responses": checks.iter().map(|check| json!({
            "document": check.document,
            "method": check.method,
            "path": check.path,
            "case": check.case,
            "status": check.status,
            "headers": check.headers,
            "body": check.body,
        })).collect::<Vec<_>>(),
    });
    let script = repo_root.join("tests/openapi/validate_responses.py");
    let mut child = Command::new(&python)
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| panic!("run {}: {error}", python.display()));
    let mut stdin = child.stdin.take().expect("the validator's stdin");
    let input = serde_json::to_vec(&input).expect("JSON");
    // Written from a thread of its own, so that a validator that prints
    // before it has read everything cannot block both processes.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().expect("wait for the validator");
    let written = writer.join().expect("the writer thread");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "openapi-core refused responses ({}):\n{stdout}{stderr}",
        output.status
    );
    written.expect("send the responses to the validator");
    let summary = format!(
        "validated {} responses against {} documents: 0 refused",
        checks.len(),
        documents.len()
    );
    assert_eq!(
        stdout.lines().last(),
        Some(summary.as_str()),
        "{stdout}{stderr}"
    );
    eprintln!("{summary}");
}
