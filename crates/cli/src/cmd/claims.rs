//! `hearsay claims`: claims clustered across the articles of a database.

use crate::exit::Unreadable;
use hearsay_cluster::{find, persist, time::parse_timestamp, ClusterQuery};
use hearsay_stance::StanceModel;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Arguments of `hearsay claims`.
#[derive(clap::Args)]
pub struct Args {
    /// Database file (written by `hearsay ingest`).
    #[arg(long, default_value = "hearsay.db")]
    db: PathBuf,
    /// Only claims whose text or headlines contain every word of this.
    #[arg(long)]
    search: Option<String>,
    /// Only claims with this label: derived across articles (unverified, disputed, denied,
    /// corroborated) or given by the claims stage in some article.
    #[arg(long)]
    label: Option<String>,
    /// Only claims with a speaker, verifier or outlet whose name contains this.
    #[arg(long)]
    source: Option<String>,
    /// Only claims seen in an article published on or after this date (ISO 8601).
    #[arg(long)]
    since: Option<String>,
    /// Only claims seen in at least this many articles.
    #[arg(long, default_value_t = 1)]
    min_articles: usize,
    /// Print at most this many.
    #[arg(long)]
    limit: Option<usize>,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

/// Opens the database and brings its clusters up to date with what was ingested.
pub fn open_and_sync(db: &Path, stance: &StanceModel) -> anyhow::Result<hearsay_cluster::ClusterIndex> {
    if !db.is_file() {
        return Err(Unreadable(format!("no database at {}", db.display())).into());
    }
    let mut store = hearsay_store::open(db)?;
    let (ix, out) = persist::sync(store.as_mut(), stance)?;
    if out.documents > 0 {
        eprintln!(
            "hearsay: clustered {} new documents ({} clusters touched, {} in all)",
            out.documents, out.clusters_touched, out.clusters
        );
    }
    Ok(ix)
}

/// Cuts `s` to `n` characters, with an ellipsis.
pub fn cut(s: &str, n: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= n {
        one_line
    } else {
        format!("{}…", one_line.chars().take(n.saturating_sub(1)).collect::<String>())
    }
}

/// Writes `text` to stdout; a reader that went away (`| head`) is not an error.
pub fn emit(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Runs `hearsay claims`.
pub fn run(a: Args) -> anyhow::Result<()> {
    let since = match &a.since {
        Some(s) => {
            Some(parse_timestamp(s).ok_or_else(|| crate::exit::usage(&format!("--since: not an ISO 8601 date: {s}")))?)
        }
        None => None,
    };
    let stance = hearsay_stance::shipped()?;
    let ix = open_and_sync(&a.db, &stance)?;
    let q = ClusterQuery { search: a.search, label: a.label, source: a.source, since, min_articles: a.min_articles };
    let mut found = find(&ix, &q, &stance);
    let mut out = String::new();
    found.truncate(a.limit.unwrap_or(usize::MAX));
    if a.json {
        let summaries: Vec<_> = found.iter().map(|t| &t.summary).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&summaries)?)?;
        return emit(&out);
    }
    writeln!(
        out,
        "{:>5}  {:>8}  {:<20}  {:<11}  {:<14}  CLAIM",
        "ID", "ARTICLES", "FIRST SEEN", "SUP/DEN/REP", "LABEL"
    )?;
    for t in &found {
        let s = &t.summary;
        writeln!(
            out,
            "{:>5}  {:>8}  {:<20}  {:<11}  {:<14}  {}",
            s.id,
            s.articles,
            cut(s.first_published.as_deref().unwrap_or("-"), 20),
            format!("{}/{}/{}", s.stances.supports, s.stances.denies, s.stances.reports),
            cut(s.label.as_str(), 14),
            cut(&s.claim, 90)
        )?;
    }
    eprintln!("{} claim clusters", found.len());
    emit(&out)
}
