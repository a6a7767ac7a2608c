errcat::catalog! {
    pub enum Catalog = "tests/ui/api.toml"
    pub enum Billing = "tests/ui/billing.toml";
}

fn main() {}
