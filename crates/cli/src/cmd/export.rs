//! `hearsay export`: the analyses of a store, or of a JSON Lines file, as the documented
//! tables of docs/EXPORT.md in JSON Lines, CSV or Parquet (crates/export does the work).

use crate::exit::{usage, Unreadable};
use hearsay_export::{export_jsonl, export_store, Format, Report, Table, Target};
use std::io::BufReader;
use std::path::PathBuf;
use std::time::Instant;

/// Arguments of `hearsay export`.
#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("input").required(true).args(["db", "from"])))]
pub struct Args {
    /// Database to export (written by `hearsay ingest`).
    #[arg(long)]
    db: Option<PathBuf>,
    /// JSON Lines of hearsay.v1 analyses to export instead (`hearsay analyze` output, one
    /// object per line; `-` for stdin). Bad lines are skipped and listed.
    #[arg(long)]
    from: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_parser = ["jsonl", "csv", "parquet"])]
    format: String,
    /// Export only this table, to the file --out; without it every table goes to the
    /// directory --out (`OUT/documents.parquet`, …).
    #[arg(long, value_parser = ["documents", "sources", "attributions", "verifications", "claims", "clusters"])]
    table: Option<String>,
    /// Output file (with --table) or directory (created when missing).
    #[arg(long)]
    out: PathBuf,
}

/// Runs `hearsay export`.
pub fn run(a: Args) -> anyhow::Result<()> {
    let format: Format = a.format.parse().map_err(|e: hearsay_export::ExportError| usage(&e.to_string()))?;
    let target = match &a.table {
        Some(t) => {
            let table: Table = t.parse().map_err(|e: hearsay_export::UnknownTable| usage(&e.to_string()))?;
            if a.out.is_dir() {
                return Err(usage(&format!("--out {} is a directory; with --table it names a file", a.out.display())));
            }
            Target::File(table, a.out.clone())
        }
        None => {
            if a.out.exists() && !a.out.is_dir() {
                return Err(usage(&format!(
                    "--out {} is a file; without --table it names a directory (one file per table)",
                    a.out.display()
                )));
            }
            Target::Dir(a.out.clone())
        }
    };
    let t = Instant::now();
    let (report, input) = match (&a.db, &a.from) {
        (Some(db), None) => {
            if !db.is_file() {
                return Err(Unreadable(format!("no database at {}", db.display())).into());
            }
            let store = hearsay_store::open_read_only(db)?;
            (export_store(store.as_ref(), format, &target)?, db.clone())
        }
        (None, Some(from)) if from.as_os_str() == "-" => {
            (export_jsonl(std::io::stdin().lock(), format, &target, from)?, from.clone())
        }
        (None, Some(from)) => {
            let file = std::fs::File::open(from).map_err(|e| Unreadable(format!("{}: {e}", from.display())))?;
            (export_jsonl(BufReader::with_capacity(1 << 20, file), format, &target, from)?, from.clone())
        }
        _ => return Err(usage("give exactly one of --db and --from")),
    };
    print_report(&report, &a.out, format, t.elapsed().as_secs_f64());
    if report.documents == 0 && report.skipped_total > 0 {
        return Err(Unreadable(format!(
            "{}: no hearsay.v1 record ({} lines skipped); --from takes one compact hearsay.v1 object per line, as `hearsay analyze` prints without --pretty",
            input.display(),
            report.skipped_total
        ))
        .into());
    }
    Ok(())
}

/// What was written, and what was skipped, on stderr.
fn print_report(r: &Report, out: &std::path::Path, format: Format, secs: f64) {
    for s in &r.skipped {
        eprintln!("hearsay: skipped {}: {}", s.at, s.reason);
    }
    if r.skipped_total > r.skipped.len() as u64 {
        eprintln!("hearsay: … and {} more skipped", r.skipped_total - r.skipped.len() as u64);
    }
    let rows: Vec<String> = r.rows.iter().map(|(t, n)| format!("{t} {n}")).collect();
    eprintln!(
        "hearsay: exported {} documents as {format} to {} in {secs:.2} s: {} rows ({}); {} skipped",
        r.documents,
        out.display(),
        r.rows.iter().map(|(_, n)| n).sum::<u64>(),
        rows.join(", "),
        r.skipped_total
    );
}
