//! The `factum` command as an example binary, so that `cargo run --example
//! extract` keeps working without `--features cli`. All of it lives in
//! `src/bin/factum.rs`; see there (or `factum --help`) for the options.

#[path = "../src/bin/factum.rs"]
mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
