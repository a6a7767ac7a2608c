//! What changed between two valid catalogs, judged as public API.
//!
//! The variant is an entry's identity (as in the enum), so entries are
//! matched by variant name. An old entry whose name is gone but whose
//! `(code, status)` pair is now under a name that is new counts as renamed
//! rather than removed and added. Clients match on variants, codes and
//! statuses, so removing or renaming a variant, or changing its status or
//! code, is breaking; so is a wire code that now parses (`from_code`) to a
//! different variant. Added entries, changed text, a new order, a code
//! deprecated (or no longer), a new `since` and new tags are not.
//!
//! Removing a deprecated variant is still breaking: deprecation warns the
//! code that names the variant, but that code stops compiling all the same
//! when it goes, and clients may still receive the wire code. What
//! deprecation first buys is that the report can say users were warned;
//! removing a variant that was never deprecated is called out as such.
//!
//! Declared fields are compared in [`super::fields`].

use std::collections::{HashMap, HashSet};

use errcat_codegen::keys::{self, Key, Slot};
use errcat_codegen::{Catalog, Deprecation, Entry};

use super::fields::{self, FieldChange};

/// One change from the old catalog to the new.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    /// An entry's variant is gone, and no new variant took its code and
    /// status.
    Removed {
        /// The old entry.
        entry: Entry,
    },
    /// The `(code, status)` pair of an old entry is now under a new name.
    Renamed {
        /// The old name.
        old_name: String,
        /// The new name.
        new_name: String,
        /// The wire code both have.
        code: String,
        /// The status both have.
        status: u16,
    },
    /// A variant's status changed.
    StatusChanged {
        /// The variant (its new name, if renamed).
        name: String,
        /// The old code, for context.
        code: String,
        /// The old status.
        old: u16,
        /// The new status.
        new: u16,
    },
    /// A variant's wire code changed.
    CodeChanged {
        /// The variant.
        name: String,
        /// The old code.
        old: String,
        /// The new code.
        new: String,
    },
    /// A wire code present in both catalogs now parses to another variant:
    /// `from_code` returns the first entry with the code in file order.
    LookupChanged {
        /// The code.
        code: String,
        /// The variant it parsed to (its new name, if renamed).
        old: String,
        /// The variant it parses to now.
        new: String,
    },
    /// A new variant.
    Added {
        /// The new entry.
        entry: Entry,
    },
    /// A text of a variant changed: its description, hint, reference,
    /// `since`, or any text key of an entry.
    TextChanged {
        /// The variant (its new name, if renamed).
        name: String,
        /// Which text.
        key: &'static Key,
        /// The old text, `None` when there was none.
        old: Option<String>,
        /// The new text, `None` when it was removed.
        new: Option<String>,
    },
    /// A variant was deprecated, is no longer, or its note changed.
    DeprecationChanged {
        /// The variant (its new name, if renamed).
        name: String,
        /// The old deprecation, `None` when it was not deprecated.
        old: Option<Deprecation>,
        /// The new deprecation, `None` when it is not deprecated.
        new: Option<Deprecation>,
    },
    /// A variant's tags changed.
    TagsChanged {
        /// The variant (its new name, if renamed).
        name: String,
        /// The old tags.
        old: Vec<String>,
        /// The new tags.
        new: Vec<String>,
    },
    /// A key of `[catalog]` changed: its title, text rule, domain, or any
    /// key the model keeps as text.
    CatalogKeyChanged {
        /// The key.
        key: &'static Key,
        /// The old value, `None` when there was none.
        old: Option<String>,
        /// The new value, `None` when it was removed.
        new: Option<String>,
    },
    /// The variants both catalogs have are in a new order.
    Reordered {
        /// Their (new) names in the old order.
        old: Vec<String>,
        /// Their names in the new order.
        new: Vec<String>,
    },
    /// A declared field, or an entry's value of one, changed.
    Field(FieldChange),
}

