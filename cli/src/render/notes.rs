//! What a page says under an entry's description besides its text: that
//! the code is deprecated (first, as what a reader most needs to know), the
//! version that added it, and its tags. Every format shows the same notes,
//! each escaping them its own way.

use errcat_codegen::Entry;

/// One note about an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Note<'a> {
    /// `deprecated`, with its note when it has one.
    Deprecated(Option<&'a str>),
    /// `since`.
    Since(&'a str),
    /// `tags`, never empty.
    Tags(&'a [String]),
}

/// The notes of `entry`, in the order the pages show them.
pub(crate) fn notes(entry: &Entry) -> Vec<Note<'_>> {
    let deprecated = entry
        .deprecated
        .as_ref()
        .map(|deprecation| Note::Deprecated(deprecation.note.as_deref()));
    let since = entry.since.as_deref().map(Note::Since);
    let tags = (!entry.tags.is_empty()).then_some(Note::Tags(&entry.tags));
    deprecated.into_iter().chain(since).chain(tags).collect()
}

/// The notes as one line, each text passed through `text` and each tag
/// through `tag`: `Deprecated: use x. Since 1.2. Tags: a, b.`
pub(crate) fn line(
    notes: &[Note<'_>],
    text: impl Fn(&str) -> String,
    tag: impl Fn(&str) -> String,
) -> String {
    let shown: Vec<String> = notes
        .iter()
        .map(|note| match note {
            Note::Deprecated(None) => "Deprecated.".to_owned(),
            Note::Deprecated(Some(why)) => format!("Deprecated: {}", sentence(&text(why))),
            Note::Since(version) => format!("Since {}.", text(version)),
            Note::Tags(tags) => {
                let tags: Vec<String> = tags.iter().map(|one| tag(one)).collect();
                format!("Tags: {}.", tags.join(", "))
            }
        })
        .collect();
    shown.join(" ")
}

/// `text` ending with a full stop, unless it ends with punctuation.
fn sentence(text: &str) -> String {
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deprecation_comes_first_and_notes_read_as_sentences() {
        let entry = Entry::new("A", "a", 400, "A.")
            .with_tags(["charge", "v2"])
            .with_since("1.2")
            .with_deprecated(Some("use b"));
        let notes = notes(&entry);
        assert_eq!(
            line(&notes, str::to_owned, |tag| format!("`{tag}`")),
            "Deprecated: use b. Since 1.2. Tags: `charge`, `v2`."
        );
        let bare = Entry::new("A", "a", 400, "A.").with_deprecated(None);
        assert_eq!(
            line(&super::notes(&bare), str::to_owned, str::to_owned),
            "Deprecated."
        );
        assert!(super::notes(&Entry::new("A", "a", 400, "A.")).is_empty());
    }
}
