//! `hearsay`: the command-line interface, a thin layer over the library.

mod cmd;
mod exit;

use clap::{Parser, Subcommand};

/// Who says so, on whose authority, how hedged, and has anyone confirmed it?
#[derive(Parser)]
#[command(name = "hearsay", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse one article (file or `-` for stdin) and print hearsay.v1 JSON.
    Analyze(cmd::analyze::Args),
    /// Evaluate a stage against a benchmark and print its metrics.
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
    /// Measure throughput (articles/s, MB/s) on a directory of texts.
    Bench(cmd::bench::Args),
    /// Train a shipped model from the shared data.
    #[command(subcommand)]
    Train(cmd::train::TrainCommand),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(a) => cmd::analyze::run(a),
        Command::Eval(e) => cmd::eval::run(e),
        Command::Bench(b) => cmd::bench::run(b),
        Command::Train(t) => cmd::train::run(t),
    };
    if let Err(e) = result {
        let code = exit::code_for(&e);
        eprintln!("hearsay: error: {e:#}");
        std::process::exit(code);
    }
}
