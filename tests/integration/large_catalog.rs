//! A catalog of 201 entries with interleaved statuses, past the 64 codes a
//! direct table serves: `from_code` goes through the two-level (displaced)
//! table, every code finds its first entry and nothing else finds
//! anything, and `with_status` reads the array the macro orders by status.

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

#[test]
fn with_status_lists_each_status_in_file_order() {
    // The file interleaves its statuses, so with_status reads an array in
    // status order that the macro builds from indices at compile time.
    let mut seen = 0;
    for status in 400..=599 {
        let expected: Vec<Large> = Large::ALL
            .iter()
            .copied()
            .filter(|variant| variant.status() == status)
            .collect();
        assert_eq!(Large::with_status(status), expected, "status {status}");
        seen += expected.len();
    }
    assert_eq!(seen, Large::COUNT);
    assert!(Large::with_status(400).len() > 1);
}
