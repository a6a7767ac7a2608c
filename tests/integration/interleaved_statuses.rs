//! A catalog whose statuses are interleaved in file order: `ALL` keeps the
//! file order, `with_status` still gives each status's entries in file
//! order, and every lookup agrees with the file.

errcat::catalog! {
    /// Statuses out of order.
    enum Interleaved = "tests/fixtures/interleaved.toml";
}

#[test]
fn all_keeps_file_order() {
    assert_eq!(
        Interleaved::ALL,
        [
            Interleaved::FirstBad,
            Interleaved::Broken,
            Interleaved::SecondBad,
            Interleaved::Denied,
            Interleaved::ThirdBad
        ]
    );
}

#[test]
fn with_status_groups_in_file_order() {
    assert_eq!(
        Interleaved::with_status(400),
        [
            Interleaved::FirstBad,
            Interleaved::SecondBad,
            Interleaved::ThirdBad
        ]
    );
    assert_eq!(Interleaved::with_status(403), [Interleaved::Denied]);
    assert_eq!(Interleaved::with_status(500), [Interleaved::Broken]);
    assert!(Interleaved::with_status(404).is_empty());
}

#[test]
fn lookups_and_hints_agree_with_the_file() {
    for &variant in Interleaved::ALL {
        assert_eq!(Interleaved::from_code(variant.code()), Some(variant));
    }
    assert_eq!(Interleaved::ThirdBad.hint(), Some("Stop."));
    assert_eq!(Interleaved::Broken.hint(), None);
    assert_eq!(Interleaved::from_code(""), None);
}
