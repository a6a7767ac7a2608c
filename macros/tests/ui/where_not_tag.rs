errcat::catalog! {
    pub enum Catalog = "tests/ui/api.toml";
    pub enum Unauthorized = "tests/ui/api.toml" where status = "401";
}

fn main() {}
