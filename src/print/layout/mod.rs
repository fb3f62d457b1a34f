//! Layout: a [`Sign`] and its template become a [`Scene`]. The template's
//! artwork is stretched to the finished size, the icon is fitted into its
//! box, each slot's text is fitted into its box, and a sticker gets its cut
//! line.

mod artwork;
mod fit;
mod hyphenate;
mod press;

pub use press::check_print;

use resvg::tiny_skia::{PathBuilder, Transform};
use resvg::usvg;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::colour::Colour;
use crate::print::font::{Font, Fonts};
use crate::print::geometry::{MM_PER_PT, PageBoxes, Rect, Size, parse_size};
use crate::print::legibility;
use crate::print::scene::{Cut, Item, Scene, TextLine};
use crate::print::sign::{Facing, Sign};
use crate::print::template::{Align, Kind, Slot, Template, Theme, icon, icon_for};
use artwork::Artwork;
use fit::{Setting, fit};
use press::{check_corner_radius, check_fonts, cut_name, ink_notes, press_of};

/// Millimetres per CSS pixel, usvg's unit.
const MM_PER_PX: f32 = 25.4 / 96.0;

/// A template stretched further than this, either way, looks wrong.
const MAX_STRETCH: f32 = 1.5;

/// Lays out a sign, ready to be written as PDF, SVG or PNG.
pub fn lay_out(sign: &Sign) -> Result<Scene> {
    if sign.texts().next().is_none() {
        return Err(Error::Sign(Msg::new("error-sign-empty")));
    }
    let (fonts, template, trim) = design_of(sign)?;
    let press = press_of(&sign.print)?;
    check_fonts(&press, &fonts)?;
    check_corner_radius(&template, &sign.print)?;
    let theme = Theme {
        ink: sign.colours.ink.unwrap_or(template.theme.ink),
        background: sign.colours.background.unwrap_or(template.theme.background),
        accent: sign.colours.accent.unwrap_or(template.theme.accent),
    };
    let boxes = PageBoxes::new(trim, sign.print.bleed.mm(), sign.print.marks)?;
    // Texts that are not slots fill the template's placeholders.
    let fields = sign
        .text
        .iter()
        .filter(|(name, _)| template.slot(name).is_none())
        .map(|(name, text)| (name.clone(), printable(text)))
        .collect();
    let tree = template.artwork(&theme, &fonts, &fields)?;
    let template_mm = Size::new(
        tree.size().width() * MM_PER_PX,
        tree.size().height() * MM_PER_PX,
    );
    let to_trim = Transform::from_scale(
        trim.width / tree.size().width(),
        trim.height / tree.size().height(),
    );
    // Type sizes follow the direction the template shrank most in, so that
    // text never grows past what its designer allowed.
    let type_scale = (trim.width / template_mm.width).min(trim.height / template_mm.height);

    let has_text = |slot: &str| {
        sign.text
            .get(slot)
            .is_some_and(|text| !text.trim().is_empty())
    };
    // The sign's own icon, else the one its template always has, else one
    // its words ask for, else the template's default.
    let icon_name = sign
        .icon
        .as_deref()
        .or(template.fixed_icon.as_deref())
        .or_else(|| {
            // The headline says what the sign is about; the other texts
            // only when it asks for no icon.
            let headline = sign.text.get("headline").into_iter();
            let others = sign.texts().filter(|(slot, _)| *slot != "headline");
            headline
                .map(String::as_str)
                .chain(others.map(|(_, text)| text))
                .find_map(icon_for)
        })
        .or(template.default_icon.as_deref())
        .filter(|name| !name.eq_ignore_ascii_case("none"));
    // Artwork drawn with a slot goes when the slot is empty; "icon" is
    // the icon's slot, empty when the sign has no icon.
    let filled = |slot: &str| {
        if slot == "icon" {
            icon_name.is_some()
        } else {
            has_text(slot)
        }
    };
    let unused = template
        .drawn_with
        .iter()
        .filter(|(_, slot)| !filled(slot))
        .map(|(id, _)| id.as_str());
    let hidden: Vec<&str> = template
        .marker_ids()
        .chain(template.sample_ids.iter().map(String::as_str))
        .chain(unused)
        .collect();
    let mut artwork = Artwork::new(&theme, &fonts, hidden.clone(), &boxes);
    let mut notes = Vec::new();
    let mut painted: Vec<(artwork::Unsupported, u32)> = Vec::new();
    match artwork.add(tree.root(), to_trim, 1.0) {
        Ok(()) => painted.extend_from_slice(artwork.painted()),
        Err(feature) => {
            // What cannot be painted on its own is painted with the rest,
            // the whole artwork at once, so that it keeps its stacking order.
            let paintable = template.artwork_to_paint(&theme, &fonts, &fields, &hidden)?;
            let (picture, dpi) = artwork::paint(&paintable, &boxes);
            painted.push((feature, dpi));
            artwork = Artwork::new(&theme, &fonts, hidden, &boxes);
            artwork.push(Item::Picture(picture));
        }
    }
    // One note per kind of painted artwork, at its lowest resolution.
    painted.sort_unstable();
    painted.dedup_by_key(|(feature, _)| *feature);
    notes.extend(painted.into_iter().map(|(feature, dpi)| {
        Msg::new("note-artwork-painted")
            .arg("feature", feature)
            .num("dpi", dpi)
    }));
    let box_of = |id: &str| -> Rect {
        let node = tree.node_by_id(id).expect("template ids were checked");
        let bounds = node.abs_bounding_box();
        let (x, y) = (bounds.x() * to_trim.sx, bounds.y() * to_trim.sy);
        Rect {
            x,
            y,
            width: bounds.width() * to_trim.sx,
            height: bounds.height() * to_trim.sy,
        }
    };

    let icon_box = template.icon.as_deref().filter(|_| icon_name.is_some());
    // An icon asked for by name, where the template has no place for one.
    if let (None, Some(asked)) = (&template.icon, &sign.icon)
        && asked != "none"
    {
        notes.push(
            Msg::new("note-icon-no-place")
                .arg("icon", asked)
                .arg("template", &template.name),
        );
    }
    // What lies under the icon and the text, for judging their contrast.
    let ground = artwork.len();
    if let (Some(slot), Some(name)) = (icon_box, icon_name) {
        let area = box_of(slot);
        let centre = (area.x + area.width / 2.0, area.y + area.height / 2.0);
        let on = colour_under(artwork.items(), theme.background, centre);
        let ink = icon_ink(theme.ink, on);
        if ink != theme.ink {
            notes.push(
                Msg::new("note-icon-recoloured")
                    .arg("colour", theme.ink)
                    .arg("ground", on)
                    .arg("drawn", ink),
            );
        }
        let (picture, turn) = icon(name, &Theme { ink, ..theme }, &fonts)?;
        let (mut width, mut height) = (picture.size().width(), picture.size().height());
        if turn % 180.0 != 0.0 {
            std::mem::swap(&mut width, &mut height);
        }
        let scale = (area.width / width).min(area.height / height);
        // Centred in its box, turned about its own centre.
        let placed = Transform::from_translate(
            -picture.size().width() / 2.0,
            -picture.size().height() / 2.0,
        )
        .post_rotate(turn)
        .post_scale(scale, scale)
        .post_translate(area.x + area.width / 2.0, area.y + area.height / 2.0);
        artwork
            .add(picture.root(), placed, 1.0)
            .expect("the built-in icons are plain outlines");
    }

    let mut items = artwork.into_items();
    let placeholders = template.placeholders();
    let is_field = |name: &str| {
        template.slot(name).is_some() || placeholders.iter().any(|known| known == name)
    };
    if let Some((name, _)) = sign.texts().find(|(name, _)| !is_field(name)) {
        let known: Vec<&str> = template
            .slots
            .iter()
            .map(|s| s.name.as_str())
            .chain(placeholders.iter().map(String::as_str))
            .collect();
        let id = if known.is_empty() {
            "error-template-no-slots"
        } else {
            "error-slot-unknown"
        };
        return Err(Error::Sign(
            Msg::new(id)
                .arg("slot", name)
                .arg("template", &template.name)
                .arg("known", known.join(", ")),
        ));
    }
    // In the template's order, which is the order the sign is read in.
    for slot in &template.slots {
        let Some(text) = sign
            .text
            .get(&slot.name)
            .filter(|text| !text.trim().is_empty())
        else {
            continue;
        };
        let lang = if slot.second_language {
            sign.second_lang.as_deref().unwrap_or("en")
        } else {
            &sign.lang
        };
        let colour = theme
            .role(&slot.colour)
            .or_else(|| slot.colour.parse().ok())
            .unwrap_or(theme.ink);
        let mut area = box_of(&slot.id);
        for other in &slot.grow_into {
            let room = match template.slot(other) {
                Some(other) if !has_text(&other.name) => Some(other.id.as_str()),
                // The icon's box, when the sign has no icon.
                None if other == "icon" && icon_box.is_none() => template.icon.as_deref(),
                _ => None,
            };
            if let Some(id) = room {
                area = area.union(&box_of(id));
            }
        }
        let text = printable(text);
        let placed = set_slot(slot, &text, &fonts, area, type_scale, lang, colour)?;
        items.extend(placed.into_iter().map(Item::Text));
    }

    // A radius larger than half the shorter side cannot be cut as asked.
    if let Some(asked) = sign.print.corner_radius {
        let most = trim.width.min(trim.height) / 2.0;
        if asked.mm() > most + 0.05 {
            notes.push(
                Msg::new("note-corner-radius-shrunk")
                    .decimal("asked", format!("{:.1}", asked.mm()))
                    .decimal("most", format!("{most:.1}")),
            );
        }
    }
    let cut = match (&template.kind, &template.cut) {
        (Kind::Sticker, Some(element)) => Some(Cut {
            path: match (element.rect_radius, sign.print.corner_radius) {
                (Some(_), Some(asked)) => rounded_rect(trim, asked.mm()),
                (Some(radius), None) => rounded_rect(trim, radius * type_scale),
                // A radius for any other cut line was refused above.
                (None, _) => {
                    let usvg::Node::Path(path) = tree.node_by_id(&element.id).expect("checked")
                    else {
                        return Err(Error::Template {
                            name: template.name.clone(),
                            reason: Msg::new("error-template-cut-shape"),
                        });
                    };
                    path.data()
                        .clone()
                        .transform(path.abs_transform().post_concat(to_trim))
                        .expect("a finite transform")
                }
            },
            name: cut_name(&sign.print.cut_name)?,
        }),
        _ => None,
    };

    let (artwork_items, texts) = items.split_at(ground);
    notes.extend(contrast_notes(artwork_items, texts, &theme));
    notes.extend(ink_notes(&theme, &press));
    if template.clear_film && sign.print.white_ink.is_none() {
        notes.push(Msg::new("note-clear-film").arg("template", &template.name));
    }
    // What a passer-by reads: the footer (a branch, an address) is small
    // print, looked up rather than read, and not counted.
    let wording: Vec<&str> = template
        .slots
        .iter()
        .filter(|slot| slot.name != "footer")
        .filter_map(|slot| sign.text.get(&slot.name).map(String::as_str))
        .collect();
    let bilingual = template
        .slots
        .iter()
        .any(|slot| slot.second_language && has_text(&slot.name));
    let mut scene = Scene {
        boxes,
        title: sign.text.get("headline").map_or_else(String::new, |text| {
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        }),
        lang: sign.lang.clone(),
        background: theme.background,
        items,
        cut,
        fonts,
        press,
        notes,
    };
    let legible = legibility::notes(
        &scene,
        &wording,
        1 + usize::from(bilingual),
        sign.print.viewing_distance.mm(),
        sign.print.legibility,
    );
    scene.notes.extend(legible);
    if sign.print.facing == Facing::Top {
        turn_half(&mut scene);
    }
    Ok(scene)
}

