//! Keys whose value is one of a fixed set ([`Rule::OneOf`]): `text`, a
//! field's `type`. Any other value is refused where it is written, with the
//! closest one suggested; the key then counts as written without a value,
//! and the passes after this one say what they do without it.
//!
//! [`Rule::OneOf`]: crate::keys::Rule::OneOf

use super::Field;
use crate::diagnostic::Diagnostic;
use crate::keys::{Choice, Key};
use crate::suggest;

/// Whether `value` is one of `choices`, the values of `key`; the problem
/// is pushed when it is not.
pub(super) fn check(
    key: &Key,
    choices: &[Choice],
    value: &Field<String>,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    if choices.iter().any(|choice| choice.name == value.value) {
        return true;
    }
    let names: Vec<&str> = choices.iter().map(|choice| choice.name).collect();
    let choices = listed(key, choices);
    let help = match suggest::closest(&value.value, &names) {
        Some(meant) => format!("did you mean `{key} = \"{meant}\"`? {choices}"),
        None => choices,
    };
    problems.push(
        Diagnostic::new(
            format!("unknown `{key}` value {:?}", value.value),
            value.span.clone(),
            format!("not a {}", key.label()),
        )
        .with_help(help),
    );
    false
}

/// `` `text` is "oauth" (...) or "unicode" (...) ``: every value, each with
/// what it means.
fn listed(key: &Key, choices: &[Choice]) -> String {
    let shown: Vec<String> = choices
        .iter()
        .map(|choice| match choice.doc {
            "" => format!("{:?}", choice.name),
            doc => format!("{:?} ({doc})", choice.name),
        })
        .collect();
    let list = match shown.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => shown.concat(),
    };
    format!("`{key}` is {list}")
}
