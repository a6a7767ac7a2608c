//! The table's `lookup`: the perfect hash `from_code` searches
//! ([`perfect_hash`](super::perfect_hash) builds it), as tokens.

use std::collections::HashSet;

use errcat_core::hash::{self, Mode};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::perfect_hash::{self, Layout};
use crate::model::Catalog;

/// The perfect hash as tokens.
pub(super) struct Lookup {
    /// `const EMPTY`, the slot that holds no code, when some slot is
    /// empty: named once rather than spelt in each of them.
    pub(super) empty: TokenStream,
    /// The `PerfectHash` expression.
    pub(super) hash: TokenStream,
}

/// The perfect hash of `catalog`'s codes, each slot naming the code's
/// first entry.
///
/// Slots hold the code and the entry's index, not the variant: rustc checks
/// a long array of integers in a fraction of the time it takes for an
/// array of enum paths.
pub(super) fn generate(catalog: &Catalog) -> Lookup {
    let mut codes_seen = HashSet::with_capacity(catalog.entries.len());
    let firsts: Vec<(&str, usize)> = catalog
        .entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| codes_seen.insert(entry.code.as_str()))
        .map(|(index, entry)| (entry.code.as_str(), index))
        .collect();
    let codes: Vec<&str> = firsts.iter().map(|(code, _)| *code).collect();
    let table = perfect_hash::build(&codes);
    let slots: Vec<TokenStream> = table
        .slots
        .iter()
        .map(|slot| match slot {
            Some(first) => {
                let (code, index) = firsts[*first];
                let index = Literal::usize_unsuffixed(index);
                let fingerprint = Literal::u32_unsuffixed(hash::fingerprint(hash::hash(
                    code.as_bytes(),
                    table.seed,
                    table.mode,
                )));
                quote!((#code, #index, #fingerprint),)
            }
            None => quote!(EMPTY,),
        })
        .collect();
    let empty = if table.slots.contains(&None) {
        quote!(
            const EMPTY: __errcat::Slot = __errcat::EMPTY;
        )
    } else {
        TokenStream::new()
    };
    // No displacements make a direct table.
    let displacements: &[u32] = match &table.layout {
        Layout::Direct => &[],
        Layout::Displaced { displacements } => displacements,
    };
    let seed = Literal::u64_unsuffixed(table.seed);
    let mode = match table.mode {
        Mode::Sampled => quote!(Sampled),
        Mode::Full => quote!(Full),
    };
    let displacements = displacements.iter().map(|&d| Literal::u32_unsuffixed(d));
    // The slots are a column as the table's are: a static. The rest is
    // small and stays constant, so that a lookup folds the table's shape.
    let slots = super::table::column(&quote!(__errcat::Slot), slots.len(), &quote!(#(#slots)*));
    let hash = quote! {
        __errcat::PerfectHash {
            seed: #seed,
            mode: __errcat::Mode::#mode,
            displacements: &[#(#displacements),*],
            slots: #slots,
        }
    };
    Lookup { empty, hash }
}

/// The lookup of the stub a catalog with problems gets: no hash, which
/// the table reads as "search code by code". The stub's crate does not
/// build, so the search never runs.
pub(super) fn stub() -> Lookup {
    Lookup {
        empty: TokenStream::new(),
        hash: quote!(__errcat::PerfectHash::NONE),
    }
}
