//! `[catalog.fields.NAME]`: the declarations of the columns a catalog adds
//! to its entries. They are read before the entries, whose keys and value
//! types depend on them.

use std::ops::Range;

use toml::Spanned;
use toml::de::DeValue;

use super::{Field, RawTable, RawValue, read_table, values};
use crate::diagnostic::Diagnostic;
use crate::keys::{self, Key, KeyType};

/// A field declaration as written.
#[derive(Debug)]
pub(crate) struct RawDeclaration {
    /// The field's name, at its key in `[catalog.fields]`.
    pub(crate) name: Field<String>,
    /// The declaration's keys other than `default`.
    pub(crate) keys: RawTable,
    /// The type `type` names, when it names one.
    pub(crate) ty: Option<KeyType>,
    /// `default`, with the span of its whole value, when it has the
    /// declared type.
    pub(crate) default: Option<(Range<usize>, RawValue)>,
    /// Each key's whole value, for the problems that point at a key rather
    /// than an item.
    spans: Vec<(String, Range<usize>)>,
}

impl RawDeclaration {
    /// `required = true` was written.
    pub(crate) fn required(&self) -> bool {
        self.keys
            .flag(&keys::FIELD_REQUIRED)
            .is_some_and(|flag| flag.value)
    }

    /// Where the value of `key` is written, when it is.
    pub(crate) fn span_of(&self, key: &Key) -> Option<Range<usize>> {
        self.spans
            .iter()
            .find(|(name, _)| name == key.name)
            .map(|(_, span)| span.clone())
    }
}

/// The declarations of `[catalog] fields`, in file order.
pub(super) fn read(
    value: &Spanned<DeValue<'_>>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<RawDeclaration> {
    let Some(table) = value.get_ref().as_table() else {
        problems.push(not_a_table(
            &format!("`{}` must be a table of field declarations", keys::FIELDS),
            value,
            &format!(
                "write each field under its own `[{}.{}.NAME]` header",
                keys::CATALOG_TABLE,
                keys::FIELDS
            ),
        ));
        return Vec::new();
    };
    let mut declarations = Vec::with_capacity(table.len());
    for (key, declaration) in table {
        let name = Field {
            value: key.get_ref().to_string(),
            span: key.span(),
        };
        let Some(body) = declaration.get_ref().as_table() else {
            problems.push(not_a_table(
                &format!("the declaration of field `{}` must be a table", name.value),
                declaration,
                &format!(
                    "write `[{}.{}.{}]` with `{} = \"...\"` under it",
                    keys::CATALOG_TABLE,
                    keys::FIELDS,
                    name.value,
                    keys::FIELD_TYPE
                ),
            ));
            continue;
        };
        let keys = read_table(body, keys::FIELD, &[], "in a field declaration", problems);
        if !keys.wrote(&keys::FIELD_TYPE) {
            problems.push(missing_type(&name, declaration.span()));
        }
        // An unknown type was reported by `read_table`, and leaves none.
        let ty = keys
            .text(&keys::FIELD_TYPE)
            .and_then(|ty| field_type(&ty.value));
        let default = ty.and_then(|ty| {
            let (_, written) = body
                .iter()
                .find(|(key, _)| key.get_ref() == keys::FIELD_DEFAULT.name)?;
            let value = values::read(keys::FIELD_DEFAULT.name, ty, written, problems)?;
            Some((written.span(), value))
        });
        let spans = body
            .iter()
            .map(|(key, value)| (key.get_ref().to_string(), value.span()))
            .collect();
        declarations.push(RawDeclaration {
            name,
            keys,
            ty,
            default,
            spans,
        });
    }
    // toml's tables are sorted by key; the accessors, the docs' columns
    // and the reports follow the file.
    declarations.sort_by_key(|declaration| declaration.name.span.start);
    declarations
}

fn not_a_table(message: &str, value: &Spanned<DeValue<'_>>, help: &str) -> Diagnostic {
    Diagnostic::new(
        format!("{message}, found {}", values::type_name(value.get_ref())),
        value.span(),
        "expected a table",
    )
    .with_help(help.to_owned())
}

fn missing_type(name: &Field<String>, span: Range<usize>) -> Diagnostic {
    let ty = keys::FIELD_TYPE;
    let names: Vec<&str> = ty.choices().iter().map(|choice| choice.name).collect();
    Diagnostic::new(
        format!("field `{}` has no `{ty}`", name.value),
        span,
        format!("this declaration needs a `{ty}`"),
    )
    .with_help(format!(
        "add `{ty} = \"...\"`, one of {}",
        keys::quoted_list(&names)
    ))
}

/// The type a known `type` value names.
fn field_type(name: &str) -> Option<KeyType> {
    keys::FIELD_TYPES
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, ty)| *ty)
}
