//! Many signs from one table: every row of a spreadsheet, CSV, JSON or
//! TOML file becomes a sign, its columns filling the template's slots and placeholders, and
//! its files named from a pattern such as `out/{branch}-{size}.pdf`.
//!
//! Everything that can be checked before rendering is checked here, for all
//! rows at once: columns the template does not know, placeholders no column
//! fills, names in the pattern no column has, and rows whose files would
//! get the same name.

mod table;

use std::collections::HashMap;
use std::path::PathBuf;

pub use table::Table;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::sign::Sign;
use crate::print::template::Template;

/// Columns that set the sign itself rather than a text.
const SIGN_COLUMNS: [&str; 4] = ["template", "size", "lang", "icon"];

/// One row's sign and the files it goes to.
#[derive(Clone, Debug)]
pub struct Job {
    /// The row's number in the file, counting the first data row as 1.
    pub row: usize,
    /// Where the row stands in its file, as a spreadsheet numbers it; 0
    /// where the file has no lines.
    pub line: usize,
    pub sign: Sign,
    pub outputs: Vec<PathBuf>,
    /// The texts in the sign's own language, which rewriting may reword;
    /// placeholders and second-language texts are left as they are.
    pub wording: Vec<String>,
}

/// Plans a batch: a sign for every row, on top of `base`, and its files from
/// `patterns`. An error names what no row can get right; it comes before
/// anything is rendered.
pub fn plan(table: &Table, base: &Sign, patterns: &[String]) -> Result<Vec<Job>> {
    let fail = |msg: Msg| Error::Sign(msg);
    if table.rows.is_empty() {
        return Err(fail(Msg::new("error-batch-empty")));
    }
    // Every template the table uses, checked once.
    let mut templates: HashMap<String, Template> = HashMap::new();
    for row in &table.rows {
        let name = table.value(row, "template").unwrap_or(&base.template);
        if !templates.contains_key(name) {
            templates.insert(name.to_owned(), Template::find(name)?);
        }
    }
    check_patterns(table, patterns)?;
    // A column may serve only to name the files.
    let named: Vec<&str> = patterns.iter().flat_map(|p| names_in(p)).collect();
    for template in templates.values() {
        let placeholders = template.placeholders();
        let known = |column: &str| {
            named.contains(&column)
                || SIGN_COLUMNS.contains(&column)
                || template.slot(column).is_some()
                || placeholders.iter().any(|p| p == column)
        };
        let unknown: Vec<&str> = table
            .columns
            .iter()
            .map(String::as_str)
            .filter(|column| !known(column))
            .collect();
        if !unknown.is_empty() {
            let fields: Vec<&str> = template
                .slots
                .iter()
                .map(|slot| slot.name.as_str())
                .chain(placeholders.iter().map(String::as_str))
                .chain(SIGN_COLUMNS)
                .collect();
            return Err(fail(
                Msg::new("error-batch-columns")
                    .arg("columns", unknown.join(", "))
                    .arg("first", unknown[0])
                    .arg("naming", if patterns.is_empty() { "no" } else { "yes" })
                    .arg("template", &template.name)
                    .arg("known", fields.join(", ")),
            ));
        }
        let missing: Vec<&str> = placeholders
            .iter()
            .map(String::as_str)
            .chain(template.slot("headline").map(|_| "headline"))
            .filter(|field| !table.columns.iter().any(|c| c == field))
            .collect();
        if !missing.is_empty() {
            return Err(fail(
                Msg::new("error-batch-missing")
                    .arg("columns", missing.join(", "))
                    .arg("template", &template.name),
            ));
        }
    }

    let mut jobs = Vec::with_capacity(table.rows.len());
    let mut taken: HashMap<PathBuf, usize> = HashMap::new();
    for (index, row) in table.rows.iter().enumerate() {
        let number = index + 1;
        let mut sign = base.clone();
        sign.text.clear();
        if let Some(name) = table.value(row, "template") {
            sign.template = name.to_owned();
        }
        let template = &templates[&sign.template];
        let placeholders = template.placeholders();
        for (column, value) in table.columns.iter().zip(row) {
            match column.as_str() {
                "size" if !value.trim().is_empty() => sign.size = Some(value.clone()),
                "lang" if !value.trim().is_empty() => sign.lang = value.clone(),
                "icon" if !value.trim().is_empty() => sign.icon = Some(value.clone()),
                "template" | "size" | "lang" | "icon" => {}
                _ if template.slot(column).is_some() || placeholders.contains(column) => {
                    sign.text.insert(column.clone(), value.clone());
                }
                // A column that only names the files.
                _ => {}
            }
        }
        let outputs = patterns
            .iter()
            .map(|pattern| fill(pattern, |name| table.value(row, name), number))
            .collect::<Vec<_>>();
        for output in &outputs {
            if let Some(first) = taken.insert(output.clone(), number) {
                return Err(fail(
                    Msg::new("error-batch-collision")
                        .arg("path", output.display())
                        .num("first", first as f64)
                        .num("second", number as f64),
                ));
            }
        }
        let wording = template
            .slots
            .iter()
            .filter(|slot| !slot.second_language && sign.text.contains_key(&slot.name))
            .map(|slot| slot.name.clone())
            .collect();
        jobs.push(Job {
            row: number,
            line: table.lines.get(index).copied().unwrap_or(0),
            sign,
            outputs,
            wording,
        });
    }
    Ok(jobs)
}

