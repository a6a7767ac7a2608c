errcat::catalog! {
    pub enum Catalog = "tests/ui/not_utf8.toml";
}

fn main() {}
