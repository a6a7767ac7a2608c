//! Every key of the catalog format, named once.
//!
//! Each key is a typed item ([`DOMAIN`], [`SINCE`]...) that says everything
//! the format knows about it: its type, whether it is required, the rule
//! its value obeys, its doc line and examples, whether changing it breaks
//! clients, and where the validated model keeps it. The parser (which keys
//! exist, their types, "did you mean"), the checks, `errcat schema`,
//! `errcat diff`, the JSON render and the key table of
//! docs/catalog-format.md all read these items, and no other code spells a
//! key's name. Adding an optional text key is its item here, its field in
//! the model, and the code that shows it: the checks, the schema, the
//! JSON render and the diff follow from the item.

use std::fmt::{self, Write as _};

use crate::model::{Catalog, Entry};

/// The type of a key's value, as the parser checks it.
///
/// Shared by the built-in keys and by the fields a catalog declares, so
/// both get the same type checks and messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyType {
    /// A string.
    String,
    /// An integer HTTP status.
    Status,
    /// `true`, `false`, or a string (a note that also means `true`).
    BoolOrString,
    /// An array of strings.
    Strings,
    /// `true` or `false`.
    Bool,
    /// A 64-bit signed integer.
    Integer,
    /// The tables of `[catalog.fields]`, one per declared field: read by
    /// their own pass, since the entries' keys depend on them.
    Declarations,
    /// A value of the type the declaration names (`default`).
    Declared,
}

impl KeyType {
    /// The type as the key table of the docs names it.
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Self::String => "string",
            // An HTTP status is written as any integer is.
            Self::Status | Self::Integer => "integer",
            Self::BoolOrString => "`true` or string",
            Self::Strings => "array of strings",
            Self::Bool => "boolean",
            Self::Declarations => "table of tables",
            Self::Declared => "the field's type",
        }
    }
}

/// Whether a key must be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Every entry writes it.
    Required,
    /// It may be left out; the doc line says what that means.
    Optional,
}

/// What a key's value must be beyond its type: the checks apply the rule,
/// and the JSON Schema states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// One line of text, not blank: no control character.
    OneLine,
    /// One line of text, not blank; under `text = "unicode"` no
    /// bidirectional formatting character either, since it is shown beside
    /// the Unicode text.
    Heading,
    /// One token: one line, no whitespace.
    Token,
    /// One of a fixed set of values; any other is refused, with the closest
    /// one suggested.
    OneOf(&'static [Choice]),
    /// Text every wire format carries: the catalog's text rule, and with
    /// the entry's other wire text, the bound of `error_description` as
    /// each format sends it.
    WireText,
    /// The wire code: NQSCHAR whatever the text rule, no space at either
    /// end.
    Code,
    /// An HTTP client or server error status.
    Status,
    /// A variant name.
    VariantName,
    /// Lowercase tokens, none twice.
    Tags,
    /// `true`, `false`, or a one-line note.
    Deprecation,
    /// `true` or `false`.
    Flag,
    /// The values a string field allows: not empty, none twice, each one
    /// line.
    Values,
    /// The declared fields' tables.
    Declarations,
    /// A value of the declared type.
    Declared,
}

impl Rule {
    /// The rule in words, as the JSON Schema's description of a key ends;
    /// empty when the schema's keywords say it all (an enum of values).
    #[must_use]
    pub const fn sentence(self) -> &'static str {
        match self {
            Self::OneLine | Self::Heading => "One line of text, not blank.",
            Self::Token => "One token: not empty, no whitespace or control characters.",
            Self::OneOf(_) | Self::Flag | Self::Tags => "",
            Self::WireText => {
                "Not blank. Under `text = \"oauth\"` (the default) RFC 6749 NQSCHAR only \
                 (printable ASCII except `\"` and `\\`); under `text = \"unicode\"` any character \
                 but control and bidirectional formatting characters. The description and the \
                 hint, one space apart, take at most 1024 bytes as each format sends them."
            }
            Self::Code => {
                "RFC 6749 NQSCHAR only (printable ASCII except `\"` and `\\`), not empty, no space \
                 at either end. A code may appear in several entries with different statuses; \
                 such entries need a `name`."
            }
            Self::Status => "A client error (4xx) or a server error (5xx).",
            Self::VariantName => {
                "Required when several entries share a code. An UpperCamelCase identifier of \
                 ASCII letters and digits; not `Self`, and not `ALL`, `COUNT` or `DOMAIN`, the \
                 enum's own items."
            }
            Self::Deprecation => "A note is one line of text, not blank.",
            Self::Values => "Not empty, none twice, each one line of text.",
            Self::Declarations => {
                "Each name is a snake_case Rust identifier, not a keyword, a built-in entry key \
                 or a method the enum already has."
            }
            Self::Declared => "A value of the declared type.",
        }
    }
}