/// Checks what a sign asks for besides fitting its words (language codes,
/// fonts and their glyphs, template, size, bleed, the spot colours' names,
/// the output profile), so that a mistyped
/// option is told before the words are rewritten and explained.
pub fn check_design(sign: &Sign) -> Result<()> {
    let (fonts, template, trim) = design_of(sign)?;
    for (name, text) in &sign.text {
        if let Some(slot) = template.slot(name) {
            check_glyphs(slot, &printable(text), &fonts)?;
        }
    }
    cut_name(&sign.print.cut_name)?;
    check_fonts(&press_of(&sign.print)?, &fonts)?;
    check_corner_radius(&template, &sign.print)?;
    PageBoxes::new(trim, sign.print.bleed.mm(), sign.print.marks).map(|_| ())
}

/// The sign's fonts, its template and its finished size.
fn design_of(sign: &Sign) -> Result<(Fonts, Template, Size)> {
    for code in std::iter::once(&sign.lang).chain(&sign.second_lang) {
        if code.parse::<unic_langid::LanguageIdentifier>().is_err() || code.is_empty() {
            return Err(Error::Sign(Msg::new("error-lang-code").arg("value", code)));
        }
    }
    let fonts = match (&sign.print.font, &sign.print.bold_font) {
        (Some(regular), Some(bold)) => Fonts::pair(Font::load(regular)?, Font::load(bold)?),
        (Some(font), None) | (None, Some(font)) => Fonts::single(Font::load(font)?),
        (None, None) => Fonts::bundled(),
    };
    let (template, trim) = template_and_size(sign)?;
    Ok((fonts, template, trim))
}

