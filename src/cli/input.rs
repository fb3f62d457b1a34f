//! Where the signs come from: a text on the command line, a file, or
//! standard input; one sign per line unless `--whole`.

use std::io::IsTerminal;
use std::path::Path;

use super::StyleArgs;
use super::rewriters::Rewriters;
use crate::error::{Error, Result};
use crate::file::{read_bounded, read_limited, text_of};
use crate::i18n::{Messages, Msg};

/// The most text streep reads at once, in megabytes: some hundred thousand
/// signs, and few enough that rewriting them (which holds each word with
/// its readings, and each change with its reason) stays within a gigabyte.
const LIMIT_MB: usize = 8;

/// The text to work on and where it came from.
pub struct Input {
    pub text: String,
    /// The file name to show in messages, if the text came from a file.
    pub origin: Option<String>,
    /// Whether each line is a sign of its own.
    pub per_line: bool,
    /// What the user should know about how the text was read.
    pub notes: Vec<Msg>,
}

/// One sign to rewrite or check.
pub struct Sign<'a> {
    /// 1-based, when the input holds a sign per line.
    pub line: Option<usize>,
    pub text: &'a str,
}

impl Input {
    /// Reads `arg`: `-` or nothing (with a pipe) for standard input, an
    /// existing file's name for that file, anything else as the sign itself.
    pub fn read(arg: Option<&str>, whole: bool) -> Result<Input> {
        let ((text, note), origin, from_source) = match arg {
            None | Some("-") => {
                if arg.is_none() && std::io::stdin().is_terminal() {
                    return Err(Error::NoInput);
                }
                let bytes = read_limited(std::io::stdin(), Path::new("-"), LIMIT_MB)?;
                (text_of(&bytes, Path::new("-"))?, None, true)
            }
            Some(arg) if Path::new(arg).exists() || looks_like_a_file_name(arg) => {
                let path = Path::new(arg);
                let bytes = read_bounded(path, LIMIT_MB)?;
                (text_of(&bytes, path)?, Some(arg.to_owned()), true)
            }
            Some(arg) => ((arg.to_owned(), None), None, false),
        };
        Ok(Input {
            text,
            origin,
            per_line: from_source && !whole,
            notes: note.into_iter().collect(),
        })
    }

    /// Says on standard error what the user should know about the input.
    pub fn tell(&self, messages: &Messages) {
        for note in &self.notes {
            super::output::stderr_line(&messages.text(note));
        }
    }

    /// The rewriters the signs need (see [`Rewriters`]).
    pub fn rewriters(&self, style: &StyleArgs, messages: &Messages) -> Result<Rewriters> {
        let signs: Vec<&str> = self
            .signs()
            .into_iter()
            .map(|sign| sign.text)
            .filter(|text| !text.trim().is_empty())
            .collect();
        Rewriters::new(style, messages, &signs)
    }

    /// The signs in the input, with their line numbers when per line. Empty
    /// lines hold no sign.
    pub fn signs(&self) -> Vec<Sign<'_>> {
        if !self.per_line {
            return vec![Sign {
                line: None,
                text: self.text.trim_end_matches(['\n', '\r']),
            }];
        }
        self.text
            .lines()
            .enumerate()
            .map(|(i, text)| Sign {
                line: Some(i + 1),
                text,
            })
            .collect()
    }
}

/// A single word with the extension of a text file reads as a file name
/// the user meant, not as a sign: better an error than rewriting "signs.txt".
fn looks_like_a_file_name(arg: &str) -> bool {
    !arg.chars().any(char::is_whitespace)
        && Path::new(arg).extension().is_some_and(|ext| {
            let ext = ext.to_string_lossy().to_ascii_lowercase();
            ["txt", "md", "csv", "tsv", "json", "toml", "text"].contains(&ext.as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_is_not_text_is_located() {
        let error = text_of(b"Gelieve\nhier \0 wachten", Path::new("borden.txt")).unwrap_err();
        match error {
            Error::NotText { line, column, .. } => assert_eq!((line, column), (2, 6)),
            other => panic!("{other}"),
        }
        let (text, note) = text_of(b"Caf\xe9 open", Path::new("borden.txt")).unwrap();
        assert_eq!(text, "Café open");
        assert!(note.is_some_and(|note| note.id == "note-encoding"));
    }

    #[test]
    fn file_names_are_told_from_signs() {
        assert!(looks_like_a_file_name("borden.txt"));
        assert!(!looks_like_a_file_name("24/7"));
        assert!(!looks_like_a_file_name("Gelieve hier te wachten"));
        assert!(!looks_like_a_file_name("c.q."));
        assert!(!looks_like_a_file_name("Wachten."));
    }

    #[test]
    fn a_text_argument_is_one_sign() {
        let input = Input::read(Some("Wacht hier"), false).unwrap();
        assert_eq!(input.signs().len(), 1);
        assert!(input.origin.is_none());
    }
}
