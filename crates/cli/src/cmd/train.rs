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
        /// Passes over the training data.
        #[arg(long, default_value_t = 8)]
        epochs: usize,
        /// Feature hash table size: 2^bits buckets.
        #[arg(long, default_value_t = 18)]
        bits: u32,
    },
    /// Dependency parser on UD English-EWT train (tags from jackknifed POS taggers; needs a
    /// build with `--features parser`).
    Parser {
        /// CoNLL-U training file.
        #[arg(long, default_value = "../shared/data/ud_ewt/en_ewt-ud-train.conllu")]
        train: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "models/parser.bin")]
        out: PathBuf,
        /// Passes over the training data.
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        /// Transition table size: 2^bits buckets.
        #[arg(long, default_value_t = 17)]
        bits: u32,
        /// Labeller table size: 2^label_bits buckets.
        #[arg(long, default_value_t = 15)]
        label_bits: u32,
    },
    /// Attribution model on PolNeAR train.
    Attribution {
        /// PolNeAR split directory (text/ and attributions/).
        #[arg(long, default_value = "../shared/data/polnear/train")]
        train: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "models/attribution.bin")]
        out: PathBuf,
        /// Passes over the training data.
        #[arg(long, default_value_t = 6)]
        epochs: usize,
    },
    /// Plain-text block model (article lines against the page around them) on the train part
    /// of the AEB text track (whole visible text of each page; `hearsay eval aeb --track text`).
    Blocks {
        /// Article-extraction benchmark directory (html/ and ground-truth.json).
        #[arg(long, default_value = "../shared/data/aeb")]
        data: PathBuf,
        /// Ordinary articles (plain texts, every line body but the headline).
        #[arg(long, default_value = "../shared/data/polnear/train/text")]
        articles: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "models/blocks.bin")]
        out: PathBuf,
        /// Passes over the training lines.
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        /// Only report a cross-validation over the train part (what tuning reads); writes nothing.
        #[arg(long)]
        cv: bool,
        /// With `--cv`: write each train page's lines with their out-of-fold reading here
        /// (debugging; the dev part is never read).
        #[arg(long, requires = "cv")]
        dump: Option<PathBuf>,
        /// With `--cv`: mix the training seeds with this (0: the shipped seeds); rerun with a few
        /// salts to see how much the scores move from the training order alone.
        #[arg(long, requires = "cv", default_value_t = 0)]
        seed_salt: u64,
    },
    /// Verdict classifier over candidate verification events on the train split of our
    /// verification gold (data/verifications/v2) and the PolNeAR-dev verification gold.
    Verifications {
        /// Gold events by document id (a directory of `X.jsonl` with `X.docs.tsv`): only the
        /// documents of its `train` split are read.
        #[arg(long, default_value = "data/verifications/v2")]
        gold: PathBuf,
        /// The data root its documents are read from.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        /// Gold events by file name on the PolNeAR dev texts, also trained on ("none": not).
        #[arg(long, default_value = "data/verifications/polnear-dev.jsonl")]
        polnear_dev: PathBuf,
        /// The PolNeAR dev texts.
        #[arg(long, default_value = "../shared/data/polnear/dev/text")]
        polnear_texts: PathBuf,
        /// The repository's gold directory: the PolNeAR train texts that none of its
        /// `*.docs.tsv` covers are run as a false-alarm proxy that bounds the per-kind and
        /// per-verdict thresholds ("none": not).
        #[arg(long, default_value = "data")]
        unseen: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "models/verifications.bin")]
        out: PathBuf,
        /// Passes over the candidates.
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        /// Only report the cross-validation by document (out-of-fold F1 for every threshold
        /// pair, and the pair kept); writes nothing.
        #[arg(long)]
        cv: bool,
        /// With `--cv`: list the out-of-fold misses and false alarms at the kept thresholds.
        #[arg(long, requires = "cv")]
        errors: bool,
        /// With `--cv`: write every candidate with its out-of-fold reading here.
        #[arg(long, requires = "cv")]
        dump: Option<PathBuf>,
        /// Logistic regression learning rate (AdaGrad).
        #[arg(long, default_value_t = 0.1)]
        rate: f32,
        /// Logistic regression L2 penalty.
        #[arg(long, default_value_t = 1e-5)]
        l2: f32,
        /// Weight of a training candidate with a verdict (those without weigh 1).
        #[arg(long, default_value_t = 1.0)]
        pos_weight: f32,
    },
    /// Stance classifier (supports / denies / reports) on Emergent claim/headline pairs.
    Stance {
        /// Emergent-layout CSV.
        #[arg(long, default_value = "../shared/data/emergent/url-versions-2015-06-14-clean-train.csv")]
        train: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "models/stance.bin")]
        out: PathBuf,
    },
}