impl Change {
    /// Whether a client built against the old catalog can break: as the
    /// changed key's definition says, for a change to one key.
    pub(crate) fn is_breaking(&self) -> bool {
        match self {
            Self::Field(change) => change.is_breaking(),
            Self::Removed { .. } | Self::LookupChanged { .. } => true,
            Self::Renamed { .. } => keys::NAME.breaking.judge(true),
            Self::StatusChanged { .. } => keys::STATUS.breaking.judge(true),
            Self::CodeChanged { .. } => keys::CODE.breaking.judge(true),
            Self::TextChanged { key, old, .. } | Self::CatalogKeyChanged { key, old, .. } => {
                key.breaking.judge(old.is_some())
            }
            Self::DeprecationChanged { old, .. } => keys::DEPRECATED.breaking.judge(old.is_some()),
            Self::TagsChanged { old, .. } => keys::TAGS.breaking.judge(!old.is_empty()),
            Self::Added { .. } | Self::Reordered { .. } => false,
        }
    }
}

/// Every change from `old` to `new`: breaking ones first, each group in
/// file order.
pub(crate) fn compare(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let old_names: HashSet<&str> = old
        .entries
        .iter()
        .map(|entry| entry.name.as_str())
        .collect();
    let new_by_name: HashMap<&str, &Entry> = new
        .entries
        .iter()
        .map(|entry| (entry.name.as_str(), entry))
        .collect();
    let new_by_pair: HashMap<(&str, u16), &Entry> = new
        .entries
        .iter()
        .map(|entry| ((entry.code.as_str(), entry.status), entry))
        .collect();

    let mut changes: Vec<Change> = fields::compare_declarations(old, new)
        .into_iter()
        .map(Change::Field)
        .collect();
    // Old name -> new name, for every old entry that lives on.
    let mut counterpart: HashMap<&str, &str> = HashMap::new();
    for before in &old.entries {
        let after = if let Some(after) = new_by_name.get(before.name.as_str()) {
            compare_identity(before, after, &mut changes);
            after
        } else if let Some(after) = new_by_pair
            .get(&(before.code.as_str(), before.status))
            .filter(|after| !old_names.contains(after.name.as_str()))
        {
            changes.push(Change::Renamed {
                old_name: before.name.clone(),
                new_name: after.name.clone(),
                code: before.code.clone(),
                status: before.status,
            });
            after
        } else {
            changes.push(Change::Removed {
                entry: before.clone(),
            });
            continue;
        };
        counterpart.insert(&before.name, &after.name);
        compare_texts(before, after, &mut changes);
        let values = fields::compare_values((old, before), (new, after));
        changes.extend(values.into_iter().map(Change::Field));
    }
    let taken: HashSet<&str> = counterpart.values().copied().collect();
    changes.extend(
        new.entries
            .iter()
            .filter(|entry| !taken.contains(entry.name.as_str()))
            .map(|entry| Change::Added {
                entry: entry.clone(),
            }),
    );
    changes.extend(lookup_changes(old, new, &counterpart));
    // Every key of `[catalog]` the model keeps as text, in the order of
    // the definition; the declared fields are compared above.
    for key in keys::CATALOG {
        if let Slot::Catalog(text) = key.slot {
            let (before, after) = ((text.get)(old), (text.get)(new));
            if before != after {
                changes.push(Change::CatalogKeyChanged {
                    key,
                    old: before.map(str::to_owned),
                    new: after.map(str::to_owned),
                });
            }
        }
    }
    let old_order: Vec<String> = old
        .entries
        .iter()
        .filter_map(|entry| counterpart.get(entry.name.as_str()))
        .map(|&name| name.to_owned())
        .collect();
    let new_order: Vec<String> = new
        .entries
        .iter()
        .filter(|entry| taken.contains(entry.name.as_str()))
        .map(|entry| entry.name.clone())
        .collect();
    if old_order != new_order {
        changes.push(Change::Reordered {
            old: old_order,
            new: new_order,
        });
    }
    // Stable: each group keeps file order.
    changes.sort_by_key(|change| !change.is_breaking());
    changes
}

/// The status and code of a variant that kept its name.
fn compare_identity(before: &Entry, after: &Entry, changes: &mut Vec<Change>) {
    if before.status != after.status {
        changes.push(Change::StatusChanged {
            name: after.name.clone(),
            code: before.code.clone(),
            old: before.status,
            new: after.status,
        });
    }
    if before.code != after.code {
        changes.push(Change::CodeChanged {
            name: after.name.clone(),
            old: before.code.clone(),
            new: after.code.clone(),
        });
    }
}

