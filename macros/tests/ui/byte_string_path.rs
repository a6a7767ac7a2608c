errcat::catalog! {
    pub enum Catalog = b"tests/ui/api.toml";
}

fn main() {}