/// Runs one training job.
pub fn run(c: TrainCommand) -> anyhow::Result<()> {
    match c {
        TrainCommand::Stance { train, out } => train_stance(&train, &out),
        TrainCommand::Verifications {
            gold,
            data,
            polnear_dev,
            polnear_texts,
            unseen,
            out,
            epochs,
            cv,
            errors,
            dump,
            rate,
            l2,
            pos_weight,
        } => {
            let settings = hearsay_epistemics::classifier::TrainSettings { epochs, rate, l2, pos_weight };
            let pn = (polnear_dev.as_os_str() != "none").then_some(polnear_dev.as_path());
            let unseen = (unseen.as_os_str() != "none").then_some(unseen.as_path());
            train_verifications(&gold, &data, pn, &polnear_texts, unseen, &out, &settings, cv, errors, dump.as_deref())
        }
        TrainCommand::Pos { train, out, epochs, bits } => train_pos(&train, &out, epochs, bits),
        #[cfg(feature = "parser")]
        TrainCommand::Parser { train, out, epochs, bits, label_bits } => {
            train_parser(&train, &out, epochs, bits, label_bits)
        }
        #[cfg(not(feature = "parser"))]
        TrainCommand::Parser { .. } => Err(crate::exit::usage(
            "this hearsay was built without the dependency parser: build it with `--features parser`",
        )),
        TrainCommand::Attribution { train, out, epochs } => train_attribution(&train, &out, epochs),
        TrainCommand::Blocks { data, articles, out, epochs, cv, dump, seed_salt } => {
            train_blocks(&data, &articles, &out, epochs, cv, dump.as_deref(), seed_salt)
        }
    }
}

fn train_pos(train: &std::path::Path, out: &std::path::Path, epochs: usize, bits: u32) -> anyhow::Result<()> {
    use hearsay_text::pos::train as pt;
    anyhow::ensure!((10..=24).contains(&bits), "--bits must be in 10..=24");
    let opts = pt::Options { epochs, bits, ..Default::default() };
    let t = std::time::Instant::now();
    let n = pt::train_file(train, out, opts, |line| eprintln!("{line}"))
        .map_err(|e| anyhow::anyhow!("training on {} into {}: {e}", train.display(), out.display()))?;
    eprintln!("wrote {} ({:.1} MB) in {:.1} s", out.display(), n as f64 / 1e6, t.elapsed().as_secs_f64());
    Ok(())
}

#[cfg(feature = "parser")]
fn train_parser(
    train: &std::path::Path,
    out: &std::path::Path,
    epochs: usize,
    bits: u32,
    label_bits: u32,
) -> anyhow::Result<()> {
    use hearsay_text::parse::train as pt;
    anyhow::ensure!((10..=24).contains(&bits) && (10..=24).contains(&label_bits), "table bits must be in 10..=24");
    let opts = pt::Options { epochs, bits, label_bits, ..Default::default() };
    let t = std::time::Instant::now();
    let n = pt::train_file(train, out, opts, |line| eprintln!("{line}"))
        .map_err(|e| anyhow::anyhow!("training on {} into {}: {e}", train.display(), out.display()))?;
    eprintln!("wrote {} ({:.1} MB) in {:.1} s", out.display(), n as f64 / 1e6, t.elapsed().as_secs_f64());
    Ok(())
}

