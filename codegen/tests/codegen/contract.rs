//! The generated code against `errcat-core`, the contract it shares with
//! the runtime: the names it declares beside the enum are the reserved
//! ones, its table is `errcat_core::table::Table`'s every column, and no
//! declared field can take the name of a method it generates or of one of
//! `errcat::ErrorCode`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use errcat_codegen::expand;
use errcat_core::reserved::RESERVED_NAMES;
use proc_macro2::TokenStream;
use syn::{Expr, Item, Stmt, UseTree};

fn expanded(name: &str, catalog: &str) -> syn::File {
    expanded_from(
        name,
        catalog,
        "[::errcat] pub enum Catalog = \"errors.toml\";",
    )
}

fn expanded_from(name: &str, catalog: &str, invocation: &str) -> syn::File {
    let dir: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).expect("create a temporary directory");
    std::fs::write(dir.join("errors.toml"), catalog).expect("write the catalog");
    let input: TokenStream = invocation.parse().expect("valid tokens");
    syn::parse2(expand(input, Some(&dir))).expect("the expansion is Rust items")
}

/// The names the items of the `const _` blocks in `file` declare or import.
fn declared_in_const_blocks(file: &syn::File) -> Vec<String> {
    let mut names = Vec::new();
    for item in &file.items {
        let Item::Const(konst) = item else { continue };
        let Expr::Block(block) = &*konst.expr else {
            continue;
        };
        for stmt in &block.block.stmts {
            match stmt {
                Stmt::Item(Item::Const(inner)) if inner.ident != "_" => {
                    names.push(inner.ident.to_string());
                }
                Stmt::Item(Item::Use(import)) => use_names(&import.tree, &mut names),
                Stmt::Item(Item::Static(inner)) => names.push(inner.ident.to_string()),
                Stmt::Item(Item::Fn(inner)) => names.push(inner.sig.ident.to_string()),
                Stmt::Item(Item::Mod(inner)) => names.push(inner.ident.to_string()),
                _ => {}
            }
        }
    }
    names
}

fn use_names(tree: &UseTree, names: &mut Vec<String>) {
    match tree {
        UseTree::Path(path) => use_names(&path.tree, names),
        UseTree::Name(name) => names.push(name.ident.to_string()),
        UseTree::Rename(rename) => names.push(rename.rename.to_string()),
        UseTree::Group(group) => group.items.iter().for_each(|tree| use_names(tree, names)),
        UseTree::Glob(_) => names.push("*".to_owned()),
    }
}

#[test]
fn every_name_declared_beside_the_enum_is_reserved() {
    // Statuses out of file order, a hint and a declared field: every table
    // the generator can declare.
    let good = expanded(
        "contract-reserved",
        "[catalog.fields.retryable]\ntype = \"bool\"\ndefault = false\n\
         [[error]]\ncode = \"a\"\nstatus = 401\ndescription = \"A.\"\nhint = \"H.\"\n\
         [[error]]\ncode = \"b\"\nstatus = 400\ndescription = \"B.\"\nretryable = true\n",
    );
    // A catalog with problems gets the fallback stub.
    let stub = expanded("contract-reserved-stub", "[[error]]\ncode = 1\n");
    // A subset beside its full enum: its conversions keep their tables in
    // function bodies, and declare nothing more beside the enum.
    let with_subset = expanded_from(
        "contract-reserved-subset",
        "[[error]]\ncode = \"a\"\nstatus = 401\ndescription = \"A.\"\ntags = [\"t\"]\n\
         [[error]]\ncode = \"b\"\nstatus = 400\ndescription = \"B.\"\nhint = \"H.\"\n",
        "[::errcat] pub enum Catalog = \"errors.toml\"; \
         pub enum Subset = \"errors.toml\" where tag = \"t\";",
    );
    let reserved: BTreeSet<String> = RESERVED_NAMES.iter().map(|&name| name.to_owned()).collect();
    let mut seen = BTreeSet::new();
    for file in [good, stub, with_subset] {
        let declared: BTreeSet<String> = declared_in_const_blocks(&file).into_iter().collect();
        // Every name either expansion declares is reserved...
        assert!(declared.is_subset(&reserved), "{declared:?}");
        seen.extend(declared);
    }
    // ...and every reserved name is one that some expansion declares.
    assert_eq!(seen, reserved);
}

