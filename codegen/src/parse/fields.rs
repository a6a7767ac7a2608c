//! `[catalog.fields.NAME]`: the declarations of the columns a catalog adds
//! to its entries. They are read before the entries, whose keys and value
//! types depend on them.

use std::ops::Range;

use toml::Spanned;
use toml::de::DeValue;

use super::{Field, RawTable, RawValue, read_table, values};
use crate::diagnostic::Diagnostic;
use crate::keys::{self, KeyType};
use crate::suggest;

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
        matches!(self.keys.get("required"), Some(RawValue::Bool(flag)) if flag.value)
    }

    /// Where the value of `key` is written, when it is.
    pub(crate) fn span_of(&self, key: &str) -> Option<Range<usize>> {
        self.spans
            .iter()
            .find(|(name, _)| name == key)
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
            "`fields` must be a table of field declarations",
            value,
            "write each field under its own `[catalog.fields.NAME]` header",
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
                    "write `[catalog.fields.{}]` with `type = \"...\"` under it",
                    name.value
                ),
            ));
            continue;
        };
        let keys = read_table(body, keys::FIELD, &[], "in a field declaration", problems);
        if !keys.written.contains(&"type") {
            problems.push(missing_type(&name, declaration.span()));
        }
        let ty = keys.text("type").and_then(|ty| field_type(ty, problems));
        let default = ty.and_then(|ty| {
            let (_, written) = body.iter().find(|(key, _)| key.get_ref() == "default")?;
            let value = values::read("default", ty, written, problems)?;
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
    Diagnostic::new(
        format!("field `{}` has no `type`", name.value),
        span,
        "this declaration needs a `type`",
    )
    .with_help(format!(
        "add `type = \"...\"`, one of {}",
        keys::quoted_list(&type_names())
    ))
}

/// The type `ty` names, or `None` with the problem pushed.
fn field_type(ty: &Field<String>, problems: &mut Vec<Diagnostic>) -> Option<KeyType> {
    if let Some((_, found)) = keys::FIELD_TYPES.iter().find(|(name, _)| *name == ty.value) {
        return Some(*found);
    }
    let names = type_names();
    let problem = Diagnostic::new(
        format!("unknown field type `{}`", ty.value),
        ty.span.clone(),
        "not a field type",
    );
    problems.push(match suggest::closest(&ty.value, &names) {
        Some(meant) => problem.with_help(format!("did you mean `{meant}`?")),
        None => problem.with_help(format!("the field types are {}", keys::quoted_list(&names))),
    });
    None
}

fn type_names() -> Vec<&'static str> {
    keys::FIELD_TYPES.iter().map(|(name, _)| *name).collect()
}
