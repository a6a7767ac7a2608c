//! The benchmark crates: the synthetic catalog of N codes as one enum,
//! written three ways. Everything here is a pure function of N (and, for
//! errcat, of the runtime's path), so the same N always gives the same files.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use errcat_synthetic::Entry;

/// One way of writing the enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Variant {
    /// `errcat::catalog!` on the catalog's TOML.
    Errcat,
    /// thiserror + strum derives, API-equivalent to what errcat generates.
    Derives,
    /// Hand-written `const fn`s, each a `match` over every variant.
    Match,
    /// `errcat::catalog!` on the same catalog with four declared fields
    /// (`errcat_synthetic::catalog_toml_with_fields`): what fields cost.
    Fields,
}

impl Variant {
    /// Parses a `--variants` item.
    pub fn parse(text: &str) -> Result<Self, String> {
        match text {
            "errcat" => Ok(Self::Errcat),
            "derives" => Ok(Self::Derives),
            "match" => Ok(Self::Match),
            "fields" => Ok(Self::Fields),
            _ => Err(format!(
                "unknown variant `{text}` (errcat, derives, match, fields)"
            )),
        }
    }

    /// The name used on the command line and in the report.
    pub fn name(self) -> &'static str {
        match self {
            Self::Errcat => "errcat",
            Self::Derives => "derives",
            Self::Match => "match",
            Self::Fields => "fields",
        }
    }
}

/// The package name of the crate for `variant` and `size`; distinct for
/// every crate, since they all share one target directory and cargo's
/// status line (`Compiling bench-errcat-1000`) is how a rebuild is checked.
pub fn package_name(variant: Variant, size: usize) -> String {
    format!("bench-{}-{size}", variant.name())
}

/// A generated crate: its directory and its files, relative to it.
#[derive(Debug)]
pub struct Crate {
    /// How the enum is written.
    pub variant: Variant,
    /// How many codes the catalog has.
    pub size: usize,
    /// The crate's package name.
    pub package: String,
    /// Where it is written.
    pub dir: PathBuf,
    /// (path relative to `dir`, contents).
    pub files: Vec<(&'static str, String)>,
}

impl Crate {
    /// The crate of `variant` for the synthetic catalog of `size` codes,
    /// under `root`. `runtime` is the absolute path of errcat's runtime crate.
    pub fn new(root: &Path, runtime: &Path, variant: Variant, size: usize) -> Self {
        let package = package_name(variant, size);
        let entries = errcat_synthetic::entries(size);
        let mut files = vec![("Cargo.toml", manifest(variant, &package, runtime))];
        match variant {
            Variant::Errcat => {
                files.push(("errors.toml", errcat_synthetic::catalog_toml(size)));
                files.push(("src/lib.rs", errcat_lib(size)));
            }
            Variant::Fields => {
                files.push((
                    "errors.toml",
                    errcat_synthetic::catalog_toml_with_fields(size),
                ));
                files.push(("src/lib.rs", errcat_lib(size)));
            }
            Variant::Derives => files.push(("src/lib.rs", derives_lib(&entries))),
            Variant::Match => files.push(("src/lib.rs", match_lib(&entries))),
        }
        Self {
            variant,
            size,
            dir: root.join(format!("n{size}")).join(variant.name()),
            package,
            files,
        }
    }

    /// The file that a timed run touches so that cargo rebuilds the crate.
    pub fn lib_rs(&self) -> PathBuf {
        self.dir.join("src/lib.rs")
    }

