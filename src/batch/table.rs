//! The tables a batch reads: CSV as any spreadsheet saves it (comma,
//! semicolon or tab; UTF-8, UTF-16 or Windows-1252), Excel and
//! OpenDocument workbooks, JSON and TOML.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};

use crate::error::{Error, Result};
use crate::file::{decode, encoding_note, read_bounded};
use crate::i18n::Msg;

/// The largest table file streep reads, in megabytes.
const MAX_TABLE_MB: usize = 64;

/// The most cells a table may have: far more than any chain has branches
/// times texts, and few enough to hold in memory at once.
const MAX_CELLS: usize = 2_000_000;

/// A table of rows, each a value per column, in the file's order. A value a
/// row does not have is empty.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The line (a spreadsheet's row number) where each row stands in the
    /// file, as the user sees it there; 0 where the file has no lines to
    /// speak of (JSON, TOML).
    pub lines: Vec<usize>,
    /// What the reader had to guess, for the user to check.
    pub notes: Vec<Msg>,
}

impl Table {
    /// Reads a `.csv` (with a header row), `.xlsx`, `.xls`, `.ods` (the first
    /// sheet, with a header row), `.json` (an array of objects) or `.toml`
    /// (`[[sign]]` tables) file.
    pub fn load(path: &Path) -> Result<Table> {
        let bytes = read_bounded(path, MAX_TABLE_MB)?;
        Table::parse(&path.display().to_string(), bytes)
    }

    /// A table from the bytes of the file `file`, its kind told by the
    /// name's extension, as [`Table::load`] reads it.
    pub fn parse(file: &str, bytes: Vec<u8>) -> Result<Table> {
        let extension = Path::new(file)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let file = file.to_owned();
        let bad = |reason: Msg| Error::Table {
            file: file.clone(),
            reason,
        };
        let mut notes = Vec::new();
        let mut text = || {
            let (text, guessed) = decode(&bytes);
            notes.extend(guessed.map(|encoding| encoding_note(&file, encoding)));
            text
        };
        let mut table = match extension.as_deref() {
            Some("csv" | "txt" | "tsv") => from_csv(&text()),
            Some("xlsx" | "xlsm" | "xls" | "xlsb" | "ods") => from_workbook(bytes.clone()),
            Some("json") => from_json(&text()),
            Some("toml") => from_toml(&text()),
            _ => Err(Msg::new("table-unknown-kind")),
        }
        .map_err(bad)?;
        table.notes = notes;
        Ok(table)
    }

    /// The index of the column `name`, its case aside: `{Filiaal}` in a
    /// pattern names the column "filiaal".
    pub fn column(&self, name: &str) -> Option<usize> {
        let exact = self.columns.iter().position(|column| column == name);
        exact.or_else(|| {
            let lower = name.to_lowercase();
            self.columns
                .iter()
                .position(|column| column.to_lowercase() == lower)
        })
    }

