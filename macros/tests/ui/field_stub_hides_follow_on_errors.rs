// The catalog has one bad entry; the code below calls every declared
// field's accessor, in `const` context too, and must add no error of its
// own.
errcat::catalog! {
    pub enum Catalog = "tests/ui/field_stub_hides_follow_on_errors.toml";
}

const RETRYABLE: bool = Catalog::InvalidRequest.retryable();
const GRPC: &str = Catalog::ServerError.grpc();

fn main() {
    let attempts: Option<i64> = Catalog::InvalidRequest.attempts();
    let scopes: Option<&'static [&'static str]> = Catalog::ServerError.scopes();
    println!("{RETRYABLE} {GRPC} {attempts:?} {scopes:?}");
}
