//! The `grpc_code` field: a declared field of that name overrides, per
//! code, the gRPC status errcat's `tonic` feature derives from the HTTP
//! status. It is an ordinary declared field (an accessor, docs, `values`)
//! with two more rules, checked here: it is a `string` field, and every
//! value it can take is a canonical gRPC code name other than `OK`.

use errcat_core::grpc::CODE_NAMES;

use crate::diagnostic::Diagnostic;
use crate::keys::{self, GRPC_CODE_FIELD, KeyType, grpc_code_names};
use crate::parse::{Field, RawCatalog, RawValue};
use crate::suggest;

/// Checks the `grpc_code` declaration and every value of it, when the
/// catalog declares the field.
pub(super) fn check(raw: &RawCatalog, problems: &mut Vec<Diagnostic>) {
    let Some(declaration) = raw
        .fields
        .iter()
        .find(|field| field.name.value == GRPC_CODE_FIELD)
    else {
        return;
    };
    if let Some(ty) = declaration.ty.filter(|ty| *ty != KeyType::String) {
        let span = declaration
            .span_of(&keys::FIELD_TYPE)
            .unwrap_or_else(|| declaration.name.span.clone());
        problems.push(
            Diagnostic::new(
                format!(
                    "field `{GRPC_CODE_FIELD}` must be a `string` field, found `{}`",
                    ty.describe()
                ),
                span,
                "the gRPC override holds one code name",
            )
            .with_help(format!(
                "write `{} = \"string\"`, or rename the field if it is not the gRPC status \
                     override",
                keys::FIELD_TYPE
            )),
        );
        return;
    }
    for value in declaration.keys.strings(&keys::FIELD_VALUES) {
        check_name(value, problems);
    }
    if let Some((_, RawValue::Text(default))) = &declaration.default {
        check_name(default, problems);
    }
    for entry in &raw.entries {
        if let Some(RawValue::Text(value)) = entry.keys.field(GRPC_CODE_FIELD) {
            check_name(value, problems);
        }
    }
}

fn check_name(value: &Field<String>, problems: &mut Vec<Diagnostic>) {
    let name = value.value.as_str();
    if grpc_code_names().contains(&name) {
        return;
    }
    if name == CODE_NAMES[0] {
        problems.push(
            Diagnostic::new(
                format!("`{GRPC_CODE_FIELD}` cannot be `OK`"),
                value.span.clone(),
                "an error is never answered with OK",
            )
            .with_help(
                "name the gRPC code the error means, or leave the field out to map the HTTP \
                 status",
            ),
        );
        return;
    }
    let upper = name.to_ascii_uppercase();
    let meant = grpc_code_names()
        .iter()
        .copied()
        .find(|known| *known == upper)
        .or_else(|| suggest::closest(&upper, grpc_code_names()));
    let help = match meant {
        Some(meant) => format!("did you mean `{meant}`?"),
        None => format!(
            "use a canonical gRPC code name: {}",
            keys::quoted_list(grpc_code_names())
        ),
    };
    problems.push(
        Diagnostic::new(
            format!("`{GRPC_CODE_FIELD}` `{name}` is not a gRPC status code name"),
            value.span.clone(),
            "not a canonical gRPC code",
        )
        .with_help(help),
    );
}
