//! What the macro does inside rustc, outside it: parse, validate and
//! generate a catalog of 100 to 10,000 entries. Throughput is per entry,
//! so a flat per-entry time shows linear growth.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use errcat_codegen::{check_bytes, generate, invocation};

fn expansion(criterion: &mut Criterion) {
    let invocation = invocation::parse(
        "[::errcat] pub enum Synthetic = \"synthetic.toml\";"
            .parse()
            .expect("tokens"),
    )
    .expect("a valid invocation")
    .remove(0);
    let mut group = criterion.benchmark_group("expansion");
    group.sample_size(20);
    for size in [100, 1000, 3000, 10_000] {
        let toml = errcat_synthetic::catalog_toml(size);
        group.throughput(Throughput::Elements(size as u64));
        group.bench_function(format!("{size}"), |bencher| {
            bencher.iter(|| {
                let (_, catalog) = check_bytes("synthetic.toml", black_box(toml.as_bytes()));
                let catalog = catalog.expect("the synthetic catalog is valid");
                black_box(generate(&catalog, &invocation))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, expansion);
criterion_main!(benches);
