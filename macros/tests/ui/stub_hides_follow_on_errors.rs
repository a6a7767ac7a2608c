// The catalog has one bad entry; the code below names the enum, its
// variants and its API, and must add no error of its own.
errcat::catalog! {
    pub enum Catalog = "tests/ui/stub_hides_follow_on_errors.toml";
}

fn main() {
    let code: &'static str = Catalog::InvalidRequest.code();
    let status: u16 = Catalog::ServerError.status();
    let parsed: Result<Catalog, errcat::UnknownCode> = "invalid_request".parse();
    let all: &'static [Catalog] = Catalog::ALL;
    let found = Catalog::from_code("server_error");
    println!("{code} {status} {parsed:?} {all:?} {found:?} {}", Catalog::COUNT);
}
