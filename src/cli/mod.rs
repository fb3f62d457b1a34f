//! The `streep` command line: arguments, the house style they add up to, and
//! the exit codes. What it prints is written in `output`.

mod batch;
mod compare;
mod fonts;
mod input;
mod licenses;
mod output;
mod phrases;
mod rewriters;
mod sign;
mod studio;
mod template;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::lang::Lang;
use crate::wording::house_style::Config;
use crate::wording::rewrite::Rewriter;
use crate::wording::rules::{Address, Severity};
use input::Input;

/// Makes queue and waiting-area signs customer-centred.
#[derive(Debug, Parser)]
#[command(name = "streep", version, about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of messages and explanations: nl or en [default: from LANG, else en]
    #[arg(long, global = true, value_name = "LANG")]
    ui_lang: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Rewrite signs into customer-centred wording
    Rewrite(RewriteArgs),
    /// Report what is organisation-centred in signs, with a customer-focus score
    Check(CheckArgs),
    /// List the rules, or run their examples as tests
    Rules(RulesArgs),
    /// Make a print-ready poster (PDF, SVG, PNG) from a sign's text
    Poster(sign::PosterArgs),
    /// Make a print-ready floor, line or window sticker with its die-cut line
    Sticker(sign::StickerArgs),
    /// Render a saved sign file
    Render(sign::RenderArgs),
    /// Make a sign for every row of a spreadsheet, CSV, JSON or TOML table
    Batch(batch::BatchArgs),
    /// Show signs before and after rewriting, side by side with the reasons
    /// and their scores (PDF, SVG, PNG, HTML)
    Compare(compare::CompareArgs),
    /// List the ready customer-centred sign texts, for poster --phrase
    Phrases(phrases::PhrasesArgs),
    /// List the built-in templates and icons
    Templates(template::TemplatesArgs),
    /// Check a designer's template, or start one from a built-in
    Template(template::TemplateArgs),
    /// Show the licences of the fonts, dictionary and patterns streep embeds
    Licenses,
    /// Write the fonts streep prints with, and their licence, into a folder
    /// to install for Inkscape or Illustrator
    Fonts(fonts::FontsArgs),
    /// Open streep studio: the whole job in a web page on this computer
    Studio(studio::StudioArgs),
}

#[derive(Debug, Args)]
struct SignArgs {
    /// The sign's text, a file with one sign per line, or - for standard input
    input: Option<String>,
    /// Read a file or standard input as one sign instead of one per line
    #[arg(long)]
    whole: bool,
    #[command(flatten)]
    style: StyleArgs,
}

#[derive(Debug, Args)]
struct StyleArgs {
    /// Language of the signs [default: nl]
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
    /// How signs address the reader [default: formal, or the house style's]
    #[arg(long, value_enum)]
    address: Option<Address>,
    /// An extra rule file (may be given more than once)
    #[arg(long = "rules", value_name = "FILE")]
    rule_files: Vec<PathBuf>,
    /// The house-style file [default: ./streep.toml if present]
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct RewriteArgs {
    #[command(flatten)]
    signs: SignArgs,
    /// List every change with its reason
    #[arg(long)]
    explain: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = RewriteFormat::Text)]
    format: RewriteFormat,
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    signs: SignArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    /// Exit with 1 when a finding of this severity or higher exists
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
}

#[derive(Debug, Args)]
struct RulesArgs {
    #[command(flatten)]
    style: StyleArgs,
    /// Run every rule's examples and report those that fail
    #[arg(long, conflicts_with = "format")]
    test: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, ValueEnum)]
enum RewriteFormat {
    /// The rewritten text, one sign per line
    Text,
    /// The original and the rewritten sign, changed words marked
    Diff,
    /// One JSON object per sign (JSON Lines)
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, ValueEnum)]
enum CheckFormat {
    /// For people: each finding with its place marked
    Text,
    /// One JSON object per sign (JSON Lines)
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, ValueEnum)]
enum FailOn {
    Info,
    Warning,
    Error,
    /// Always exit with 0
    Never,
}

