//! Generates, for each benchmarked catalog size, the errcat enum (the very
//! code `catalog!` emits, through `errcat_codegen::generate`) and the
//! alternatives it is measured against: a strum `EnumString` enum whose
//! accessors are `match`es, and a phf map. Generated into `OUT_DIR` so
//! that no large synthetic catalog has to be committed.

use std::fmt::Write as _;
use std::path::Path;

use errcat_codegen::{SourceFile, check, generate, invocation};

/// The synthetic sizes; the Login catalog (30 codes) is benchmarked
/// through the real `login_errors::LoginError`.
const SIZES: [usize; 2] = [300, 3000];

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut out = String::new();
    for size in SIZES {
        let toml = errcat_synthetic::catalog_toml(size);
        let name = format!("synthetic-{size}.toml");
        let catalog =
            check(&SourceFile::new(name.clone(), toml)).expect("the synthetic catalog is valid");
        let tokens = format!("[::errcat] pub enum Errcat = {name:?};")
            .parse()
            .expect("an invocation");
        let invocation = invocation::parse(tokens)
            .expect("a valid invocation")
            .remove(0);
        let errcat = generate(&catalog, &invocation);
        let codes: Vec<(String, String)> = catalog
            .entries
            .iter()
            .map(|entry| (entry.code.clone(), entry.name.clone()))
            .collect();
        let _ = writeln!(
            out,
            "/// The synthetic catalog of {size} codes, and its alternatives."
        );
        let _ = writeln!(out, "pub mod synthetic_{size} {{");
        let _ = writeln!(out, "{errcat}");
        out.push_str(&alternatives(&catalog));
        let _ = writeln!(
            out,
            "pub static PHF: phf::Map<&'static str, Strum> = {};",
            phf_map(&codes)
        );
        let _ = writeln!(out, "}}");
    }
    let login = std::fs::read("../../error-codes.toml").expect("read error-codes.toml");
    let (_, login) = errcat_codegen::check_bytes("error-codes.toml", &login);
    let login = login.expect("the Login catalog is valid");
    let _ = writeln!(out, "/// Alternatives for the Login catalog.");
    let _ = writeln!(out, "pub mod login {{");
    out.push_str(&alternatives(&login));
    let mut seen = std::collections::HashSet::new();
    let codes: Vec<(String, String)> = login
        .entries
        .iter()
        .filter(|entry| seen.insert(entry.code.clone()))
        .map(|entry| (entry.code.clone(), entry.name.clone()))
        .collect();
    let _ = writeln!(
        out,
        "pub static PHF: phf::Map<&'static str, Strum> = {};",
        phf_map(&codes)
    );
    let _ = writeln!(out, "}}");
    std::fs::write(Path::new(&out_dir).join("catalogs.rs"), out).expect("write catalogs.rs");
    println!("cargo::rerun-if-changed=../../error-codes.toml");
    println!("cargo::rerun-if-changed=build.rs");
}

/// A strum enum with `EnumString` (what a hand-written enum would derive
/// for `from_code`), and `const fn` accessors as `match`es.
fn alternatives(catalog: &errcat_codegen::Catalog) -> String {
    let mut seen = std::collections::HashSet::new();
    let mut out = String::from(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumString)]\npub enum Strum {\n",
    );
    for entry in &catalog.entries {
        // A shared code serializes only on its first variant, as
        // `from_code` returns the first.
        if seen.insert(entry.code.clone()) {
            let _ = writeln!(out, "    #[strum(serialize = {:?})]", entry.code);
        } else {
            let _ = writeln!(out, "    #[strum(disabled)]");
        }
        let _ = writeln!(out, "    {},", entry.name);
    }
    out.push_str("}\n\nimpl Strum {\n");
    let mut accessor = |name: &str, ty: &str, value: &dyn Fn(&errcat_codegen::Entry) -> String| {
        let _ = writeln!(
            out,
            "    #[must_use]\n    pub const fn {name}(self) -> {ty} {{\n        match self {{"
        );
        for entry in &catalog.entries {
            let _ = writeln!(out, "            Self::{} => {},", entry.name, value(entry));
        }
        out.push_str("        }\n    }\n");
    };
    accessor("code", "&'static str", &|entry| format!("{:?}", entry.code));
    accessor("status", "u16", &|entry| entry.status.to_string());
    accessor("description", "&'static str", &|entry| {
        format!("{:?}", entry.description)
    });
    accessor("hint", "Option<&'static str>", &|entry| match &entry.hint {
        Some(hint) => format!("Some({hint:?})"),
        None => "None".to_owned(),
    });
    out.push_str("}\n\n/// Every variant, in file order.\npub const ALL: &[Strum] = &[\n");
    for entry in &catalog.entries {
        let _ = writeln!(out, "    Strum::{},", entry.name);
    }
    out.push_str("];\n");
    out
}

fn phf_map(codes: &[(String, String)]) -> String {
    let mut map = phf_codegen::Map::new();
    for (code, name) in codes {
        map.entry(code.as_str(), format!("Strum::{name}"));
    }
    map.build().to_string()
}
