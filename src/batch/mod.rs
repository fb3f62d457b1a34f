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
use std::collections::hash_map::Entry;
use std::path::PathBuf;

pub use table::Table;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::print::layout::lay_out;
use crate::print::scene::Scene;
use crate::print::sign::Sign;
use crate::print::template::Template;
use crate::wording::detect::detect;
use crate::wording::rewrite::{Rewrite, Rewriter};
use crate::wording::text::paragraphs;

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

/// A planned batch: a job for every row, and what the user should know
/// about the table (columns no template uses).
#[derive(Debug)]
pub struct Plan {
    pub jobs: Vec<Job>,
    pub notes: Vec<Msg>,
}

/// Column names as a Dutch branch list has them, and the field each fills.
const DUTCH_COLUMNS: [(&str, &str); 11] = [
    ("kop", "headline"),
    ("titel", "headline"),
    ("tekst", "body"),
    ("toelichting", "body"),
    ("voettekst", "footer"),
    ("tweede", "second"),
    ("vertaling", "second"),
    ("sjabloon", "template"),
    ("formaat", "size"),
    ("taal", "lang"),
    ("pictogram", "icon"),
];

/// The field a column fills, by its name: without regard to case, and
/// under its Dutch name ("Kop", "Voettekst") as well as its own.
fn field_of(column: &str) -> String {
    let lower = column.trim().to_lowercase();
    DUTCH_COLUMNS
        .iter()
        .find(|(dutch, _)| *dutch == lower)
        .map_or(lower, |(_, field)| (*field).to_owned())
}

/// The name the template gives `field`: one of its slots or placeholders.
fn target_in(template: &Template, field: &str) -> Option<String> {
    let placeholders = template.placeholders();
    template
        .slots
        .iter()
        .map(|slot| slot.name.as_str())
        .chain(placeholders.iter().map(String::as_str))
        .find(|name| name.to_lowercase() == field)
        .map(str::to_owned)
}

impl Job {
    /// The language the row's own wording looks like, Dutch when unsure.
    pub fn told_lang(&self) -> Lang {
        let wording: Vec<&str> = self
            .wording
            .iter()
            .filter_map(|slot| self.sign.text.get(slot))
            .map(String::as_str)
            .collect();
        detect(&wording.join("\n\n")).unwrap_or(Lang::Nl)
    }
}

