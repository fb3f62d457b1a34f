//! What can go wrong, each case with the facts the user needs to fix it.
//! The wording lives in the Fluent files; `Display` gives the English text.

use std::fmt;
use std::io::ErrorKind;
use std::path::PathBuf;

use crate::i18n::{Messages, Msg};
use crate::lang::Lang;
use crate::wording::text::shortened;

/// An error from streep. Its text comes from the Fluent messages: `Display`
/// writes English, [`Error::localised`] any user-interface language.
#[derive(Debug)]
pub enum Error {
    /// A language code streep does not know.
    UnknownLanguage(String),
    /// The user interface does not speak this language (yet).
    NoInterface(Lang),
    /// A rule file that is not valid TOML, or not of the rule file's shape.
    RuleFile { file: String, reason: String },
    /// One rule of a rule file is wrong.
    Rule {
        file: String,
        rule: String,
        reason: Msg,
    },
    /// A house-style file that is not valid TOML, or not of its shape.
    Config { file: String, reason: String },
    /// The house style switches off a rule or category that does not exist.
    UnknownRuleName { name: String },
    /// A file could not be read.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The output could not be written.
    Write(std::io::Error),
    /// A file holds bytes that are not UTF-8 text.
    NotText {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    /// No sign was given, and standard input is a terminal.
    NoInput,
    /// An input larger than streep accepts.
    TooLarge { what: String, limit_mb: usize },
    /// A sign that cannot be made as asked: an unknown template, size,
    /// colour, icon or slot, a broken font. The message says which.
    Sign(Msg),
    /// A sign file that is not valid TOML, or not of a sign file's shape.
    SignFile { file: String, reason: String },
    /// A table of signs that cannot be read.
    Table { file: String, reason: Msg },
    /// A template that cannot be used, and why.
    Template { name: String, reason: Msg },
    /// A slot's text does not fit its box, even at the smallest size.
    DoesNotFit {
        slot: String,
        text: String,
        width_mm: f32,
        height_mm: f32,
        max_pt: f32,
        min_pt: f32,
    },
    /// The font has no glyphs for these characters.
    MissingGlyphs {
        font: String,
        slot: String,
        chars: Vec<char>,
    },
    /// One sign of a before/after comparison cannot be laid out.
    Compare { sign: usize, source: Box<Error> },
    /// An output file could not be written.
    Output {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Error {
    /// The error's text in the language of `messages`.
    pub fn localised(&self, messages: &Messages) -> String {
        messages.text(&self.message(messages))
    }

    /// The error as a message, its reasons told in the language of
    /// `messages`: for a face that words some errors its own way.
    pub fn message(&self, messages: &Messages) -> Msg {
        match self {
            Error::UnknownLanguage(code) => Msg::new("error-unknown-language")
                .arg("lang", code)
                .arg("known", Lang::known_codes()),
            Error::NoInterface(lang) => Msg::new("error-no-interface")
                .arg("lang", lang)
                .arg("known", Lang::ui_codes()),
            Error::RuleFile { file, reason } => Msg::new("error-rule-file")
                .arg("file", file)
                .arg("reason", reason.trim_end()),
            Error::Rule { file, rule, reason } => Msg::new("error-rule")
                .arg("file", file)
                .arg("rule", rule)
                .arg("reason", messages.text(reason)),
            Error::Config { file, reason } => Msg::new("error-config")
                .arg("file", file)
                .arg("reason", reason.trim_end()),
            Error::UnknownRuleName { name } => Msg::new("error-unknown-rule").arg("name", name),
            Error::Io { path, source } => match source.kind() {
                ErrorKind::NotFound => Msg::new("error-no-such-file"),
                ErrorKind::PermissionDenied => Msg::new("error-permission"),
                ErrorKind::IsADirectory => Msg::new("error-is-folder"),
                _ => Msg::new("error-io").arg("reason", source),
            }
            .arg("path", path.display()),
            Error::Write(source) => Msg::new("error-write").arg("reason", source),
            Error::NotText { path, line, column } => Msg::new("error-not-text")
                .arg("path", path.display())
                .num("line", *line as f64)
                .num("column", *column as f64),
            Error::NoInput => Msg::new("error-no-input"),
            Error::TooLarge { what, limit_mb } => Msg::new("error-too-large")
                .arg("what", what)
                .num("limit", *limit_mb as f64),
            Error::Sign(reason) => reason.clone(),
            Error::SignFile { file, reason } => Msg::new("error-sign-file")
                .arg("file", file)
                .arg("reason", reason.trim_end()),
            Error::Table { file, reason } => Msg::new("error-table")
                .arg("file", file)
                .arg("reason", messages.text(reason)),
            Error::Template { name, reason } => Msg::new("error-template")
                .arg("name", name)
                .arg("reason", messages.text(reason)),
            Error::DoesNotFit {
                slot,
                text,
                width_mm,
                height_mm,
                max_pt,
                min_pt,
            } => Msg::new("error-does-not-fit")
                .arg("slot", slot)
                .arg("text", shortened(text, 80))
                .num("width", width_mm.round())
                .num("height", height_mm.round())
                .num("max", max_pt.round())
                .num("min", min_pt.round())
                // One size tried is said as one: "at 6 pt", not "6 pt down to 6 pt".
                .arg(
                    "sizes",
                    if max_pt.round() == min_pt.round() {
                        "one"
                    } else {
                        "range"
                    },
                ),
            Error::MissingGlyphs { font, slot, chars } => Msg::new("error-missing-glyphs")
                .arg("font", font)
                .arg("slot", slot)
                .arg(
                    "chars",
                    chars
                        .iter()
                        .map(|c| format!("“{c}” (U+{:04X})", u32::from(*c)))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            Error::Compare { sign, source } => Msg::new("error-compare")
                .num("sign", *sign as f64)
                .arg("reason", source.localised(messages)),
            Error::Output { path, source } => Msg::new("error-output")
                .arg("path", path.display())
                .arg("reason", source),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localised(Messages::english()))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } | Error::Write(source) | Error::Output { source, .. } => {
                Some(source)
            }
            _ => None,
        }
    }
}

/// streep's results.
pub type Result<T, E = Error> = std::result::Result<T, E>;
