errcat::catalog! {}

fn main() {}