/// The texts, deprecation and tags of a variant that lives on: every
/// text key of an entry, in the order of the definition.
fn compare_texts(before: &Entry, after: &Entry, changes: &mut Vec<Change>) {
    for key in keys::ENTRY {
        let Slot::Entry(text) = key.slot else {
            continue;
        };
        let (old, new) = ((text.get)(before), (text.get)(after));
        if old != new {
            changes.push(Change::TextChanged {
                name: after.name.clone(),
                key,
                old: old.map(str::to_owned),
                new: new.map(str::to_owned),
            });
        }
    }
    if before.deprecated != after.deprecated {
        changes.push(Change::DeprecationChanged {
            name: after.name.clone(),
            old: before.deprecated.clone(),
            new: after.deprecated.clone(),
        });
    }
    if before.tags != after.tags {
        changes.push(Change::TagsChanged {
            name: after.name.clone(),
            old: before.tags.clone(),
            new: after.tags.clone(),
        });
    }
}

/// Codes in both catalogs whose first entry (what `from_code` returns) is
/// now another variant, though the old one lives on; in the old catalog's
/// order.
fn lookup_changes(old: &Catalog, new: &Catalog, counterpart: &HashMap<&str, &str>) -> Vec<Change> {
    let new_first: HashMap<&str, &str> = first_by_code(new).into_iter().collect();
    first_by_code(old)
        .into_iter()
        .filter_map(|(code, old_name)| {
            let now = *new_first.get(code)?;
            // A removed variant is reported as such; that its code now
            // parses to another one follows.
            let then = *counterpart.get(old_name)?;
            (then != now).then(|| Change::LookupChanged {
                code: code.to_owned(),
                old: then.to_owned(),
                new: now.to_owned(),
            })
        })
        .collect()
}

