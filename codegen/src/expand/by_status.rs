//! The table's `by_status` and, when the file does not list its entries
//! by status, `ErrorCode::STATUS_ORDER`: what `with_status` searches.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::Catalog;

/// The tables `with_status` searches, as tokens.
pub(super) struct ByStatus {
    /// Each status with the range of its entries in the status order,
    /// sorted by status: the `by_status` expression.
    pub(super) ranges: TokenStream,
    /// `const STATUS_ORDER: Option<&'static [Self]> = Some(...);`, the
    /// variants grouped by status, in the `ErrorCode` impl; nothing when
    /// the file lists its entries by status, as the Login catalog does,
    /// and `ALL` is that order.
    pub(super) order: Option<TokenStream>,
}

pub(super) fn generate(catalog: &Catalog) -> ByStatus {
    let groups = catalog.by_status();
    let order: Vec<usize> = groups
        .iter()
        .flat_map(|(_, indices)| indices.iter().copied())
        .collect();
    let mut start = 0;
    let ranges = groups.iter().map(|(status, indices)| {
        let (status, from, to) = (
            Literal::u16_unsuffixed(*status),
            Literal::usize_unsuffixed(start),
            Literal::usize_unsuffixed(start + indices.len()),
        );
        start += indices.len();
        quote!((#status, #from, #to),)
    });
    let ranges = quote!(&[#(#ranges)*]);
    let in_file_order = order.iter().copied().eq(0..catalog.entries.len());
    let order = (!in_file_order).then(|| {
        // Built by const evaluation from indices into `ALL`: rustc checks an
        // array of integers far faster than one of paths to variants
        // (1,000 codes: type checking 104 -> 95 ms in a debug build;
        // BENCHMARKS.md, "Goal 3: build cost"). Written in the impl, not
        // as a constant beside it that the impl names: rustc checks an
        // array of variants again for every constant whose value reaches
        // it, in time quadratic in their number (BENCHMARKS.md, "Goal 3:
        // build cost").
        let entries = Literal::usize_unsuffixed(order.len());
        let indices = order.iter().map(|&index| Literal::usize_unsuffixed(index));
        quote! {
            const STATUS_ORDER: ::core::option::Option<&'static [Self]> = ::core::option::Option::Some(&{
                const INDICES: [u32; #entries] = [#(#indices),*];
                let mut order = [Self::ALL[0]; #entries];
                let mut at = 0;
                while at < #entries {
                    order[at] = Self::ALL[INDICES[at] as usize];
                    at += 1;
                }
                order
            });
        }
    });
    ByStatus { ranges, order }
}

/// The stub's: no ranges, which the table reads as "entries grouped by
/// status" (the stub's statuses are all 0).
pub(super) fn stub() -> ByStatus {
    ByStatus {
        ranges: quote!(&[]),
        order: None,
    }
}