fn train_attribution(train: &std::path::Path, out: &std::path::Path, epochs: usize) -> anyhow::Result<()> {
    let t = std::time::Instant::now();
    let opts = hearsay_ingest::IngestOptions { format: Some(hearsay_ingest::InputFormat::Text), ..Default::default() };
    // the stages before attribution, exactly as the shipped pipeline runs them
    let before = hearsay::Pipeline::before("attribution")?;
    let prepare = |text: &str| {
        let mut d = hearsay_ingest::ingest(text.as_bytes(), &opts).ok()?;
        before.annotate(&mut d);
        Some(d)
    };
    let w = hearsay_attribution::train::train(train, epochs, prepare, |l| eprintln!("{l}"))
        .map_err(|e| anyhow::anyhow!("training on {}: {e}", train.display()))?;
    let bytes = hearsay_attribution::model::to_bytes(&w);
    std::fs::write(out, &bytes).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
    eprintln!("wrote {} ({:.1} MB) in {:.1} s", out.display(), bytes.len() as f64 / 1e6, t.elapsed().as_secs_f64());
    Ok(())
}

fn train_blocks(
    data: &std::path::Path,
    articles: &std::path::Path,
    out: &std::path::Path,
    epochs: usize,
    cv: bool,
    dump: Option<&std::path::Path>,
    seed_salt: u64,
) -> anyhow::Result<()> {
    use hearsay_eval::aeb_text;
    let t = std::time::Instant::now();
    let texts = aeb_text::article_texts(articles)?;
    if cv {
        let mut file = match dump {
            Some(p) => Some(std::io::BufWriter::new(
                std::fs::File::create(p).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", p.display()))?,
            )),
            None => None,
        };
        let (r, s) = aeb_text::cross_validate_full(
            data,
            &texts,
            epochs,
            seed_salt,
            file.as_mut().map(|f| f as &mut dyn std::io::Write),
        )?;
        println!(
            "the held-out folds with captions set inside their articles ({} pages): body P {:.4} R {:.4} F1 {:.4}, caption leakage {:.1} % ({} of {}), caption lines left body {} of {}",
            s.pages,
            s.precision,
            s.recall,
            s.f1,
            100.0 * s.caption_leakage,
            s.captions_leaked,
            s.captions,
            s.caption_lines_body,
            s.caption_lines
        );
        println!(
            "{}-fold cross-validation on the train part: body P {:.4} R {:.4} F1 {:.4}, caption leakage {:.1} % ({} of {}), caption lines left body {} of {}",
            aeb_text::FOLDS,
            r.precision,
            r.recall,
            r.f1,
            100.0 * r.caption_leakage,
            r.captions_leaked,
            r.captions,
            r.caption_lines_body,
            r.caption_lines
        );
        for (id, p, r) in &r.worst {
            println!("  low: {id} P {p:.3} R {r:.3}");
        }
        return Ok(());
    }
    let pages = aeb_text::pages(data)?;
    let train: Vec<&aeb_text::TextPage> = pages.iter().filter(|p| !p.dev).collect();
    let synth: Vec<aeb_text::TextPage> = train.iter().filter_map(|p| aeb_text::with_inner_captions(p)).collect();
    let mut docs = aeb_text::train_docs(&train);
    docs.extend(aeb_text::train_docs(&synth.iter().collect::<Vec<_>>()));
    docs.extend(texts.iter().map(|t| aeb_text::article_doc(t)));
    let n: usize = docs.iter().map(|d| d.lines.len()).sum();
    let model = hearsay_ingest::plain::block_model::BlockModel::train(&docs, epochs);
    let bytes = hearsay_learn::ModelFile::to_model_file(&model);
    std::fs::write(out, &bytes).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
    eprintln!(
        "trained on {} pages (train part), {} copies of them with captions inside the article and {} articles, {n} lines; wrote {} ({} KB) in {:.1} s",
        train.len(),
        synth.len(),
        texts.len(),
        out.display(),
        bytes.len() / 1024,
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn train_verifications(
    gold: &std::path::Path,
    data: &std::path::Path,
    polnear_dev: Option<&std::path::Path>,
    polnear_texts: &std::path::Path,
    unseen: Option<&std::path::Path>,
    out: &std::path::Path,
    settings: &hearsay_epistemics::classifier::TrainSettings,
    cv: bool,
    errors: bool,
    dump: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    use hearsay_eval::verification_train as vt;
    let t = std::time::Instant::now();
    let docs = vt::load(gold, data, polnear_dev, polnear_texts, unseen)?;
    let n: usize = docs.iter().map(|d| d.cands.len()).sum();
    let pos: usize = docs.iter().map(|d| d.labels.iter().filter(|&&l| l > 0).count()).sum();
    let (hit, total) = vt::candidate_recall(&docs);
    eprintln!(
        "{} documents, {n} candidates ({pos} labelled with a verdict); candidates overlap {hit} of {total} gold events",
        docs.len()
    );
    let oof = vt::out_of_fold(&docs, settings);
    // written before the sweep, so that a sweep that cannot keep the PolNeAR-dev floor
    // still leaves the out-of-fold readings to study
    if let Some(p) = dump.filter(|_| cv) {
        let mut f = std::io::BufWriter::new(
            std::fs::File::create(p).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", p.display()))?,
        );
        vt::dump(&docs, &oof, &mut f)?;
    }
    let ((add0, veto), all) = vt::sweep(&docs, &oof)?;
    let (neg, word) = vt::split_kinds(&docs, &oof, add0, veto)?;
    let mut start = [neg; hearsay_epistemics::classifier::NCLASS];
    start[hearsay_epistemics::classifier::WORD_ADD] = word;
    let fa_base = all.iter().find(|t| (t.0, t.1) == (add0, veto)).map_or(0, |t| t.4);
    let add = vt::refine(&docs, &oof, start, veto, fa_base)?;
    if cv {
        println!(
            "{}-fold cross-validation by document, out-of-fold verdict + cue F1 (v2 train | PolNeAR dev | events on unseen texts):",
            vt::FOLDS
        );
        for (a, v, f, p, n) in &all {
            println!("  add {a:>5} veto {v:>5}: {f:.4} | {p:.4} | {n}");
        }
        let (v2, pn, fa) = vt::score(&docs, &oof, &add, veto, errors)?;
        println!(
            "kept: add {add0}, veto {veto}; negations {neg}, family words {word}; by verdict (then family words) after refining {add:?}"
        );
        println!("events on the unseen PolNeAR train texts: {fa} (at the sweep's pair: {fa_base})");
        println!("v2 train, out of fold:\n{v2}");
        if polnear_dev.is_some() {
            println!("PolNeAR dev, out of fold:\n{pn}");
        }
        return Ok(());
    }
    let model = hearsay_epistemics::classifier::VerdictModel::new(
        hearsay_epistemics::classifier::train(&vt::examples(docs.iter()), settings),
        add,
        veto,
    );
    let bytes = hearsay_learn::ModelFile::to_model_file(&model);
    std::fs::write(out, &bytes).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
    eprintln!(
        "thresholds from the cross-validation: add {add:?} (by verdict), veto {veto}; wrote {} ({} KB) in {:.1} s",
        out.display(),
        bytes.len() / 1024,
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

fn train_stance(train: &std::path::Path, out: &std::path::Path) -> anyhow::Result<()> {
    let (model, n) = hearsay_stance::train_file(train, &hearsay_stance::TrainOptions::default())?;
    let bytes = hearsay_learn::ModelFile::to_model_file(&model);
    std::fs::write(out, &bytes).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
    eprintln!("trained on {n} pairs; wrote {} ({} KB)", out.display(), bytes.len() / 1024);
    Ok(())
}
