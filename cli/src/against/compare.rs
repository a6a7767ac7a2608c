//! The comparison: each entry of the service's catalog whose code the
//! registry has, against the registry's entries of that code.

use std::collections::BTreeSet;

use errcat_codegen::{Catalog, Entry};

/// One place where the service departs from the registry.
#[derive(Debug)]
pub(crate) struct Departure<'a> {
    /// The service's entry.
    pub(crate) entry: usize,
    /// The registry's entry it is compared with.
    pub(crate) standard: usize,
    /// What differs.
    pub(crate) kind: Kind<'a>,
}

/// What differs.
#[derive(Debug)]
pub(crate) enum Kind<'a> {
    /// The service gives the code another status than the registry at the
    /// endpoints both tag (or anywhere, when they share no tag).
    Status {
        /// The endpoints compared; empty when the service's entry has no
        /// tag the registry knows.
        endpoints: Vec<&'a str>,
    },
    /// The service tags the code with endpoints where the registry does
    /// not define it: there, it means something the standard does not.
    Endpoint {
        /// The service's tags the registry lacks for this code.
        extra: Vec<&'a str>,
        /// Where the registry defines the code.
        standard: Vec<&'a str>,
    },
}

/// Every departure of `service` from `registry`, in the service's file
/// order.
pub(crate) fn departures<'a>(service: &'a Catalog, registry: &'a Catalog) -> Vec<Departure<'a>> {
    let known_tags: BTreeSet<&str> = registry
        .entries
        .iter()
        .flat_map(|entry| entry.tags.iter().map(String::as_str))
        .collect();
    let mut found = Vec::new();
    for (index, entry) in service.entries.iter().enumerate() {
        let standard: Vec<(usize, &Entry)> = registry
            .entries
            .iter()
            .enumerate()
            .filter(|(_, standard)| standard.code == entry.code)
            .collect();
        let Some(&(first, _)) = standard.first() else {
            continue;
        };
        // Tags the registry does not use (`charge`, `admin`) are the
        // service's own vocabulary, not endpoints to compare.
        let tags: Vec<&str> = entry
            .tags
            .iter()
            .map(String::as_str)
            .filter(|tag| known_tags.contains(tag))
            .collect();
        let standard_tags: BTreeSet<&str> = standard
            .iter()
            .flat_map(|(_, standard)| standard.tags.iter().map(String::as_str))
            .collect();
        let extra: Vec<&str> = tags
            .iter()
            .copied()
            .filter(|tag| !standard_tags.contains(tag))
            .collect();
        if !extra.is_empty() {
            found.push(Departure {
                entry: index,
                standard: first,
                kind: Kind::Endpoint {
                    extra,
                    standard: standard_tags.iter().copied().collect(),
                },
            });
        }
        let shares_a_tag =
            |standard: &Entry| standard.tags.iter().any(|tag| tags.contains(&tag.as_str()));
        let compared: Vec<(usize, &Entry)> = if tags.is_empty() {
            standard.clone()
        } else {
            standard
                .iter()
                .copied()
                .filter(|(_, standard)| shares_a_tag(standard))
                .collect()
        };
        let Some(&(closest, _)) = compared.first() else {
            continue;
        };
        if compared
            .iter()
            .all(|(_, standard)| standard.status != entry.status)
        {
            let endpoints = if tags.is_empty() {
                Vec::new()
            } else {
                tags.iter()
                    .copied()
                    .filter(|tag| standard_tags.contains(tag))
                    .collect()
            };
            found.push(Departure {
                entry: index,
                standard: closest,
                kind: Kind::Status { endpoints },
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use errcat_codegen::{Catalog, Entry};

    use super::{Kind, departures};

    fn catalog(entries: Vec<Entry>) -> Catalog {
        Catalog::new(entries)
    }

    fn entry(code: &str, status: u16, tags: &[&str]) -> Entry {
        Entry::new("Name", code, status, "D.").with_tags(tags.iter().copied())
    }

    #[test]
    fn a_status_differs_only_where_both_tag_the_code() {
        let registry = catalog(vec![
            entry("invalid_client", 400, &["token"]),
            entry("invalid_client", 401, &["token", "ciba"]),
            entry("access_denied", 403, &["ciba"]),
            entry("access_denied", 400, &["authorize"]),
        ]);
        let service = catalog(vec![
            entry("invalid_client", 401, &["token"]),
            entry("access_denied", 403, &["authorize"]),
            entry("own_code", 418, &["token"]),
            entry("access_denied", 403, &[]),
            entry("access_denied", 402, &["billing"]),
        ]);
        let found = departures(&service, &registry);
        let summary: Vec<(usize, usize, String)> = found
            .iter()
            .map(|departure| {
                let kind = match &departure.kind {
                    Kind::Status { endpoints } => format!("status {endpoints:?}"),
                    Kind::Endpoint { extra, standard } => {
                        format!("endpoint {extra:?} {standard:?}")
                    }
                };
                (departure.entry, departure.standard, kind)
            })
            .collect();
        assert_eq!(
            summary,
            [
                (1, 3, "status [\"authorize\"]".to_owned()),
                (4, 2, "status []".to_owned()),
            ]
        );
    }

    #[test]
    fn a_code_used_at_an_endpoint_the_registry_does_not_give_it_is_reported() {
        let registry = catalog(vec![
            entry("invalid_token", 401, &["resource"]),
            entry("invalid_grant", 400, &["token"]),
        ]);
        let service = catalog(vec![entry("invalid_token", 401, &["resource", "token"])]);
        let found = departures(&service, &registry);
        assert_eq!(found.len(), 1);
        match &found[0].kind {
            Kind::Endpoint { extra, standard } => {
                assert_eq!(
                    (extra.as_slice(), standard.as_slice()),
                    (&["token"][..], &["resource"][..])
                );
            }
            Kind::Status { .. } => panic!("{found:?}"),
        }
    }
}
