//! Page furniture: the text scrapers leave around an article (buttons, share widgets, photo
//! credits, section labels).

use crate::table::List;

/// Page-furniture labels with their lists (`data/furniture.tsv`).
pub const TABLE: &str = include_str!("../data/furniture.tsv");

/// Labels before a colon that announce page furniture or a section, not a speaker
/// ("Photo:", "Editor's note:"); both apostrophes are listed (attribution frames).
pub static NOT_SPEAKERS: List = List::new("not_speaker", &[TABLE]);
/// Labels that open a photo credit ("Photo:", "Image credit:") (ingest). **Model**: ingest's
/// block model (its line rules feed the features).
pub static CREDIT_LABELS: List = List::new("credit_label", &[TABLE]);

/// Labels that open a figure caption in visible page text ("Image caption …", "Image: …",
/// "Video: …") (ingest's line rules). **Model**: ingest's block model (the rules feed the
/// features).
pub static CAPTION_LABELS: List = List::new("caption_label", &[TABLE]);

/// Buttons that show or hide a figure caption ("hide caption", "toggle caption"), printed
/// right after the caption in visible page text (ingest's line rules: the line before one is
/// a caption). **Model**: ingest's block model (the rules feed the features).
pub static CAPTION_TOGGLES: List = List::new("caption_toggle", &[TABLE]);

/// Words and phrases of links and prompts around an article ("read more", "sign up", "most
/// read"), matched as whole words in short lines. **Model**: ingest's block model
/// (`hearsay train blocks`).
pub static LINK_PHRASES: List = List::new("link_phrase", &[TABLE]);

/// Debris phrases, one a line, compared with a whole line after lower-casing and trimming.
pub const DEBRIS: &str = include_str!("../data/debris.txt");
/// Photo agencies and credit words, one a line, matched case-sensitively as whole words.
pub const PHOTO_AGENCIES: &str = include_str!("../data/photo_agencies.txt");

/// Present-tense scene verbs of photo captions ("speaks", "gestures", "arrives"), after the
/// people the caption names (ingest: such a line of a whole page's article is a caption).
pub static CAPTION_VERBS: List = List::new("caption_verb", &[TABLE]);

/// Words after a photo caption's scene verb that say where or when the picture was taken
/// ("speaks **at** the Capitol", "arrives **for** the hearing") (ingest's caption scenes).
pub static SCENE_PREPS: List = List::new("scene_prep", &[TABLE]);

/// Lower-case words that may stand inside the names a photo caption opens on ("Leader **of
/// the** House", "Ludwig **van** Beethoven") (ingest's caption scenes).
pub static NAME_LINKS: List = List::new("name_link", &[TABLE]);

/// Lower-cased words a photo caption about unnamed people opens on ("**A** shopper looks at
/// …", "**Two** men walk past …", "**Protesters** gather outside …") (ingest's caption scenes:
/// with a scene verb after them the line is a caption).
pub static SCENE_SUBJECTS: List = List::new("scene_subject", &[TABLE]);

/// Where in the picture a caption places someone, lower-cased ("Jane Roe, **left**, and …",
/// "(**pictured**)", "**From left**: …", "**Above**: …") (ingest's caption scenes).
pub static FIGURE_POSITIONS: List = List::new("figure_position", &[TABLE]);

/// Lines that open the readers' comments under an article, lower-cased, once a count is
/// taken off ("[ 167 **comments** ]", "**Comments** (12)", "**Leave a reply**") (ingest: no line
/// after one is article once the article above it is long).
pub static COMMENT_OPENERS: List = List::new("comment_opener", &[TABLE]);

/// Social networks a prompt under an article asks readers to follow the outlet or its author
/// on, lower-cased ("Follow us on **Twitter** and **Facebook**") (ingest: such a prompt inside a
/// whole page's article is debris).
pub static SOCIAL_NETWORKS: List = List::new("social_network", &[TABLE]);

/// Prepositions that place a verbless caption's scene after the names it opens on ("Jane
/// Smith and Tom Lee *at* the rally."; ingest `plain::scene::verbless`).
pub static VERBLESS_SCENE_PREPS: List = List::new("verbless_scene_prep", &[TABLE]);
/// Lower-case words the names a verbless caption opens on may hold ("Jane Smith *and* Hugo
/// *van* Dam at …"; ingest `plain::scene::verbless`).
pub static CAPTION_NAME_WORDS: List = List::new("caption_name_word", &[TABLE]);
/// Verbs a picture takes in a caption ("This NASA image *shows* …"; ingest
/// `plain::scene::made_by`).
pub static PICTURE_VERBS: List = List::new("picture_verb", &[TABLE]);