/// The template the sign names (or its landscape sibling) and the finished size.
fn template_and_size(sign: &Sign) -> Result<(Template, Size)> {
    let mut template = Template::find(&sign.template)?;
    let mut size = match &sign.size {
        Some(text) => parse_size(text)?,
        None => template.default_size,
    };
    if sign.landscape && !size.is_landscape() {
        size = size.turned();
    }
    if size.is_landscape()
        && !template.default_size.is_landscape()
        && let Some(sibling) = &template.landscape
    {
        template = template.sibling(sibling)?;
    }
    if template.round && (size.width - size.height).abs() > 0.01 {
        return Err(Error::Sign(
            Msg::new("error-size-round")
                .arg("template", &template.name)
                .arg("size", size),
        ));
    }
    let stretch =
        (size.width / size.height) / (template.default_size.width / template.default_size.height);
    if !template.stretches && !(1.0 / MAX_STRETCH..=MAX_STRETCH).contains(&stretch) {
        return Err(Error::Sign(
            Msg::new("error-size-shape")
                .arg("template", &sign.template)
                .arg("size", size)
                .arg("made-for", template.default_size),
        ));
    }
    Ok((template, size))
}

/// Fails if the slot's font has no glyph for a character of its text.
fn check_glyphs(slot: &Slot, text: &str, fonts: &Fonts) -> Result<()> {
    let font = fonts.get(slot.bold);
    let missing = font.missing_chars(text);
    if missing.is_empty() {
        return Ok(());
    }
    Err(Error::MissingGlyphs {
        font: font.family.clone(),
        slot: slot.name.clone(),
        chars: missing,
    })
}

