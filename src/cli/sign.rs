//! `streep poster`, `streep sticker`, `streep render` and `streep templates`:
//! the command line describes a sign, its wording is rewritten, and the sign
//! is laid out and written in every format asked for.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::StyleArgs;
use super::output::stderr_line;
use crate::error::{Error, Result};
use crate::file::{read_limited, text_of};
use crate::i18n::{Messages, Msg};
use crate::lang::Lang;
use crate::print::colour::Colour;
use crate::print::geometry::Length;
use crate::print::layout::{check_design, lay_out};
use crate::print::legibility::{Standard as LegibilityStandard, refuse_unreadable};
use crate::print::render::{
    Format, Options, folder_of, render, write_all_atomically, write_atomically,
};
use crate::print::scene::Scene;
use crate::print::sign::{Facing, PdfStandard, Print, Sign};
use crate::print::template::is_file_name;
use crate::wording::phrases;
use crate::wording::rewrite::{Rewrite, Rewriter};
use crate::wording::text::paragraphs;

#[derive(Debug, Args)]
pub struct PosterArgs {
    /// The main text (headline), or - to read it from standard input; its
    /// wording is rewritten first
    #[arg(required_unless_present = "phrase")]
    text: Option<String>,
    /// A ready sign text by its id (see `streep phrases`), in the --lang
    /// language; --lang nl,en makes it bilingual
    #[arg(long, value_name = "ID", conflicts_with_all = ["text", "body", "second"])]
    phrase: Option<String>,
    /// A second, smaller text under the headline
    #[arg(long)]
    body: Option<String>,
    /// A small line at the foot of the poster
    #[arg(long)]
    footer: Option<String>,
    /// The headline in a second language (uses the bilingual template)
    #[arg(long)]
    second: Option<String>,
    /// The language of --second
    #[arg(long, value_name = "LANG", default_value = "en")]
    second_lang: String,
    /// A built-in template (see `streep templates`) or an SVG file
    #[arg(long, value_name = "NAME|FILE.svg")]
    template: Option<String>,
    /// A4 (default), A0–A6, letter, tabloid, or e.g. 500x700mm
    #[arg(long, allow_hyphen_values = true)]
    size: Option<String>,
    /// Turn the size to landscape
    #[arg(long)]
    landscape: bool,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct StickerArgs {
    /// The text on the sticker, or - to read it from standard input; its
    /// wording is rewritten first
    #[arg(required_unless_present = "phrase")]
    text: Option<String>,
    /// A ready sign text by its id (see `streep phrases`), in the --lang
    /// language: its headline
    #[arg(long, value_name = "ID", conflicts_with = "text")]
    phrase: Option<String>,
    /// The sticker's shape
    #[arg(long, value_enum, default_value_t = Shape::Round)]
    shape: Shape,
    /// A sticker template of your own (an SVG file), instead of a shape
    #[arg(long, value_name = "FILE.svg", conflicts_with = "shape")]
    template: Option<String>,
    /// Diameter of a round sticker [default: 400mm]
    #[arg(long, value_name = "LENGTH", allow_hyphen_values = true)]
    diameter: Option<Length>,
    /// Width x height, e.g. 1000x100mm [default: the shape's own]
    #[arg(long, conflicts_with = "diameter", allow_hyphen_values = true)]
    size: Option<String>,
    /// A small second line, where the shape has room for it (window)
    #[arg(long)]
    footer: Option<String>,
    /// The edge of the sticker people wait at: the text reads upright from there
    #[arg(long, value_enum, default_value_t = FacingArg::Bottom)]
    facing: FacingArg,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// A sign file (TOML), as --save-sign writes it
    sign: PathBuf,
    #[command(flatten)]
    outputs: OutputArgs,
}

#[derive(Debug, Args)]
pub(super) struct CommonArgs {
    /// An icon, one of those `streep templates` lists (wait, arrow,
    /// toilet, card, dog, no-smoking, wheelchair, …), an arrow turned with
    /// -left, -right or -down (arrow-left), or none [default: one the text
    /// asks for, else the template's]
    #[arg(long)]
    pub(super) icon: Option<String>,
    /// Text colour: a name, #rrggbb or cmyk(c,m,y,k)
    #[arg(long, value_name = "COLOUR")]
    pub(super) color: Option<Colour>,
    /// Background colour
    #[arg(long, value_name = "COLOUR")]
    pub(super) background: Option<Colour>,
    /// Accent colour (bands and lines)
    #[arg(long, value_name = "COLOUR")]
    pub(super) accent: Option<Colour>,
    /// Bleed beyond the finished size, e.g. 3mm or 0.125in
    #[arg(
        long,
        value_name = "LENGTH",
        default_value = "3mm",
        allow_hyphen_values = true
    )]
    pub(super) bleed: Length,
    /// Add crop marks outside the bleed
    #[arg(long)]
    pub(super) marks: bool,
    /// Spot colour name of the die-cut line
    #[arg(long, value_name = "NAME", default_value = "CutContour")]
    pub(super) cut_name: String,
    /// Corner radius of a rectangular sticker's cut line, e.g. 5mm
    /// [default: the template's; 3 mm for the line sticker]
    #[arg(long, value_name = "LENGTH", allow_hyphen_values = true)]
    pub(super) corner_radius: Option<Length>,
    /// The PDF standard: PDF/X-4 (CMYK for the press, what print shops
    /// ask for), PDF/X-1a (for older workflows) or none (sRGB, for screens)
    #[arg(long, value_enum, value_name = "STANDARD", default_value = "x4")]
    pub(super) pdf_standard: PdfStandard,
    /// The print shop's CMYK profile (.icc) of its press [default: Coated FOGRA39]
    #[arg(long, value_name = "FILE.icc")]
    pub(super) output_profile: Option<PathBuf>,
    /// The name of that profile's printing condition, as the shop gives it
    /// [default: the profile's description]
    #[arg(long, value_name = "NAME", requires = "output_profile")]
    pub(super) output_condition: Option<String>,
    /// Write colours as CMYK in a plain PDF too (--pdf-standard none)
    #[arg(long)]
    pub(super) cmyk: bool,
    /// Add a white ink plate under the artwork, for clear film; NAME is the
    /// shop's spot colour for white ink
    #[arg(long, value_name = "NAME", num_args = 0..=1, default_missing_value = "White")]
    pub(super) white_ink: Option<String>,
    /// A TrueType or OpenType font instead of Atkinson Hyperlegible Next
    #[arg(long, value_name = "FILE")]
    pub(super) font: Option<PathBuf>,
    /// The bold face of that font, for headlines
    #[arg(long, value_name = "FILE", requires = "font")]
    pub(super) bold_font: Option<PathBuf>,
    /// Fill a template's {{NAME}} placeholder (may be given more than once)
    #[arg(long = "set", value_name = "NAME=TEXT", value_parser = field)]
    pub(super) fields: Vec<(String, String)>,
    /// Keep the wording as given; print what streep would have changed
    #[arg(long)]
    pub(super) keep_wording: bool,
    /// How far away the sign is read from, for the legibility check, e.g. 5m
    #[arg(long, value_name = "LENGTH", default_value = "1.5m")]
    pub(super) viewing_distance: Length,
    /// The rule for letter height against viewing distance
    #[arg(long, value_enum, default_value = "ada")]
    pub(super) legibility: LegibilityStandard,
    #[command(flatten)]
    pub(super) style: StyleArgs,
    #[command(flatten)]
    pub(super) outputs: OutputArgs,
}

