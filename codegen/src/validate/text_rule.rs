//! `[catalog] text`: which rule the catalog's descriptions and hints
//! follow, `"oauth"` when it is not written.

use crate::diagnostic::Diagnostic;
use crate::model::TextRule;
use crate::parse::RawCatalog;
use crate::suggest;

/// The catalog's text rule; an unknown value is reported, and the entries
/// are then checked under the default so that their problems are still
/// found in the same build.
pub(super) fn read(raw: &RawCatalog, problems: &mut Vec<Diagnostic>) -> TextRule {
    let Some(field) = raw.catalog.text("text") else {
        return TextRule::default();
    };
    if let Some(&(rule, _)) = TextRule::ALL.iter().find(|(_, name)| *name == field.value) {
        return rule;
    }
    let names = TextRule::ALL.map(|(_, name)| name);
    let choices = "`text` is \"oauth\" (RFC 6749 NQSCHAR, the default) or \"unicode\" \
                   (any character but control and bidirectional formatting characters)";
    let help = match suggest::closest(&field.value, &names) {
        Some(meant) => format!("did you mean `text = \"{meant}\"`? {choices}"),
        None => choices.to_owned(),
    };
    problems.push(
        Diagnostic::new(
            format!("unknown `text` value {:?}", field.value),
            field.span.clone(),
            "not a text rule",
        )
        .with_help(help),
    );
    TextRule::default()
}
