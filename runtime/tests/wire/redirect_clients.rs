//! Real clients' form parsers read the redirects errcat builds: the `url`
//! crate's WHATWG `query_pairs`, Python's `urllib.parse.parse_qsl` and
//! node's `URLSearchParams`, on bases whose query ends in `?`, `??`, `&`
//! and their relatives, in both modes. Each must find the client's own
//! pairs unchanged, then `error` once with the code, and the rest of the
//! response.
//!
//! Python is `ERRCAT_PYTHON`, else `python3`, and node `node`, as the
//! reference parsers of `reference_python` find them. Without one, its
//! part passes with a note on stderr, so that `cargo test --workspace`
//! passes on a machine without it; `ERRCAT_REQUIRE_REFERENCE_PARSERS=1`,
//! as `.ci/run` sets it, makes it fail instead.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use errcat::{Error, Expose, RedirectOptions, RedirectUriError, ResponseMode};

use crate::LoginError;

/// A pair as a client reads it.
type Pair = (String, String);

/// Each base a client might register, and the pairs of its query as a
/// WHATWG or Python form parser reads them, written out by hand: a `?`
/// after the first is data, empty pairs are nothing.
const BASES: [(&str, &[(&str, &str)]); 12] = [
    ("https://client.example/cb", &[]),
    ("https://client.example/cb?", &[]),
    ("https://client.example/cb??", &[("?", "")]),
    ("https://client.example/cb?a=1?", &[("a", "1?")]),
    ("https://client.example/cb?a=1&", &[("a", "1")]),
    ("https://client.example/cb?a=1&?", &[("a", "1"), ("?", "")]),
    ("https://client.example/cb?a=1?&", &[("a", "1?")]),
    ("https://client.example/cb?&", &[]),
    ("https://client.example/cb?a=?b=2", &[("a", "?b=2")]),
    (
        "https://client.example/cb?a=%23&b=%3F",
        &[("a", "#"), ("b", "?")],
    ),
    ("https://client.example/cb/?x", &[("x", "")]),
    ("com.example.app:/cb?a=1?", &[("a", "1?")]),
];

/// Bases with a fragment, a `#` in the query among them: RFC 6749 section
/// 3.1.2 forbids a fragment, and errcat refuses them in both modes.
const WITH_FRAGMENT: [&str; 4] = [
    "https://client.example/cb#",
    "https://client.example/cb?a=1#x",
    "https://client.example/cb?a=1?#",
    "https://client.example/cb?a=#b",
];

/// The issuer, with characters that form encoding must escape.
const ISSUER: &str = "https://as.example/?t=1#";

/// The error every redirect carries: `?`, `&`, `=` and `#` in its text and
/// state, so that a misplaced separator shows.
fn error() -> Error<LoginError> {
    Error::from(LoginError::AccessDenied)
        .with_description("Denied? Yes & no = maybe #1")
        .with_state("a?b&c=d#e")
}

/// The pairs a client must read from the redirect built on a base whose
/// own pairs are `base` (none in fragment mode, whose fragment is the
/// response alone).
fn expected(base: &[(&str, &str)], mode: ResponseMode) -> Vec<Pair> {
    let own = match mode {
        ResponseMode::Query => base,
        ResponseMode::Fragment => &[],
    };
    own.iter()
        .copied()
        .chain([
            ("error", "access_denied"),
            ("error_description", "Denied? Yes & no = maybe #1"),
            ("state", "a?b&c=d#e"),
            ("iss", ISSUER),
        ])
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect()
}

/// Every base's redirect in both modes, with the pairs a client must read.
fn redirects() -> Vec<(String, ResponseMode, Vec<Pair>)> {
    let mut out = Vec::new();
    for (base, pairs) in BASES {
        for mode in [ResponseMode::Query, ResponseMode::Fragment] {
            let options = RedirectOptions {
                mode,
                issuer: Some(ISSUER),
                expose: Expose::DESCRIPTION_ONLY,
            };
            let built = error()
                .redirect_uri(base, &options)
                .unwrap_or_else(|refusal| panic!("{base} refused: {refusal}"));
            assert!(built.starts_with(base), "{built}");
            out.push((built, mode, expected(pairs, mode)));
        }
    }
    out
}

