errcat::catalog! {
    pub enum Catalog = "tests/ui/several_errors.toml";
}

fn main() {}
