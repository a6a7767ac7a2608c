//! `[catalog] text`: which rule the catalog's descriptions and hints
//! follow, `"oauth"` when it is not written.

use crate::diagnostic::Diagnostic;
use crate::model::TextRule;
use crate::parse::RawCatalog;
use crate::suggest;

/// The catalog's text rule, the default when `text` is not written; `None`
/// when it is unknown, which is reported. The entries' other problems are
/// still found in the same build, but not which of their characters the
/// rule meant to allow: a typo in `"unicode"` would otherwise bury the one
/// real problem under every non-ASCII character of the file.
pub(super) fn read(raw: &RawCatalog, problems: &mut Vec<Diagnostic>) -> Option<TextRule> {
    let Some(field) = raw.catalog.text("text") else {
        return Some(TextRule::default());
    };
    if let Some(&(rule, _)) = TextRule::ALL.iter().find(|(_, name)| *name == field.value) {
        return Some(rule);
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
    None
}
