errcat::catalog! {
    pub enum Catalog = "tests/ui/syntax_error.toml";
}

fn main() {}