/// One value of a [`Rule::OneOf`] key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// The value as written.
    pub name: &'static str,
    /// What it means, in a few words; empty when the name says it.
    pub doc: &'static str,
}

/// Whether a change of a key's value can break a client built against the
/// old catalog, as `errcat diff` judges it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breaking {
    /// Never: no client can tell.
    Never,
    /// Always: clients match on it.
    Always,
    /// When there was a value: a first one breaks no client, which matched
    /// none, but changing or removing it does.
    OnceSet,
    /// Judged per declared field, by what its accessor returns.
    PerField,
}

impl Breaking {
    /// Whether a change from a value (`had_value`) or from none breaks.
    #[must_use]
    pub const fn judge(self, had_value: bool) -> bool {
        match self {
            Self::Never => false,
            Self::Always | Self::PerField => true,
            Self::OnceSet => had_value,
        }
    }
}

/// How the validated model keeps a key's value.
#[derive(Debug, Clone, Copy)]
pub enum Slot {
    /// Code of its own reads and keeps it: its value is not one text, or
    /// it names the entry.
    Own,
    /// A text of `[catalog]`.
    Catalog(Text<Catalog>),
    /// A text of an `[[error]]` entry.
    Entry(Text<Entry>),
}

/// Where the model keeps a text key's value: what the renderers and the
/// diff read, and what validation writes a sound value to.
#[derive(Debug)]
pub struct Text<T: 'static> {
    /// The value, `None` when there is none.
    pub get: fn(&T) -> Option<&str>,
    /// Stores a sound value; `None` when the model holds the value in
    /// another form (`text` as a [`TextRule`](crate::TextRule)), which
    /// code of its own writes.
    pub set: Option<fn(&mut T, String)>,
}

impl<T> Clone for Text<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Text<T> {}

/// One key: everything the format says about it, and where the model keeps
/// its value.
#[derive(Debug, Clone, Copy)]
pub struct Key {
    /// The key as written in TOML.
    pub name: &'static str,
    /// The type of its value.
    pub ty: KeyType,
    /// Whether it must be written.
    pub presence: Presence,
    /// Whether its value goes on the wire (and so holds only RFC 6749
    /// NQSCHAR characters).
    pub wire: bool,
    /// What it means, in one line of Markdown.
    pub doc: &'static str,
    /// The key written with a typical value, for help messages.
    pub example: &'static str,
    /// What its value must be beyond its type.
    pub rule: Rule,
    /// Typical values, as a JSON array: the JSON Schema's `examples`.
    pub schema_examples: &'static str,
    /// How messages name it, when not by its name (`text rule`).
    pub label: Option<&'static str>,
    /// Whether a change of its value breaks clients.
    pub breaking: Breaking,
    /// Where the model keeps its value.
    pub slot: Slot,
}

impl Key {
    /// How messages name the key: its label, else its name.
    #[must_use]
    pub const fn label(&self) -> &'static str {
        match self.label {
            Some(label) => label,
            None => self.name,
        }
    }

    /// The values a [`Rule::OneOf`] key takes; empty for other keys.
    #[must_use]
    pub const fn choices(&self) -> &'static [Choice] {
        match self.rule {
            Rule::OneOf(choices) => choices,
            _ => &[],
        }
    }
}

/// Keys are told apart by name: no two keys of the format share one.
impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for Key {}

/// The key's name, as messages write it.
impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

/// The top-level table of catalog metadata, `[catalog]`.
pub const CATALOG_TABLE: &str = "catalog";

