//! Properties of declared fields on random catalogs.
//!
//! Random declarations (every type; a default, required, or neither;
//! `values` or none) and entries that write random values check without
//! problems, wherever the file puts `[catalog]`; the model holds each
//! entry's value, or the default, or none; and the generated field tables
//! hold those values in file order. A single mutation (a value of the
//! wrong type, a value outside `values`, a required field left out, a
//! misspelt field, an unknown type) yields exactly its diagnostic, at its
//! line.

use errcat_codegen::{FieldType, FieldValue, SourceFile, check, generate, invocation};
use proptest::prelude::*;

use crate::generated;

/// A declaration as drawn.
#[derive(Debug, Clone)]
struct Declared {
    name: String,
    ty: FieldType,
    mode: Mode,
    values: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Default,
    Required,
    Optional,
}

impl Declared {
    /// The default this test gives a field with one.
    fn default(&self) -> FieldValue {
        match self.ty {
            FieldType::Bool => FieldValue::Bool(false),
            FieldType::Integer => FieldValue::Integer(7),
            FieldType::String => FieldValue::String(
                self.values
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "dflt".to_owned()),
            ),
            FieldType::Strings => FieldValue::Strings(Vec::new()),
        }
    }

    /// The value an entry writes, from a drawn cell.
    fn value(&self, (number, pick, len): (i64, usize, usize)) -> FieldValue {
        let text = |at: usize| match self.values.len() {
            0 => format!("v{}", number.unsigned_abs() % 1000 + at as u64),
            count => self.values[(pick + at) % count].clone(),
        };
        match self.ty {
            FieldType::Bool => FieldValue::Bool(number % 2 == 0),
            FieldType::Integer => FieldValue::Integer(number),
            FieldType::String => FieldValue::String(text(0)),
            FieldType::Strings => FieldValue::Strings((0..len).map(text).collect()),
        }
    }
}

/// A value as TOML writes it.
fn toml_value(value: &FieldValue) -> String {
    match value {
        FieldValue::Bool(flag) => flag.to_string(),
        FieldValue::Integer(number) => number.to_string(),
        FieldValue::String(text) => format!("\"{text}\""),
        FieldValue::Strings(items) => {
            let quoted: Vec<String> = items.iter().map(|item| format!("\"{item}\"")).collect();
            format!("[{}]", quoted.join(", "))
        }
    }
}

/// One drawn cell per field of an entry: whether an optional field is
/// written, and the numbers its value is made from.
type Cell = (bool, (i64, usize, usize));

fn declared() -> impl Strategy<Value = Vec<Declared>> {
    let one = (
        0..4_usize,
        0..3_usize,
        proptest::collection::vec("[A-Z]{1,6}", 0..4),
    );
    proptest::collection::vec(one, 1..5).prop_map(|drawn| {
        drawn
            .into_iter()
            .enumerate()
            .map(|(index, (ty, mode, mut values))| {
                let ty = [
                    FieldType::Bool,
                    FieldType::Integer,
                    FieldType::String,
                    FieldType::Strings,
                ][ty];
                let mode = [Mode::Default, Mode::Required, Mode::Optional][mode];
                values.sort();
                values.dedup();
                if matches!(ty, FieldType::Bool | FieldType::Integer) {
                    values.clear();
                }
                Declared {
                    name: format!("field_{index}"),
                    ty,
                    mode,
                    values,
                }
            })
            .collect()
    })
}

fn catalog() -> impl Strategy<Value = (Vec<Declared>, Vec<Vec<Cell>>, bool)> {
    let cell = (any::<bool>(), (any::<i64>(), any::<usize>(), 0..3_usize));
    (
        declared(),
        proptest::collection::vec(proptest::collection::vec(cell, 4), 1..6),
        any::<bool>(),
    )
}

/// What each entry writes: the value of each field, or none.
fn written(fields: &[Declared], cells: &[Vec<Cell>]) -> Vec<Vec<Option<FieldValue>>> {
    cells
        .iter()
        .map(|row| {
            fields
                .iter()
                .zip(row)
                .map(|(field, (present, cell))| {
                    (field.mode == Mode::Required || *present).then(|| field.value(*cell))
                })
                .collect()
        })
        .collect()
}

/// Where the TOML puts things, 1-based.
struct Lines {
    text: Vec<String>,
    headers: Vec<usize>,
    /// Per entry and field, the line of its value, when written.
    values: Vec<Vec<Option<usize>>>,
    /// Per field, the line of its `type`.
    types: Vec<usize>,
}

fn to_toml(fields: &[Declared], written: &[Vec<Option<FieldValue>>], fields_first: bool) -> Lines {
    let mut lines = Lines {
        text: Vec::new(),
        headers: Vec::new(),
        values: Vec::new(),
        types: Vec::new(),
    };
    if fields_first {
        declarations(fields, &mut lines);
    }
    for (index, row) in written.iter().enumerate() {
        lines.text.push(String::new());
        lines.text.push("[[error]]".to_owned());
        lines.headers.push(lines.text.len());
        lines.text.push(format!("code = \"e{index}\""));
        lines.text.push("status = 400".to_owned());
        lines.text.push("description = \"E.\"".to_owned());
        let mut at = Vec::new();
        for (field, value) in fields.iter().zip(row) {
            at.push(value.as_ref().map(|value| {
                lines
                    .text
                    .push(format!("{} = {}", field.name, toml_value(value)));
                lines.text.len()
            }));
        }
        lines.values.push(at);
    }
    if !fields_first {
        declarations(fields, &mut lines);
    }
    lines
}