/// Fits a slot's text into its box and places each line.
fn set_slot(
    slot: &Slot,
    text: &str,
    fonts: &Fonts,
    area: Rect,
    type_scale: f32,
    lang: &str,
    colour: Colour,
) -> Result<Vec<TextLine>> {
    let font = fonts.get(slot.bold);
    check_glyphs(slot, text, fonts)?;
    // Without sizes of its own, a slot's text is at most a line as high as
    // the box, and at least a third of that; and never smaller than anyone
    // can read, however small the sign.
    let readable = MIN_READABLE_PT * MM_PER_PT;
    let max_size = slot
        .max_size
        .map_or(area.height, |size| size * type_scale)
        .max(readable);
    let setting = Setting {
        max_size,
        min_size: slot
            .min_size
            .map_or(max_size / 3.0, |size| size * type_scale)
            .clamp(readable, max_size),
        line_height: slot.line_height,
    };
    let fitted = fit(
        text,
        font,
        setting,
        area.width,
        area.height,
        hyphenate::dictionary(lang),
    )
    .ok_or_else(|| Error::DoesNotFit {
        slot: slot.name.clone(),
        text: text.to_owned(),
        width_mm: area.width,
        height_mm: area.height,
        max_pt: setting.max_size / MM_PER_PT,
        min_pt: setting.min_size / MM_PER_PT,
    })?;
    let leading = slot.line_height * fitted.size;
    let block = leading * fitted.lines.len() as f32;
    let top = area.y
        + match slot.valign {
            Align::Start => 0.0,
            Align::Center => (area.height - block) / 2.0,
            Align::End => area.height - block,
        };
    Ok(fitted
        .lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let glyphs = font.shape_line(&line);
            let width = font.advance(&glyphs) * fitted.size;
            let x = area.x
                + match slot.align {
                    Align::Start => 0.0,
                    Align::Center => (area.width - width) / 2.0,
                    Align::End => area.width - width,
                };
            // Capitals sit in the middle of their line.
            let baseline =
                top + leading * i as f32 + (leading + font.cap_height * fitted.size) / 2.0;
            TextLine {
                text: line,
                glyphs,
                bold: slot.bold,
                size: fitted.size,
                x,
                baseline,
                colour,
                upside_down: false,
            }
        })
        .collect())
}