/// The top-level array of entries, `[[error]]`.
pub const ENTRIES: &str = "error";

/// The top-level keys: the `[catalog]` table and the `[[error]]` array.
pub const TOP_LEVEL: &[&str] = &[CATALOG_TABLE, ENTRIES];

/// The keys of `[catalog]`.
pub const CATALOG: &[Key] = &[TITLE, TEXT, DOMAIN, FIELDS];

/// `[catalog] title`.
pub const TITLE: Key = Key {
    name: "title",
    ty: KeyType::String,
    presence: Presence::Optional,
    wire: false,
    doc: "A title, shown in the enum's rustdoc and as the heading of the reference page.",
    example: "title = \"Payments API errors\"",
    rule: Rule::Heading,
    schema_examples: r#"["Unstoppable Login error codes", "Payments API errors"]"#,
    label: None,
    breaking: Breaking::Never,
    slot: Slot::Catalog(Text {
        get: |catalog| catalog.title.as_deref(),
        set: Some(|catalog, title| catalog.title = Some(title)),
    }),
};

/// `text = "oauth"`, the default rule of catalog text.
pub const OAUTH: Choice = Choice {
    name: "oauth",
    doc: "RFC 6749 NQSCHAR, the default",
};

/// `text = "unicode"`.
pub const UNICODE: Choice = Choice {
    name: "unicode",
    doc: "any character but control and bidirectional formatting characters",
};

/// `[catalog] text`.
pub const TEXT: Key = Key {
    name: "text",
    ty: KeyType::String,
    presence: Presence::Optional,
    wire: false,
    doc: "The characters descriptions and hints may hold: `\"oauth\"` (the default), RFC 6749 \
          NQSCHAR, printable ASCII except `\"` and `\\`; or `\"unicode\"`, any character but \
          control and bidirectional formatting characters, percent-encoded in OAuth fields. \
          `code` is NQSCHAR either way.",
    example: "text = \"unicode\"",
    rule: Rule::OneOf(&[OAUTH, UNICODE]),
    schema_examples: r#"["oauth", "unicode"]"#,
    label: Some("text rule"),
    // Both catalogs are valid, so the old one's text obeys both rules, and
    // text that obeys RFC 6749 NQSCHAR goes on the wire alike under either.
    breaking: Breaking::Never,
    slot: Slot::Catalog(Text {
        get: |catalog| Some(catalog.text.name()),
        set: None,
    }),
};

/// `[catalog] domain`.
pub const DOMAIN: Key = Key {
    name: "domain",
    ty: KeyType::String,
    presence: Presence::Optional,
    wire: false,
    doc: "The error domain gRPC `ErrorInfo` carries with every code (errcat's `tonic` \
          feature), typically the service's DNS name: printable, no whitespace. Without it \
          the domain is sent empty. Also `DOMAIN` on the enum.",
    example: "domain = \"payments.example.com\"",
    rule: Rule::Token,
    schema_examples: r#"["payments.example.com", "login.example.org"]"#,
    label: None,
    // gRPC clients tell a catalog's reasons from others' by it.
    breaking: Breaking::OnceSet,
    slot: Slot::Catalog(Text {
        get: |catalog| catalog.domain.as_deref(),
        set: Some(|catalog, domain| catalog.domain = Some(domain)),
    }),
};

/// `[catalog] fields`.
pub const FIELDS: Key = Key {
    name: "fields",
    ty: KeyType::Declarations,
    presence: Presence::Optional,
    wire: false,
    doc: "Columns the catalog adds to every entry, one `[catalog.fields.NAME]` table each \
          (see \"Declared fields\").",
    example: "fields = { retryable = { type = \"bool\", default = false } }",
    rule: Rule::Declarations,
    schema_examples: r#"[{ "retryable": { "type": "bool", "default": false } }]"#,
    label: None,
    breaking: Breaking::PerField,
    slot: Slot::Own,
};

/// The keys of a field declaration, `[catalog.fields.NAME]`.
pub const FIELD: &[Key] = &[
    FIELD_TYPE,
    FIELD_DEFAULT,
    FIELD_REQUIRED,
    FIELD_VALUES,
    FIELD_DOC,
];

