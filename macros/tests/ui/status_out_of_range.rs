errcat::catalog! {
    pub enum Catalog = "tests/ui/status_out_of_range.toml";
}

fn main() {}
