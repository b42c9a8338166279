//! `hearsay claim ID`: one claim's trail across articles.

use super::claims::{cut, open_and_sync};
use hearsay_corpus::cluster::trail;
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
    let ix = open_and_sync(&a.db)?;
    let t = trail(&ix, a.id)
        .ok_or_else(|| anyhow::anyhow!("no claim cluster {} in {}", a.id, a.db.display()))?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&t)?);
        return Ok(());
    }
    let s = &t.summary;
    println!("Claim {}: {}", s.id, s.claim);
    println!(
        "{} articles, {} outlets; first seen {} ({})",
        s.articles,
        s.outlets.len(),
        s.first_published.as_deref().unwrap_or("at an unknown time"),
        s.first_doc
    );
    if !s.originators.is_empty() {
        println!("originated by: {}", s.originators.join("; "));
    }
    if !s.relays.is_empty() {
        println!("relayed by:    {}", s.relays.join("; "));
    }
    println!(
        "stances:       {} supports, {} denies, {} reports",
        s.stances.supports, s.stances.denies, s.stances.reports
    );
    println!("labels:        {}", s.labels.join(", "));
    println!();
    for step in &t.steps {
        println!(
            "{:<20}  {:<24}  {:<8}  {}",
            cut(step.published.as_deref().unwrap_or("-"), 20),
            cut(step.outlet.as_deref().unwrap_or(&step.doc_id), 24),
            step.stance.as_str(),
            cut(step.title.as_deref().unwrap_or(&step.text), 100)
        );
        let pad = " ".repeat(58);
        if step
            .title
            .as_deref()
            .is_some_and(|h| !step.text.starts_with(h))
        {
            println!("{pad}says: {}", cut(&step.text, 100));
        }
        if !step.chain.is_empty() {
            println!("{pad}chain: {}", step.chain.join(" → "));
        }
        for v in &step.verifications {
            println!(
                "{pad}{}: {}“{}”",
                v.verdict,
                v.actor
                    .as_deref()
                    .map(|x| format!("{x}, "))
                    .unwrap_or_default(),
                v.cue
            );
        }
        if let Some(u) = &step.url {
            println!("{pad}{u}");
        }
    }
    Ok(())
}