/// `[catalog.fields.NAME] type`.
pub const FIELD_TYPE: Key = Key {
    name: "type",
    ty: KeyType::String,
    presence: Presence::Required,
    wire: false,
    doc: "The type of the field's values: `bool`, `integer` (64-bit), `string` or \
          `strings` (an array of strings).",
    example: "type = \"bool\"",
    rule: Rule::OneOf(FIELD_TYPE_CHOICES),
    schema_examples: r#"["bool", "strings"]"#,
    label: Some("field type"),
    // The accessor's return type.
    breaking: Breaking::Always,
    slot: Slot::Own,
};

/// `[catalog.fields.NAME] default`.
pub const FIELD_DEFAULT: Key = Key {
    name: "default",
    ty: KeyType::Declared,
    presence: Presence::Optional,
    wire: false,
    doc: "The value of entries that leave the field out. Without a default, and unless \
          `required = true`, the accessor returns an `Option`.",
    example: "default = false",
    rule: Rule::Declared,
    schema_examples: r#"[false, 0, "INTERNAL"]"#,
    label: None,
    // Whether the accessor returns an `Option`.
    breaking: Breaking::Always,
    slot: Slot::Own,
};

/// `[catalog.fields.NAME] required`.
pub const FIELD_REQUIRED: Key = Key {
    name: "required",
    ty: KeyType::Bool,
    presence: Presence::Optional,
    wire: false,
    doc: "`true`: every entry writes the field. Not with `default`.",
    example: "required = true",
    rule: Rule::Flag,
    schema_examples: "[true]",
    label: None,
    // Whether the accessor returns an `Option`.
    breaking: Breaking::Always,
    slot: Slot::Own,
};

/// `[catalog.fields.NAME] values`.
pub const FIELD_VALUES: Key = Key {
    name: "values",
    ty: KeyType::Strings,
    presence: Presence::Optional,
    wire: false,
    doc: "For `string` and `strings` fields: the only values entries may write.",
    example: "values = [\"INVALID_ARGUMENT\", \"NOT_FOUND\"]",
    rule: Rule::Values,
    schema_examples: r#"[["INVALID_ARGUMENT", "NOT_FOUND"]]"#,
    label: None,
    breaking: Breaking::Never,
    slot: Slot::Own,
};

/// `[catalog.fields.NAME] doc`.
pub const FIELD_DOC: Key = Key {
    name: "doc",
    ty: KeyType::String,
    presence: Presence::Optional,
    wire: false,
    doc: "What the field means, in one line: the accessor's rustdoc.",
    example: "doc = \"The client may send the same request again later.\"",
    rule: Rule::OneLine,
    schema_examples: r#"["The client may send the same request again later."]"#,
    label: None,
    breaking: Breaking::Never,
    slot: Slot::Own,
};

/// The values of [`FIELD_TYPE`].
pub const FIELD_TYPE_CHOICES: &[Choice] = &[
    Choice {
        name: "bool",
        doc: "",
    },
    Choice {
        name: "integer",
        doc: "64-bit",
    },
    Choice {
        name: "string",
        doc: "",
    },
    Choice {
        name: "strings",
        doc: "an array of strings",
    },
];

/// The types a field declaration may name, as written after `type =`, in
/// the order of [`FIELD_TYPE_CHOICES`].
pub const FIELD_TYPES: &[(&str, KeyType)] = &[
    ("bool", KeyType::Bool),
    ("integer", KeyType::Integer),
    ("string", KeyType::String),
    ("strings", KeyType::Strings),
];

/// The keys of an `[[error]]` entry, in the order the docs list them.
pub const ENTRY: &[Key] = &[
    CODE,
    STATUS,
    DESCRIPTION,
    HINT,
    NAME,
    REFERENCE,
    DEPRECATED,
    SINCE,
    TAGS,
];

/// `code`.
pub const CODE: Key = Key {
    name: "code",
    ty: KeyType::String,
    presence: Presence::Required,
    wire: true,
    doc: "The wire code (the OAuth 2.0 `error` value).",
    example: "code = \"invalid_request\"",
    rule: Rule::Code,
    schema_examples: r#"["invalid_request", "invalid_grant", "rate_limited"]"#,
    label: None,
    breaking: Breaking::Always,
    slot: Slot::Own,
};