/// The names of the methods of the inherent impls in `file`, at any depth
/// of `const _` blocks.
fn inherent_methods(file: &syn::File) -> BTreeSet<String> {
    fn visit(item: &Item, names: &mut BTreeSet<String>) {
        match item {
            Item::Impl(block) if block.trait_.is_none() => {
                for inner in &block.items {
                    if let syn::ImplItem::Fn(method) = inner {
                        names.insert(method.sig.ident.to_string());
                    }
                }
            }
            Item::Const(konst) => {
                if let Expr::Block(block) = &*konst.expr {
                    for stmt in &block.block.stmts {
                        if let Stmt::Item(inner) = stmt {
                            visit(inner, names);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut names = BTreeSet::new();
    file.items.iter().for_each(|item| visit(item, &mut names));
    names
}

#[test]
fn no_declared_field_can_take_the_name_of_a_generated_method() {
    let with_subset = expanded_from(
        "contract-methods",
        "[catalog.fields.retryable]\ntype = \"bool\"\ndefault = false\n\
         [[error]]\ncode = \"a\"\nstatus = 401\ndescription = \"A.\"\nhint = \"H.\"\n\
         reference = \"RFC 6750\"\ntags = [\"t\"]\n\
         [[error]]\ncode = \"b\"\nstatus = 400\ndescription = \"B.\"\n",
        "[::errcat] pub enum Catalog = \"errors.toml\"; \
         pub enum Subset = \"errors.toml\" where tag = \"t\";",
    );
    let methods = inherent_methods(&with_subset);
    assert!(
        methods.contains("to_full") && methods.contains("retryable"),
        "{methods:?}"
    );
    for method in methods.iter().filter(|name| *name != "retryable") {
        // A built-in key (`reference`) is refused as a field name anyway.
        let refused =
            errcat_codegen::naming::field_name_problem(method).is_some() || method == "reference";
        assert!(refused, "a declared field could be named `{method}`");
    }
}

/// A source file of the workspace, parsed.
fn workspace_source(path: &str) -> syn::File {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path);
    let source = std::fs::read_to_string(&path).expect("read a workspace source file");
    syn::parse_file(&source).expect("the workspace's source is Rust")
}

/// The names of the methods of `errcat::ErrorCode`, read from the runtime's
/// source: the trait whose provided methods read the table.
fn error_code_methods() -> BTreeSet<String> {
    let methods: BTreeSet<String> = workspace_source("runtime/src/error_code.rs")
        .items
        .iter()
        .find_map(|item| match item {
            Item::Trait(trait_) if trait_.ident == "ErrorCode" => Some(trait_),
            _ => None,
        })
        .expect("the ErrorCode trait")
        .items
        .iter()
        .filter_map(|item| match item {
            syn::TraitItem::Fn(method) => Some(method.sig.ident.to_string()),
            _ => None,
        })
        .collect();
    assert!(
        methods.contains("index") && methods.contains("code"),
        "{methods:?}"
    );
    methods
}

#[test]
fn no_declared_field_can_take_the_name_of_a_method_of_error_code() {
    for method in error_code_methods() {
        // `grpc_code` is the field that overrides a code's gRPC status, by
        // design; `reference` is a built-in key.
        let allowed = method == "grpc_code" || method == "reference";
        assert!(
            allowed || errcat_codegen::naming::field_name_problem(&method).is_some(),
            "a declared field could be named `{method}`, hiding ErrorCode::{method}"
        );
    }
}

/// The `Table` expression's field names in the `const TABLE` of `file`.
fn table_columns(file: &syn::File) -> BTreeSet<String> {
    let table = crate::generated::block_statements(file)
        .find_map(|stmt| match stmt {
            Stmt::Item(Item::Const(item)) if item.ident == "TABLE" => Some(&*item.expr),
            _ => None,
        })
        .expect("a TABLE");
    let Expr::Struct(table) = table else {
        panic!("TABLE is a struct expression");
    };
    assert!(table.rest.is_none(), "TABLE names every column");
    table
        .fields
        .iter()
        .map(|field| match &field.member {
            syn::Member::Named(name) => name.to_string(),
            syn::Member::Unnamed(_) => panic!("Table has named fields"),
        })
        .collect()
}

#[test]
fn the_table_is_written_whole_for_a_catalog_and_for_its_stub() {
    // Every field of the core's `Table`, read from its source: a column
    // added there and not written by the macro would fail to compile in
    // users' crates, and is caught here first.
    let expected: BTreeSet<String> = workspace_source("core/src/table.rs")
        .items
        .iter()
        .find_map(|item| match item {
            Item::Struct(table) if table.ident == "Table" => Some(table),
            _ => None,
        })
        .expect("struct Table")
        .fields
        .iter()
        .filter_map(|field| field.ident.as_ref().map(ToString::to_string))
        .collect();
    assert!(
        expected.contains("codes") && expected.contains("by_status"),
        "{expected:?}"
    );
    let good = expanded(
        "contract-table",
        "[catalog]\ndomain = \"example.com\"\n\
         [[error]]\ncode = \"a\"\nstatus = 401\ndescription = \"A.\"\nreference = \"RFC 6750\"\n",
    );
    let stub = expanded("contract-table-stub", "[[error]]\ncode = 1\n");
    assert_eq!(table_columns(&good), expected);
    assert_eq!(table_columns(&stub), expected);
}