    /// The value of `row` in the column `name`, when it has one.
    pub fn value<'r>(&self, row: &'r [String], name: &str) -> Option<&'r str> {
        let value = row.get(self.column(name)?)?;
        (!value.trim().is_empty()).then_some(value.as_str())
    }

    /// Gives every row that has no value in the column `name` (added if
    /// the table has none) the value `value`.
    pub fn fill_column(&mut self, name: &str, value: &str) {
        let index = self.column(name).unwrap_or_else(|| {
            self.columns.push(name.to_owned());
            self.columns.len() - 1
        });
        for row in &mut self.rows {
            row.resize(self.columns.len(), String::new());
            if row[index].trim().is_empty() {
                row[index] = value.to_owned();
            }
        }
    }

    /// A table from its header and records (each with its line), each
    /// record as long as the header; refused when it has more cells than
    /// streep holds.
    fn new(
        columns: Vec<String>,
        records: impl Iterator<Item = Result<(usize, Vec<String>), Msg>>,
    ) -> Result<Table, Msg> {
        let most_rows = MAX_CELLS / columns.len().max(1);
        let mut rows = Vec::new();
        let mut lines = Vec::new();
        for record in records {
            if rows.len() == most_rows {
                return Err(Msg::new("table-too-large")
                    .num("cells", MAX_CELLS as f64)
                    .num("columns", columns.len() as f64));
            }
            let (line, mut row) = record?;
            row.resize(columns.len(), String::new());
            rows.push(row);
            lines.push(line);
        }
        Ok(Table {
            columns,
            rows,
            lines,
            notes: Vec::new(),
        })
    }

    /// A table from records of (column, value) pairs, whose columns are
    /// found as they come: JSON objects and TOML tables.
    fn from_pairs(records: Vec<Vec<(String, String)>>) -> Result<Table, Msg> {
        let mut columns: Vec<String> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let mut rows = Vec::with_capacity(records.len());
        for record in records {
            let mut row = vec![String::new(); columns.len()];
            for (column, value) in record {
                let at = *index.entry(column.clone()).or_insert_with(|| {
                    columns.push(column);
                    columns.len() - 1
                });
                row.resize(columns.len(), String::new());
                row[at] = value;
            }
            rows.push(row);
        }
        Table::new(columns, rows.into_iter().map(|row| Ok((0, row))))
    }
}

/// The separator of a CSV file: the one of comma, semicolon and tab that
/// its header line has most of, outside quotes (Dutch, German and French
/// Excel write semicolons).
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let mut quoted = false;
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    for byte in header.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(count) = counts.iter_mut().find(|(s, _)| *s == byte) {
            count.1 += 1;
        }
    }
    // The first of the most frequent: a comma when none is there at all.
    counts
        .iter()
        .fold(
            (b',', 0),
            |best, &(s, n)| if n > best.1 { (s, n) } else { best },
        )
        .0
}

fn from_csv(text: &str) -> Result<Table, Msg> {
    let parse = |e: csv::Error| Msg::new("table-parse").arg("reason", e);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let columns = header(reader.headers().map_err(parse)?.iter())?;
    // Each record's line, counted from its byte offset as the file goes:
    // after a CRLF the csv crate puts a record's start before the LF, and
    // its own line count is one short.
    let bytes = text.as_bytes();
    let (mut line, mut counted) = (1, 0);
    let records = reader.records().map(move |record| {
        let record = record.map_err(parse)?;
        let mut start = record.position().map_or(counted, |at| at.byte() as usize);
        while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            start += 1;
        }
        line += bytes[counted..start.max(counted)]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted = start.max(counted);
        Ok((line, record.iter().map(str::to_owned).collect()))
    });
    Table::new(columns, records)
}

/// The column names of a header row, trimmed; an empty header is no table.
fn header<'a>(names: impl Iterator<Item = &'a str>) -> Result<Vec<String>, Msg> {
    let columns: Vec<String> = names.map(|name| name.trim().to_owned()).collect();
    if columns.iter().all(String::is_empty) {
        return Err(Msg::new("table-no-header"));
    }
    Ok(columns)
}

/// The first sheet of a workbook, its first row the header.
fn from_workbook(bytes: Vec<u8>) -> Result<Table, Msg> {
    let parse = |e: calamine::Error| Msg::new("table-parse").arg("reason", e);
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(parse)?;
    let sheet = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| Msg::new("table-no-sheet"))?
        .map_err(parse)?;
    let mut rows = sheet.rows();
    let first = rows.next().ok_or_else(|| Msg::new("table-no-header"))?;
    let names: Vec<String> = first.iter().map(cell_text).collect();
    let columns = header(names.iter().map(String::as_str))?;
    // The sheet's own row numbers: the header's, plus one for each row.
    let header_line = sheet.start().map_or(1, |(row, _)| row as usize + 1);
    let records = rows
        .enumerate()
        .map(|(index, row)| Ok((header_line + 1 + index, row.iter().map(cell_text).collect())));
    Table::new(columns, records)
}

/// A cell as the text a sign shows: whole numbers without ".0".
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

