//! "Did you mean" for misspelt keys.

/// The candidate closest to `typo`, when it is close enough to be what the
/// user meant: at most one edit per three characters, and at least one.
#[must_use]
pub(crate) fn closest<'a>(typo: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let budget = (typo.chars().count() / 3).max(1);
    candidates
        .iter()
        .map(|candidate| (strsim::damerau_levenshtein(typo, candidate), *candidate))
        .filter(|(distance, _)| *distance <= budget)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::closest;

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