#[derive(Debug, Args)]
pub(super) struct OutputArgs {
    /// Where to write: .pdf, .svg or .png (may be given more than once)
    #[arg(short, long = "output", value_name = "FILE")]
    pub(super) outputs: Vec<PathBuf>,
    /// Also save the sign as a sign file, for `streep render`
    #[arg(long, value_name = "FILE")]
    pub(super) save_sign: Option<PathBuf>,
    /// Resolution of PNG output [default: 150, or the sign file's]
    #[arg(long)]
    pub(super) dpi: Option<u32>,
    /// Write SVG text as outlines instead of editable text
    #[arg(long)]
    pub(super) outline_text: bool,
    /// Write the sign even when few people could read it (a contrast below
    /// 3:1)
    #[arg(long)]
    pub(super) force: bool,
}

impl OutputArgs {
    /// Sets what these options say about the outputs on a sign.
    pub(super) fn apply(&self, print: &mut Print) {
        if let Some(dpi) = self.dpi {
            print.dpi = dpi;
        }
        print.outline_text |= self.outline_text;
    }

    /// Refuses a sign no reader could read, unless `--force` insists.
    pub(super) fn refuse_unreadable(&self, scene: &mut Scene) -> Result<()> {
        refuse_unreadable(scene, self.force)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, ValueEnum)]