    /// Writes the files that differ from what is on disk. Unchanged files
    /// keep their modification time, so a second run of the tool does not
    /// rebuild a crate during its warm-up for nothing.
    pub fn write(&self) -> io::Result<()> {
        for (relative, contents) in &self.files {
            let path = self.dir.join(relative);
            if fs::read(&path).is_ok_and(|old| old == contents.as_bytes()) {
                continue;
            }
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(&path, contents)?;
        }
        Ok(())
    }
}

/// `Cargo.toml`. Each crate is a workspace of its own so that cargo never
/// looks for the repository's workspace above it.
pub fn manifest(variant: Variant, package: &str, runtime: &Path) -> String {
    let dependencies = match variant {
        Variant::Errcat | Variant::Fields => format!(
            "errcat = {{ path = {} }}\n",
            literal(&runtime.to_string_lossy())
        ),
        Variant::Derives => {
            "strum = { version = \"0.27\", features = [\"derive\"] }\nthiserror = \"2\"\n"
                .to_owned()
        }
        Variant::Match => String::new(),
    };
    format!(
        "# Generated by errcat-build-cost; rewritten on every run.
[package]
name = \"{package}\"
version = \"0.0.0\"
edition = \"2024\"
publish = false

[dependencies]
{dependencies}
# Each timed build must compile the whole crate, as a first build does:
# incremental compilation would reuse most of the work of the last one.
[profile.dev]
incremental = false

[workspace]
"
    )
}

/// `src/lib.rs` of the errcat crate: the macro on `errors.toml`.
pub fn errcat_lib(size: usize) -> String {
    format!(
        "//! The synthetic catalog of {size} codes through `errcat::catalog!`; generated by errcat-build-cost.

errcat::catalog! {{
    /// The synthetic catalog of {size} codes.
    pub enum SyntheticError = \"errors.toml\";
}}
"
    )
}

/// `src/lib.rs` of the derives crate: the API errcat generates, through
/// thiserror (`Display`, `Error`) and strum (`code` via `IntoStaticStr`,
/// `from_code` via `EnumString`, status, description and hint via
/// `EnumProperty`, `ALL` via `VariantArray`, `COUNT` via `EnumCount`).
pub fn derives_lib(entries: &[Entry]) -> String {
    let mut source = format!(
        "//! The synthetic catalog of {size} codes with thiserror and strum derives; generated by errcat-build-cost.

/// The synthetic catalog of {size} codes.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    thiserror::Error,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumProperty,
    strum::VariantArray,
    strum::EnumCount,
)]
pub enum SyntheticError {{
",
        size = entries.len()
    );
    for entry in entries {
        let display = format!("{}: {}", entry.code, entry.description);
        let hint = entry
            .hint
            .as_ref()
            .map(|hint| format!(", hint = {}", literal(hint)))
            .unwrap_or_default();
        let _ = write!(
            source,
            "    /// {description}
    #[error({display})]
    #[strum(serialize = {code}, props(status = \"{status}\", description = {description_literal}{hint}))]
    {name},
",
            description = entry.description,
            display = literal(&format_escaped(&display)),
            code = literal(&entry.code),
            status = entry.status,
            description_literal = literal(&entry.description),
            name = entry.name,
        );
    }
    source.push_str("}\n");
    source
}

/// `src/lib.rs` of the match crate: what errcat replaces, a `match` over
/// every variant per accessor.
pub fn match_lib(entries: &[Entry]) -> String {
    let mut source = format!(
        "//! The synthetic catalog of {size} codes with hand-written `match` functions; generated by errcat-build-cost.

/// The synthetic catalog of {size} codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyntheticError {{
",
        size = entries.len()
    );
    for entry in entries {
        let _ = write!(
            source,
            "    /// {}\n    {},\n",
            entry.description, entry.name
        );
    }
    source.push_str("}\n\nimpl SyntheticError {\n");
    accessor(
        &mut source,
        entries,
        "The wire code.",
        "code",
        "&'static str",
        |entry| literal(&entry.code),
    );
    accessor(
        &mut source,
        entries,
        "The HTTP status.",
        "status",
        "u16",
        |entry| entry.status.to_string(),
    );
    accessor(
        &mut source,
        entries,
        "The description.",
        "description",
        "&'static str",
        |entry| literal(&entry.description),
    );
    accessor(
        &mut source,
        entries,
        "The remediation hint, if any.",
        "hint",
        "Option<&'static str>",
        |entry| match &entry.hint {
            Some(hint) => format!("Some({})", literal(hint)),
            None => "None".to_owned(),
        },
    );
    source.push_str(
        "    /// The variant whose wire code is `code`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
",
    );
    for entry in entries {
        let _ = writeln!(
            source,
            "            {} => Some(Self::{}),",
            literal(&entry.code),
            entry.name
        );
    }
    source.push_str("            _ => None,\n        }\n    }\n}\n");
    source
}

/// One `pub const fn name(self) -> ty` whose body is a `match` on `self`.
fn accessor(
    source: &mut String,
    entries: &[Entry],
    doc: &str,
    name: &str,
    ty: &str,
    value: impl Fn(&Entry) -> String,
) {
    let _ = write!(
        source,
        "    /// {doc}
    #[must_use]
    pub const fn {name}(self) -> {ty} {{
        match self {{
"
    );
    for entry in entries {
        let _ = writeln!(
            source,
            "            Self::{} => {},",
            entry.name,
            value(entry)
        );
    }
    source.push_str("        }\n    }\n\n");
}

/// A Rust string literal holding `text`.
fn literal(text: &str) -> String {
    format!("\"{}\"", text.escape_default())
}

/// `text` as a `format!` string that prints it as is (thiserror's
/// `#[error]` takes a format string).
fn format_escaped(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_derives_crate_for_three_codes() {
        let expected = r#"//! The synthetic catalog of 3 codes with thiserror and strum derives; generated by errcat-build-cost.

/// The synthetic catalog of 3 codes.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    thiserror::Error,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumProperty,
    strum::VariantArray,
    strum::EnumCount,
)]
pub enum SyntheticError {
    /// The request is invalid (case 0).
    #[error("invalid_request: The request is invalid (case 0).")]
    #[strum(serialize = "invalid_request", props(status = "400", description = "The request is invalid (case 0).", hint = "Send a valid request and try again."))]
    InvalidRequest,
    /// The request is unsupported (case 1).
    #[error("unsupported_request: The request is unsupported (case 1).")]
    #[strum(serialize = "unsupported_request", props(status = "401", description = "The request is unsupported (case 1).", hint = "Send a valid request and try again."))]
    UnsupportedRequest,
    /// The request is missing (case 2).
    #[error("missing_request: The request is missing (case 2).")]
    #[strum(serialize = "missing_request", props(status = "403", description = "The request is missing (case 2)."))]
    MissingRequest,
}
"#;
        assert_eq!(derives_lib(&errcat_synthetic::entries(3)), expected);
    }

    #[test]
    fn the_match_crate_for_three_codes() {
        let expected = r#"//! The synthetic catalog of 3 codes with hand-written `match` functions; generated by errcat-build-cost.

/// The synthetic catalog of 3 codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyntheticError {
    /// The request is invalid (case 0).
    InvalidRequest,
    /// The request is unsupported (case 1).
    UnsupportedRequest,
    /// The request is missing (case 2).
    MissingRequest,
}

impl SyntheticError {
    /// The wire code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::InvalidRequest => "invalid_request",
            Self::UnsupportedRequest => "unsupported_request",
            Self::MissingRequest => "missing_request",
        }
    }

    /// The HTTP status.
    #[must_use]
    pub const fn status(self) -> u16 {
        match self {
            Self::InvalidRequest => 400,
            Self::UnsupportedRequest => 401,
            Self::MissingRequest => 403,
        }
    }

    /// The description.
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Self::InvalidRequest => "The request is invalid (case 0).",
            Self::UnsupportedRequest => "The request is unsupported (case 1).",
            Self::MissingRequest => "The request is missing (case 2).",
        }
    }

