//! `hearsay`: the command-line interface, a thin layer over the library.

mod cmd;
mod exit;

/// mimalloc: the pipeline allocates many small vectors and strings per document; the
/// system allocator spent about 8 % of `hearsay bench` in malloc/free.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Ingest articles (files, directories, JSON Lines, WARC, stdin) into a database.
    Ingest(cmd::ingest::Args),
    /// List claims clustered across the articles of a database.
    Claims(cmd::claims::Args),
    /// Show one claim's trail across articles: who said it where, with stance and verifications.
    Claim(cmd::claim::Args),
    /// Export a database (or JSON Lines of analyses) as tables: JSON Lines, CSV or Parquet
    /// (docs/EXPORT.md).
    Export(cmd::export::Args),
    /// Print a stored analysis as hearsay.v1 JSON, as `analyze` printed it.
    Show(cmd::show::Args),
    /// Serve the HTTP API and the web page (loopback unless --addr says otherwise).
    Serve(cmd::serve::Args),
}

/// Lets a closed stdout (`hearsay eval … | head`) end the process quietly, as other
/// command-line tools do, instead of panicking on a broken pipe. Not for `serve`, whose
/// sockets must never kill the process.
fn default_sigpipe() {
    // SAFETY: restoring the default disposition of one signal before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve(_)) {
        default_sigpipe();
    }
    let result = match cli.command {
        Command::Analyze(a) => cmd::analyze::run(a),
        Command::Eval(e) => cmd::eval::run(e),
        Command::Bench(b) => cmd::bench::run(b),
        Command::Train(t) => cmd::train::run(t),
        Command::Claims(c) => cmd::claims::run(c),
        Command::Claim(c) => cmd::claim::run(c),
        Command::Ingest(i) => cmd::ingest::run(i),
        Command::Show(s) => cmd::show::run(s),
        Command::Export(x) => cmd::export::run(x),
        Command::Serve(s) => cmd::serve::run(s),
    };
    if let Err(e) = result {
        let code = exit::code_for(&e);
        eprintln!("hearsay: error: {e:#}");
        std::process::exit(code);
    }
}
