//! A catalog of 201 entries, past the 64 codes a direct table serves, so
//! `from_code` goes through the two-level (displaced) table: every code
//! finds its first entry and nothing else finds anything.

errcat::catalog! {
    /// Two hundred codes and one repeat.
    enum Large = "tests/fixtures/two_hundred.toml";
}

#[test]
fn every_code_finds_its_first_entry() {
    assert_eq!(Large::COUNT, 201);
    for (index, &variant) in Large::ALL.iter().enumerate() {
        let first = Large::ALL
            .iter()
            .position(|other| other.code() == variant.code())
            .expect("the variant itself");
        assert_eq!(
            Large::from_code(variant.code()),
            Some(Large::ALL[first]),
            "entry {index}: {}",
            variant.code()
        );
    }
    assert_eq!(
        Large::from_code("invalid_request"),
        Some(Large::InvalidRequest)
    );
    assert_eq!(Large::InvalidRequestAgain.code(), "invalid_request");
}

#[test]
fn codes_that_are_not_in_the_catalog_find_nothing() {
    for variant in Large::ALL {
        let code = variant.code();
        let near_misses = [
            format!("{code}_"),
            format!("x{code}"),
            code.to_uppercase(),
            code[..code.len() - 1].to_owned(),
            code.replace('_', "-"),
        ];
        for miss in near_misses {
            assert_eq!(Large::from_code(&miss), None, "{miss:?}");
        }
    }
    for miss in ["", "_", "invalid", "invalid_", "error"] {
        assert_eq!(Large::from_code(miss), None, "{miss:?}");
    }
}
