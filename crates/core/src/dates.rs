//! Calendar words shared by the stages that read dates (datelines, signatures).

/// English month names and their usual abbreviations, lower-cased.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Whether a lower-cased word is a month name or abbreviation.
pub fn is_month(lower: &str) -> bool {
    MONTHS.contains(&lower)
}
