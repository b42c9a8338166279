//! `hearsay eval …`: each benchmark's scorer lives in the `hearsay-eval` crate.

use std::path::PathBuf;

/// The two AEB tracks.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum AebTrack {
    /// The HTML page: main-content extraction.
    Html,
    /// The page's whole visible text: plain-text ingest.
    Text,
}

/// Benchmarks.
#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// Article extraction on the article-extraction benchmark (DIR holds html/ and ground-truth.json):
    /// `--track html` (main content of the HTML) or `--track text` (the article inside each
    /// page's whole visible text, train and dev parts).
    Aeb {
        /// Benchmark directory.
        #[arg(default_value = "../shared/data/aeb")]
        dir: PathBuf,
        /// Which input the pages are given as.
        #[arg(long, value_enum, default_value_t = AebTrack::Html)]
        track: AebTrack,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Text track: score the train part only (what tuning may read); the dev part is
        /// neither read nor printed.
        #[arg(long)]
        train_only: bool,
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
    /// Attribution source/cue/content P/R/F1 on a PolNeAR split (DIR holds text/ and attributions/).
    Polnear {
        /// Split directory.
        #[arg(default_value = "../shared/data/polnear/dev")]
        dir: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Part-of-speech (UPOS) accuracy on a CoNLL-U file (UD English-EWT).
    Pos {
        /// CoNLL-U file.
        #[arg(default_value = "../shared/data/ud_ewt/en_ewt-ud-dev.conllu")]
        file: PathBuf,
        /// Score this model file instead of the embedded one.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Source typing (type, anonymous, official) on the labelled PolNeAR dev sample.
    Sources {
        /// Labelled sources (JSON Lines): a file or a directory of them. A gold that names
        /// documents by id (`"doc"`; each `X.jsonl` with its `X.docs.tsv`) runs the whole
        /// pipeline on documents from `--data`; the PolNeAR-dev sample (`"file"`) runs the
        /// sources stage on PolNeAR's gold attributions from `--dir`.
        #[arg(default_value = "data/sources/polnear-dev-sample.jsonl")]
        sample: PathBuf,
        /// PolNeAR split directory the sample indexes.
        #[arg(long, default_value = "../shared/data/polnear/dev")]
        dir: PathBuf,
        /// The data root a `"doc"` gold's documents are read from.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        /// Only the documents of this split of a `"doc"` gold (`dev`: never tuned on).
        #[arg(long)]
        split: Option<String>,
        /// Also list every disagreement in context (a `"doc"` gold's train split only).
        #[arg(long)]
        errors: bool,
        /// Print JSON (with every disagreement) instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Sentence-level uncertainty (hedge cues) on a text,label CSV; reports uncertain-class P/R/F1.
    Hedges {
        /// CSV with columns text,label (1 = uncertain).
        #[arg(default_value = "../shared/data/hedges/test.csv")]
        file: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Verification events (verdict + cue F1, actor accuracy) against a hand-annotated gold file.
    Verifications {
        /// Gold events (JSON Lines, byte offsets): a file, or a directory of them. Gold that
        /// names documents by id (`"doc"`; each `X.jsonl` with its `X.docs.tsv`) is read from
        /// `--data`; gold that names files (`"file"`) from `--texts`.
        #[arg(long, default_value = "data/verifications/polnear-dev.jsonl")]
        gold: PathBuf,
        /// Directory of the texts a `"file"` gold indexes.
        #[arg(long, default_value = "../shared/data/polnear/dev/text")]
        texts: PathBuf,
        /// The data root a `"doc"` gold's documents are read from.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        /// Only the documents of this split of a `"doc"` gold (`dev`: never tuned on).
        #[arg(long)]
        split: Option<String>,
        /// Also list every miss, false alarm and wrong actor.
        #[arg(long)]
        errors: bool,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Claims (precision, recall, label, origin and chain accuracy) against the project's
    /// claim gold (docs/CLAIMS.md); runs the whole pipeline on the documents it names.
    Claims {
        /// Gold claims (JSON Lines, each `X.jsonl` with its `X.docs.tsv`): a file or a directory.
        #[arg(long, default_value = "data/claims")]
        gold: PathBuf,
        /// The data root the documents are read from.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        /// Only the documents of this split (`dev`: never tuned on).
        #[arg(long)]
        split: Option<String>,
        /// Also list every miss, false claim and wrong label.
        #[arg(long)]
        errors: bool,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Stance of headlines toward claims on an Emergent-layout CSV (claimHeadline,
    /// articleHeadline, articleHeadlineStance, articleId, claimId): the shipped model, or
    /// with `--cv K` a K-fold cross-validation grouped by claimId.
    Emergent {
        /// CSV file.
        #[arg(default_value = "../shared/data/emergent/url-versions-2015-06-14-clean-train.csv")]
        file: PathBuf,
        /// Run grouped K-fold cross-validation on the file instead of scoring the shipped model.
        #[arg(long)]
        cv: Option<usize>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Cross-article matching: body-pair precision/recall on FNC-1 train bodies (same story:
    /// some headline relates to both) and on Emergent headlines grouped by claimId.
    Trail {
        /// Data root holding fnc1/ (and emergent/).
        #[arg(default_value = "../shared/data")]
        data: PathBuf,
        /// Part scored: `tune` (matching may be tuned on it), `dev` (never tuned on) or `all`.
        #[arg(long, default_value = "dev")]
        split: String,
        /// Average-link similarity threshold instead of the default.
        #[arg(long)]
        threshold: Option<f64>,
        /// Smallest similarity to every representative instead of the default.
        #[arg(long)]
        floor: Option<f64>,
        /// Average gist cosine a lead needs to join a story cluster, instead of the default.
        #[arg(long)]
        story_threshold: Option<f64>,
        /// Smallest gist cosine to every story representative, instead of the default.
        #[arg(long)]
        story_floor: Option<f64>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Dependency parsing UAS/LAS on a CoNLL-U file (UD English-EWT), with predicted tags
    /// (needs a build with `--features parser`).
    Parser {
        /// CoNLL-U file.
        #[arg(default_value = "../shared/data/ud_ewt/en_ewt-ud-dev.conllu")]
        file: PathBuf,
        /// Score this model file instead of the embedded one.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// Runs one evaluation.
pub fn run(c: EvalCommand) -> anyhow::Result<()> {
    match c {
        #[cfg(feature = "parser")]
        EvalCommand::Parser { file, model, json } => {
            let r = hearsay_eval::parse::evaluate(&file, model.as_deref())?;
            print_report(&r, json)
        }
        #[cfg(not(feature = "parser"))]
        EvalCommand::Parser { .. } => Err(crate::exit::usage(
            "this hearsay was built without the dependency parser: build it with `--features parser`",
        )),
        EvalCommand::Hedges { file, json } => {
            let r = hearsay_eval::hedges::evaluate(&file)?;
            print_report(&r, json)
        }
        EvalCommand::Verifications { gold, texts, data, split, errors, json } => {
            let by_doc = gold.is_dir() || std::fs::read_to_string(&gold).is_ok_and(|t| t.contains("\"doc\""));
            let r = if by_doc {
                hearsay_eval::verifications::evaluate_docs(&gold, &data, split.as_deref(), errors)?
            } else {
                hearsay_eval::verifications::evaluate(&gold, &texts, errors)?
            };
            print_report(&r, json)
        }
        EvalCommand::Claims { gold, data, split, errors, json } => {
            let r = hearsay_eval::claims::evaluate(&gold, &data, split.as_deref(), errors)?;
            print_report(&r, json)
        }
        EvalCommand::Sources { sample, dir, data, split, errors, json } => {
            let by_doc = sample.is_dir() || std::fs::read_to_string(&sample).is_ok_and(|t| t.contains("\"doc\""));
            let r = if by_doc {
                hearsay_eval::sources::evaluate_docs(&sample, &data, split.as_deref(), errors)?
            } else {
                hearsay_eval::sources::evaluate(&sample, &dir)?
            };
            print_report(&r, json)
        }
        EvalCommand::Pos { file, model, json } => {
            let r = hearsay_eval::pos::evaluate(&file, model.as_deref())?;
            print_report(&r, json)
        }
        EvalCommand::Polnear { dir, json } => {
            let r = hearsay_eval::polnear::evaluate(&dir)?;
            print_report(&r, json)
        }
        EvalCommand::Emergent { file, cv, json } => {
            let r = hearsay_eval::emergent::evaluate(&file, cv)?;
            print_report(&r, json)
        }
        EvalCommand::Trail { data, split, threshold, floor, story_threshold, story_floor, json } => {
            let split = hearsay_eval::trail_gold::Split::parse(&split)
                .ok_or_else(|| crate::exit::usage(&format!("--split: expected tune, dev or all, not {split}")))?;
            let mut options = hearsay_cluster::ClusterOptions::default();
            if let Some(t) = threshold {
                options.threshold = t;
            }
            if let Some(f) = floor {
                options.floor = f;
            }
            if let Some(t) = story_threshold {
                options.story_threshold = t;
            }
            if let Some(f) = story_floor {
                options.story_floor = f;
            }
            let r = hearsay_eval::trail::evaluate(&data, split, options)?;
            print_report(&r, json)
        }
        EvalCommand::Aeb { dir, track: AebTrack::Html, json, .. } => {
            let r = hearsay_eval::aeb::evaluate(&dir)?;
            print_report(&r, json)
        }
        EvalCommand::Aeb { dir, track: AebTrack::Text, json, train_only } => {
            let r = hearsay_eval::aeb_text::evaluate_parts(&dir, !train_only)?;
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
