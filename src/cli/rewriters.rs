//! The rewriters of a command over many signs: one for the language the
//! signs are in as a whole, and, unless the command line or the house style
//! names the language, one for each other language a sign is in. A list of
//! Dutch signs may hold an English or a German one.

use super::StyleArgs;
use super::output::stderr_line;
use crate::error::Result;
use crate::i18n::{Messages, Msg};
use crate::lang::Lang;
use crate::wording::detect::detect;
use crate::wording::rewrite::Rewriter;

pub struct Rewriters {
    main: Rewriter,
    /// The languages besides the main one that signs are in; empty when
    /// the language is named.
    others: Vec<Rewriter>,
}

impl Rewriters {
    /// The rewriters `signs` need, by the style's settings; says on
    /// standard error how many signs are in a language of their own.
    pub fn new(style: &StyleArgs, messages: &Messages, signs: &[&str]) -> Result<Rewriters> {
        let (lang, config) = style.settings(messages, &signs.join("\n"))?;
        let main = Rewriter::new(lang, &config)?;
        if style.names_lang(&config) || signs.len() < 2 {
            return Ok(Rewriters {
                main,
                others: Vec::new(),
            });
        }
        let told: Vec<Option<Lang>> = signs.iter().map(|sign| detect(sign)).collect();
        let mut others = Vec::new();
        for other in Lang::ALL.into_iter().filter(|&other| other != lang) {
            let count = told.iter().filter(|&&own| own == Some(other)).count();
            if count > 0 {
                let told = Msg::new("cli-signs-detected-lang")
                    .num("signs", count as f64)
                    .arg("lang", other);
                stderr_line(&messages.text(&told));
                others.push(Rewriter::new(other, &config)?);
            }
        }
        Ok(Rewriters { main, others })
    }

    /// One rewriter, for a command whose language is settled.
    pub fn single(main: Rewriter) -> Rewriters {
        Rewriters {
            main,
            others: Vec::new(),
        }
    }

    /// The rewriter for the language the signs are in as a whole.
    pub fn main(&self) -> &Rewriter {
        &self.main
    }

    /// The rewriter for the language `sign` is in.
    pub fn for_sign(&self, sign: &str) -> &Rewriter {
        if self.others.is_empty() {
            return &self.main;
        }
        detect(sign)
            .and_then(|own| self.others.iter().find(|rewriter| rewriter.lang() == own))
            .unwrap_or(&self.main)
    }
}
