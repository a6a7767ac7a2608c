errcat::catalog! {
    pub enum Catalog = "tests/ui/empty_text.toml";
}

fn main() {}