enum Shape {
    /// A circle (--diameter)
    Round,
    /// A rectangle with rounded corners
    Rounded,
    /// Two footprints on a plate
    Footprints,
    /// The line itself, e.g. 1000x100mm
    Line,
    /// For a window or glass door
    Window,
}

#[derive(Debug, Clone, Copy, PartialEq, ValueEnum)]
enum FacingArg {
    Bottom,
    Top,
}

pub fn poster(mut args: PosterArgs, messages: &Messages) -> Result<ExitCode> {
    // "--lang nl,en": the sign's language, then its second language.
    let mut bilingual = false;
    if let Some((first, second)) = args
        .common
        .style
        .lang
        .clone()
        .as_deref()
        .and_then(|langs| langs.split_once(','))
    {
        if first.trim().eq_ignore_ascii_case(second.trim()) {
            return Err(Error::Sign(
                Msg::new("error-second-lang-same").arg("lang", first.trim()),
            ));
        }
        args.common.style.lang = Some(first.trim().to_owned());
        args.second_lang = second.trim().to_owned();
        bilingual = true;
    }
    if let Some(id) = args.phrase.take() {
        phrase_texts(&mut args, &id, bilingual)?;
    } else if bilingual && args.second.is_none() {
        return Err(Error::Sign(Msg::new("error-second-lang-without-text")));
    }
    let template = match (&args.template, &args.second) {
        (Some(name), _) => name.clone(),
        (None, Some(_)) => "bilingual".to_owned(),
        (None, None) => "poster".to_owned(),
    };
    let text = args.text.take().expect("clap asks for a text or a phrase");
    let mut sign = Sign::new(&template, &text_argument(text)?);
    sign.size = args.size;
    sign.landscape = args.landscape;
    for (slot, text) in [
        ("body", args.body),
        ("footer", args.footer),
        ("second", args.second),
    ] {
        if let Some(text) = text {
            sign.text.insert(slot.to_owned(), text);
        }
    }
    if sign.text.contains_key("second") {
        sign.second_lang = Some(args.second_lang);
    }
    make(sign, args.common, messages)
}

/// Fills the poster's texts from the phrase `id` in its language and, when
/// `bilingual`, its headline in the second language; the phrase's variables
/// come from --set and are not a template's placeholders.
/// The ready text `id` in the sign's language, its variables filled from
/// --set (and taken out of the template's fields), its icon the sign's
/// unless one is asked for.
fn ready_text(common: &mut CommonArgs, id: &str) -> Result<phrases::Phrase> {
    let lang = common.style.lang.as_deref().unwrap_or("nl");
    let phrase = phrases::phrase(lang, id, &phrases::values_for(lang, &common.fields))?;
    // A phrase's variables, for any language, are no template placeholders.
    common.fields.retain(|(name, _)| {
        let variable = name.rsplit_once(':').map_or(name.as_str(), |(_, own)| own);
        !phrase.variables.iter().any(|v| v == variable)
    });
    if common.icon.is_none() {
        common.icon.clone_from(&phrase.icon);
    }
    Ok(phrase)
}

fn phrase_texts(args: &mut PosterArgs, id: &str, bilingual: bool) -> Result<()> {
    let fields = args.common.fields.clone();
    let first = ready_text(&mut args.common, id)?;
    args.body = first.body.clone();
    if bilingual {
        let values = phrases::values_for(&args.second_lang, &fields);
        let second = phrases::phrase(&args.second_lang, id, &values)?;
        args.second = Some(second.headline);
        // The second line in both languages, a paragraph each.
        args.body = match (first.body.clone(), second.body) {
            (Some(one), Some(other)) => Some(format!("{one}\n\n{other}")),
            (one, other) => one.or(other),
        };
    }
    args.text = Some(first.headline);
    Ok(())
}