fn declarations(fields: &[Declared], lines: &mut Lines) {
    for field in fields {
        lines.text.push(String::new());
        lines.text.push(format!("[catalog.fields.{}]", field.name));
        lines.text.push(format!("type = \"{}\"", field.ty.name()));
        lines.types.push(lines.text.len());
        match field.mode {
            Mode::Default => lines
                .text
                .push(format!("default = {}", toml_value(&field.default()))),
            Mode::Required => lines.text.push("required = true".to_owned()),
            Mode::Optional => {}
        }
        if !field.values.is_empty() {
            let values = toml_value(&FieldValue::Strings(field.values.clone()));
            lines.text.push(format!("values = {values}"));
        }
    }
}

fn source(lines: &Lines) -> SourceFile {
    let mut text = lines.text.join("\n");
    text.push('\n');
    SourceFile::new("errors.toml", text)
}

/// The literals of `static NAME: [T; N] = [...]` inside the module of
/// field tables, as token text.
fn table(file: &syn::File, name: &str) -> Vec<String> {
    let module = generated::block_statements(file)
        .find_map(|stmt| match stmt {
            syn::Stmt::Item(syn::Item::Mod(module)) if module.ident == "__errcat_fields" => {
                module.content.as_ref().map(|(_, items)| items)
            }
            _ => None,
        })
        .expect("the module of field tables");
    let expr = module
        .iter()
        .find_map(|item| match item {
            syn::Item::Static(item) if item.ident == name => Some(&*item.expr),
            _ => None,
        })
        .unwrap_or_else(|| panic!("a table {name}"));
    let syn::Expr::Array(array) = expr else {
        panic!("{name} is an array");
    };
    array.elems.iter().map(literal).collect()
}

/// A literal as text: `true`, `-3`, `"x"` (quoted, so that "" shows).
fn literal(expr: &syn::Expr) -> String {
    match expr {
        syn::Expr::Lit(syn::ExprLit { lit, .. }) => match lit {
            syn::Lit::Bool(flag) => flag.value.to_string(),
            syn::Lit::Int(number) => number.base10_digits().to_owned(),
            syn::Lit::Str(text) => format!("\"{}\"", text.value()),
            _ => panic!("an unexpected literal"),
        },
        syn::Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr,
            ..
        }) => format!("-{}", literal(expr)),
        _ => panic!("a table holds literals"),
    }
}

/// The tables' values of `field` for every entry, as written or
/// defaulted: `None` where the tables say there is none.
fn from_tables(file: &syn::File, field: &Declared, entries: usize) -> Vec<Option<FieldValue>> {
    let upper = field.name.to_ascii_uppercase();
    let values = table(file, &format!("VALUES_{upper}"));
    let unquote = |text: &str| text.trim_matches('"').to_owned();
    let present: Vec<bool> = match (field.mode, field.ty) {
        (Mode::Optional, FieldType::String) => values.iter().map(|v| v != "\"\"").collect(),
        (Mode::Optional, _) => table(file, &format!("PRESENT_{upper}"))
            .iter()
            .map(|flag| flag == "true")
            .collect(),
        _ => vec![true; entries],
    };
    let starts: Vec<usize> = if field.ty == FieldType::Strings {
        table(file, &format!("STARTS_{upper}"))
            .iter()
            .map(|start| start.parse().expect("a start"))
            .collect()
    } else {
        Vec::new()
    };
    (0..entries)
        .map(|at| {
            present[at].then(|| match field.ty {
                FieldType::Bool => FieldValue::Bool(values[at] == "true"),
                FieldType::Integer => FieldValue::Integer(values[at].parse().expect("an i64")),
                FieldType::String => FieldValue::String(unquote(&values[at])),
                FieldType::Strings => FieldValue::Strings(
                    values[starts[at]..starts[at + 1]]
                        .iter()
                        .map(|item| unquote(item))
                        .collect(),
                ),
            })
        })
        .collect()
}

/// One mutation, applied to a field of an entry.
#[derive(Debug, Clone, Copy)]
enum Mutation {
    WrongType,
    OutsideValues,
    LeaveOutRequired,
    MisspeltField,
    UnknownType,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        Just(Mutation::WrongType),
        Just(Mutation::OutsideValues),
        Just(Mutation::LeaveOutRequired),
        Just(Mutation::MisspeltField),
        Just(Mutation::UnknownType),
    ]
}