/// The text as it can be printed: the typographic ligatures that text
/// pasted from a word processor carries become the letters they stand for
/// (fonts make their own ligatures), tabs become spaces, and other control
/// characters, which no font draws, are left out. Line breaks stay.
pub(crate) fn printable(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut before = ' ';
    while let Some(c) = chars.next() {
        let after = chars.peek().copied().unwrap_or(' ');
        match c {
            // A typewriter apostrophe in a word, or the "'s" and "'t" of
            // Dutch, printed as the apostrophe type sets: "We’re", "auto’s".
            '\'' if is_apostrophe(before, after, chars.clone().nth(1)) => plain.push('’'),
            '\n' | ' ' => plain.push(c),
            '\t' => plain.push(' '),
            // A byte-order mark and zero-width spaces, which editors leave
            // in text and no font draws.
            '\u{feff}' | '\u{200b}' | '\u{2060}' => {}
            c if c.is_control() => {}
            '\u{fb00}' => plain.push_str("ff"),
            '\u{fb01}' => plain.push_str("fi"),
            '\u{fb02}' => plain.push_str("fl"),
            '\u{fb03}' => plain.push_str("ffi"),
            '\u{fb04}' => plain.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => plain.push_str("st"),
            c => plain.push(c),
        }
        before = c;
    }
    plain
}

/// Whether a `'` between `before` and `after` (and the character after
/// that) is an apostrophe rather than a quotation mark.
fn is_apostrophe(before: char, after: char, next: Option<char>) -> bool {
    let in_word = before.is_alphanumeric() && after.is_alphabetic();
    let dutch_elision = !before.is_alphanumeric()
        && matches!(after, 's' | 't' | 'n')
        && next.is_none_or(|c| !c.is_alphanumeric());
    in_word || dutch_elision
}

/// The smallest type streep sets, whatever a template or a size allows.
const MIN_READABLE_PT: f32 = 6.0;

/// WCAG asks 4.5:1 for text, 3:1 for graphics such as icons.
const TEXT_CONTRAST: f32 = 4.5;
const ICON_CONTRAST: f32 = 3.0;
/// Text below this contrast is unreadable for many, not just hard to read.
const UNREADABLE_CONTRAST: f32 = 3.0;

/// The colour of the topmost opaque fill at `(x, y)`, else the background.
fn colour_under(ground: &[Item], background: Colour, (x, y): (f32, f32)) -> Colour {
    ground
        .iter()
        .rev()
        .find_map(|item| match item {
            Item::Shape(shape) => shape
                .fill
                .filter(|fill| fill.opacity >= 1.0)
                .filter(|_| {
                    let bounds = shape.path.bounds();
                    (bounds.left()..=bounds.right()).contains(&x)
                        && (bounds.top()..=bounds.bottom()).contains(&y)
                })
                .map(|fill| fill.colour),
            Item::Text(_) | Item::Picture(_) | Item::Clipped(..) => None,
        })
        .unwrap_or(background)
}

/// The icon's colour: the sign's ink where it stands out from what the
/// icon is drawn on, else black or white, whichever stands out more. An
/// icon nobody sees helps nobody, and staff who choose a text colour do
/// not think of the band behind the icon.
fn icon_ink(ink: Colour, on: Colour) -> Colour {
    if ink.contrast(on) >= ICON_CONTRAST {
        return ink;
    }
    if Colour::BLACK.contrast(on) >= Colour::WHITE.contrast(on) {
        Colour::BLACK
    } else {
        Colour::WHITE
    }
}