/// `--address`: the choices, with the words `--help` shows for them.
impl ValueEnum for Address {
    fn value_variants<'a>() -> &'a [Self] {
        &[Address::Formal, Address::Informal, Address::Keep]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let (name, help) = match self {
            Address::Formal => ("formal", "\"u\", \"Sie\", \"vous\": the norm when in doubt"),
            Address::Informal => (
                "informal",
                "\"je\" on Dutch signs, for organisations that chose it on purpose",
            ),
            Address::Keep => ("keep", "leave the pronouns as they are"),
        };
        Some(clap::builder::PossibleValue::new(name).help(help))
    }
}

impl FailOn {
    fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Info => true,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Error => severity >= Severity::Error,
            FailOn::Never => false,
        }
    }
}

/// Runs the command line and returns its exit code: 0 done, 1 findings at or
/// above `--fail-on` (check) or failing examples (rules --test), 2 an error.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return not_parsed(error),
    };
    let messages = match ui_lang(cli.ui_lang.as_deref()) {
        Ok(lang) => Messages::new(lang),
        Err(error) => return fail(&Messages::new(Lang::En), &error),
    };
    match run(cli.command, &messages) {
        Ok(code) => code,
        // A reader that stops early (`| head`) is not an error.
        Err(Error::Write(source)) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(error) => fail(&messages, &error),
    }
}

/// An option value streep could not read, told in the user's language
/// with streep's own reason; clap tells everything else (help, version,
/// unknown options) itself. Either way the exit code is 2.
fn not_parsed(error: clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let reason = (error.kind() == ErrorKind::ValueValidation)
        .then(|| std::error::Error::source(&error))
        .flatten()
        .and_then(|source| source.downcast_ref::<Error>());
    let Some(reason) = reason else { error.exit() };
    let option = match error.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(option)) => option.clone(),
        _ => String::new(),
    };
    let lang = ui_lang(ui_lang_argument().as_deref()).unwrap_or(Lang::En);
    let messages = Messages::new(lang);
    let told = Msg::new("error-option-value")
        .arg("option", option)
        .arg("reason", reason.localised(&messages));
    output::error(&messages, &Error::Sign(told));
    ExitCode::from(2)
}

/// `--ui-lang` as given on the command line, read before clap has parsed
/// it: clap reads option values in order, and a value it cannot read may
/// come first.
fn ui_lang_argument() -> Option<String> {
    let mut arguments = std::env::args().take_while(|argument| argument != "--");
    while let Some(argument) = arguments.next() {
        if argument == "--ui-lang" {
            return arguments.next();
        }
        if let Some(value) = argument.strip_prefix("--ui-lang=") {
            return Some(value.to_owned());
        }
    }
    None
}

fn fail(messages: &Messages, error: &Error) -> ExitCode {
    output::error(messages, error);
    ExitCode::from(2)
}

