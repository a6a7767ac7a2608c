//! The `tags` against the endpoints: a code is tagged with an endpoint
//! exactly when a section that applies there lists it.

use std::collections::BTreeSet;

use crate::catalog;
use crate::lists::{ENDPOINTS, list};

#[test]
fn each_endpoint_s_codes_are_those_its_specifications_give_it() {
    let catalog = catalog();
    let mut failures = Vec::new();
    for endpoint in ENDPOINTS {
        let mut specified: BTreeSet<&str> = endpoint
            .lists
            .iter()
            .flat_map(|section| list(section).codes.iter().map(|(code, _)| *code))
            .collect();
        specified.extend(endpoint.by_reference.iter().copied());
        let tagged: BTreeSet<&str> = catalog
            .entries
            .iter()
            .filter(|entry| entry.tags.iter().any(|tag| tag == endpoint.tag))
            .map(|entry| entry.code.as_str())
            .collect();
        if tagged != specified {
            let missing: Vec<_> = specified.difference(&tagged).collect();
            let extra: Vec<_> = tagged.difference(&specified).collect();
            failures.push(format!(
                "`{}`: untagged {missing:?}, tagged without a section {extra:?} {}",
                endpoint.tag, endpoint.why
            ));
        }
        let excluded: Vec<_> = endpoint
            .never
            .iter()
            .filter(|code| tagged.contains(*code))
            .collect();
        if !excluded.is_empty() {
            failures.push(format!(
                "`{}` carries {excluded:?}, which its specification excludes: {}",
                endpoint.tag, endpoint.why
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_tag_is_an_endpoint() {
    let known: BTreeSet<&str> = ENDPOINTS.iter().map(|endpoint| endpoint.tag).collect();
    for entry in catalog().entries {
        assert!(!entry.tags.is_empty(), "{} has no tags", entry.name);
        for tag in &entry.tags {
            assert!(known.contains(tag.as_str()), "{}: tag `{tag}`", entry.name);
        }
    }
}

#[test]
fn redirect_delivery_is_the_authorization_endpoint_s() {
    // The authorization endpoint answers in the redirect, every other one
    // in JSON or a challenge, and CIBA's push is a push: `delivery` and
    // `tags` say the same thing twice, so they must agree.
    for entry in catalog().entries {
        let delivery: BTreeSet<&str> = crate::strings(&entry, "delivery")
            .iter()
            .map(String::as_str)
            .collect();
        let expected: BTreeSet<&str> = entry
            .tags
            .iter()
            .map(|tag| match tag.as_str() {
                "authorize" => "redirect",
                "resource" => "challenge",
                "ciba-push" => "push",
                _ => "json",
            })
            .collect();
        assert_eq!(delivery, expected, "{}: tags {:?}", entry.name, entry.tags);
    }
}
