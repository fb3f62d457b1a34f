//! `streep templates` and `streep template`: what the built-in templates
//! are, a designer's own copy of one, and a check of a designer's template.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::output::stderr_line;
use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::print::font::Fonts;
use crate::print::geometry::MM_PER_PT;
use crate::print::layout::lay_out;
use crate::print::render::{Format, Options, render, write_atomically};
use crate::print::sign::Sign;
use crate::print::template::{Kind, Template, builtins, icon_names};

#[derive(Debug, Args)]
pub struct TemplatesArgs {
    /// Also write a PNG thumbnail of each template into this folder
    #[arg(long, value_name = "DIR")]
    preview: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    #[command(subcommand)]
    command: TemplateCommand,
}

#[derive(Debug, Subcommand)]
enum TemplateCommand {
    /// Check a template and list its text boxes and placeholders, in mm
    Check {
        /// The SVG template
        file: PathBuf,
    },
    /// Write an editable copy of a built-in template
    New {
        /// The built-in template to start from (see `streep templates`)
        #[arg(long, value_name = "NAME")]
        from: String,
        /// Where to write the copy (.svg)
        #[arg(short, long = "output", value_name = "FILE")]
        output: PathBuf,
        /// Write over a file that is already there
        #[arg(long)]
        force: bool,
    },
}

/// Width of a preview thumbnail, in pixels.
const PREVIEW_PIXELS: f32 = 400.0;

/// `streep templates`: the built-in templates and icons, and thumbnails.
pub fn list(args: TemplatesArgs, messages: &Messages) -> Result<ExitCode> {
    let mut out = anstream::stdout().lock();
    for template in builtins() {
        let template = template?;
        let slots: Vec<&str> = template.slots.iter().map(|s| s.name.as_str()).collect();
        writeln!(
            out,
            "{:<18} {:<8} {:<12} {}",
            template.name,
            kind(&template),
            template.default_size.to_string(),
            slots.join(", ")
        )
        .map_err(Error::Write)?;
        if let Some(folder) = &args.preview {
            let path = folder.join(format!("{}.png", template.name));
            std::fs::create_dir_all(folder).map_err(|source| Error::Output {
                path: folder.clone(),
                source,
            })?;
            write_atomically(&path, &preview(&template)?)?;
        }
    }
    let icons = messages.text(&Msg::new("cli-icons").arg("icons", icon_names().join(", ")));
    writeln!(out, "\n{icons}").map_err(Error::Write)?;
    if let Some(folder) = &args.preview {
        stderr_line(&messages.text(&Msg::new("cli-previews").arg("folder", folder.display())));
    }
    Ok(ExitCode::SUCCESS)
}

/// `streep template check` and `streep template new`.
pub fn run(args: TemplateArgs, messages: &Messages) -> Result<ExitCode> {
    match args.command {
        TemplateCommand::Check { file } => check(&file, messages),
        TemplateCommand::New {
            from,
            output,
            force,
        } => {
            let template = Template::find(&from)?;
            // A designer's edited template is not lost to a repeated command.
            if output.exists() && !force {
                return Err(Error::Sign(
                    Msg::new("error-template-exists").arg("path", output.display()),
                ));
            }
            write_atomically(&output, template.source().as_bytes())?;
            stderr_line(
                &messages.text(
                    &Msg::new("cli-template-copied")
                        .arg("name", &template.name)
                        .arg("path", output.display()),
                ),
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn check(file: &Path, messages: &Messages) -> Result<ExitCode> {
    let template = Template::find(&file.to_string_lossy())?;
    let boxes = template.boxes(&Fonts::bundled())?;
    // A sample sign proves the template lays out, text and all.
    preview(&template)?;
    let mut out = anstream::stdout().lock();
    // Adding 0.0 turns -0.0 into 0.0, so that "x -0.0" is never printed.
    let mm = |value: f32| format!("{:.1}", (value * 10.0).round() / 10.0 + 0.0);
    writeln!(
        out,
        "{}: {}, {} ({})",
        file.display(),
        kind(&template),
        template.default_size,
        messages.text(&Msg::new("cli-template-ok"))
    )
    .map_err(Error::Write)?;
    for (name, area) in &boxes {
        let mut line = format!(
            "  {name:<10} x {:>7}  y {:>7}  {} x {} mm",
            mm(area.x),
            mm(area.y),
            mm(area.width),
            mm(area.height)
        );
        if let Some(slot) = template.slot(name) {
            let points = |size: Option<f32>| {
                size.map_or_else(
                    || "auto".to_owned(),
                    |mm| format!("{:.0} pt", mm / MM_PER_PT),
                )
            };
            line.push_str(&format!(
                "  {} {}–{}{}",
                if slot.bold { "bold" } else { "regular" },
                points(slot.min_size),
                points(slot.max_size),
                if slot.second_language {
                    ", second language"
                } else {
                    ""
                },
            ));
        }
        writeln!(out, "{line}").map_err(Error::Write)?;
    }
    for warning in &template.warnings {
        writeln!(out, "  {}", messages.text(warning)).map_err(Error::Write)?;
    }
    let placeholders = template.placeholders();
    if !placeholders.is_empty() {
        let names: Vec<String> = placeholders
            .iter()
            .map(|name| format!("{{{{{name}}}}}"))
            .collect();
        writeln!(
            out,
            "  {}",
            messages.text(&Msg::new("cli-template-placeholders").arg("names", names.join(", ")))
        )
        .map_err(Error::Write)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A thumbnail of a template, filled with sample text.
fn preview(template: &Template) -> Result<Vec<u8>> {
    let mut sign = Sign::new(&template.name, "Wilt u hier wachten?");
    for slot in &template.slots {
        let sample = match slot.name.as_str() {
            "headline" => "Wilt u hier wachten?",
            "second" => "Please wait here",
            "footer" => "Dank u wel",
            _ => "Wij helpen u zo snel mogelijk.",
        };
        sign.text.insert(slot.name.clone(), sample.to_owned());
    }
    for name in template.placeholders() {
        sign.text.insert(name.clone(), name.clone());
    }
    if template.round {
        sign.size = Some(template.default_size.to_string());
    }
    let scene = lay_out(&sign)?;
    let dpi = (PREVIEW_PIXELS / (scene.boxes.trim.width / 25.4))
        .round()
        .max(10.0) as u32;
    render(
        &scene,
        Format::Png,
        Options {
            dpi,
            outline_text: false,
        },
    )
}

fn kind(template: &Template) -> &'static str {
    match template.kind {
        Kind::Poster => "poster",
        Kind::Sticker => "sticker",
    }
}
