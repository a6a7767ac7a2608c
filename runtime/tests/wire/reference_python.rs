//! Running the reference parsers of `tests/wire/reference/`, Python
//! scripts over Python's `json` module and the `abnf` package's RFC 9110
//! grammar, on many inputs at once: one process a check, each input a line
//! of hex on its stdin, one JSON line back for each.
//!
//! The interpreter is `ERRCAT_PYTHON` (`.ci/run` sets it to a virtual
//! environment that has `abnf`), else `python3`. Without it, or without a
//! module a script needs, a check passes with a note on stderr, so that
//! `cargo test --workspace` passes on a machine without Python;
//! `ERRCAT_REQUIRE_REFERENCE_PARSERS=1`, as `.ci/run` sets it, makes it
//! fail instead.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use serde_json::Value;

/// The interpreter, when it runs and can import `module`.
fn python(module: &str) -> Option<String> {
    let python = std::env::var("ERRCAT_PYTHON").unwrap_or_else(|_| "python3".into());
    let imports = Command::new(&python)
        .args(["-c", &format!("import {module}")])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if imports {
        return Some(python);
    }
    let how = "set ERRCAT_PYTHON to a python3 that has it \
               (`python3 -m venv DIR && DIR/bin/pip install 'abnf[rust]==2.9.1'`)";
    assert!(
        std::env::var_os("ERRCAT_REQUIRE_REFERENCE_PARSERS").is_none(),
        "ERRCAT_REQUIRE_REFERENCE_PARSERS is set but `{python}` cannot import {module}: {how}"
    );
    eprintln!("note: reference parser not run, `{python}` cannot import {module}: {how}");
    None
}

/// What `script` (a file of `tests/wire/reference/`, which imports
/// `module`) says of each input, in order; `None` when it cannot run here.
pub(crate) fn read_all(script: &str, module: &str, inputs: &[Vec<u8>]) -> Option<Vec<Value>> {
    let python = python(module)?;
    let path = format!(
        "{}/tests/wire/reference/{script}",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut child = Command::new(&python)
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| panic!("run {python} {path}: {error}"));
    let mut stdin = child.stdin.take().expect("a pipe");
    let lines: String = inputs.iter().map(|input| hex(input) + "\n").collect();
    // Written from another thread, so that neither side waits on a full
    // pipe while the other does.
    let writer = std::thread::spawn(move || stdin.write_all(lines.as_bytes()));
    let answers: Vec<Value> = BufReader::new(child.stdout.take().expect("a pipe"))
        .lines()
        .map(|line| serde_json::from_str(&line.expect("a line")).expect("a JSON line"))
        .collect();
    writer.join().expect("the writer").expect("inputs written");
    let status = child.wait().expect("the script ends");
    assert!(status.success(), "{path}: {status}");
    assert_eq!(answers.len(), inputs.len(), "{path}: one answer an input");
    Some(answers)
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes
        .iter()
        .flat_map(|byte| {
            [
                DIGITS[usize::from(byte >> 4)],
                DIGITS[usize::from(byte & 15)],
            ]
        })
        .map(char::from)
        .collect()
}

/// A small deterministic generator (the `SplitMix64` mix), so that every run tries
/// the same inputs and a disagreement can be replayed.
pub(crate) struct Generator(u64);

impl Generator {
    pub(crate) const fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub(crate) fn below(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut mixed = self.0;
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        mixed ^= mixed >> 31;
        usize::try_from(mixed % u64::try_from(bound).expect("a bound")).expect("below the bound")
    }

    /// True once in `times`.
    pub(crate) fn one_in(&mut self, times: usize) -> bool {
        self.below(times) == 0
    }

    pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}