/// Applies `mutation` to `field` of `entry`, or the nearest mutation that
/// applies to it, and returns the expected message prefix and line.
fn mutate(
    lines: &mut Lines,
    fields: &[Declared],
    (entry, field): (usize, usize),
    mutation: Mutation,
) -> (String, usize) {
    let declared = &fields[field];
    let name = &declared.name;
    let header = lines.headers[entry];
    let value_line = lines.values[entry][field];
    match (mutation, value_line) {
        (Mutation::OutsideValues, Some(line)) if !declared.values.is_empty() => {
            let value = match declared.ty {
                FieldType::Strings => "[\"NOT_LISTED\"]",
                _ => "\"NOT_LISTED\"",
            };
            lines.text[line - 1] = format!("{name} = {value}");
            (
                format!("`NOT_LISTED` is not one of the `values` of field `{name}`"),
                line,
            )
        }
        (Mutation::LeaveOutRequired, Some(line)) if declared.mode == Mode::Required => {
            lines.text[line - 1] = String::from("# left out");
            (
                format!("the entry at line {header} has no `{name}`"),
                header,
            )
        }
        (Mutation::MisspeltField, _) => {
            lines.text.insert(header, format!("{name}x = 1"));
            (
                format!("unknown key `{name}x` in an `[[error]]` entry"),
                header + 1,
            )
        }
        (Mutation::UnknownType, _) => {
            let line = lines.types[field];
            "type = \"boolean\"".clone_into(&mut lines.text[line - 1]);
            ("unknown `type` value \"boolean\"".to_owned(), line)
        }
        _ => {
            // A value of the wrong type, written where the entry's `code`
            // was: after the header, so the entry keeps its other keys.
            let (value, expected) = match declared.ty {
                FieldType::Bool => ("\"yes\"", "a boolean, found a string"),
                FieldType::Integer => ("\"x\"", "an integer, found a string"),
                FieldType::String => ("1", "a string, found an integer"),
                FieldType::Strings => ("1", "an array of strings, found an integer"),
            };
            let line = value_line.unwrap_or(header + 3);
            let written = format!("{name} = {value}");
            if value_line.is_some() {
                lines.text[line - 1] = written;
            } else {
                lines.text.insert(line - 1, written);
            }
            (format!("`{name}` must be {expected}"), line)
        }
    }
}

proptest! {
    // A fixed seed, as in generator_properties: the same cases everywhere.
    #![proptest_config(ProptestConfig {
        cases: 128,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x0f1e_01d5),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn declared_fields_reach_the_model_and_the_tables((fields, cells, first) in catalog()) {
        let written = written(&fields, &cells);
        let lines = to_toml(&fields, &written, first);
        let source = source(&lines);
        let catalog = check(&source).map_err(|problems| {
            let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
            TestCaseError::fail(format!("{messages:?}\n{}", source.text))
        })?;
        prop_assert_eq!(catalog.fields.len(), fields.len());
        let invocation = invocation::parse(
            "[::errcat] pub enum E = \"errors.toml\";".parse().expect("tokens"),
        )
        .expect("an invocation")
        .remove(0);
        let file: syn::File = syn::parse2(generate(&catalog, &invocation)).expect("Rust items");
        for (index, (field, declared)) in catalog.fields.iter().zip(&fields).enumerate() {
            prop_assert_eq!(&field.name, &declared.name);
            prop_assert_eq!(field.ty, declared.ty);
            prop_assert_eq!(field.required, declared.mode == Mode::Required);
            prop_assert_eq!(&field.values, &declared.values);
            let expected: Vec<Option<FieldValue>> = written
                .iter()
                .map(|row| {
                    row[index]
                        .clone()
                        .or_else(|| (declared.mode == Mode::Default).then(|| declared.default()))
                })
                .collect();
            let model: Vec<Option<FieldValue>> =
                catalog.entries.iter().map(|entry| entry.field(field).cloned()).collect();
            prop_assert_eq!(&model, &expected);
            prop_assert_eq!(from_tables(&file, declared, written.len()), expected);
        }
    }

    #[test]
    fn one_field_mutation_yields_exactly_its_diagnostic_at_its_line(
        (fields, cells, first) in catalog(),
        pick in any::<(proptest::sample::Index, proptest::sample::Index)>(),
        mutation in mutation(),
    ) {
        let written = written(&fields, &cells);
        let mut lines = to_toml(&fields, &written, first);
        let at = (pick.0.index(written.len()), pick.1.index(fields.len()));
        let (message, line) = mutate(&mut lines, &fields, at, mutation);
        let source = source(&lines);
        let problems = check(&source).expect_err("a mutated catalog has problems");
        let found: Vec<(String, usize)> = problems
            .iter()
            .map(|problem| {
                let location = problem.location(&source);
                let line = location.split(':').nth(1).and_then(|l| l.parse().ok()).unwrap_or(0);
                (problem.message.clone(), line)
            })
            .collect();
        prop_assert_eq!(found.len(), 1, "{:?}\n{}", found, source.text);
        prop_assert!(
            found[0].0.starts_with(&message) && found[0].1 == line,
            "expected {:?} at line {}, found {:?}\n{}", message, line, found, source.text
        );
    }
}
