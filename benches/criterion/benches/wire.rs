//! Rendering a catalog error without overrides: errcat's writers against
//! `serde_json::to_vec` of an equivalent `#[derive(Serialize)]` struct (the
//! JSON body) and `format!` (the `WWW-Authenticate` value). Every
//! `LoginError` code per iteration; throughput is per rendering.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use errcat::{Challenge, Error, Expose};
use login_errors::LoginError;

#[derive(serde::Serialize)]
struct Body<'a> {
    error: &'a str,
    error_description: &'a str,
}

#[derive(serde::Serialize)]
struct OwnedBody<'a> {
    error: &'a str,
    error_description: String,
}

fn wire(criterion: &mut Criterion) {
    let codes = LoginError::ALL;
    // The outputs compared are the same bytes.
    for &code in codes {
        let errcat = Error::from(code).json_body(Expose::DESCRIPTION_ONLY);
        let serde = serde_json::to_vec(&Body {
            error: code.code(),
            error_description: code.description(),
        })
        .expect("serialize");
        assert_eq!(errcat.as_bytes(), serde.as_slice());
    }
    let mut group = criterion.benchmark_group("wire");
    group.throughput(Throughput::Elements(codes.len() as u64));
    group.bench_function("json_description/errcat", |bencher| {
        bencher.iter(|| {
            for &code in codes {
                black_box(Error::from(black_box(code)).json_body(Expose::DESCRIPTION_ONLY));
            }
        });
    });
    group.bench_function("json_description/serde_json", |bencher| {
        bencher.iter(|| {
            for &code in codes {
                let code = black_box(code);
                let body = Body {
                    error: code.code(),
                    error_description: code.description(),
                };
                black_box(serde_json::to_vec(&body).expect("serialize"));
            }
        });
    });
    group.bench_function("json_with_hint/errcat", |bencher| {
        bencher.iter(|| {
            for &code in codes {
                black_box(Error::from(black_box(code)).json_body(Expose::default()));
            }
        });
    });
    group.bench_function("json_with_hint/serde_json", |bencher| {
        bencher.iter(|| {
            for &code in codes {
                let code = black_box(code);
                let error_description = match code.hint() {
                    Some(hint) => format!("{} {hint}", code.description()),
                    None => code.description().to_owned(),
                };
                black_box(
                    serde_json::to_vec(&OwnedBody {
                        error: code.code(),
                        error_description,
                    })
                    .expect("serialize"),
                );
            }
        });
    });
    let challenge = Challenge::bearer().with_realm("api");
    let mut out = String::with_capacity(1024);
    group.bench_function("www_authenticate/errcat", |bencher| {
        bencher.iter(|| {
            for &code in codes {
                out.clear();
                Error::from(black_box(code)).write_www_authenticate(
                    &mut out,
                    &challenge,
                    Expose::DESCRIPTION_ONLY,
                );
                black_box(&out);
            }
        });
    });
    group.bench_function("www_authenticate/format", |bencher| {
        bencher.iter(|| {
            for &code in codes {
                out.clear();
                let code = black_box(code);
                let _ = write!(
                    out,
                    "Bearer realm=\"api\", error=\"{}\", error_description=\"{}\"",
                    code.code(),
                    code.description()
                );
                black_box(&out);
            }
        });
    });
    group.finish();
}

criterion_group!(benches, wire);
criterion_main!(benches);
