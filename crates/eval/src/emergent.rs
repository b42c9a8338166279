//! Stance of article headlines toward claims on Emergent-layout CSVs (Ferreira & Vlachos,
//! NAACL 2016; published baseline 73 % accuracy): the shipped model scored on a file, or
//! K-fold cross-validation grouped by `claimId` (no claim in two folds).

use hearsay_stance::{self as stance, StanceScores, TrainOptions};
use serde::Serialize;
use std::fmt;
use std::path::Path;

/// The report of `hearsay eval emergent`.
#[derive(Debug, Serialize)]
pub struct EmergentReport {
    /// The file scored.
    pub file: String,
    /// `shipped model` or `grouped K-fold cross-validation`.
    pub mode: String,
    /// Folds, for cross-validation.
    pub folds: Option<usize>,
    /// Rows skipped (unknown label or empty field).
    pub skipped: usize,
    /// Scores.
    pub scores: StanceScores,
}

/// Scores the shipped model on `file`, or with `cv = Some(k)` runs grouped k-fold
/// cross-validation on it (training with the shipped model's settings).
pub fn evaluate(file: &Path, cv: Option<usize>) -> anyhow::Result<EmergentReport> {
    let (pairs, skipped) = stance::read_emergent(file)?;
    anyhow::ensure!(!pairs.is_empty(), "no labelled pairs in {}", file.display());
    let (mode, scores) = match cv {
        Some(k) => {
            anyhow::ensure!(k >= 2, "--cv needs at least 2 folds");
            (format!("grouped {k}-fold cross-validation"), stance::cross_validate(&pairs, k, &TrainOptions::default()))
        }
        None => ("shipped model".to_string(), stance::evaluate(&stance::shipped()?, &pairs)),
    };
    Ok(EmergentReport { file: file.display().to_string(), mode, folds: cv, skipped, scores })
}

impl fmt::Display for EmergentReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Emergent stance ({}) on {}", self.mode, self.file)?;
        if self.skipped > 0 {
            writeln!(f, "skipped rows: {}", self.skipped)?;
        }
        write!(f, "{}", self.scores)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_any_file_of_the_layout_and_cross_validates() {
        let dir = std::env::temp_dir().join(format!("hearsay-emergent-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("pairs.csv");
        let mut csv = String::from("claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n");
        for i in 0..12 {
            let c = format!("Town {i} bans umbrellas");
            csv.push_str(&format!("{c},Town {i} bans umbrellas from Monday,for,a{i}x,c{i}\n"));
            csv.push_str(&format!("{c},Hoax: town {i} did not ban umbrellas,against,a{i}y,c{i}\n"));
            csv.push_str(&format!("{c},Town {i} reportedly bans umbrellas?,observing,a{i}z,c{i}\n"));
        }
        csv.push_str("x,y,maybe,a,c\n");
        std::fs::write(&p, csv).unwrap();
        let shipped = evaluate(&p, None).unwrap();
        assert_eq!((shipped.scores.pairs, shipped.skipped), (36, 1));
        let cv = evaluate(&p, Some(3)).unwrap();
        assert_eq!(cv.scores.pairs, 36);
        assert!(cv.scores.accuracy > 0.5, "{}", cv.scores);
        assert!(evaluate(&p, Some(1)).is_err());
        assert!(evaluate(&dir.join("missing.csv"), None).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
