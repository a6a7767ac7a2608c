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

/// The cells of a column of the generated table: `&[]`, or a block that
/// declares the column's static array and refers to it.
pub(crate) fn column_cells(column: &syn::Expr) -> Option<Vec<&syn::Expr>> {
    let array = match column {
        syn::Expr::Reference(reference) => &*reference.expr,
        syn::Expr::Block(block) => match block.block.stmts.as_slice() {
            [
                syn::Stmt::Item(syn::Item::Static(item)),
                syn::Stmt::Expr(syn::Expr::Reference(_), None),
            ] => &*item.expr,
            _ => return None,
        },
        _ => return None,
    };
    let syn::Expr::Array(array) = array else {
        return None;
    };
    Some(array.elems.iter().collect())
}