/// The `{names}` of a pattern.
/// Every name in the -o patterns is a column of the table (or `{row}`): a
/// typo in the pattern is named before anything else.
fn check_patterns(table: &Table, patterns: &[String]) -> Result<()> {
    for pattern in patterns {
        let unknown = names_in(pattern)
            .find(|name| *name != "row" && !table.columns.iter().any(|column| column == name));
        if let Some(name) = unknown {
            return Err(Error::Sign(
                Msg::new("error-batch-pattern")
                    .arg("name", name)
                    .arg("pattern", pattern)
                    .arg("columns", table.columns.join(", ")),
            ));
        }
    }
    Ok(())
}

fn names_in(pattern: &str) -> impl Iterator<Item = &str> {
    pattern
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

/// A file name from a pattern: `{column}` becomes the row's value, made safe
/// as part of a file name, and `{row}` the row's number.
fn fill<'r>(pattern: &str, value_of: impl Fn(&str) -> Option<&'r str>, number: usize) -> PathBuf {
    let mut name = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        name.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        let key = &rest[start + 1..start + end];
        let value = match key {
            "row" => number.to_string(),
            _ => value_of(key).unwrap_or_default().to_owned(),
        };
        name.push_str(&safe_file_part(&value));
        rest = &rest[start + end + 1..];
    }
    name.push_str(rest);
    PathBuf::from(name)
}

/// A value as part of a file name: no folders, no hidden files, no spaces.
fn safe_file_part(value: &str) -> String {
    let part: String = value
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    part.trim_start_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(csv: &str) -> Table {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.csv");
        std::fs::write(&path, csv).unwrap();
        Table::load(&path).unwrap()
    }

    #[test]
    fn rows_become_signs_with_their_own_file_names() {
        let table = table("branch,headline,size\nUtrecht,Wacht hier,A3\nDe Bilt / Zeist,Welkom,\n");
        let base = Sign::new("poster", "");
        // "branch" is neither a slot nor a placeholder of the poster...
        let error = plan(&table, &base, &["out/{row}.pdf".into()]).unwrap_err();
        assert!(error.to_string().contains("branch"), "{error}");
        // ... but it may name the files.
        let jobs = plan(&table, &base, &["out/{branch}-{size}.pdf".into()]).unwrap();
        assert_eq!(jobs[1].outputs, [PathBuf::from("out/De-Bilt---Zeist-.pdf")]);

        let table = table_without_branch();
        let jobs = plan(
            &table,
            &Sign::new("poster", ""),
            &["{row}-{size}.pdf".into()],
        )
        .unwrap();
        assert_eq!(jobs.len(), 2);
        assert_eq!(jobs[0].outputs, [PathBuf::from("1-A3.pdf")]);
        assert_eq!(jobs[1].outputs, [PathBuf::from("2-.pdf")]);
        assert_eq!(jobs[0].sign.size.as_deref(), Some("A3"));
        assert_eq!(jobs[1].sign.size, None);
    }

    fn table_without_branch() -> Table {
        table("headline,size\nWacht hier,A3\nWelkom,\n")
    }

    #[test]
    fn colliding_names_and_unknown_pattern_names_are_errors() {
        let table = table("headline,footer\nWacht hier,Utrecht\nWelkom,Utrecht\n");
        let base = Sign::new("poster", "");
        let error = plan(&table, &base, &["{footer}.pdf".into()]).unwrap_err();
        assert!(error.to_string().contains("Utrecht.pdf"), "{error}");
        let error = plan(&table, &base, &["{branch}.pdf".into()]).unwrap_err();
        assert!(error.to_string().contains("branch"), "{error}");
        assert!(plan(&table, &base, &["{row}-{footer}.pdf".into()]).is_ok());
    }

    #[test]
    fn values_cannot_climb_out_of_the_folder() {
        let value_of = |name: &str| (name == "name").then_some("../../etc/passwd");
        assert_eq!(
            fill("out/{name}.pdf", value_of, 1),
            PathBuf::from("out/-..-etc-passwd.pdf")
        );
    }
}
