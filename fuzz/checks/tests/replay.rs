//! Replays every committed fuzz input on stable: the seed corpus of each
//! target (`fuzz/corpus/<target>/*`) and every crash the fuzzer found and
//! minimised (`fuzz/artifacts/<target>/*`), through the same checks the
//! fuzz targets run. A bug the fuzzer found stays fixed without a fuzzer.

use std::path::{Path, PathBuf};

use errcat_fuzz_checks::TARGETS;

/// The files of `fuzz/<kind>/<target>`, sorted; none when it does not exist.
fn inputs(kind: &str, target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(kind)
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

/// Runs `check` on each file, naming the file that fails.
fn replay(files: &[PathBuf], check: fn(&[u8])) {
    for file in files {
        let data = std::fs::read(file).expect("a readable input");
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{} fails its check", file.display());
    }
}

#[test]
fn every_target_has_a_seed_corpus() {
    for (target, _) in TARGETS {
        let count = inputs("corpus", target).len();
        assert!(count >= 5, "fuzz/corpus/{target} has {count} inputs");
    }
}

#[test]
fn the_seed_corpus_passes() {
    for (target, check) in TARGETS {
        replay(&inputs("corpus", target), *check);
    }
}

#[test]
fn every_minimised_crash_stays_fixed() {
    for (target, check) in TARGETS {
        replay(&inputs("artifacts", target), *check);
    }
}