/// The user-interface language: `--ui-lang`, else the locale settings, else English.
fn ui_lang(flag: Option<&str>) -> Result<Lang> {
    if let Some(code) = flag {
        let lang: Lang = code.parse()?;
        return if Lang::UI.contains(&lang) {
            Ok(lang)
        } else {
            Err(Error::NoInterface(lang))
        };
    }
    Ok(["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|locale| Lang::from_locale(&locale))
        .unwrap_or(Lang::En))
}

fn run(command: Command, messages: &Messages) -> Result<ExitCode> {
    match command {
        Command::Rewrite(args) => {
            let input = Input::read(args.signs.input.as_deref(), args.signs.whole)?;
            input.tell(messages);
            let rewriters = input.rewriters(&args.signs.style, messages)?;
            output::rewrites(&rewriters, &input, args.format, args.explain)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check(args) => {
            let sign_file = args
                .signs
                .input
                .as_deref()
                .map(std::path::Path::new)
                .filter(|path| {
                    path.is_file()
                        && path
                            .extension()
                            .is_some_and(|extension| extension.eq_ignore_ascii_case("toml"))
                });
            let worst = match sign_file {
                Some(path) => {
                    let sign = crate::print::sign::Sign::load(path)?;
                    let wording: Vec<&str> = sign.texts().map(|(_, text)| text).collect();
                    let rewriter = args.signs.style.rewriter(messages, &wording.join("\n"))?;
                    let rewriters = rewriters::Rewriters::single(rewriter);
                    output::sign_file_check(&rewriters, path, &sign, args.format)?
                }
                None => {
                    let input = Input::read(args.signs.input.as_deref(), args.signs.whole)?;
                    input.tell(messages);
                    let rewriters = input.rewriters(&args.signs.style, messages)?;
                    output::checks(&rewriters, &input, args.format)?
                }
            };
            let failed = worst.is_some_and(|severity| args.fail_on.fails(severity));
            Ok(if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Rules(args) => {
            // No sign to tell the language by: Dutch, unless it is named.
            let (lang, config) = args.style.settings(messages, "")?;
            let rewriter = Rewriter::new(lang, &config)?;
            if args.test {
                let failures = crate::verify_examples(lang, &config)?;
                output::example_failures(messages, &rewriter, &failures)?;
                Ok(if failures.is_empty() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                })
            } else {
                output::rules(&rewriter, args.format)?;
                Ok(ExitCode::SUCCESS)
            }
        }
        Command::Poster(args) => sign::poster(args, messages),
        Command::Sticker(args) => sign::sticker(args, messages),
        Command::Render(args) => sign::render_file(args, messages),
        Command::Batch(args) => batch::run(args, messages),
        Command::Compare(args) => compare::run(args, messages),
        Command::Phrases(args) => phrases::list(args, messages),
        Command::Templates(args) => template::list(args, messages),
        Command::Template(args) => template::run(args, messages),
        Command::Licenses => licenses::print(messages),
        Command::Fonts(args) => fonts::write(args, messages),
        Command::Studio(args) => studio::run(args, messages),
    }
}

impl StyleArgs {
    /// A rewriter by the settings, for signs like `text`.
    fn rewriter(&self, messages: &Messages, text: &str) -> Result<Rewriter> {
        let (lang, config) = self.settings(messages, text)?;
        Rewriter::new(lang, &config)
    }

    /// The language of the signs and the house style: the file, then the
    /// flags on top. Where neither names the language, it is the one `text`
    /// looks like, which the user is told about, or else Dutch.
    fn settings(&self, messages: &Messages, text: &str) -> Result<(Lang, Config)> {
        let config = self.config(messages)?;
        let lang = match (&self.lang, config.lang) {
            (Some(code), _) => code.parse()?,
            (None, Some(lang)) => lang,
            (None, None) => detected(text, messages),
        };
        Ok((lang, config))
    }

    /// Whether the flags or the house style name the language of the signs.
    fn names_lang(&self, config: &Config) -> bool {
        self.lang.is_some() || config.lang.is_some()
    }

    /// The house style: the file, then the flags on top.
    fn config(&self, messages: &Messages) -> Result<Config> {
        let mut config = match &self.config {
            Some(path) => Config::load(path)?,
            None => Config::discover()?.unwrap_or_default(),
        };
        if let Some(address) = self.address {
            config.address = address;
        }
        config.rules.extend(self.rule_files.iter().cloned());
        config.explain_in = Some(messages.lang());
        Ok(config)
    }
}

/// The language `text` looks like, else Dutch. A language other than Dutch,
/// the default the user may be counting on, is said on standard error.
fn detected(text: &str, messages: &Messages) -> Lang {
    match crate::wording::detect::detect(text) {
        Some(lang) if lang != Lang::Nl => {
            output::stderr_line(&messages.text(&Msg::new("cli-detected-lang").arg("lang", lang)));
            lang
        }
        _ => Lang::Nl,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_arguments_are_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn fail_on_compares_severities() {
        assert!(FailOn::Warning.fails(Severity::Error));
        assert!(!FailOn::Error.fails(Severity::Warning));
        assert!(!FailOn::Never.fails(Severity::Error));
    }
}
