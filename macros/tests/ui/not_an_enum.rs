errcat::catalog! {
    pub struct Catalog = "tests/ui/api.toml";
}

fn main() {}