#[test]
fn bases_with_a_fragment_are_refused_in_both_modes() {
    for base in WITH_FRAGMENT {
        for mode in [ResponseMode::Query, ResponseMode::Fragment] {
            let options = RedirectOptions {
                mode,
                ..RedirectOptions::default()
            };
            assert_eq!(
                error().redirect_uri(base, &options),
                Err(RedirectUriError::HasFragment),
                "{base}"
            );
        }
    }
}

#[test]
fn the_url_crate_reads_every_redirect() {
    for (built, mode, expected) in redirects() {
        let url = url::Url::parse(&built).unwrap_or_else(|problem| panic!("{problem}: {built}"));
        let read: Vec<Pair> = match mode {
            ResponseMode::Query => url.query_pairs().into_owned().collect(),
            // WHATWG has no fragment pairs; clients read the fragment with
            // the same form parser.
            ResponseMode::Fragment => {
                url::form_urlencoded::parse(url.fragment().expect("a fragment").as_bytes())
                    .into_owned()
                    .collect()
            }
        };
        assert_eq!(read, expected, "{built}");
    }
}

#[test]
fn python_reads_every_redirect() {
    let script = "import json, sys\n\
        from urllib.parse import urlsplit, parse_qsl\n\
        out = []\n\
        for uri, fragment in json.load(sys.stdin):\n\
        \x20   parts = urlsplit(uri)\n\
        \x20   component = parts.fragment if fragment else parts.query\n\
        \x20   out.append(parse_qsl(component, keep_blank_values=True))\n\
        json.dump(out, sys.stdout)\n";
    let python = std::env::var("ERRCAT_PYTHON").unwrap_or_else(|_| "python3".into());
    read_with(&python, &["-c", script]);
}

#[test]
fn node_reads_every_redirect() {
    let script = "let input = '';\n\
        process.stdin.on('data', (chunk) => { input += chunk; });\n\
        process.stdin.on('end', () => {\n\
        \x20 const out = JSON.parse(input).map(([uri, fragment]) => {\n\
        \x20   const url = new URL(uri);\n\
        \x20   // The URL's own searchParams: the constructor would drop a\n\
        \x20   // leading `?` of its argument, which in a query is data.\n\
        \x20   const params = fragment ? new URLSearchParams(url.hash.slice(1)) : url.searchParams;\n\
        \x20   return [...params];\n\
        \x20 });\n\
        \x20 process.stdout.write(JSON.stringify(out));\n\
        });\n";
    read_with("node", &["-e", script]);
}

/// Has `program` read every redirect (a JSON list of `[uri, fragment]` on
/// its stdin, a JSON list of pair lists on its stdout) and compares.
fn read_with(program: &str, args: &[&str]) {
    let Some(path) = find(program) else {
        assert!(
            std::env::var_os("ERRCAT_REQUIRE_REFERENCE_PARSERS").is_none(),
            "ERRCAT_REQUIRE_REFERENCE_PARSERS is set but {program} was not found"
        );
        eprintln!("note: the {program} redirect client check was not run: {program} was not found");
        return;
    };
    let redirects = redirects();
    let input: Vec<(&str, bool)> = redirects
        .iter()
        .map(|(built, mode, _)| (built.as_str(), *mode == ResponseMode::Fragment))
        .collect();
    let mut child = Command::new(path)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|problem| panic!("run {program}: {problem}"));
    child
        .stdin
        .take()
        .expect("a piped stdin")
        .write_all(&serde_json::to_vec(&input).expect("JSON"))
        .expect("write the redirects");
    let output = child.wait_with_output().expect("wait for the client");
    assert!(
        output.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read: Vec<Vec<Pair>> = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|problem| panic!("{program} said: {problem}"));
    assert_eq!(read.len(), redirects.len());
    for ((built, _, expected), read) in redirects.iter().zip(read) {
        assert_eq!(&read, expected, "{program} on {built}");
    }
}

/// `program` itself when it is a path, else the first on `PATH`.
fn find(program: &str) -> Option<PathBuf> {
    if program.contains('/') {
        return Some(PathBuf::from(program)).filter(|path| path.is_file());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}
