//! What a page says under an entry's description besides its text: that
//! the code is deprecated (first, as what a reader most needs to know), the
//! version that added it and its tags; and under the page's introduction,
//! what the catalog says as a whole (its gRPC domain). Every format shows
//! the same notes, each escaping them its own way. The values of the catalog's declared
//! fields are columns of their own ([`field_cell`]): a reader compares
//! them down a table, as they would the statuses of a spec.

use errcat_codegen::{Catalog, Entry, FieldDecl, FieldValue};

/// One note about an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Note<'a> {
    /// `deprecated`, with its note when it has one.
    Deprecated(Option<&'a str>),
    /// `since`.
    Since(&'a str),
    /// `tags`, never empty.
    Tags(&'a [String]),
    /// `[catalog] domain`.
    Domain(&'a str),
}

/// The notes of the catalog as a whole, in the order the pages show them
/// under their introduction.
pub(crate) fn catalog_notes(catalog: &Catalog) -> Vec<Note<'_>> {
    catalog
        .domain
        .as_deref()
        .map(Note::Domain)
        .into_iter()
        .collect()
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
/// (and the domain, a token too) through `tag`: `Deprecated: use x.
/// Since 1.2. Tags: a, b.`
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
            Note::Domain(domain) => format!("gRPC domain: {}.", tag(domain)),
        })
        .collect();
    shown.join(" ")
}

/// The cell of a declared field's column for `entry`: its value (written,
/// or the field's default), each text (and `true`, `3`...) passed through
/// `code`; empty when the entry has none.
pub(crate) fn field_cell(
    entry: &Entry,
    field: &FieldDecl,
    code: impl Fn(&str) -> String,
) -> String {
    let Some(value) = entry.field(field) else {
        return String::new();
    };
    match value {
        FieldValue::Bool(flag) => code(&flag.to_string()),
        FieldValue::Integer(number) => code(&number.to_string()),
        FieldValue::String(text) => code(text),
        FieldValue::Strings(items) if items.is_empty() => "none".to_owned(),
        FieldValue::Strings(items) => {
            let items: Vec<String> = items.iter().map(|item| code(item)).collect();
            items.join(", ")
        }
    }
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
    use errcat_codegen::FieldType;

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

    #[test]
    fn the_catalog_notes_its_domain() {
        let catalog = Catalog::new(vec![Entry::new("A", "a", 400, "A.")]);
        assert!(catalog_notes(&catalog).is_empty());
        let catalog = catalog.with_domain("pay.example");
        assert_eq!(
            line(&catalog_notes(&catalog), str::to_owned, |tag| format!(
                "`{tag}`"
            )),
            "gRPC domain: `pay.example`."
        );
    }

    #[test]
    fn field_cells_show_values_and_defaults() {
        let fields = [
            FieldDecl::new("retryable", FieldType::Bool).with_default(FieldValue::Bool(false)),
            FieldDecl::new("grpc", FieldType::String),
            FieldDecl::new("scopes", FieldType::Strings),
        ];
        let entry = Entry::new("A", "a", 400, "A.").with_field(
            "scopes",
            FieldValue::Strings(vec!["read".to_owned(), "write".to_owned()]),
        );
        let cells: Vec<String> = fields
            .iter()
            .map(|field| field_cell(&entry, field, |text| format!("`{text}`")))
            .collect();
        assert_eq!(cells, ["`false`", "", "`read`, `write`"]);
    }
}
