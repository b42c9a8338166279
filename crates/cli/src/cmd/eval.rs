//! `hearsay eval …`: each benchmark's scorer lives in the `hearsay-eval` crate.

use std::path::PathBuf;

/// Benchmarks.
#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// HTML main-content extraction on the article-extraction benchmark (DIR holds html/ and ground-truth.json).
    Aeb {
        /// Benchmark directory.
        #[arg(default_value = "../shared/data/aeb")]
        dir: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Sentence-boundary F1 on a CoNLL-U file (UD English-EWT).
    Ud {
        /// CoNLL-U file.
        #[arg(default_value = "../shared/data/ud_ewt/en_ewt-ud-test.conllu")]
        file: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// Runs one evaluation.
pub fn run(c: EvalCommand) -> anyhow::Result<()> {
    match c {
        EvalCommand::Aeb { dir, json } => {
            let r = hearsay_eval::aeb::evaluate(&dir)?;
            print_report(&r, json)
        }
        EvalCommand::Ud { file, json } => {
            let r = hearsay_eval::ud::evaluate(&file)?;
            print_report(&r, json)
        }
    }
}

fn print_report<R: serde::Serialize + std::fmt::Display>(r: &R, json: bool) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(r)?);
    } else {
        println!("{r}");
    }
    Ok(())
}