fn from_json(text: &str) -> Result<Table, Msg> {
    let rows: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(text).map_err(|e| Msg::new("table-parse").arg("reason", e))?;
    let records = rows
        .into_iter()
        .map(|row| row.into_iter().map(|(k, v)| (k, plain(v))).collect())
        .collect();
    Table::from_pairs(records)
}

/// A JSON value as the text a sign shows.
fn plain(value: serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text,
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn from_toml(text: &str) -> Result<Table, Msg> {
    #[derive(serde::Deserialize)]
    struct Signs {
        sign: Vec<toml::Table>,
    }
    let signs: Signs =
        toml::from_str(text).map_err(|e| Msg::new("table-parse").arg("reason", e))?;
    let records = signs
        .sign
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|(k, v)| match v {
                    toml::Value::String(s) => (k, s),
                    other => (k, other.to_string()),
                })
                .collect()
        })
        .collect();
    Table::from_pairs(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(name: &str, bytes: &[u8]) -> Result<Table> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        Table::load(&path)
    }

    #[test]
    fn a_dutch_excel_csv_is_read_by_its_semicolons_and_code_page() {
        let table = load(
            "t.csv",
            b"branch;headline\r\nUtrecht;\"Welkom; kom binnen\"\r\nCaf\xe9;Wacht\r\n",
        )
        .unwrap();
        assert_eq!(table.columns, ["branch", "headline"]);
        assert_eq!(table.rows[0], ["Utrecht", "Welkom; kom binnen"]);
        assert_eq!(table.rows[1][0], "Café");
        assert_eq!(table.lines, [2, 3], "where a spreadsheet shows them");
        assert_eq!(table.notes.len(), 1, "the guessed encoding is said");
    }

    #[test]
    fn separators_are_told_by_the_header() {
        assert_eq!(separator("a,b,c\n1;2"), b',');
        assert_eq!(separator("a;b;c\n"), b';');
        assert_eq!(separator("a\tb\n"), b'\t');
        assert_eq!(separator("\"a;b\",c\n"), b',');
        assert_eq!(separator("headline\n"), b',');
    }

    #[test]
    fn a_byte_order_mark_decides_the_encoding() {
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("kop\nWelkom\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let table = load("t.csv", &utf16).unwrap();
        assert_eq!(table.columns, ["kop"]);
        assert!(table.notes.is_empty());
        let table = load("t.csv", "\u{feff}kop\nWelkom\n".as_bytes()).unwrap();
        assert_eq!(table.columns, ["kop"]);
    }

    #[test]
    fn workbooks_give_their_first_sheet() {
        for name in ["branches.xlsx", "branches.ods"] {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(name);
            let table = Table::load(&path).unwrap();
            assert_eq!(
                table.columns,
                ["branch", "headline", "footer", "size"],
                "{name}"
            );
            assert_eq!(table.rows.len(), 2, "{name}");
            assert_eq!(table.rows[1][2], "12", "a whole number, as typed: {name}");
            assert_eq!(table.lines, [2, 3], "{name}");
        }
        let error = load("t.xlsx", b"PK not a workbook").unwrap_err();
        assert!(matches!(error, Error::Table { .. }), "{error}");
    }

    #[test]
    fn rows_with_other_columns_are_aligned_and_tables_are_bounded() {
        let table = load("t.json", br#"[{"a": "1"}, {"b": "2", "a": "3"}]"#).unwrap();
        assert_eq!(table.columns, ["a", "b"]);
        assert_eq!(table.rows, [vec!["1", ""], vec!["3", "2"]]);
        let wide = format!("{}\n", "x,".repeat(MAX_CELLS / 2));
        let error = load("t.csv", format!("{wide}{wide}{wide}").as_bytes()).unwrap_err();
        assert!(matches!(error, Error::Table { .. }), "{error}");
        assert!(load("t.csv", b"\n").is_err(), "no header");
        assert!(load("t.doc", b"kop\n").is_err(), "unknown kind");
    }
}