    /// The remediation hint, if any.
    #[must_use]
    pub const fn hint(self) -> Option<&'static str> {
        match self {
            Self::InvalidRequest => Some("Send a valid request and try again."),
            Self::UnsupportedRequest => Some("Send a valid request and try again."),
            Self::MissingRequest => None,
        }
    }

    /// The variant whose wire code is `code`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "invalid_request" => Some(Self::InvalidRequest),
            "unsupported_request" => Some(Self::UnsupportedRequest),
            "missing_request" => Some(Self::MissingRequest),
            _ => None,
        }
    }
}
"#;
        assert_eq!(match_lib(&errcat_synthetic::entries(3)), expected);
    }

    #[test]
    fn the_errcat_crate_for_three_codes() {
        let krate = Crate::new(
            Path::new("/bench"),
            Path::new("/repo/runtime"),
            Variant::Errcat,
            3,
        );
        assert_eq!(krate.package, "bench-errcat-3");
        assert_eq!(krate.dir, Path::new("/bench/n3/errcat"));
        assert_eq!(krate.lib_rs(), Path::new("/bench/n3/errcat/src/lib.rs"));
        let files: Vec<&str> = krate.files.iter().map(|(path, _)| *path).collect();
        assert_eq!(files, ["Cargo.toml", "errors.toml", "src/lib.rs"]);
        assert_eq!(
            krate.files[0].1,
            r#"# Generated by errcat-build-cost; rewritten on every run.
[package]
name = "bench-errcat-3"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
errcat = { path = "/repo/runtime" }

# Each timed build must compile the whole crate, as a first build does:
# incremental compilation would reuse most of the work of the last one.
[profile.dev]
incremental = false

[workspace]
"#
        );
        assert_eq!(krate.files[1].1, errcat_synthetic::catalog_toml(3));
        assert_eq!(
            krate.files[2].1,
            r#"//! The synthetic catalog of 3 codes through `errcat::catalog!`; generated by errcat-build-cost.

errcat::catalog! {
    /// The synthetic catalog of 3 codes.
    pub enum SyntheticError = "errors.toml";
}
"#
        );
    }

    #[test]
    fn manifests_name_each_variants_dependencies() {
        let runtime = Path::new("/r");
        let derives = manifest(Variant::Derives, "bench-derives-3", runtime);
        assert!(derives.contains(
            "[dependencies]\nstrum = { version = \"0.27\", features = [\"derive\"] }\nthiserror = \"2\"\n\n"
        ));
        let matches = manifest(Variant::Match, "bench-match-3", runtime);
        assert!(matches.contains("[dependencies]\n\n# Each timed build"));
    }

    #[test]
    fn text_is_escaped_for_rust_and_for_format_strings() {
        assert_eq!(literal(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(format_escaped("x {y}"), "x {{y}}");
    }

    #[test]
    fn the_same_size_gives_the_same_crates() {
        let a = Crate::new(Path::new("/b"), Path::new("/r"), Variant::Derives, 500);
        let b = Crate::new(Path::new("/b"), Path::new("/r"), Variant::Derives, 500);
        assert_eq!(a.files, b.files);
    }
}
