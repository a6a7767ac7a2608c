//! `code()`, `status()`, `description()` and `hint()`: errcat's indexed
//! table load against the `match` form, at 30, 300 and 3000 variants,
//! visiting the variants in a long random sequence. Throughput is per call.

use std::hint::black_box;

use criterion::{
    BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main, measurement::WallTime,
};
use errcat_criterion::{login, random_indices, synthetic_300, synthetic_3000};

fn run<C: Copy>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    codes: &[C],
    measure: impl Fn(C) -> usize,
) {
    group.bench_function(name, |bencher| {
        bencher.iter(|| {
            codes
                .iter()
                .map(|&code| measure(black_box(code)))
                .sum::<usize>()
        });
    });
}

fn hint_len(hint: Option<&str>) -> usize {
    hint.map_or(0, str::len)
}

macro_rules! accessors {
    ($criterion:expr, $label:expr, $errcat:ty, $module:ident) => {{
        let order = random_indices(<$errcat>::ALL.len());
        let errcat: Vec<$errcat> = order.iter().map(|&index| <$errcat>::ALL[index]).collect();
        let matched: Vec<$module::Strum> = order.iter().map(|&index| $module::ALL[index]).collect();
        let mut group = $criterion.benchmark_group(format!("accessors/{}", $label));
        group.throughput(Throughput::Elements(errcat.len() as u64));
        run(&mut group, "code/errcat", &errcat, |code| code.code().len());
        run(&mut group, "code/match", &matched, |code| code.code().len());
        run(&mut group, "status/errcat", &errcat, |code| {
            usize::from(code.status())
        });
        run(&mut group, "status/match", &matched, |code| {
            usize::from(code.status())
        });
        run(&mut group, "description/errcat", &errcat, |code| {
            code.description().len()
        });
        run(&mut group, "description/match", &matched, |code| {
            code.description().len()
        });
        run(&mut group, "hint/errcat", &errcat, |code| {
            hint_len(code.hint())
        });
        run(&mut group, "hint/match", &matched, |code| {
            hint_len(code.hint())
        });
        group.finish();
    }};
}

fn accessors(criterion: &mut Criterion) {
    accessors!(criterion, "login-30", login_errors::LoginError, login);
    accessors!(
        criterion,
        "synthetic-300",
        synthetic_300::Errcat,
        synthetic_300
    );
    accessors!(
        criterion,
        "synthetic-3000",
        synthetic_3000::Errcat,
        synthetic_3000
    );
}

criterion_group!(benches, accessors);
criterion_main!(benches);
