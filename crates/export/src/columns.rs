//! The column schema of every table: the one list that rows, writers, docs/EXPORT.md and
//! its check all read. Append columns; never change the meaning of one.

use crate::column::{Column, ColumnKind};

const fn col(name: &'static str, kind: ColumnKind, nullable: bool, doc: &'static str) -> Column {
    Column { name, kind, nullable, doc }
}

use ColumnKind::{Bool, Float, Int, Str};

const DOCUMENT_ID: Column = col(
    "document_id",
    Str,
    false,
    "`document.id`: the caller-given id, else the file name, else a content hash. Joins every table.",
);
const DOCUMENT_KEY: Column = col(
    "document_key",
    Str,
    true,
    "The store's content key of the input bytes (32 hex digits), unique in a store where `document_id` may not be; null when exported from JSON Lines.",
);

/// `documents`: one row per document.
pub const DOCUMENTS: &[Column] = &[
    DOCUMENT_ID,
    DOCUMENT_KEY,
    col("seq", Int, true, "Ingest order in the store (1, 2, …); null when exported from JSON Lines."),
    col("title", Str, true, "Text of the first `title` segment, trimmed; null when there is none."),
    col("url", Str, true, "`metadata.url`."),
    col("published", Str, true, "`metadata.published`, as given (ISO 8601 when known)."),
    col("outlet", Str, true, "`metadata.outlet`."),
    col("language", Str, true, "`metadata.language`."),
    col("authors", Str, true, "`metadata.authors` as a JSON array of strings; null when none are known."),
    col("origin", Str, true, "Where the store first read it (`path`, `path:LINE`, `path@OFFSET`, `-`); null from JSON Lines."),
    col("input_bytes", Int, true, "Size of the input (text or HTML) in bytes; null from JSON Lines."),
    col("text_bytes", Int, false, "Length of `text` in bytes."),
    col("text", Str, false, "`document.text`: the text every offset of every table indexes (byte offsets into its UTF-8)."),
    col("segments", Str, false, "`document.segments` as a JSON array of `{\"kind\", \"start\", \"end\"}`; kinds: title, standfirst, byline, dateline, body, caption, credit, debris."),
    col("n_sources", Int, false, "Rows of this document in `sources`."),
    col("n_attributions", Int, false, "Rows of this document in `attributions`."),
    col("n_verifications", Int, false, "Rows of this document in `verifications`."),
    col("n_claims", Int, false, "Rows of this document in `claims`."),
];

/// `sources`: one row per speaker entity.
pub const SOURCES: &[Column] = &[
    DOCUMENT_ID,
    DOCUMENT_KEY,
    col("source_id", Str, false, "`sources[].id` (`s1`, `s2`, …), unique within the document; `attributions.source_id`, `attributions.recipient_id`, `verifications.actor_id` and `claims.origin_id` refer to it."),
    col("name", Str, true, "The proper name the text gives, else null."),
    col("type", Str, false, "person, organization, outlet, document, group or unknown."),
    col("anonymous", Bool, false, "The text does not identify it by name (\"a Pentagon official\")."),
    col("official", Bool, false, "It speaks for a government or institution."),
    col("role", Str, true, "Role (\"Defense Department spokesman\")."),
    col("affiliation", Str, true, "Affiliation (\"Financial Times\")."),
    col("descriptors", Str, false, "Reliability or access phrases, as a JSON array of strings."),
    col("start", Int, true, "First byte of its first mention in the text; null when it has none."),
    col("end", Int, true, "One past the last byte of that mention."),
    col("text", Str, true, "The text of that mention."),
    col("n_mentions", Int, false, "Number of spans that refer to it."),
    col("mentions", Str, false, "Every mention as a JSON array of `{\"start\", \"end\", \"text\"}`, in text order."),
    col("n_attributions", Int, false, "Attributions whose `source_id` is this source."),
    col("n_verifications", Int, false, "Verifications whose `actor_id` is this source."),
];

/// `attributions`: one row per attribution (who says what).
pub const ATTRIBUTIONS: &[Column] = &[
    DOCUMENT_ID,
    DOCUMENT_KEY,
    col("attribution_id", Str, false, "`attributions[].id` (`a1`, …), unique within the document."),
    col("kind", Str, false, "direct, indirect, mixed, according_to or other."),
    col("act", Str, false, "Speech act: assertion, belief, feeling, intention, request, question, response or reference; only assertions and beliefs make claims."),
    col("start", Int, true, "First byte of the attribution: the earliest of its source, cue and content spans."),
    col("end", Int, true, "One past the last byte of its source, cue and content spans."),
    col("source_id", Str, true, "The resolved speaker (`sources.source_id`), or null."),
    col("source_start", Int, true, "First byte of the source phrase; null when the source is implicit."),
    col("source_end", Int, true, "One past the last byte of the source phrase."),
    col("source_text", Str, true, "The source phrase."),
    col("cue_start", Int, true, "First byte of the cue (\"said\", \"according to\"); null when there is none."),
    col("cue_end", Int, true, "One past the last byte of the cue."),
    col("cue_text", Str, true, "The cue."),
    col("content_start", Int, true, "First byte of the content; null when it has none."),
    col("content_end", Int, true, "One past the last byte of the content (content may be discontinuous: see `content`)."),
    col("content_text", Str, true, "The content spans' text joined by \" … \"; null when there is none."),
    col("content", Str, false, "The content spans as a JSON array of `{\"start\", \"end\", \"text\"}`."),
    col("parent", Str, true, "Id of the attribution this one is nested in, or null."),
    col("medium", Str, true, "Medium (\"X post\", \"interview\", \"statement\"), when given."),
    col("recipient_id", Str, true, "Whom it was told to (`sources.source_id`), when given."),
    col("hedged", Bool, false, "It carries at least one hedge cue (\"allegedly\", \"may be\")."),
    col("hedges", Str, false, "Hedge cues as a JSON array of `{\"start\", \"end\", \"text\"}`."),
    col("confidence", Float, true, "Model confidence in [0, 1], rounded to 3 decimals."),
    col("claim_id", Str, true, "The first claim (`claims.claim_id`) that lists this attribution; null when it makes or relays none."),
];

