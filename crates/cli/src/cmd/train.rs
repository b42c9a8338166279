//! `hearsay train …`: reproduces every shipped model from ../shared/data.

use std::path::PathBuf;

/// Trainable models.
#[derive(clap::Subcommand)]
pub enum TrainCommand {
    /// Part-of-speech tagger on UD English-EWT train.
    Pos {
        /// CoNLL-U training file.
        #[arg(long, default_value = "../shared/data/ud_ewt/en_ewt-ud-train.conllu")]
        train: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "models/pos.bin")]
        out: PathBuf,
    },
    /// Attribution model on PolNeAR train.
    Attribution {
        /// PolNeAR split directory (text/ and attributions/).
        #[arg(long, default_value = "../shared/data/polnear/train")]
        train: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "models/attribution.bin")]
        out: PathBuf,
    },
}

/// Runs one training job.
pub fn run(c: TrainCommand) -> anyhow::Result<()> {
    match c {
        TrainCommand::Pos { train, out } => anyhow::bail!("POS training is not built yet ({} -> {})", train.display(), out.display()),
        TrainCommand::Attribution { train, out } => {
            anyhow::bail!("attribution training is not built yet ({} -> {})", train.display(), out.display())
        }
    }
}
