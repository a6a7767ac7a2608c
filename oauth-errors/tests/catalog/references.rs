//! Every link of the catalog names a section that exists.

use crate::lists::LISTS;
use crate::toc::resolve;
use crate::{catalog, sections};

#[test]
fn every_reference_and_section_names_an_existing_section() {
    let mut failures = Vec::new();
    for entry in catalog().entries {
        let reference = entry.reference.as_deref().unwrap_or_default();
        let links = std::iter::once(reference).chain(sections(&entry).iter().map(String::as_str));
        for link in links {
            if let Err(problem) = resolve(link) {
                failures.push(format!("{}: {problem}", entry.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_reference_is_the_first_section() {
    for entry in catalog().entries {
        assert_eq!(
            entry.reference.as_deref(),
            sections(&entry).first().map(String::as_str),
            "{}",
            entry.name
        );
    }
}

#[test]
fn the_test_lists_name_existing_sections_by_their_titles() {
    for list in LISTS {
        let (_, title) = resolve(list.section).unwrap_or_else(|problem| panic!("{problem}"));
        assert!(
            list.source.contains(title),
            "{} is section `{title}`",
            list.source
        );
    }
}

#[test]
fn a_link_to_a_section_that_does_not_exist_is_refused() {
    for bad in [
        "https://www.rfc-editor.org/rfc/rfc6749#section-5.3",
        "https://www.rfc-editor.org/rfc/rfc6749",
        "https://www.rfc-editor.org/rfc/rfc6749#5.2",
        "https://tools.ietf.org/html/rfc6749#section-5.2",
        "https://openid.net/specs/openid-connect-core-1_0.html#section-3.1.2.6",
    ] {
        assert!(resolve(bad).is_err(), "{bad}");
    }
}
