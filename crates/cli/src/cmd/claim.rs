//! `hearsay claim ID`: one claim's trail across articles.

use super::claims::{cut, emit, open_and_sync};
use hearsay_cluster::trail;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Arguments of `hearsay claim`.
#[derive(clap::Args)]
pub struct Args {
    /// Cluster id, as listed by `hearsay claims`.
    id: u64,
    /// Database file (written by `hearsay ingest`).
    #[arg(long, default_value = "hearsay.db")]
    db: PathBuf,
    /// Print JSON instead of a timeline.
    #[arg(long)]
    json: bool,
}

/// Runs `hearsay claim`.
pub fn run(a: Args) -> anyhow::Result<()> {
    let stance = hearsay_stance::shipped()?;
    let ix = open_and_sync(&a.db, &stance)?;
    let mut out = String::new();
    let t =
        trail(&ix, a.id, &stance).ok_or_else(|| anyhow::anyhow!("no claim cluster {} in {}", a.id, a.db.display()))?;
    if a.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&t)?)?;
        return emit(&out);
    }
    let s = &t.summary;
    writeln!(out, "Claim {}: {}", s.id, s.claim)?;
    writeln!(
        out,
        "{} articles, {} outlets; first seen {} ({})",
        s.articles,
        s.outlets.len(),
        s.first_published.as_deref().unwrap_or("at an unknown time"),
        s.first_doc
    )?;
    if !s.originators.is_empty() {
        writeln!(out, "originated by: {}", s.originators.join("; "))?;
    }
    if !s.relays.is_empty() {
        writeln!(out, "relayed by:    {}", s.relays.join("; "))?;
    }
    writeln!(
        out,
        "stances:       {} supports, {} denies, {} reports",
        s.stances.supports, s.stances.denies, s.stances.reports
    )?;
    writeln!(out, "labels:        {}", s.labels.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", "))?;
    out.push('\n');
    for step in &t.steps {
        writeln!(
            out,
            "{:<20}  {:<24}  {:<8}  {}",
            cut(step.published.as_deref().unwrap_or("-"), 20),
            cut(step.outlet.as_deref().unwrap_or(&step.doc_id), 24),
            step.stance.as_str(),
            cut(step.title.as_deref().unwrap_or(&step.text), 100)
        )?;
        let pad = " ".repeat(58);
        if step.title.as_deref().is_some_and(|h| !step.text.starts_with(h)) {
            writeln!(out, "{pad}says: {}", cut(&step.text, 100))?;
        }
        if !step.chain.is_empty() {
            writeln!(out, "{pad}chain: {}", step.chain.join(" → "))?;
        }
        for v in &step.verifications {
            writeln!(
                out,
                "{pad}{}: {}“{}”",
                v.verdict.as_str(),
                v.actor.as_deref().map(|x| format!("{x}, ")).unwrap_or_default(),
                v.cue
            )?;
        }
        if let Some(u) = &step.url {
            writeln!(out, "{pad}{u}")?;
        }
    }
    emit(&out)
}
