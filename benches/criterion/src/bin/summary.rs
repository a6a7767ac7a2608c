//! Reads what `cargo bench` left in `target/criterion` and prints the
//! tables of BENCHMARKS.md: nanoseconds per operation (the median, and half
//! the width of its 95% confidence interval) and the ratios against errcat.
//!
//! ```sh
//! cargo bench --manifest-path benches/Cargo.toml
//! cargo run --manifest-path benches/Cargo.toml -p errcat-criterion --bin summary
//! ```

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use serde_json::Value;

/// One benchmark's result, per operation.
#[derive(Debug, Clone, Copy)]
struct Measure {
    median_ns: f64,
    spread_ns: f64,
}

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion");
    let mut results = BTreeMap::new();
    if let Err(error) = collect(&root, &mut results) {
        eprintln!(
            "error: cannot read {}: {error}; run `cargo bench` first",
            root.display()
        );
        return ExitCode::from(2);
    }
    if results.is_empty() {
        eprintln!(
            "error: no results under {}; run `cargo bench` first",
            root.display()
        );
        return ExitCode::from(2);
    }
    print_lookup(&results);
    print_accessors(&results);
    print_expansion(&results);
    print_wire(&results);
    ExitCode::SUCCESS
}

/// Every `new/benchmark.json` under `dir`, by its full id.
fn collect(dir: &Path, results: &mut BTreeMap<String, Measure>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if !path.is_dir() {
            continue;
        }
        if path.file_name().is_some_and(|name| name == "new") {
            if let Some((id, measure)) = read(&path) {
                results.insert(id, measure);
            }
        } else {
            collect(&path, results)?;
        }
    }
    Ok(())
}

fn read(dir: &Path) -> Option<(String, Measure)> {
    let json = |name: &str| -> Option<Value> {
        let text = std::fs::read_to_string(dir.join(name)).ok()?;
        serde_json::from_str(&text).ok()
    };
    let benchmark = json("benchmark.json")?;
    let estimates = json("estimates.json")?;
    let id = benchmark.get("full_id")?.as_str()?.to_owned();
    let elements = benchmark
        .get("throughput")
        .and_then(|throughput| throughput.get("Elements"))
        .and_then(Value::as_f64)
        .unwrap_or(1.0);
    let median = estimates.get("median")?;
    let point = median.get("point_estimate")?.as_f64()?;
    let interval = median.get("confidence_interval")?;
    let lower = interval.get("lower_bound")?.as_f64()?;
    let upper = interval.get("upper_bound")?.as_f64()?;
    Some((
        id,
        Measure {
            median_ns: point / elements,
            spread_ns: (upper - lower) / 2.0 / elements,
        },
    ))
}

fn cell(results: &BTreeMap<String, Measure>, id: &str) -> String {
    results.get(id).map_or_else(
        || "–".to_owned(),
        |measure| format!("{:.1} ±{:.1}", measure.median_ns, measure.spread_ns),
    )
}

fn ratio(results: &BTreeMap<String, Measure>, id: &str, against: &str) -> String {
    match (results.get(id), results.get(against)) {
        (Some(other), Some(errcat)) if errcat.median_ns > 0.0 => {
            format!("{:.1}×", other.median_ns / errcat.median_ns)
        }
        _ => "–".to_owned(),
    }
}

const SIZES: [&str; 3] = ["login-30", "synthetic-300", "synthetic-3000"];

fn print_lookup(results: &BTreeMap<String, Measure>) {
    const ALTERNATIVES: [&str; 4] = ["strum", "phf", "std_hashmap", "foldhash_hashmap"];
    println!(
        "## from_code: ns per lookup (median ±half CI), and how many times slower each alternative is\n"
    );
    println!(
        "| catalog | keys | errcat | strum | phf | std HashMap | foldhash HashMap | strum/errcat | phf/errcat | std/errcat | foldhash/errcat |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for size in SIZES {
        for workload in ["hits", "misses", "mixed"] {
            let id = |name: &str| format!("lookup/{size}/{workload}/{name}");
            let errcat = id("errcat");
            let cells: Vec<String> = ALTERNATIVES
                .iter()
                .map(|name| cell(results, &id(name)))
                .collect();
            let ratios: Vec<String> = ALTERNATIVES
                .iter()
                .map(|name| ratio(results, &id(name), &errcat))
                .collect();
            println!(
                "| {size} | {workload} | {} | {} | {} |",
                cell(results, &errcat),
                cells.join(" | "),
                ratios.join(" | ")
            );
        }
    }
    println!();
}

fn print_accessors(results: &BTreeMap<String, Measure>) {
    println!("## Accessors: ns per call (median ±half CI)\n");
    println!("| catalog | accessor | errcat (table) | match | match/errcat |");
    println!("|---|---|---|---|---|");
    for size in SIZES {
        for accessor in ["code", "status", "description", "hint"] {
            let errcat = format!("accessors/{size}/{accessor}/errcat");
            let matched = format!("accessors/{size}/{accessor}/match");
            println!(
                "| {size} | {accessor} | {} | {} | {} |",
                cell(results, &errcat),
                cell(results, &matched),
                ratio(results, &matched, &errcat)
            );
        }
    }
    println!();
}

fn print_expansion(results: &BTreeMap<String, Measure>) {
    println!("## Expansion (parse, validate, generate) outside rustc\n");
    println!("| entries | total ms | µs per entry |");
    println!("|---|---|---|");
    for size in [100_u32, 1000, 3000, 10_000] {
        if let Some(measure) = results.get(&format!("expansion/{size}")) {
            let total_ms = measure.median_ns * f64::from(size) / 1e6;
            println!(
                "| {size} | {total_ms:.1} | {:.2} |",
                measure.median_ns / 1e3
            );
        }
    }
    println!();
}

fn print_wire(results: &BTreeMap<String, Measure>) {
    println!("## Wire: ns per rendering of a catalog error (median ±half CI)\n");
    println!("| output | errcat | alternative | alternative/errcat |");
    println!("|---|---|---|---|");
    for (output, alternative) in [
        ("json_description", "serde_json"),
        ("json_with_hint", "serde_json"),
        ("www_authenticate", "format"),
    ] {
        let errcat = format!("wire/{output}/errcat");
        let other = format!("wire/{output}/{alternative}");
        println!(
            "| {output} | {} | {} ({alternative}) | {} |",
            cell(results, &errcat),
            cell(results, &other),
            ratio(results, &other, &errcat)
        );
    }
    println!();
}
