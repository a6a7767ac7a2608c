//! `[catalog] text`: which rule the catalog's descriptions and hints
//! follow, `"oauth"` when it is not written.

use crate::keys;
use crate::model::TextRule;
use crate::parse::RawCatalog;

/// The catalog's text rule, the default when `text` is not written; `None`
/// when it is written with a value that names no rule, which the parser
/// reported with the closest one. The text is then checked under what
/// every rule refuses (see `text::check_wire_text`), so no other problem
/// goes unreported.
pub(super) fn read(raw: &RawCatalog) -> Option<TextRule> {
    match raw.catalog.text(&keys::TEXT) {
        Some(field) => TextRule::named(&field.value),
        None if raw.catalog.wrote(&keys::TEXT) => None,
        None => Some(TextRule::default()),
    }
}