pub fn sticker(mut args: StickerArgs, messages: &Messages) -> Result<ExitCode> {
    let text = match args.phrase.take() {
        Some(id) => ready_text(&mut args.common, &id)?.headline,
        None => text_argument(args.text.take().expect("clap asks for a text or a phrase"))?,
    };
    let shape = match args.shape {
        Shape::Round => "round",
        Shape::Rounded => "rounded",
        Shape::Footprints => "footprints",
        Shape::Line => "line",
        Shape::Window => "window",
    };
    let template = args.template.as_deref().unwrap_or(shape);
    let mut sign = Sign::new(template, &text);
    if args.diameter.is_some() && args.shape != Shape::Round {
        return Err(Error::Sign(Msg::new("error-diameter-shape")));
    }
    sign.size = match (args.diameter, args.size) {
        (Some(diameter), _) => Some(format!("{diameter}x{diameter}")),
        (None, size) => size,
    };
    if let Some(footer) = args.footer {
        sign.text.insert("footer".to_owned(), footer);
    }
    sign.print.facing = match args.facing {
        FacingArg::Bottom => Facing::Bottom,
        FacingArg::Top => Facing::Top,
    };
    make(sign, args.common, messages)
}

pub fn render_file(args: RenderArgs, messages: &Messages) -> Result<ExitCode> {
    let sign = Sign::load(&args.sign)?;
    let formats = preflight(&sign, &args.outputs, Some(&args.sign))?;
    // A saved sign prints as saved; what streep would still reword is said.
    let mut config = crate::wording::house_style::Config::discover()?.unwrap_or_default();
    config.explain_in = Some(messages.lang());
    if let Some(lang) = Lang::of_tag(&sign.lang) {
        let rewriter = Rewriter::new(lang, &config)?;
        let second = second_rewriter(&sign, &config)?;
        report_wording(
            &mut sign.clone(),
            &rewriter,
            second.as_ref(),
            true,
            messages,
        );
    }
    write(&sign, &args.outputs, &formats, messages)
}

/// The sign's text, or standard input's for `-`.
fn text_argument(text: String) -> Result<String> {
    if text != "-" {
        return Ok(text);
    }
    let stdin = Path::new("-");
    let (text, _) = text_of(&read_limited(std::io::stdin(), stdin, MAX_STDIN_MB)?, stdin)?;
    Ok(text)
}

/// A sign's text from standard input is at most this long, in megabytes.
const MAX_STDIN_MB: usize = 1;

/// `--set NAME=TEXT`.
fn field(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => {
            Ok((name.trim().to_owned(), value.to_owned()))
        }
        _ => Err(format!("“{text}”: write NAME=TEXT, e.g. branch=Utrecht")),
    }
}

/// Completes a sign from the common options, rewrites its wording, and writes it.
fn make(mut sign: Sign, common: CommonArgs, messages: &Messages) -> Result<ExitCode> {
    let wording = wording(&sign.text);
    design(&mut sign, &common, messages, &wording)?;
    let formats = preflight(&sign, &common.outputs, None)?;
    // streep breaks the lines itself: a line break in the text is a space,
    // and only an empty line starts a new paragraph.
    for text in sign.text.values_mut() {
        *text = paragraphs(text);
    }
    rewrite_wording(&mut sign, &common.style, common.keep_wording, messages)?;
    // Placeholders hold names and numbers, which are not reworded.
    sign.text.extend(common.fields);
    write(&sign, &common.outputs, &formats, messages)
}

