//! The validated catalog: what generation reads. Every value here has passed
//! validation, so generation cannot fail.

mod field;

pub use field::{FieldDecl, FieldType, FieldValue};

use crate::keys;

/// A catalog that passed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// `[catalog] title`, when given.
    pub title: Option<String>,
    /// `[catalog] text`: the characters descriptions and hints may hold.
    pub text: TextRule,
    /// `[catalog] domain`, when given: the error domain gRPC `ErrorInfo`
    /// carries (one token, no whitespace).
    pub domain: Option<String>,
    /// The entries, in file order; never empty.
    pub entries: Vec<Entry>,
    /// The declared fields, in file order.
    pub fields: Vec<FieldDecl>,
}

/// `[catalog] text`: which characters a catalog's descriptions and hints
/// may hold. Codes are RFC 6749 NQSCHAR under both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TextRule {
    /// `text = "oauth"`, the default: RFC 6749 NQSCHAR, so the text goes
    /// into OAuth fields as written (only a `%` is encoded).
    #[default]
    OAuth,
    /// `text = "unicode"`: any character but control and bidirectional
    /// formatting characters; OAuth fields carry it percent-encoded.
    Unicode,
}

impl TextRule {
    /// Every rule.
    pub const ALL: [Self; 2] = [Self::OAuth, Self::Unicode];

    /// The value of `text` that names this rule.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::OAuth => keys::OAUTH.name,
            Self::Unicode => keys::UNICODE.name,
        }
    }

    /// The rule `name` names, if any.
    #[must_use]
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|rule| rule.name() == name)
    }
}

/// One `[[error]]` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The variant name: `name`, or the UpperCamelCase form of `code`.
    pub name: String,
    /// The wire code (RFC 6749 NQSCHAR only).
    pub code: String,
    /// The HTTP status, in `400..=599`.
    pub status: u16,
    /// The description (RFC 6749 NQSCHAR only under [`TextRule::OAuth`]).
    pub description: String,
    /// The remediation hint (RFC 6749 NQSCHAR only under
    /// [`TextRule::OAuth`]).
    pub hint: Option<String>,
    /// Where the code is specified, e.g. "RFC 6749 section 5.2".
    pub reference: Option<String>,
    /// Whether the code is deprecated, and the note saying why.
    pub deprecated: Option<Deprecation>,
    /// The version of the API that added the code (one line).
    pub since: Option<String>,
    /// The entry's tags, in file order: lowercase ASCII letters, digits,
    /// `_` and `-`, none twice.
    pub tags: Vec<String>,
    /// The 1-based line of the entry's `[[error]]` header; 0 for an entry
    /// built in code.
    pub line: usize,
    /// The declared fields the entry writes, by name, in file order; a
    /// field it leaves out takes its default, or has no value.
    pub fields: Vec<(String, FieldValue)>,
}

/// A deprecated entry: `deprecated = true`, or a note.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deprecation {
    /// `deprecated = "..."`: what to use instead (one line).
    pub note: Option<String>,
}

impl Entry {
    /// An entry with the required keys and nothing else, on line 0.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        code: impl Into<String>,
        status: u16,
        description: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            code: code.into(),
            status,
            description: description.into(),
            hint: None,
            reference: None,
            deprecated: None,
            since: None,
            tags: Vec::new(),
            line: 0,
            fields: Vec::new(),
        }
    }

    /// The entry with the declared field `name` set to `value`.
    #[must_use]
    pub fn with_field(mut self, name: impl Into<String>, value: FieldValue) -> Self {
        self.fields.push((name.into(), value));
        self
    }

    /// The value of the declared field `field` for this entry: the value
    /// it writes, else the field's default.
    #[must_use]
    pub fn field<'a>(&'a self, field: &'a FieldDecl) -> Option<&'a FieldValue> {
        self.fields
            .iter()
            .find(|(name, _)| *name == field.name)
            .map(|(_, value)| value)
            .or(field.default.as_ref())
    }

    /// The entry with `hint`.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The entry with `reference`.
    #[must_use]
    pub fn with_reference(mut self, reference: impl Into<String>) -> Self {
        self.reference = Some(reference.into());
        self
    }

    /// The entry deprecated, with a note or without.
    #[must_use]
    pub fn with_deprecated(mut self, note: Option<&str>) -> Self {
        self.deprecated = Some(Deprecation {
            note: note.map(str::to_owned),
        });
        self
    }

    /// The entry with `since`.
    #[must_use]
    pub fn with_since(mut self, since: impl Into<String>) -> Self {
        self.since = Some(since.into());
        self
    }

    /// The entry with `tags`.
    #[must_use]
    pub fn with_tags<T: Into<String>>(mut self, tags: impl IntoIterator<Item = T>) -> Self {
        self.tags = tags.into_iter().map(Into::into).collect();
        self
    }

    /// The entry at `line` of its catalog.
    #[must_use]
    pub const fn with_line(mut self, line: usize) -> Self {
        self.line = line;
        self
    }
}

impl Catalog {
    /// A catalog of `entries` with every optional key left out: no title,
    /// the default text rule, no domain, no declared fields.
    #[must_use]
    pub fn new(entries: Vec<Entry>) -> Self {
        Self {
            title: None,
            text: TextRule::default(),
            domain: None,
            entries,
            fields: Vec::new(),
        }
    }

    /// The catalog with `title`.
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// The catalog with the text rule `text`.
    #[must_use]
    pub const fn with_text(mut self, text: TextRule) -> Self {
        self.text = text;
        self
    }

    /// The catalog with `domain`.
    #[must_use]
    pub fn with_domain(mut self, domain: impl Into<String>) -> Self {
        self.domain = Some(domain.into());
        self
    }

    /// The catalog with the declared `fields`.
    #[must_use]
    pub fn with_fields(mut self, fields: Vec<FieldDecl>) -> Self {
        self.fields = fields;
        self
    }

    /// This catalog with other `entries`: everything but the entries
    /// copied, for a subset.
    #[must_use]
    pub fn with_entries_of(&self, entries: Vec<Entry>) -> Self {
        Self {
            title: self.title.clone(),
            text: self.text,
            domain: self.domain.clone(),
            entries,
            fields: self.fields.clone(),
        }
    }

    /// The distinct statuses of the catalog, ascending, each with its
    /// entries' indices in file order.
    #[must_use]
    pub fn by_status(&self) -> Vec<(u16, Vec<usize>)> {
        let mut groups: Vec<(u16, Vec<usize>)> = Vec::new();
        for (index, entry) in self.entries.iter().enumerate() {
            match groups.binary_search_by_key(&entry.status, |(status, _)| *status) {
                Ok(found) => groups[found].1.push(index),
                Err(slot) => groups.insert(slot, (entry.status, vec![index])),
            }
        }
        groups
    }
}
