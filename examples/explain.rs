//! Explains Unstoppable Login error codes: `cargo run --example explain --
//! invalid_grant` prints the code's status, description, hint and variant;
//! without arguments it lists every code.

use std::process::ExitCode;

use login_errors::LoginError;

fn main() -> ExitCode {
    let codes: Vec<String> = std::env::args().skip(1).collect();
    if codes.is_empty() {
        for variant in LoginError::ALL {
            println!("{} {:<26} {variant:?}", variant.status(), variant.code());
        }
        return ExitCode::SUCCESS;
    }
    let mut status = ExitCode::SUCCESS;
    for code in &codes {
        let matches: Vec<LoginError> = LoginError::ALL
            .iter()
            .copied()
            .filter(|variant| variant.code() == code)
            .collect();
        if matches.is_empty() {
            eprintln!(
                "error: `{code}` is not an Unstoppable Login error code (run without arguments to list them)"
            );
            status = ExitCode::FAILURE;
        }
        for variant in matches {
            println!("{} (HTTP {})", variant.code(), variant.status());
            println!("  variant:     LoginError::{variant:?}");
            println!("  description: {}", variant.description());
            if let Some(hint) = variant.hint() {
                println!("  hint:        {hint}");
            }
            println!();
        }
    }
    status
}
