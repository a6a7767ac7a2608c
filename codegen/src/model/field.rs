//! Declared fields: the columns a catalog adds to its entries with
//! `[catalog.fields.NAME]`, and their values.

/// The type of a declared field's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// `bool`.
    Bool,
    /// `integer`: an `i64`.
    Integer,
    /// `string`: one line of text.
    String,
    /// `strings`: a list of one-line texts.
    Strings,
}

impl FieldType {
    /// The type as the catalog writes it after `type =`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Bool => "bool",
            Self::Integer => "integer",
            Self::String => "string",
            Self::Strings => "strings",
        }
    }
}

/// A value of a declared field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// Of a `bool` field.
    Bool(bool),
    /// Of an `integer` field.
    Integer(i64),
    /// Of a `string` field.
    String(String),
    /// Of a `strings` field.
    Strings(Vec<String>),
}

impl std::fmt::Display for FieldValue {
    /// The value as TOML would write it, for reports and docs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Bool(flag) => write!(f, "{flag}"),
            Self::Integer(number) => write!(f, "{number}"),
            Self::String(text) => write!(f, "{text:?}"),
            Self::Strings(items) => {
                let quoted: Vec<String> = items.iter().map(|item| format!("{item:?}")).collect();
                write!(f, "[{}]", quoted.join(", "))
            }
        }
    }
}

/// A `[catalog.fields.NAME]` declaration that passed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldDecl {
    /// The field's name: a `snake_case` Rust identifier, the accessor's name.
    pub name: String,
    /// The type of its values.
    pub ty: FieldType,
    /// The value of entries that leave it out.
    pub default: Option<FieldValue>,
    /// Whether every entry writes it.
    pub required: bool,
    /// The only values a `string` or `strings` field may hold; empty for
    /// any value.
    pub values: Vec<String>,
    /// What it means, in one line.
    pub doc: Option<String>,
}

impl FieldDecl {
    /// A declaration of an optional field of type `ty`, without a default.
    #[must_use]
    pub fn new(name: impl Into<String>, ty: FieldType) -> Self {
        Self {
            name: name.into(),
            ty,
            default: None,
            required: false,
            values: Vec::new(),
            doc: None,
        }
    }

    /// The declaration with `default`.
    #[must_use]
    pub fn with_default(mut self, default: FieldValue) -> Self {
        self.default = Some(default);
        self
    }

    /// The declaration with `required = true`.
    #[must_use]
    pub fn with_required(mut self) -> Self {
        self.required = true;
        self
    }

    /// The declaration with `values`.
    #[must_use]
    pub fn with_values<T: Into<String>>(mut self, values: impl IntoIterator<Item = T>) -> Self {
        self.values = values.into_iter().map(Into::into).collect();
        self
    }

    /// The declaration with `doc`.
    #[must_use]
    pub fn with_doc(mut self, doc: impl Into<String>) -> Self {
        self.doc = Some(doc.into());
        self
    }

    /// Whether the accessor returns an `Option`: neither a default nor
    /// required, so an entry may have no value.
    #[must_use]
    pub const fn is_optional(&self) -> bool {
        self.default.is_none() && !self.required
    }
}