/// The text of the slots streep rewrites, as one text to tell the language by.
pub(super) fn wording<'a>(slots: impl IntoIterator<Item = (&'a String, &'a String)>) -> String {
    slots
        .into_iter()
        .filter(|(slot, _)| *slot != "second")
        .map(|(_, text)| text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Gives a sign the look and print options of the command line, and the
/// language of the signs (told by `wording` where nothing names it).
pub(super) fn design(
    sign: &mut Sign,
    common: &CommonArgs,
    messages: &Messages,
    wording: &str,
) -> Result<()> {
    sign.icon = common.icon.clone();
    sign.colours.ink = common.color;
    sign.colours.background = common.background;
    sign.colours.accent = common.accent;
    sign.print.bleed = common.bleed;
    sign.print.marks = common.marks;
    sign.print.cut_name = common.cut_name.clone();
    sign.print.corner_radius = common.corner_radius;
    sign.print.cmyk = common.cmyk;
    sign.print.pdf_standard = common.pdf_standard;
    sign.print.output_profile = common.output_profile.clone();
    sign.print.output_condition = common.output_condition.clone();
    sign.print.white_ink = common.white_ink.clone();
    sign.print.font = common.font.clone();
    sign.print.bold_font = common.bold_font.clone();
    sign.print.viewing_distance = common.viewing_distance;
    sign.print.legibility = common.legibility;
    let (lang, _) = common.style.settings(messages, wording)?;
    sign.lang = lang.code().to_owned();
    Ok(())
}

/// A slot's name as the user reads it: the bundled templates' slots in
/// the user's language, a designer's own as named.
fn slot_label(messages: &Messages, slot: &str) -> String {
    let id = format!("slot-{slot}");
    if messages.has(&id) {
        messages.get(&id)
    } else {
        slot.to_owned()
    }
}

/// Rewrites every slot in the sign's language (not the second language's,
/// which these rules do not read), and tells the user what changed and why,
/// and what is left for their own judgement.
fn rewrite_wording(
    sign: &mut Sign,
    style: &StyleArgs,
    keep: bool,
    messages: &Messages,
) -> Result<()> {
    let config = style.config(messages)?;
    let rewriter = Rewriter::new(sign.lang.parse()?, &config)?;
    let second = second_rewriter(sign, &config)?;
    report_wording(sign, &rewriter, second.as_ref(), keep, messages);
    Ok(())
}

/// The rewriter for a bilingual sign's second text, in its own language,
/// so that both halves of the sign say the same thing the same way.
fn second_rewriter(
    sign: &Sign,
    config: &crate::wording::house_style::Config,
) -> Result<Option<Rewriter>> {
    let second = sign.second_lang.as_deref().and_then(Lang::of_tag);
    let second = second.filter(|_| sign.text.contains_key("second"));
    second.map(|lang| Rewriter::new(lang, config)).transpose()
}

/// Rewrites the sign's slots with `own` and its second-language text with
/// `second` (or, with `keep`, only says what it would write), printing
/// every change with its reason and every piece of advice.
fn report_wording(
    sign: &mut Sign,
    own: &Rewriter,
    second: Option<&Rewriter>,
    keep: bool,
    messages: &Messages,
) {
    for (slot, text) in sign.text.iter_mut() {
        let rewriter = if slot == "second" { second } else { Some(own) };
        let Some(rewriter) = rewriter.filter(|_| !text.trim().is_empty()) else {
            continue;
        };
        let (output, rewrites) = rewriter.rewrite_paragraphs(text);
        if output != *text {
            let id = if keep {
                "cli-would-rewrite"
            } else {
                "cli-rewrote"
            };
            stderr_line(
                &messages.text(
                    &Msg::new(id)
                        .arg("slot", slot_label(messages, slot))
                        .arg("before", text.as_str())
                        .arg("after", &output),
                ),
            );
            for change in rewrites.iter().flat_map(|rewrite| &rewrite.changes) {
                stderr_line(&format!("  - {}: {}", change.rule, change.explanation));
            }
        }
        for note in rewrites.iter().flat_map(Rewrite::advice_notes) {
            stderr_line(&messages.text(&note));
        }
        if !keep {
            *text = output;
        }
    }
}

/// Refuses outputs that name the same file twice, or a file they are made
/// from (`inputs`), before anything is written.
pub(super) fn refuse_clashes(destinations: &[&Path], inputs: &[&Path]) -> Result<()> {
    for (i, destination) in destinations.iter().enumerate() {
        let clash = destinations[..i]
            .iter()
            .chain(inputs)
            .any(|other| same_file(destination, other));
        if clash {
            return Err(Error::Sign(
                Msg::new("error-output-clash").arg("path", destination.display()),
            ));
        }
    }
    Ok(())
}

/// Whether two paths name the same file, as far as can be told before it
/// exists.
fn same_file(a: &Path, b: &Path) -> bool {
    let resolve = |path: &Path| {
        std::fs::canonicalize(path)
            .or_else(|_| std::path::absolute(path))
            .unwrap_or_else(|_| path.to_owned())
    };
    resolve(a) == resolve(b)
}

/// An error unless `path` can be a new file: its folder exists and it is not
/// itself a folder.
pub(super) fn check_destination(path: &Path) -> Result<()> {
    let folder = folder_of(path);
    let problem = if path.is_dir() {
        Some("error-output-is-folder")
    } else if !folder.is_dir() {
        Some("error-output-no-folder")
    } else {
        None
    };
    match problem {
        Some(id) => Err(Error::Sign(
            Msg::new(id)
                .arg("path", path.display())
                .arg("folder", folder.display()),
        )),
        None => Ok(()),
    }
}

/// Checks everything about a sign but its words before they are rewritten
/// and explained: its design (template, size, fonts and their glyphs) and
/// every path it is to be written to. Gives the output formats.
fn preflight(sign: &Sign, outputs: &OutputArgs, sign_file: Option<&Path>) -> Result<Vec<Format>> {
    let mut sign = sign.clone();
    outputs.apply(&mut sign.print);
    check_design(&sign)?;
    checked_outputs(&sign, outputs, sign_file)
}

/// The format of each output, once every path is known to be writable,
/// not to be written twice, and not to be one the sign is made from.
fn checked_outputs(
    sign: &Sign,
    outputs: &OutputArgs,
    sign_file: Option<&Path>,
) -> Result<Vec<Format>> {
    if outputs.outputs.is_empty() && outputs.save_sign.is_none() {
        return Err(Error::Sign(Msg::new("error-no-output")));
    }
    let formats = outputs
        .outputs
        .iter()
        .map(|path| {
            check_destination(path)?;
            Format::of(path)
        })
        .collect::<Result<Vec<_>>>()?;
    if let Some(path) = &outputs.save_sign {
        check_sign_file_name(path)?;
    }
    let template_file = is_file_name(&sign.template).then(|| PathBuf::from(&sign.template));
    let inputs: Vec<&Path> = [&sign.print.font, &sign.print.bold_font, &template_file]
        .into_iter()
        .flatten()
        .map(PathBuf::as_path)
        .chain(sign_file)
        .collect();
    let destinations: Vec<&Path> = outputs
        .outputs
        .iter()
        .chain(&outputs.save_sign)
        .map(PathBuf::as_path)
        .collect();
    refuse_clashes(&destinations, &inputs)?;
    Ok(formats)
}

/// A sign file is written where it can be, with a name streep reads as
/// one, and not as the house style.
fn check_sign_file_name(path: &Path) -> Result<()> {
    check_destination(path)?;
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().to_lowercase());
    if name.as_deref() == Some(crate::wording::house_style::CONFIG_FILE) {
        return Err(Error::Sign(
            Msg::new("error-sign-file-name").arg("name", crate::wording::house_style::CONFIG_FILE),
        ));
    }
    if !name.is_some_and(|name| name.ends_with(".toml")) {
        return Err(Error::Sign(
            Msg::new("error-sign-file-extension").arg("path", path.display()),
        ));
    }
    Ok(())
}