/// Each code of `catalog` with the name of its first entry, in file order.
fn first_by_code(catalog: &Catalog) -> Vec<(&str, &str)> {
    let mut first: Vec<(&str, &str)> = Vec::new();
    for entry in &catalog.entries {
        if !first.iter().any(|(code, _)| *code == entry.code) {
            first.push((&entry.code, &entry.name));
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use errcat_codegen::TextRule;

    use super::*;

    fn entry(name: &str, code: &str, status: u16) -> Entry {
        Entry::new(name, code, status, format!("{name} happened.")).with_line(1)
    }

    fn catalog(entries: Vec<Entry>) -> Catalog {
        Catalog::new(entries)
    }

    #[test]
    fn identical_catalogs_have_no_changes() {
        let old = catalog(vec![entry("A", "a", 400), entry("B", "b", 401)]);
        assert_eq!(compare(&old, &old.clone()), []);
    }

    #[test]
    fn a_kept_code_and_status_under_a_new_name_is_a_rename() {
        let old = catalog(vec![entry("A", "a", 400)]);
        let new = catalog(vec![entry("Alpha", "a", 400)]);
        let changes = compare(&old, &new);
        assert_eq!(
            changes[0],
            Change::Renamed {
                old_name: "A".to_owned(),
                new_name: "Alpha".to_owned(),
                code: "a".to_owned(),
                status: 400
            }
        );
        // The description differs too ("Alpha happened."): text follows the
        // renamed variant, and nothing is reported removed or added.
        assert_eq!(changes.len(), 2, "{changes:?}");
        assert!(matches!(&changes[1], Change::TextChanged { name, .. } if name == "Alpha"));
    }

    #[test]
    fn a_name_that_existed_before_is_not_a_rename_target() {
        // B takes A's code and status, but B was already a variant: A is
        // removed and B changed.
        let old = catalog(vec![entry("A", "a", 400), entry("B", "b", 400)]);
        let mut b = entry("B", "a", 400);
        b.description = "B happened.".to_owned();
        let new = catalog(vec![b]);
        let changes = compare(&old, &new);
        assert!(matches!(&changes[0], Change::Removed { entry } if entry.name == "A"));
        assert!(matches!(&changes[1], Change::CodeChanged { name, .. } if name == "B"));
        assert_eq!(changes.len(), 2, "{changes:?}");
    }

    #[test]
    fn moving_a_shared_code_changes_what_it_parses_to() {
        let old = catalog(vec![entry("Format", "t", 400), entry("Expired", "t", 401)]);
        let new = catalog(vec![entry("Expired", "t", 401), entry("Format", "t", 400)]);
        let changes = compare(&old, &new);
        assert_eq!(
            changes,
            [
                Change::LookupChanged {
                    code: "t".to_owned(),
                    old: "Format".to_owned(),
                    new: "Expired".to_owned()
                },
                Change::Reordered {
                    old: vec!["Format".to_owned(), "Expired".to_owned()],
                    new: vec!["Expired".to_owned(), "Format".to_owned()]
                }
            ]
        );
        assert!(changes[0].is_breaking());
        assert!(!changes[1].is_breaking());
    }

    #[test]
    fn deprecating_is_not_breaking_and_removing_stays_breaking() {
        let kept = catalog(vec![entry("A", "a", 400), entry("B", "b", 400)]);
        let deprecated = catalog(vec![
            entry("A", "a", 400).with_deprecated(Some("use b")),
            entry("B", "b", 400),
        ]);
        let changes = compare(&kept, &deprecated);
        assert_eq!(
            changes,
            [Change::DeprecationChanged {
                name: "A".to_owned(),
                old: None,
                new: Some(Deprecation {
                    note: Some("use b".to_owned())
                }),
            }]
        );
        assert!(!changes[0].is_breaking());
        let removed = catalog(vec![entry("B", "b", 400)]);
        for old in [&kept, &deprecated] {
            let changes = compare(old, &removed);
            assert!(matches!(&changes[0], Change::Removed { entry } if entry.name == "A"));
            assert!(changes[0].is_breaking());
        }
    }

    #[test]
    fn since_and_tags_are_compared_and_not_breaking() {
        let old = catalog(vec![entry("A", "a", 400)]);
        let new = catalog(vec![entry("A", "a", 400).with_since("2").with_tags(["x"])]);
        let changes = compare(&old, &new);
        assert!(matches!(
            &changes[0],
            Change::TextChanged { key, new: Some(since), .. } if **key == keys::SINCE && since == "2"
        ));
        assert!(matches!(&changes[1], Change::TagsChanged { new, .. } if new == &["x"]));
        assert!(changes.iter().all(|change| !change.is_breaking()));
    }

    #[test]
    fn a_changed_text_rule_is_reported_and_breaks_nothing() {
        let with = |text| catalog(vec![entry("A", "a", 400)]).with_text(text);
        for (old, new) in [
            (TextRule::OAuth, TextRule::Unicode),
            (TextRule::Unicode, TextRule::OAuth),
        ] {
            let changes = compare(&with(old), &with(new));
            assert_eq!(
                changes,
                [Change::CatalogKeyChanged {
                    key: &keys::TEXT,
                    old: Some(old.name().to_owned()),
                    new: Some(new.name().to_owned())
                }]
            );
            assert!(!changes[0].is_breaking());
        }
        assert!(compare(&with(TextRule::Unicode), &with(TextRule::Unicode)).is_empty());
    }

    #[test]
    fn a_changed_or_removed_domain_breaks_and_a_new_one_does_not() {
        let with = |domain: Option<&str>| {
            let catalog = catalog(vec![entry("A", "a", 400)]);
            match domain {
                Some(domain) => catalog.with_domain(domain),
                None => catalog,
            }
        };
        let breaking = |old, new| {
            let changes = compare(&with(old), &with(new));
            assert_eq!(changes.len(), 1, "{old:?} -> {new:?}");
            assert!(matches!(
                changes[0],
                Change::CatalogKeyChanged { key, .. } if *key == keys::DOMAIN
            ));
            changes[0].is_breaking()
        };
        assert!(breaking(Some("a.example"), Some("b.example")));
        assert!(breaking(Some("a.example"), None));
        assert!(!breaking(None, Some("a.example")));
        assert!(compare(&with(Some("a.example")), &with(Some("a.example"))).is_empty());
    }

    #[test]
    fn breaking_changes_come_first() {
        let old = catalog(vec![entry("A", "a", 400), entry("B", "b", 400)]);
        let new = catalog(vec![entry("C", "c", 404), entry("A", "a", 400)]);
        let kinds: Vec<bool> = compare(&old, &new)
            .iter()
            .map(Change::is_breaking)
            .collect();
        assert_eq!(kinds, [true, false]);
    }
}
