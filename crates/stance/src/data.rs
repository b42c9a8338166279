//! Reading claim/headline stance pairs from an Emergent-layout CSV.

use crate::Stance;
use anyhow::Context;
use std::path::Path;

/// One labelled claim/headline pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    /// The claim.
    pub claim: String,
    /// The article headline.
    pub headline: String,
    /// Gold stance.
    pub stance: Stance,
    /// Claim group (rows sharing it are kept in one cross-validation fold).
    pub claim_id: String,
    /// Article id.
    pub article_id: String,
}

/// Reads a CSV with the columns `claimHeadline`, `articleHeadline`,
/// `articleHeadlineStance`, `articleId`, `claimId` (in any order, others ignored).
/// Returns the pairs and the number of rows skipped (unknown label, missing field).
pub fn read_emergent(path: &Path) -> anyhow::Result<(Vec<Pair>, usize)> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    read_emergent_from(file).with_context(|| format!("reading {}", path.display()))
}

/// [`read_emergent`] over any reader.
pub fn read_emergent_from<R: std::io::Read>(r: R) -> anyhow::Result<(Vec<Pair>, usize)> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(r);
    let headers = rdr.headers()?.clone();
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (Some(c), Some(h), Some(s)) = (col("claimHeadline"), col("articleHeadline"), col("articleHeadlineStance"))
    else {
        anyhow::bail!("missing column: need claimHeadline, articleHeadline, articleHeadlineStance");
    };
    let (ci, ai) = (col("claimId"), col("articleId"));
    let mut pairs = Vec::new();
    let mut skipped = 0;
    for (i, rec) in rdr.records().enumerate() {
        let Ok(rec) = rec else {
            skipped += 1;
            continue;
        };
        let get = |j: Option<usize>| j.and_then(|j| rec.get(j)).unwrap_or("").trim().to_string();
        let Some(stance) = Stance::parse(&get(Some(s))) else {
            skipped += 1;
            continue;
        };
        let (claim, headline) = (get(Some(c)), get(Some(h)));
        if claim.is_empty() || headline.is_empty() {
            skipped += 1;
            continue;
        }
        let claim_id = Some(get(ci)).filter(|x| !x.is_empty()).unwrap_or_else(|| claim.clone());
        let article_id = Some(get(ai)).filter(|x| !x.is_empty()).unwrap_or_else(|| format!("row{i}"));
        pairs.push(Pair { claim, headline, stance, claim_id, article_id });
    }
    Ok((pairs, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_columns_in_any_order_and_skips_bad_rows() {
        let csv = "articleId,claimId,articleHeadlineStance,claimHeadline,articleHeadline\n\
                   a1,c1,for,\"Cats can fly, says study\",Study: cats fly\n\
                   a2,c1,maybe,Cats can fly,Cats fly?\n\
                   a3,,against,Cats can fly,Cats cannot fly\n";
        let (pairs, skipped) = read_emergent_from(csv.as_bytes()).unwrap();
        assert_eq!(skipped, 1);
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[0].claim, "Cats can fly, says study");
        assert_eq!(pairs[0].stance, Stance::Supports);
        assert_eq!(pairs[1].claim_id, "Cats can fly");
        assert_eq!(pairs[1].stance, Stance::Denies);
    }

    #[test]
    fn missing_column_is_an_error() {
        assert!(read_emergent_from("a,b\n1,2\n".as_bytes()).is_err());
    }
}