/// Warnings for text that stands out too little from what is under it.
fn contrast_notes(ground: &[Item], texts: &[Item], theme: &Theme) -> Vec<Msg> {
    let note = |msg: Msg, colour: Colour, ground: Colour, least: f32| {
        let ratio = colour.contrast(ground);
        (ratio < least).then(|| {
            msg.arg("colour", colour)
                .arg("ground", ground)
                .decimal("ratio", format!("{ratio:.1}"))
                .decimal("least", least)
        })
    };
    let mut notes = Vec::new();
    for item in texts {
        if let Item::Text(line) = item {
            let ground = colour_under(
                ground,
                theme.background,
                (line.x, line.baseline - line.size * 0.3),
            );
            // Below 3:1 many people cannot read the text at all.
            let id = if line.colour.contrast(ground) < UNREADABLE_CONTRAST {
                "note-unreadable-contrast"
            } else {
                "note-low-contrast"
            };
            let msg = Msg::new(id).arg("text", &line.text);
            if let Some(msg) = note(msg, line.colour, ground, TEXT_CONTRAST) {
                notes.push(msg);
                break;
            }
        }
    }
    notes
}

fn rounded_rect(size: Size, radius: f32) -> resvg::tiny_skia::Path {
    let rect = resvg::tiny_skia::Rect::from_xywh(0.0, 0.0, size.width, size.height)
        .expect("sizes are positive");
    let radius = radius.min(size.width / 2.0).min(size.height / 2.0);
    if radius <= 0.0 {
        return PathBuilder::from_rect(rect);
    }
    // A quarter circle as a cubic Bézier: handles at 0.5523 of the radius.
    let k = radius * (1.0 - 0.552_284_8);
    let (w, h, r) = (size.width, size.height, radius);
    let mut path = PathBuilder::new();
    path.move_to(r, 0.0);
    path.line_to(w - r, 0.0);
    path.cubic_to(w - k, 0.0, w, k, w, r);
    path.line_to(w, h - r);
    path.cubic_to(w, h - k, w - k, h, w - r, h);
    path.line_to(r, h);
    path.cubic_to(k, h, 0.0, h - k, 0.0, h - r);
    path.line_to(0.0, r);
    path.cubic_to(0.0, k, k, 0.0, r, 0.0);
    path.close();
    path.finish().expect("a closed outline")
}

/// Turns one item half a turn about the centre of a sign of `size`.
fn turn_item(
    item: &mut Item,
    size: Size,
    turned: &dyn Fn(&resvg::tiny_skia::Path) -> resvg::tiny_skia::Path,
) {
    let turn_rect = |area: &mut Rect| {
        area.x = size.width - area.right();
        area.y = size.height - area.bottom();
    };
    match item {
        Item::Shape(shape) => shape.path = turned(&shape.path),
        Item::Text(line) => {
            line.x = size.width - line.x;
            line.baseline = size.height - line.baseline;
            line.upside_down = !line.upside_down;
        }
        Item::Picture(picture) => {
            turn_rect(&mut picture.area);
            // Half a turn of an image is its pixels in reverse order.
            let mut pixels: Vec<_> = picture.image.pixels().to_vec();
            pixels.reverse();
            picture.image.pixels_mut().copy_from_slice(&pixels);
        }
        Item::Clipped(clip, inner) => {
            turn_rect(clip);
            for item in inner {
                turn_item(item, size, turned);
            }
        }
    }
}

/// Turns the whole sign half a turn about its centre, for a floor sign read
/// from its top edge.
fn turn_half(scene: &mut Scene) {
    let size = scene.boxes.trim;
    let turn = Transform::from_row(-1.0, 0.0, 0.0, -1.0, size.width, size.height);
    let turned = |path: &resvg::tiny_skia::Path| path.clone().transform(turn).expect("finite");
    for item in &mut scene.items {
        turn_item(item, size, &turned);
    }
    if let Some(cut) = &mut scene.cut {
        cut.path = turned(&cut.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typewriter_apostrophes_are_printed_as_apostrophes() {
        assert_eq!(printable("We're open"), "We’re open");
        assert_eq!(
            printable("auto's en 's morgens, 't Hoekje"),
            "auto’s en ’s morgens, ’t Hoekje"
        );
        // Quotation marks are left for the writer to choose.
        assert_eq!(printable("'Welkom' zei ze"), "'Welkom' zei ze");
        assert_eq!(printable("Ctrl\u{7}\u{feff}-C"), "Ctrl-C");
    }
}
