errcat::catalog! {
    pub enum Catalog = "tests/ui/api.toml";
    pub enum Other = "tests/ui/billing.toml";
    pub enum Catalog = "tests/ui/billing.toml";
}

fn main() {}
