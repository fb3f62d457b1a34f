//! `streep phrases`: the ready sign texts, by id, in one language.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::wording::phrases::{LANGUAGES, catalogue};

#[derive(Debug, Args)]
pub struct PhrasesArgs {
    /// The language of the texts [default: the interface's, where there
    /// are texts in it, else nl]
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
}

pub fn list(args: PhrasesArgs, messages: &Messages) -> Result<ExitCode> {
    let lang = args.lang.unwrap_or_else(|| {
        let ui = messages.lang().code();
        if LANGUAGES.contains(&ui) { ui } else { "nl" }.to_owned()
    });
    let mut out = std::io::stdout().lock();
    for phrase in catalogue(&lang)? {
        let needs = if phrase.variables.is_empty() {
            String::new()
        } else {
            let names = phrase.variables.join(", ");
            format!(
                "  ({})",
                messages.text(&Msg::new("cli-phrase-needs").arg("names", names))
            )
        };
        writeln!(out, "{}{needs}", phrase.id).map_err(Error::Write)?;
        writeln!(out, "    {}", phrase.headline).map_err(Error::Write)?;
        if let Some(body) = &phrase.body {
            writeln!(out, "    {body}").map_err(Error::Write)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
