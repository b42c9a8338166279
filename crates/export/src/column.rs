//! Columns, their kinds, and the values a row holds.

/// The type of a column, the same in every format: JSON number/boolean/string, CSV text,
/// Parquet `INT64`, `DOUBLE`, `BOOLEAN`, `UTF8` (Arrow `Int64`, `Float64`, `Boolean`, `Utf8`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnKind {
    /// A 64-bit signed integer (byte offsets, counts, store keys).
    Int,
    /// A 64-bit float (scores, confidences).
    Float,
    /// True or false.
    Bool,
    /// UTF-8 text (ids, enumerations, covered text, JSON arrays kept as text).
    Str,
}

impl ColumnKind {
    /// The name docs/EXPORT.md gives the kind: `int64`, `float64`, `bool`, `string`.
    pub fn name(self) -> &'static str {
        match self {
            ColumnKind::Int => "int64",
            ColumnKind::Float => "float64",
            ColumnKind::Bool => "bool",
            ColumnKind::Str => "string",
        }
    }
}

/// One column of an export table. Columns are only ever added; none changes meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// Column name, the same in every format.
    pub name: &'static str,
    /// Its type.
    pub kind: ColumnKind,
    /// Whether a row may hold null (an empty CSV field) here.
    pub nullable: bool,
    /// What it means (one sentence; docs/EXPORT.md prints it).
    pub doc: &'static str,
}

/// One cell of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// No value (only in a nullable column).
    Null,
    /// An integer.
    Int(i64),
    /// A float.
    Float(f64),
    /// A boolean.
    Bool(bool),
    /// Text.
    Str(String),
}

impl Value {
    /// The kind of the value, `None` for [`Value::Null`].
    pub fn kind(&self) -> Option<ColumnKind> {
        match self {
            Value::Null => None,
            Value::Int(_) => Some(ColumnKind::Int),
            Value::Float(_) => Some(ColumnKind::Float),
            Value::Bool(_) => Some(ColumnKind::Bool),
            Value::Str(_) => Some(ColumnKind::Str),
        }
    }

    /// True for [`Value::Null`].
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The value as CSV writes it: null as the empty string, booleans as `true`/`false`,
    /// floats with a decimal point or exponent (`1.0`, `0.25`).
    pub fn to_text(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Int(i) => i.to_string(),
            // Debug keeps a decimal point on whole numbers (1.0, not 1): a float stays a float.
            Value::Float(f) => format!("{f:?}"),
            Value::Bool(b) => b.to_string(),
            Value::Str(s) => s.clone(),
        }
    }

    /// Text, or null when `s` is `None`.
    pub fn opt_str(s: Option<&str>) -> Value {
        s.map_or(Value::Null, |s| Value::Str(s.to_string()))
    }

    /// An integer, or null when `n` is `None`.
    pub fn opt_int(n: Option<i64>) -> Value {
        n.map_or(Value::Null, Value::Int)
    }

    /// A byte offset or count as an integer (saturating at `i64::MAX`).
    pub fn usize(n: usize) -> Value {
        Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// One row: one value per column of its table, in the table's column order.
pub type Row = Vec<Value>;