/// `verifications`: one row per verification event.
pub const VERIFICATIONS: &[Column] = &[
    DOCUMENT_ID,
    DOCUMENT_KEY,
    col("verification_id", Str, false, "`verifications[].id` (`v1`, …), unique within the document."),
    col("verdict", Str, false, "confirmed, denied, could_not_confirm, declined_to_comment, did_not_respond, could_not_be_reached or no_further_context."),
    col("start", Int, false, "First byte of the event: the earlier of its actor and cue spans."),
    col("end", Int, false, "One past the last byte of its actor and cue spans."),
    col("cue_start", Int, false, "First byte of the phrase that carries the verdict (\"could not confirm\")."),
    col("cue_end", Int, false, "One past the last byte of the cue."),
    col("cue_text", Str, false, "The cue."),
    col("actor_id", Str, true, "Who confirmed, denied or would not say (`sources.source_id`), or null."),
    col("actor_start", Int, true, "First byte of the span naming the actor; null when none."),
    col("actor_end", Int, true, "One past the last byte of the actor span."),
    col("actor_text", Str, true, "The actor span."),
    col("target", Str, true, "The claim (`c…`) or attribution (`a…`) id it bears on, or null."),
    col("target_kind", Str, true, "`claim` or `attribution`: what `target` names; null with it."),
    col("claim_id", Str, true, "The claim it bears on: `target` when that is a claim, else the first claim listing this verification; null when none."),
];

/// `claims`: one row per claim.
pub const CLAIMS: &[Column] = &[
    DOCUMENT_ID,
    DOCUMENT_KEY,
    col("claim_id", Str, false, "`claims[].id` (`c1`, …), unique within the document."),
    col("text", Str, false, "A short statement of the claim."),
    col("label", Str, false, "Assessment label: corroborated, single_named_source, single_anonymous_source, disputed, denied or unverified (docs/ASSESSMENT.md)."),
    col("reasons", Str, false, "The assessment's reasons, a JSON array of sentences."),
    col("start", Int, true, "First byte of the claim's first mention (where the proposition is first stated); null when it has none."),
    col("end", Int, true, "One past the last byte of that mention."),
    col("mention_text", Str, true, "The text of that mention."),
    col("n_mentions", Int, false, "Number of mentions."),
    col("mentions", Str, false, "Every mention as a JSON array of `{\"start\", \"end\", \"text\"}`, in text order."),
    col("n_attributions", Int, false, "Number of attributions that assert or relay it."),
    col("attributions", Str, false, "Their ids (`attributions.attribution_id`), a JSON array."),
    col("origin_id", Str, true, "The first source of the relay chain (`sources.source_id`); null when the chain is empty."),
    col("origin_name", Str, true, "That source's proper name; null when it has none."),
    col("chain_length", Int, false, "Sources on the relay chain."),
    col("chain", Str, false, "The relay chain: source ids from the origin to the last relay, a JSON array."),
    col("n_verifications", Int, false, "Number of verification events bearing on it."),
    col("verifications", Str, false, "Their ids (`verifications.verification_id`), a JSON array."),
    col("hedged", Bool, false, "At least one of its attributions carries a hedge cue."),
    col("claim_key", Int, true, "The store-wide claim key (`clusters.claim_key`); null when exported from JSON Lines."),
    col("cluster_id", Int, true, "The cross-article cluster it belongs to (`clusters.cluster_id`); null when not clustered or from JSON Lines."),
];

/// `clusters`: one row per claim in a cross-article cluster (from a store only).
pub const CLUSTERS: &[Column] = &[
    DOCUMENT_ID,
    DOCUMENT_KEY,
    col("cluster_id", Int, false, "The cluster (its row in the store); equal for every claim of one cluster."),
    col("claim_key", Int, false, "The store-wide key of the member claim (`claims.claim_key`)."),
    col("claim_id", Str, false, "The member claim's id within its document (`claims.claim_id`)."),
    col("claim_text", Str, false, "The member claim's text."),
    col("label", Str, false, "The member claim's assessment label in its own article."),
    col("stance", Str, true, "The article's stance toward the cluster's claim: supports, denies or reports."),
    col("score", Float, true, "Similarity or confidence score of the membership, when the clusterer gives one."),
    col("cluster_claim", Str, true, "The cluster's claim, as first stated."),
    col(
        "cluster_label",
        Str,
        true,
        "The cluster's label across articles: denied, disputed, corroborated or unverified.",
    ),
    col("cluster_articles", Int, true, "Articles in the cluster."),
];
