//! The rules across entries, once each entry's own values are checked.

use std::collections::HashMap;

use super::{Checked, Name};
use crate::diagnostic::Diagnostic;
use crate::keys;

/// The rules across entries: no `(code, status)` pair twice, a name for
/// every entry of a code shared by several statuses, no variant name twice.
pub(super) fn check(entries: &[Checked<'_>], problems: &mut Vec<Diagnostic>) {
    let with_code = check_pairs(entries, problems);
    let needs_name = check_shared_codes(entries, &with_code, problems);
    check_names(entries, &needs_name, problems);
}

/// Reports each `(code, status)` pair defined twice; returns the entries
/// of each code.
fn check_pairs<'a>(
    entries: &[Checked<'a>],
    problems: &mut Vec<Diagnostic>,
) -> HashMap<&'a str, Vec<usize>> {
    let mut first_with_pair: HashMap<(&str, u16), usize> = HashMap::new();
    let mut with_code: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        let (Some(code), Some(status)) = (entry.code, entry.status) else {
            continue;
        };
        if let Some(&first) = first_with_pair.get(&(code.value.as_str(), status)) {
            let first_code = entries[first].code.map_or(0..0, |code| code.span.clone());
            problems.push(
                Diagnostic::new(
                    format!(
                        "code `{}` with status {status} is defined twice",
                        code.value
                    ),
                    code.span.clone(),
                    "second definition",
                )
                .with_related(first_code, "first defined here")
                .with_help("remove one of the entries, or give them different statuses"),
            );
        } else {
            first_with_pair.insert((code.value.as_str(), status), index);
        }
        with_code
            .entry(code.value.as_str())
            .or_default()
            .push(index);
    }
    with_code
}

/// Reports each unnamed entry of a code that several statuses share;
/// returns, by entry, whether it was reported. Such an entry gets this
/// error, which says the better fix, instead of the duplicate-name error
/// its derived name would also cause.
fn check_shared_codes(
    entries: &[Checked<'_>],
    with_code: &HashMap<&str, Vec<usize>>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<bool> {
    let mut needs_name = vec![false; entries.len()];
    for sharing in with_code.values() {
        let statuses_differ = sharing
            .iter()
            .any(|&index| entries[index].status != entries[sharing[0]].status);
        if !statuses_differ {
            continue;
        }
        for &index in sharing {
            let entry = &entries[index];
            if entry.raw.keys.text(&keys::NAME).is_some() {
                continue;
            }
            needs_name[index] = true;
            let other = &entries[sharing
                .iter()
                .copied()
                .find(|&other| other != index)
                .unwrap_or(index)];
            let (Some(code), Some(other_code)) = (entry.code, other.code) else {
                continue;
            };
            problems.push(
                Diagnostic::new(
                    format!(
                        "code `{}` is shared by several entries, so this one needs a `{}`",
                        code.value,
                        keys::NAME
                    ),
                    code.span.clone(),
                    format!("shared code, status {}", entry.status.unwrap_or_default()),
                )
                .with_related(
                    other_code.span.clone(),
                    format!(
                        "also used here, status {}",
                        other.status.unwrap_or_default()
                    ),
                )
                .with_help(format!(
                    "add `{} = \"...\"` to every entry that shares a code, so each variant says \
                     what it means",
                    keys::NAME
                )),
            );
        }
    }
    needs_name
}

/// Reports each variant name used twice, but for entries `needs_name` says
/// were reported already.
fn check_names(entries: &[Checked<'_>], needs_name: &[bool], problems: &mut Vec<Diagnostic>) {
    let mut first_with_name: HashMap<&str, &Name> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        let Some(name) = entry.name.as_ref().filter(|_| !needs_name[index]) else {
            continue;
        };
        let Some(first) = first_with_name.get(name.value.as_str()) else {
            first_with_name.insert(name.value.as_str(), name);
            continue;
        };
        let origin = match (name.explicit, entry.code) {
            (false, Some(code)) => format!(" (derived from code `{}`)", code.value),
            _ => String::new(),
        };
        problems.push(
            Diagnostic::new(
                format!("variant name `{}`{origin} is used twice", name.value),
                name.span.clone(),
                "second use",
            )
            .with_related(first.span.clone(), "first used here")
            .with_help(format!(
                "give one of the entries a different `{}`",
                keys::NAME
            )),
        );
    }
}
