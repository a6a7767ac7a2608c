//! Reading generated code in tests: what the macro puts inside its
//! `const _: () = { ... };` block, where the tables and impls live.

/// The statements of every `const` block among `file`'s items.
pub(crate) fn block_statements(file: &syn::File) -> impl Iterator<Item = &syn::Stmt> {
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Const(item) => match &*item.expr {
                syn::Expr::Block(block) => Some(&block.block.stmts),
                _ => None,
            },
            _ => None,
        })
        .flatten()
}
