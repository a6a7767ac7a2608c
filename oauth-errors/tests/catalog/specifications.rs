//! Each section's codes against the catalog's: the entries that name a
//! section in their `sections` are exactly the codes it lists, at the
//! statuses it names.

use std::collections::BTreeSet;

use crate::lists::LISTS;
use crate::{catalog, sections};

#[test]
fn each_section_s_codes_are_the_codes_the_catalog_gives_it() {
    let catalog = catalog();
    let mut failures = Vec::new();
    for list in LISTS {
        let listed: BTreeSet<&str> = list.codes.iter().map(|(code, _)| *code).collect();
        let in_catalog: BTreeSet<&str> = catalog
            .entries
            .iter()
            .filter(|entry| sections(entry).iter().any(|s| s == list.section))
            .map(|entry| entry.code.as_str())
            .collect();
        let missing: Vec<_> = listed.difference(&in_catalog).collect();
        let extra: Vec<_> = in_catalog.difference(&listed).collect();
        if !missing.is_empty() || !extra.is_empty() {
            failures.push(format!(
                "{}: the catalog lacks {missing:?} and adds {extra:?}",
                list.source
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_status_a_section_names_is_the_status_of_its_entry() {
    let catalog = catalog();
    let mut failures = Vec::new();
    for list in LISTS {
        for (code, status) in list.codes {
            let Some(status) = status else { continue };
            let found = catalog.entries.iter().any(|entry| {
                entry.code == *code
                    && entry.status == *status
                    && sections(entry).iter().any(|s| s == list.section)
            });
            if !found {
                failures.push(format!(
                    "{}: no entry gives `{code}` at {status} with this section",
                    list.source
                ));
            }
        }
        // And no entry that cites the section gives a code another status
        // than the ones the section names for it.
        for entry in &catalog.entries {
            if !sections(entry).iter().any(|s| s == list.section) {
                continue;
            }
            let named: Vec<u16> = list
                .codes
                .iter()
                .filter(|(code, _)| *code == entry.code)
                .filter_map(|(_, status)| *status)
                .collect();
            if !named.is_empty() && !named.contains(&entry.status) {
                failures.push(format!(
                    "{}: {} gives `{}` status {}, the section names {named:?}",
                    list.source, entry.name, entry.code, entry.status
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_entry_is_given_by_a_section_of_the_lists() {
    let known: BTreeSet<&str> = LISTS.iter().map(|list| list.section).collect();
    for entry in catalog().entries {
        let cited = sections(&entry);
        assert!(!cited.is_empty(), "{} cites no section", entry.name);
        for section in cited {
            assert!(
                known.contains(section.as_str()),
                "{} cites {section}, of which the tests keep no list",
                entry.name
            );
        }
    }
}

#[test]
fn a_status_no_section_names_is_marked_as_the_catalog_s_convention() {
    // A status is named when a section the entry cites names it for the
    // code, or when it is 400 in a JSON body: RFC 6749 section 5.2's
    // default, which the revocation, registration, device, PAR and CIBA
    // endpoints inherit. A redirect or a push has no status of its own.
    for entry in catalog().entries {
        let cited_names_it = LISTS
            .iter()
            .filter(|list| sections(&entry).iter().any(|s| s == list.section))
            .flat_map(|list| list.codes)
            .any(|(code, status)| *code == entry.code && *status == Some(entry.status));
        let json_default = entry.status == 400
            && crate::strings(&entry, "delivery")
                .iter()
                .any(|way| way == "json");
        let named = entry
            .fields
            .iter()
            .find(|(name, _)| name == "status_named")
            .map(|(_, value)| value.to_string());
        let expected = if cited_names_it || json_default {
            "true"
        } else {
            "false"
        };
        assert_eq!(named.as_deref(), Some(expected), "{}", entry.name);
    }
}
