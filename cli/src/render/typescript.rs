//! The catalog as a TypeScript module, for clients written in TypeScript.
//!
//! ```ts
//! export const CODES = ["invalid_request", /* ... */] as const;
//! export type ErrorCode = (typeof CODES)[number];
//! export const ERRORS = {
//!   "InvalidRequest": { "code": "invalid_request", "status": 400, /* ... */ },
//! } as const;
//! export type ErrorName = keyof typeof ERRORS;
//! export type ErrorEntry = (typeof ERRORS)[ErrorName];
//! export function isErrorCode(value: unknown): value is ErrorCode;
//! export function entriesOf(code: ErrorCode): ErrorEntry[];
//! export const TAGS = { "token": ["invalid_request", /* ... */] } as const;
//! export type Tag = keyof typeof TAGS;
//! export type TaggedCode<T extends Tag> = (typeof TAGS)[T][number];
//! ```
//!
//! `ERRORS` is keyed by variant name, not by code: one code may belong to
//! several entries (`invalid_token` at 400 and 401), and a map keyed by
//! code would keep only one of them. `entriesOf` gives every entry of a
//! code, in file order. Tags are keys of `TAGS` rather than type names
//! made from them, so that no two tags (`a-b`, `a_b`) and no tag and a
//! fixed name can collide. The module uses nothing beyond ES5's library,
//! so it type-checks under any `target`.

use std::fmt::Write as _;

use serde_json::Value;

use super::Page;
use super::code_sets::{codes, tags};
use super::json_value;

/// The module.
pub(crate) fn render(page: &Page<'_>) -> String {
    let catalog = page.catalog;
    let mut out = format!(
        "// Generated from {} by `errcat render --format typescript`.\n\
         // Do not edit: change the catalog and render again.\n\n",
        // The file name is catalog input: keep a line break in it out of
        // the comment.
        page.source_name.escape_debug()
    );
    out.push_str("/** Every code of the catalog, once each, in file order. */\n");
    let _ = writeln!(
        out,
        "export const CODES = {} as const;",
        array(&codes(catalog, None))
    );
    out.push_str(
        "/** A code of the catalog. */\nexport type ErrorCode = (typeof CODES)[number];\n\n",
    );
    out.push_str(
        "/** Every entry, by variant name: a code shared by several entries\n \
         * appears once per entry. */\nexport const ERRORS = {\n",
    );
    for entry in &catalog.entries {
        let fields: Vec<String> = catalog
            .fields
            .iter()
            .map(|field| {
                let value = entry.field(field).map_or(Value::Null, json_value);
                format!("{}: {}", literal(&field.name), js(&value))
            })
            .collect();
        let note = entry.deprecated.as_ref().and_then(|d| d.note.as_deref());
        let _ = writeln!(out, "  {}: {{", literal(&entry.name));
        let _ = writeln!(out, "    \"code\": {},", literal(&entry.code));
        let _ = writeln!(out, "    \"status\": {},", entry.status);
        let _ = writeln!(out, "    \"description\": {},", literal(&entry.description));
        let _ = writeln!(out, "    \"hint\": {},", optional(entry.hint.as_deref()));
        let _ = writeln!(
            out,
            "    \"reference\": {},",
            optional(entry.reference.as_deref())
        );
        let _ = writeln!(out, "    \"deprecated\": {},", entry.deprecated.is_some());
        let _ = writeln!(out, "    \"deprecationNote\": {},", optional(note));
        let _ = writeln!(out, "    \"since\": {},", optional(entry.since.as_deref()));
        let _ = writeln!(
            out,
            "    \"tags\": {},",
            array(&entry.tags.iter().collect::<Vec<_>>())
        );
        let fields = if fields.is_empty() {
            "{}".to_owned()
        } else {
            format!("{{ {} }}", fields.join(", "))
        };
        let _ = writeln!(out, "    \"fields\": {fields},");
        out.push_str("  },\n");
    }
    out.push_str("} as const;\n");
    out.push_str(
        "/** The variant name of an entry. */\nexport type ErrorName = keyof typeof ERRORS;\n",
    );
    out.push_str(
        "/** An entry of the catalog. */\nexport type ErrorEntry = (typeof ERRORS)[ErrorName];\n\n",
    );
    out.push_str(HELPERS);
    out.push_str(
        "\n/** The codes of each tag, once each, in file order. */\nexport const TAGS = {\n",
    );
    for tag in tags(catalog) {
        let _ = writeln!(
            out,
            "  {}: {},",
            literal(tag),
            array(&codes(catalog, Some(tag)))
        );
    }
    out.push_str("} as const;\n");
    out.push_str("/** A tag of the catalog. */\nexport type Tag = keyof typeof TAGS;\n");
    out.push_str(
        "/** A code that carries tag `T`: `TaggedCode<\"token\">`. */\n\
         export type TaggedCode<T extends Tag> = (typeof TAGS)[T][number];\n",
    );
    out
}

/// The functions, the same for every catalog. `indexOf` and `Object.keys`
/// rather than `includes` and `Object.values`, which need ES2016/ES2017.
const HELPERS: &str = r#"/** Whether `value` is a code of the catalog. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (CODES as readonly string[]).indexOf(value) >= 0;
}

/** Every entry with `code`, in file order. */
export function entriesOf(code: ErrorCode): ErrorEntry[] {
  const names = Object.keys(ERRORS) as ErrorName[];
  return names.map((name) => ERRORS[name] as ErrorEntry).filter((entry) => entry.code === code);
}
"#;

fn array(items: &[&String]) -> String {
    let items: Vec<String> = items.iter().map(|item| literal(item)).collect();
    format!("[{}]", items.join(", "))
}

fn optional(text: Option<&str>) -> String {
    text.map_or_else(|| "null".to_owned(), literal)
}

fn literal(text: &str) -> String {
    js(&Value::from(text))
}

/// `value` as a JavaScript expression. JSON is valid JavaScript since
/// ES2019 let U+2028 and U+2029 into string literals; they are escaped all
/// the same, for older parsers and tools that split lines on them.
fn js(value: &Value) -> String {
    serde_json::to_string(value)
        .expect("a JSON value serializes")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}
