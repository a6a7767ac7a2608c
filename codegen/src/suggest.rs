//! "Did you mean" for misspelt keys.
//!
//! The edit distance is written here rather than taken from `strsim`: it is
//! twenty lines for keys of a dozen characters, and a dependency of the
//! macro is compiled by every crate that uses it (measured: strsim was a
//! quarter of a second on the critical path of a clean build;
//! BENCHMARKS.md, "Goal 5: the macro's own dependencies").

/// The candidate closest to `typo`, when it is close enough to be what the
/// user meant: at most one edit per three characters, and at least one.
#[must_use]
pub(crate) fn closest<'a>(typo: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let budget = (typo.chars().count() / 3).max(1);
    candidates
        .iter()
        .map(|candidate| (edit_distance(typo, candidate), *candidate))
        .filter(|(distance, _)| *distance <= budget)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// The optimal string alignment distance: insertions, deletions,
/// substitutions and transpositions of adjacent characters, each counting
/// one.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // Three rows of the dynamic programming table: two back, one back, now.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let substitution = previous[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut best = substitution.min(previous[j] + 1).min(current[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{closest, edit_distance};

    #[test]
    fn distances() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("hint", "hint"), 0);
        assert_eq!(edit_distance("hnit", "hint"), 1);
        assert_eq!(edit_distance("stauts", "status"), 1);
        assert_eq!(edit_distance("descripton", "description"), 1);
        assert_eq!(edit_distance("", "code"), 4);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("ca", "abc"), 3);
    }

    const KEYS: &[&str] = &["code", "status", "description", "hint", "name", "reference"];

    #[test]
    fn finds_transpositions_and_typos() {
        assert_eq!(closest("hnit", KEYS), Some("hint"));
        assert_eq!(closest("stauts", KEYS), Some("status"));
        assert_eq!(closest("descripton", KEYS), Some("description"));
        assert_eq!(closest("Code", KEYS), Some("code"));
    }

    #[test]
    fn stays_quiet_when_nothing_is_close() {
        assert_eq!(closest("severity", KEYS), None);
        assert_eq!(closest("x", KEYS), None);
    }
}
