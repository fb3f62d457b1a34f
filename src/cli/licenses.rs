//! `streep licenses`: the data made by others that streep embeds, each with
//! the licence it travels with.

use std::io::Write;
use std::process::ExitCode;

use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};

/// Each embedded work: what it is (a message id), and its licence, verbatim.
const NOTICES: &[(&str, &str)] = &[
    (
        "cli-licenses-fonts",
        include_str!("../../assets/fonts/OFL.txt"),
    ),
    (
        "cli-licenses-lexicon",
        include_str!("../../assets/lexicon/LICENSE-OpenTaal.txt"),
    ),
    (
        "cli-licenses-colour",
        concat!(
            include_str!("../../assets/colour/README.md"),
            "\n",
            include_str!("../../assets/colour/LICENSE-FOGRA39L.txt")
        ),
    ),
];

pub fn print(messages: &Messages) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let mut line = |text: &str| writeln!(out, "{text}").map_err(Error::Write);
    line(&messages.text(&Msg::new("cli-licenses-intro")))?;
    for &(what, licence) in NOTICES {
        line("")?;
        line(&format!("== {}", messages.text(&Msg::new(what))))?;
        line("")?;
        line(licence.trim_end())?;
    }
    line("")?;
    line(&format!(
        "== {}",
        messages.text(&Msg::new("cli-licenses-hyphenation"))
    ))?;
    Ok(ExitCode::SUCCESS)
}