/// Lays the sign out once and writes each output (in `formats`, from
/// [`preflight`]), and the sign file if asked.
fn write(
    sign: &Sign,
    outputs: &OutputArgs,
    formats: &[Format],
    messages: &Messages,
) -> Result<ExitCode> {
    let mut sign = sign.clone();
    outputs.apply(&mut sign.print);
    let mut scene = lay_out(&sign)?;
    outputs.refuse_unreadable(&mut scene)?;
    for note in &scene.notes {
        stderr_line(&messages.text(note));
    }
    let options = Options::of(&sign.print);
    let rendered = formats
        .iter()
        .map(|format| render(&scene, *format, options))
        .collect::<Result<Vec<_>>>()?;
    let files: Vec<(&Path, &[u8])> = outputs
        .outputs
        .iter()
        .map(PathBuf::as_path)
        .zip(rendered.iter().map(Vec::as_slice))
        .collect();
    write_all_atomically(&files)?;
    for path in &outputs.outputs {
        stderr_line(
            &messages.text(
                &Msg::new("cli-wrote")
                    .arg("path", path.display())
                    .arg("size", scene.boxes.trim),
            ),
        );
    }
    if let Some(path) = &outputs.save_sign {
        save_sign(sign, path)?;
        stderr_line(&messages.text(&Msg::new("cli-saved-sign").arg("path", path.display())));
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the sign as a sign file, its paths made absolute: a sign file's
/// own folder is not where the command ran.
fn save_sign(mut sign: Sign, path: &Path) -> Result<()> {
    for font in [&mut sign.print.font, &mut sign.print.bold_font]
        .into_iter()
        .flatten()
    {
        *font = std::path::absolute(&*font).unwrap_or_else(|_| font.clone());
    }
    if is_file_name(&sign.template)
        && let Ok(absolute) = std::path::absolute(&sign.template)
    {
        sign.template = absolute.to_string_lossy().into_owned();
    }
    write_atomically(path, sign.to_toml().as_bytes())
}