/// `status`.
pub const STATUS: Key = Key {
    name: "status",
    ty: KeyType::Status,
    presence: Presence::Required,
    wire: true,
    doc: "The HTTP status, in `400..=599`.",
    example: "status = 400",
    rule: Rule::Status,
    schema_examples: "[400, 401, 503]",
    label: None,
    breaking: Breaking::Always,
    slot: Slot::Own,
};

/// The statuses [`STATUS`] may take: HTTP client and server errors.
pub const STATUS_RANGE: std::ops::RangeInclusive<i64> = 400..=599;

/// `description`.
pub const DESCRIPTION: Key = Key {
    name: "description",
    ty: KeyType::String,
    presence: Presence::Required,
    wire: true,
    doc: "What went wrong (the OAuth 2.0 `error_description`).",
    example: "description = \"What went wrong, in one sentence.\"",
    rule: Rule::WireText,
    schema_examples: r#"["The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed."]"#,
    label: None,
    breaking: Breaking::Never,
    slot: Slot::Entry(Text {
        get: |entry| Some(&entry.description),
        set: Some(|entry, description| entry.description = description),
    }),
};

/// `hint`.
pub const HINT: Key = Key {
    name: "hint",
    ty: KeyType::String,
    presence: Presence::Optional,
    wire: true,
    doc: "What a client developer should do about it.",
    example: "hint = \"Check the request parameters.\"",
    rule: Rule::WireText,
    schema_examples: r#"["Ensure the various parameters are correct, be aware of case sensitivity, and trim the parameters."]"#,
    label: None,
    breaking: Breaking::Never,
    slot: Slot::Entry(Text {
        get: |entry| entry.hint.as_deref(),
        set: Some(|entry, hint| entry.hint = Some(hint)),
    }),
};

/// `name`.
pub const NAME: Key = Key {
    name: "name",
    ty: KeyType::String,
    presence: Presence::Optional,
    wire: false,
    doc: "The variant name; defaults to the UpperCamelCase form of `code` \
          (`invalid_request` becomes `InvalidRequest`).",
    example: "name = \"InvalidRequest\"",
    rule: Rule::VariantName,
    schema_examples: r#"["InvalidRequest", "TokenExpired"]"#,
    label: None,
    // A variant renamed is one removed, for the code that names it.
    breaking: Breaking::Always,
    slot: Slot::Own,
};

/// `reference`.
pub const REFERENCE: Key = Key {
    name: "reference",
    ty: KeyType::String,
    presence: Presence::Optional,
    wire: false,
    doc: "Where the code is specified. `RFC 6749 section 5.2` links to that section of the \
          RFC Editor's copy, `OpenID Connect Core 1.0 ...` to the OpenID Connect Core \
          specification, and a URL to itself, in rustdoc and on the reference page; other text \
          is shown as written.",
    example: "reference = \"RFC 6749 section 5.2\"",
    rule: Rule::OneLine,
    schema_examples: r#"["RFC 6749 section 5.2", "OpenID Connect Core 1.0 section 3.1.2.6", "https://example.com/docs/errors#card_declined"]"#,
    label: None,
    breaking: Breaking::Never,
    slot: Slot::Entry(Text {
        get: |entry| entry.reference.as_deref(),
        set: Some(|entry, reference| entry.reference = Some(reference)),
    }),
};

/// `deprecated`.
pub const DEPRECATED: Key = Key {
    name: "deprecated",
    ty: KeyType::BoolOrString,
    presence: Presence::Optional,
    wire: false,
    doc: "`true`, or a note saying what to use instead: the variant gets `#[deprecated]`, \
          and the docs say so. `false` is the same as leaving it out.",
    example: "deprecated = \"use card_refused\"",
    rule: Rule::Deprecation,
    schema_examples: r#"[true, "use invalid_token"]"#,
    label: None,
    // Deprecation warns the code that names the variant; it still compiles.
    breaking: Breaking::Never,
    slot: Slot::Own,
};

