//! Every key of the catalog format, named once.
//!
//! The parser (which keys exist, their types, "did you mean"), the check
//! for required keys, `errcat schema` and the key table of
//! docs/catalog-format.md all read these tables, so a key cannot be known
//! to one of them and missing from another. Adding a built-in key is a row
//! here plus the code that gives its value a meaning (validation, the
//! model, generation).

use std::fmt::Write as _;

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

/// One key: everything the format says about it outside the meaning of its
/// value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
}

/// The top-level keys: the `[catalog]` table and the `[[error]]` array.
pub const TOP_LEVEL: &[&str] = &["catalog", "error"];

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
};

/// `[catalog.fields.NAME] required`.
pub const FIELD_REQUIRED: Key = Key {
    name: "required",
    ty: KeyType::Bool,
    presence: Presence::Optional,
    wire: false,
    doc: "`true`: every entry writes the field. Not with `default`.",
    example: "required = true",
};

/// `[catalog.fields.NAME] values`.
pub const FIELD_VALUES: Key = Key {
    name: "values",
    ty: KeyType::Strings,
    presence: Presence::Optional,
    wire: false,
    doc: "For `string` and `strings` fields: the only values entries may write.",
    example: "values = [\"INVALID_ARGUMENT\", \"NOT_FOUND\"]",
};

/// `[catalog.fields.NAME] doc`.
pub const FIELD_DOC: Key = Key {
    name: "doc",
    ty: KeyType::String,
    presence: Presence::Optional,
    wire: false,
    doc: "What the field means, in one line: the accessor's rustdoc.",
    example: "doc = \"The client may send the same request again later.\"",
};

/// The types a field declaration may name, as written after `type =`.
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
};

/// `status`.
pub const STATUS: Key = Key {
    name: "status",
    ty: KeyType::Status,
    presence: Presence::Required,
    wire: true,
    doc: "The HTTP status, in `400..=599`.",
    example: "status = 400",
};

/// `description`.
pub const DESCRIPTION: Key = Key {
    name: "description",
    ty: KeyType::String,
    presence: Presence::Required,
    wire: true,
    doc: "What went wrong (the OAuth 2.0 `error_description`).",
    example: "description = \"What went wrong, in one sentence.\"",
};

/// `hint`.
pub const HINT: Key = Key {
    name: "hint",
    ty: KeyType::String,
    presence: Presence::Optional,
    wire: true,
    doc: "What a client developer should do about it.",
    example: "hint = \"Check the request parameters.\"",
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
};

/// `since`.
pub const SINCE: Key = Key {
    name: "since",
    ty: KeyType::String,
    presence: Presence::Optional,
    wire: false,
    doc: "The version of the API that added the code, shown in the docs.",
    example: "since = \"1.2\"",
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
        for keys in [CATALOG, FIELD, ENTRY] {
            for (index, key) in keys.iter().enumerate() {
                assert!(
                    keys[..index].iter().all(|other| other.name != key.name),
                    "{} twice",
                    key.name
                );
                assert!(key.example.starts_with(&format!("{} = ", key.name)));
            }
        }
    }
}
