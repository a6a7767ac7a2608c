//! Where each entry's `code` and `status` are written, for warnings that
//! point at them. The validated catalog keeps only each entry's line; the
//! TOML parser gives the byte spans, and a valid catalog's `error` array
//! lists its entries in the same order as the catalog does.

use std::ops::Range;

use errcat_codegen::keys::{self, Key};
use toml::de::DeTable;

/// The spans of one entry's keys.
#[derive(Debug, Clone, Default)]
pub(crate) struct EntrySpans {
    /// The `code` value.
    pub(crate) code: Range<usize>,
    /// The `status` value.
    pub(crate) status: Range<usize>,
}

impl EntrySpans {
    /// The spans of every entry of the valid catalog `text`, in file order.
    /// An entry whose keys cannot be found (a catalog written in a shape
    /// this reader does not follow) points at the start of the file, so
    /// the warning still names the file.
    pub(crate) fn of(text: &str) -> Vec<Self> {
        let Ok(document) = DeTable::parse(text) else {
            return Vec::new();
        };
        let Some(entries) = document
            .get_ref()
            .iter()
            .find(|(key, _)| key.get_ref() == keys::ENTRIES)
            .and_then(|(_, value)| value.get_ref().as_array())
        else {
            return Vec::new();
        };
        entries
            .iter()
            .map(|entry| {
                let span_of = |wanted: &Key| {
                    entry
                        .get_ref()
                        .as_table()
                        .and_then(|table| {
                            table.iter().find(|(key, _)| key.get_ref() == wanted.name)
                        })
                        .map_or(0..0, |(_, value)| value.span())
                };
                Self {
                    code: span_of(&keys::CODE),
                    status: span_of(&keys::STATUS),
                }
            })
            .collect()
    }
}
