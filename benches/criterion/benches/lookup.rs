//! `from_code`: errcat's perfect hash against strum's `EnumString` (a
//! `match` on `&str`), a phf map, std's `HashMap` and a foldhash
//! `HashMap`, at 30 (Login), 300 and 3000 codes, for hits, misses and a
//! 50/50 mix, each a long random sequence of keys (see `DRAWS`).
//! Throughput is per lookup.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::hint::black_box;
use std::str::FromStr;

use criterion::{
    BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main, measurement::WallTime,
};
use errcat_criterion::{Keys, login, login_keys, synthetic_300, synthetic_3000, synthetic_keys};

fn run<T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    keys: &[String],
    lookup: impl Fn(&str) -> Option<T>,
) {
    group.bench_function(name, |bencher| {
        bencher.iter(|| {
            for key in keys {
                black_box(lookup(black_box(key.as_str())));
            }
        });
    });
}

fn map_with<S: BuildHasher + Default, V: Copy>(
    pairs: impl Iterator<Item = (&'static str, V)>,
) -> HashMap<&'static str, V, S> {
    let mut map = HashMap::with_hasher(S::default());
    for (code, value) in pairs {
        map.entry(code).or_insert(value);
    }
    map
}

macro_rules! lookups {
    ($criterion:expr, $label:expr, $keys:expr, $errcat:ty, $module:ident) => {{
        let keys: Keys = $keys;
        let pairs = || {
            $module::ALL
                .iter()
                .map(|variant| (variant.code(), *variant))
        };
        let std_map: HashMap<&'static str, $module::Strum> =
            map_with::<std::hash::RandomState, _>(pairs());
        let fold_map: HashMap<&'static str, $module::Strum, foldhash::fast::RandomState> =
            map_with(pairs());
        for (workload, keys) in [
            ("hits", keys.hits()),
            ("misses", keys.misses()),
            ("mixed", keys.mixed()),
        ] {
            let mut group = $criterion.benchmark_group(format!("lookup/{}/{workload}", $label));
            group.throughput(Throughput::Elements(keys.len() as u64));
            run(&mut group, "errcat", &keys, <$errcat>::from_code);
            run(&mut group, "strum", &keys, |key| {
                $module::Strum::from_str(key).ok()
            });
            run(&mut group, "phf", &keys, |key| {
                $module::PHF.get(key).copied()
            });
            run(&mut group, "std_hashmap", &keys, |key| {
                std_map.get(key).copied()
            });
            run(&mut group, "foldhash_hashmap", &keys, |key| {
                fold_map.get(key).copied()
            });
            group.finish();
        }
    }};
}

fn lookup(criterion: &mut Criterion) {
    lookups!(
        criterion,
        "login-30",
        login_keys(),
        login_errors::LoginError,
        login
    );
    lookups!(
        criterion,
        "synthetic-300",
        synthetic_keys(300),
        synthetic_300::Errcat,
        synthetic_300
    );
    lookups!(
        criterion,
        "synthetic-3000",
        synthetic_keys(3000),
        synthetic_3000::Errcat,
        synthetic_3000
    );
}

criterion_group!(benches, lookup);
criterion_main!(benches);
