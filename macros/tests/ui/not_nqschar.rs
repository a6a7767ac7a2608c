errcat::catalog! {
    pub enum Catalog = "tests/ui/not_nqschar.toml";
}

fn main() {}