/// `since`.
pub const SINCE: Key = Key {
    name: "since",
    ty: KeyType::String,
    presence: Presence::Optional,
    wire: false,
    doc: "The version of the API that added the code, shown in the docs.",
    example: "since = \"1.2\"",
    rule: Rule::OneLine,
    schema_examples: r#"["1.2", "2024-06"]"#,
    label: None,
    breaking: Breaking::Never,
    slot: Slot::Entry(Text {
        get: |entry| entry.since.as_deref(),
        set: Some(|entry, since| entry.since = Some(since)),
    }),
};

/// `tags`.
pub const TAGS: Key = Key {
    name: "tags",
    ty: KeyType::Strings,
    presence: Presence::Optional,
    wire: false,
    doc: "Labels for grouping codes (an endpoint, a feature): lowercase ASCII letters, \
          digits, `_` and `-`, each at most once.",
    example: "tags = [\"charge\"]",
    rule: Rule::Tags,
    schema_examples: r#"[["charge"], ["token", "refresh"]]"#,
    label: None,
    breaking: Breaking::Never,
    slot: Slot::Own,
};

/// The declared field that overrides, per code, the gRPC status errcat's
/// `tonic` feature derives from the HTTP status (see docs/grpc.md).
pub const GRPC_CODE_FIELD: &str = errcat_core::grpc::OVERRIDE_FIELD;

/// The values a [`GRPC_CODE_FIELD`] may take: every canonical gRPC code
/// name but `OK`, in the order of their numbers.
#[must_use]
pub fn grpc_code_names() -> &'static [&'static str] {
    &errcat_core::grpc::CODE_NAMES[1..]
}

/// The names of `keys`, in order.
#[must_use]
pub fn names(keys: &[Key]) -> Vec<&'static str> {
    keys.iter().map(|key| key.name).collect()
}

/// The key named `name` among `keys`.
#[must_use]
pub fn find<'a>(keys: &'a [Key], name: &str) -> Option<&'a Key> {
    keys.iter().find(|key| key.name == name)
}

/// `a`, `b` and `c`, each in backticks: keys as a message lists them.
#[must_use]
pub fn quoted_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// The key table of docs/catalog-format.md, with its final newline: a test
/// checks that the page holds exactly this.
#[must_use]
pub fn markdown_table() -> String {
    let mut table =
        String::from("| key | type | | on the wire | meaning |\n|---|---|---|---|---|\n");
    let rows = CATALOG
        .iter()
        .map(|key| (format!("`[catalog] {}`", key.name), key))
        .chain(
            FIELD
                .iter()
                .map(|key| (format!("`[catalog.fields.NAME] {}`", key.name), key)),
        )
        .chain(ENTRY.iter().map(|key| (format!("`{}`", key.name), key)));
    for (shown, key) in rows {
        let presence = match key.presence {
            Presence::Required => "required",
            Presence::Optional => "optional",
        };
        let wire = if key.wire { "yes" } else { "no" };
        let _ = writeln!(
            table,
            "| {shown} | {} | {presence} | {wire} | {} |",
            key.ty.describe(),
            key.doc
        );
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_examples_write_their_key() {
        let every: Vec<&Key> = CATALOG.iter().chain(FIELD).chain(ENTRY).collect();
        for (index, key) in every.iter().enumerate() {
            // Keys compare by name, so no two may share one, in any table.
            assert!(
                every[..index].iter().all(|other| other.name != key.name),
                "{} twice",
                key.name
            );
            assert!(key.example.starts_with(&format!("{} = ", key.name)));
            assert!(key.schema_examples.starts_with('[') && key.schema_examples.ends_with(']'));
        }
    }

    #[test]
    fn the_field_types_are_the_choices_of_type() {
        let names: Vec<&str> = FIELD_TYPES.iter().map(|(name, _)| *name).collect();
        let choices: Vec<&str> = FIELD_TYPE
            .choices()
            .iter()
            .map(|choice| choice.name)
            .collect();
        assert_eq!(names, choices);
    }

    #[test]
    fn a_first_value_breaks_only_what_always_breaks() {
        assert!(!Breaking::OnceSet.judge(false) && Breaking::OnceSet.judge(true));
        assert!(Breaking::Always.judge(false) && !Breaking::Never.judge(true));
    }
}