/// Plans a batch: a sign for every row, on top of `base`, and its files from
/// `patterns`. An error names what no row can get right; it comes before
/// anything is rendered. A column no template uses (an address, a branch
/// number) is left out, with a note.
pub fn plan(table: &Table, base: &Sign, patterns: &[String]) -> Result<Plan> {
    let fail = |msg: Msg| Error::Sign(msg);
    if table.rows.is_empty() {
        return Err(fail(Msg::new("error-batch-empty")));
    }
    let fields: Vec<String> = table.columns.iter().map(|c| field_of(c)).collect();
    let template_of = |row: &[String]| {
        fields
            .iter()
            .position(|field| field == "template")
            .and_then(|index| row.get(index))
            .filter(|name| !name.trim().is_empty())
            .map_or_else(|| base.template.clone(), String::clone)
    };
    // Every template the table uses, checked once.
    let mut templates: HashMap<String, Template> = HashMap::new();
    for row in &table.rows {
        if let Entry::Vacant(slot) = templates.entry(template_of(row)) {
            let template = Template::find(slot.key())?;
            slot.insert(template);
        }
    }
    check_patterns(table, patterns)?;
    check_columns(&fields, &templates)?;
    let first = &templates[&template_of(&table.rows[0])];
    let notes = unused_columns(table, &fields, &templates, patterns, first)
        .into_iter()
        .collect();

    let mut jobs = Vec::with_capacity(table.rows.len());
    let mut taken: HashMap<PathBuf, usize> = HashMap::new();
    for (index, row) in table.rows.iter().enumerate() {
        let number = index + 1;
        let mut sign = base.clone();
        sign.text.clear();
        sign.template = template_of(row);
        let template = &templates[&sign.template];
        for (field, value) in fields.iter().zip(row) {
            match field.as_str() {
                "size" if !value.trim().is_empty() => sign.size = Some(value.clone()),
                "lang" if !value.trim().is_empty() => sign.lang = value.clone(),
                "icon" if !value.trim().is_empty() => sign.icon = Some(value.clone()),
                "template" | "size" | "lang" | "icon" => {}
                _ => {
                    // A column that fills nothing only names the files.
                    if let Some(name) = target_in(template, field) {
                        sign.text.insert(name, value.clone());
                    }
                }
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
    Ok(Plan { jobs, notes })
}

/// Every template gets the columns it needs: its placeholders and, when it
/// has one, its headline.
fn check_columns(fields: &[String], templates: &HashMap<String, Template>) -> Result<()> {
    for template in templates.values() {
        let missing: Vec<String> = template
            .placeholders()
            .iter()
            .cloned()
            .chain(template.slot("headline").map(|_| "headline".to_owned()))
            .filter(|field| !fields.contains(&field.to_lowercase()))
            .collect();
        if !missing.is_empty() {
            return Err(Error::Sign(
                Msg::new("error-batch-missing")
                    .arg("columns", missing.join(", "))
                    .arg("template", &template.name),
            ));
        }
    }
    Ok(())
}

/// A note naming the columns no template fills and no pattern names, with
/// what a column can be (for `first`, the first row's template).
fn unused_columns(
    table: &Table,
    fields: &[String],
    templates: &HashMap<String, Template>,
    patterns: &[String],
    first: &Template,
) -> Option<Msg> {
    let named: Vec<String> = patterns
        .iter()
        .flat_map(|p| names_in(p))
        .map(field_of)
        .collect();
    let used = |field: &String| {
        named.contains(field)
            || SIGN_COLUMNS.contains(&field.as_str())
            || templates.values().any(|t| target_in(t, field).is_some())
    };
    let unused: Vec<&str> = table
        .columns
        .iter()
        .zip(fields)
        .filter(|(_, field)| !used(field))
        .map(|(column, _)| column.as_str())
        .collect();
    let placeholders = first.placeholders();
    // Each field with the Dutch name a column may have instead.
    let known: Vec<String> = first
        .slots
        .iter()
        .map(|slot| slot.name.as_str())
        .chain(placeholders.iter().map(String::as_str))
        .chain(SIGN_COLUMNS)
        .map(
            |field| match DUTCH_COLUMNS.iter().find(|(_, own)| *own == field) {
                Some((dutch, _)) => format!("{field} ({dutch})"),
                None => field.to_owned(),
            },
        )
        .collect();
    (!unused.is_empty()).then(|| {
        Msg::new("note-batch-unused-columns")
            .arg("columns", unused.join(", "))
            .num("count", unused.len() as f64)
            .arg("template", &first.name)
            .arg("known", known.join(", "))
    })
}

/// One row's sign, its wording rewritten, laid out; the scene's notes
/// begin with how each slot's wording changed and the advice the rewrite
/// left for a person, so that nobody prints eighty posters unread.
pub fn lay_out_row(job: &Job, rewriter: Option<&Rewriter>) -> Result<(Sign, Scene)> {
    // A row whose headline is empty would print a sign that says nothing.
    if job
        .sign
        .text
        .get("headline")
        .is_some_and(|headline| headline.trim().is_empty())
    {
        return Err(Error::Sign(Msg::new("error-row-no-headline")));
    }
    let mut sign = job.sign.clone();
    let mut told = Vec::new();
    for (name, text) in &mut sign.text {
        *text = paragraphs(text);
        if let Some(rewriter) = rewriter.filter(|_| job.wording.contains(name)) {
            let (output, rewrites) = rewriter.rewrite_paragraphs(text);
            if output != *text {
                told.push(
                    Msg::new("cli-rewrote")
                        .arg("slot", name)
                        .arg("before", text.as_str())
                        .arg("after", &output),
                );
            }
            told.extend(rewrites.iter().flat_map(Rewrite::advice_notes));
            *text = output;
        }
    }
    let mut scene = lay_out(&sign)?;
    told.append(&mut scene.notes);
    scene.notes = told;
    Ok((sign, scene))
}

/// The `{names}` of a pattern.
/// Every name in the -o patterns is a column of the table (or `{row}`): a
/// typo in the pattern is named before anything else.
fn check_patterns(table: &Table, patterns: &[String]) -> Result<()> {
    for pattern in patterns {
        let unknown = names_in(pattern).find(|name| *name != "row" && table.column(name).is_none());
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
        // "branch" is neither a slot nor a placeholder of the poster: it is
        // left out, and the note says so...
        let planned = plan(&table, &base, &["out/{row}.pdf".into()]).unwrap();
        let note = format!("{:?}", planned.notes);
        assert!(
            note.contains("note-batch-unused-columns") && note.contains("branch"),
            "{note}"
        );
        assert!(
            note.contains("headline (kop)"),
            "a column's Dutch name is given: {note}"
        );
        // ... unless it names the files.
        let planned = plan(&table, &base, &["out/{branch}-{size}.pdf".into()]).unwrap();
        assert!(planned.notes.is_empty(), "{:?}", planned.notes);
        let jobs = planned.jobs;
        assert_eq!(jobs[1].outputs, [PathBuf::from("out/De-Bilt---Zeist-.pdf")]);

        let table = table_without_branch();
        let jobs = plan(
            &table,
            &Sign::new("poster", ""),
            &["{row}-{size}.pdf".into()],
        )
        .unwrap()
        .jobs;
        assert_eq!(jobs.len(), 2);
        assert_eq!(jobs[0].outputs, [PathBuf::from("1-A3.pdf")]);
        assert_eq!(jobs[1].outputs, [PathBuf::from("2-.pdf")]);
        assert_eq!(jobs[0].sign.size.as_deref(), Some("A3"));
        assert_eq!(jobs[1].sign.size, None);
    }

    #[test]
    fn columns_are_read_by_their_dutch_names_and_without_regard_to_case() {
        let table = table("Filiaal;Kop ;Voettekst;Formaat\nUtrecht;Wacht hier;Apotheek;A3\n");
        let planned = plan(&table, &Sign::new("poster", ""), &["{filiaal}.pdf".into()]).unwrap();
        let sign = &planned.jobs[0].sign;
        assert_eq!(sign.text["headline"], "Wacht hier");
        assert_eq!(sign.text["footer"], "Apotheek");
        assert_eq!(sign.size.as_deref(), Some("A3"));
        assert_eq!(planned.jobs[0].outputs, [PathBuf::from("Utrecht.pdf")]);
        assert!(planned.notes.is_empty(), "{:?}", planned.notes);
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
