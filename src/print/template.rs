//! Templates and icons: plain SVG files a designer can open in Inkscape.
//!
//! A template marks its text boxes as slots: an element (usually a `rect`)
//! with `data-slot="headline"` and an id. Slot options are attributes:
//! `data-max-size` and `data-min-size` (font sizes, e.g. `30mm` or `48pt`),
//! `data-line-height` (in ems), `data-weight` (`bold`, `regular`),
//! `data-align` (`start`, `center`, `end`), `data-valign` (`top`, `middle`,
//! `bottom`), `data-color` (`ink`, `accent`, `background` or a colour) and
//! `data-lang="second"` for the second language of a bilingual sign, and
//! `data-grow-into="body"` for a slot that takes the room of slots left
//! empty (`icon` for the icon's box when the sign has none). Artwork with `data-if="footer"` (and an id) is only drawn when
//! that slot has text. The
//! slot named `icon` holds the sign's icon. An element with `data-cut` is
//! the die-cut line of a sticker.
//!
//! Colours follow the sign's theme through classes: `background`, `ink` and
//! `accent` set the fill, `ink-line` and `accent-line` the stroke. The root
//! element gives the template's defaults: `data-kind` (`poster`, `sticker`),
//! `data-default-size`, `data-shape="round"` for square-only stickers,
//! `data-stretch="any"` for artwork that may take any proportions,
//! `data-landscape` (the template to use for landscape sizes),
//! `data-film="clear"` for a sticker printed on clear film (a window's),
//! and `data-ink`, `data-background`, `data-accent`.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use resvg::usvg;
use rustc_hash::FxHashMap;

use crate::error::{Error, Result};
use crate::file::read_bounded;
use crate::i18n::Msg;
use crate::print::colour::Colour;
use crate::print::font::Fonts;
use crate::print::geometry::{Length, Rect, Size, parse_size};
use crate::recent::Recent;

/// The built-in templates, by name.
const TEMPLATES: [(&str, &str); 8] = [
    ("poster", include_str!("../../assets/templates/poster.svg")),
    (
        "poster-landscape",
        include_str!("../../assets/templates/poster-landscape.svg"),
    ),
    (
        "bilingual",
        include_str!("../../assets/templates/bilingual.svg"),
    ),
    ("round", include_str!("../../assets/templates/round.svg")),
    (
        "rounded",
        include_str!("../../assets/templates/rounded.svg"),
    ),
    (
        "footprints",
        include_str!("../../assets/templates/footprints.svg"),
    ),
    ("line", include_str!("../../assets/templates/line.svg")),
    ("window", include_str!("../../assets/templates/window.svg")),
];

/// The built-in icons, by name.
const ICONS: [(&str, &str); 15] = [
    ("wait", include_str!("../../assets/icons/wait.svg")),
    (
        "footprints",
        include_str!("../../assets/icons/footprints.svg"),
    ),
    ("arrow", include_str!("../../assets/icons/arrow.svg")),
    ("distance", include_str!("../../assets/icons/distance.svg")),
    (
        "wheelchair",
        include_str!("../../assets/icons/wheelchair.svg"),
    ),
    (
        "information",
        include_str!("../../assets/icons/information.svg"),
    ),
    ("toilet", include_str!("../../assets/icons/toilet.svg")),
    ("card", include_str!("../../assets/icons/card.svg")),
    ("phone", include_str!("../../assets/icons/phone.svg")),
    ("dog", include_str!("../../assets/icons/dog.svg")),
    (
        "no-smoking",
        include_str!("../../assets/icons/no-smoking.svg"),
    ),
    ("shower", include_str!("../../assets/icons/shower.svg")),
    (
        "hand-washing",
        include_str!("../../assets/icons/hand-washing.svg"),
    ),
    ("parking", include_str!("../../assets/icons/parking.svg")),
    ("bicycle", include_str!("../../assets/icons/bicycle.svg")),
];

/// The most elements a template may have: signs are simple drawings, and
/// a template of millions of elements is an attack, not a design.
const MAX_TEMPLATE_ELEMENTS: usize = 50_000;

/// The largest template streep reads, in megabytes.
const MAX_TEMPLATE_MB: usize = 8;

/// The names of the built-in templates and icons, for help and errors.
pub fn template_names() -> Vec<&'static str> {
    TEMPLATES.iter().map(|(name, _)| *name).collect()
}

pub fn icon_names() -> Vec<&'static str> {
    ICONS.iter().map(|(name, _)| *name).collect()
}

/// Whether a template is printed as a poster (trimmed with a guillotine) or
/// as a sticker (die-cut along its cut line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Poster,
    Sticker,
}

/// The colours a sign is printed in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub ink: Colour,
    pub background: Colour,
    pub accent: Colour,
}

impl Theme {
    /// A user stylesheet that recolours the template's classes.
    fn css(&self) -> String {
        let (ink, background, accent) = (
            self.ink.to_hex(),
            self.background.to_hex(),
            self.accent.to_hex(),
        );
        format!(
            ".background{{fill:{background}}} .ink{{fill:{ink}}} .accent{{fill:{accent}}} \
             .ink-line{{stroke:{ink}}} .accent-line{{stroke:{accent}}}"
        )
    }

    pub fn role(&self, role: &str) -> Option<Colour> {
        match role {
            "ink" => Some(self.ink),
            "background" => Some(self.background),
            "accent" => Some(self.accent),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Center,
    End,
}

/// A text box of a template, with how its text is set. Sizes are in the
/// template's millimetres.
#[derive(Clone, Debug, PartialEq)]
pub struct Slot {
    pub name: String,
    /// The id of the element that marks the box.
    pub id: String,
    /// Largest and smallest font size; without them, the box's height and a
    /// third of it.
    pub max_size: Option<f32>,
    pub min_size: Option<f32>,
    pub line_height: f32,
    pub bold: bool,
    pub align: Align,
    pub valign: Align,
    /// A theme role (`ink`, …) or a fixed colour.
    pub colour: String,
    /// Set in the sign's second language.
    pub second_language: bool,
    /// Slots whose room this one takes when they have no text.
    pub grow_into: Vec<String>,
}

/// A template, read and checked.
#[derive(Clone, Debug)]
pub struct Template {
    pub name: String,
    source: Cow<'static, str>,
    pub kind: Kind,
    pub default_size: Size,
    /// Round stickers only come in square sizes (a diameter).
    pub round: bool,
    /// Whether the artwork may be stretched to any proportions; otherwise
    /// only a little, or it looks wrong.
    pub stretches: bool,
    /// Printed on clear film, which shows through where there is no white
    /// ink under the colours.
    pub clear_film: bool,
    /// The template to use instead for landscape sizes.
    pub landscape: Option<String>,
    pub theme: Theme,
    pub slots: Vec<Slot>,
    /// The id of the icon's box.
    pub icon: Option<String>,
    /// The icon a sign gets unless it names another, whatever its words
    /// ask for: the footprints of a footprints sticker.
    pub fixed_icon: Option<String>,
    /// The icon a sign gets when it names none and its words ask for none.
    pub default_icon: Option<String>,
    /// The id of the cut line, and whether it is a rectangle, which follows
    /// the trim at any proportions.
    pub cut: Option<CutElement>,
    /// Artwork drawn only when a slot has text: (element id, slot name).
    pub drawn_with: Vec<(String, String)>,
    /// Sample texts that show how a slot is set: not printed.
    pub sample_ids: Vec<String>,
    /// The folder of a template file, where the files it names are.
    folder: Option<PathBuf>,
    /// The `{{name}}` placeholders of its text, read once.
    placeholders: Vec<String>,
    /// What an editor changed that streep reads differently than the
    /// designer may think, for `template check` to say.
    pub warnings: Vec<Msg>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CutElement {
    pub id: String,
    /// Corner radius in millimetres of the template's size, when the cut is a
    /// rectangle.
    pub rect_radius: Option<f32>,
}

impl Template {
    /// A built-in template by name, or a template file when the name ends
    /// in `.svg`.
    pub fn find(name: &str) -> Result<Template> {
        if is_file_name(name) {
            return Template::load(Path::new(name));
        }
        // Read once per process: a batch lays out thousands of signs.
        static PARSED: OnceLock<Vec<Template>> = OnceLock::new();
        let parsed = PARSED.get_or_init(|| {
            builtins()
                .map(|template| template.expect("the built-in templates are valid"))
                .collect()
        });
        parsed
            .iter()
            .find(|template| template.name.eq_ignore_ascii_case(name.trim()))
            .cloned()
            .ok_or_else(|| {
                Error::Sign(
                    Msg::new("error-template-unknown")
                        .arg("name", name)
                        .arg("known", template_names().join(", ")),
                )
            })
    }

    fn load(path: &Path) -> Result<Template> {
        let bytes = read_bounded(path, MAX_TEMPLATE_MB)?;
        let source = String::from_utf8(bytes).map_err(|_| {
            template_error(&path.display().to_string(), Msg::new("error-template-utf8"))
        })?;
        let mut template = Template::parse(&path.display().to_string(), Cow::Owned(source))?;
        template.folder = path.parent().map(Path::to_owned);
        Ok(template)
    }

    /// A template this one names, such as its landscape sibling: a file is
    /// looked for next to this template.
    pub fn sibling(&self, name: &str) -> Result<Template> {
        match &self.folder {
            Some(folder) if is_file_name(name) => {
                Template::find(&folder.join(name).to_string_lossy())
            }
            _ => Template::find(name),
        }
    }

    /// Reads a template's slots and options. Any error names the template.
    pub fn parse(name: &str, source: Cow<'static, str>) -> Result<Template> {
        let fail = |reason: Msg| template_error(name, reason);
        let document = roxmltree::Document::parse(&source).map_err(|e| {
            let (line, column) = error_position(&e, &source);
            fail(
                Msg::new("error-template-xml")
                    .arg("reason", &e)
                    .num("line", line as f64)
                    .num("column", column as f64),
            )
        })?;
        let elements = document.descendants().filter(|n| n.is_element()).count();
        if elements > MAX_TEMPLATE_ELEMENTS {
            return Err(fail(
                Msg::new("error-template-elements")
                    .num("count", elements as f64)
                    .num("max", MAX_TEMPLATE_ELEMENTS as f64),
            ));
        }
        let root = document.root_element();
        let attribute = |name: &str| root.attribute(name).map(str::trim);
        // Errors in the template's own values name the template.
        let within = |error: Error| match error {
            Error::Sign(reason) => fail(reason),
            other => other,
        };
        let colour = |name: &str, default: Colour| -> Result<Colour> {
            attribute(name).map_or(Ok(default), |value| Colour::from_str(value).map_err(within))
        };
        // A template is drawn at a physical size: its width and height carry
        // a unit, and its user units are millimetres of that size.
        let physical = |name: &str| -> Result<f32> {
            let value = attribute(name).unwrap_or_default();
            let unit = value.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
            if !["mm", "cm", "in", "pt"].contains(&unit) {
                return Err(fail(Msg::new("error-template-size").arg("value", value)));
            }
            value.parse::<Length>().map(Length::mm).map_err(within)
        };
        let size = Size::new(physical("width")?, physical("height")?).validated(name)?;
        let mm_per_unit = attribute("viewBox")
            .and_then(|view_box| {
                let numbers: Vec<f32> = view_box
                    .split([' ', ','])
                    .filter(|n| !n.is_empty())
                    .map(|n| n.parse().ok())
                    .collect::<Option<_>>()?;
                (numbers.len() == 4 && numbers[2] > 0.0).then(|| size.width / numbers[2])
            })
            .unwrap_or(25.4 / 96.0);
        let kind = match attribute("data-kind") {
            None | Some("poster") => Kind::Poster,
            Some("sticker") => Kind::Sticker,
            Some(other) => {
                return Err(fail(
                    Msg::new("error-template-attribute")
                        .arg("attribute", "data-kind")
                        .arg("value", other),
                ));
            }
        };
        let default_size = attribute("data-default-size")
            .map_or(Ok(size), parse_size)
            .map_err(within)?;
        let theme = Theme {
            ink: colour("data-ink", Colour::BLACK)?,
            background: colour("data-background", Colour::WHITE)?,
            accent: colour("data-accent", Colour::SAFETY_YELLOW)?,
        };

        let mut slots = Vec::new();
        let mut icon = None;
        let mut cut = None;
        let mut drawn_with = Vec::new();
        // Each slot's box, and the sample texts that show how to set it.
        let mut boxes: Vec<(&str, &str, roxmltree::Node)> = Vec::new();
        let mut samples: Vec<(&str, roxmltree::Node)> = Vec::new();
        for node in root.descendants().filter(|node| node.is_element()) {
            let id = node.attribute("id").unwrap_or_default();
            let href = node
                .attributes()
                .find(|attribute| attribute.name() == "href")
                .map(|attribute| attribute.value().trim());
            if node.tag_name().name() == "image" && !href.is_some_and(|h| h.starts_with("data:")) {
                // A template is untrusted: it may not make streep read other files.
                return Err(fail(
                    Msg::new("error-template-outside-file").arg("href", href.unwrap_or_default()),
                ));
            }
            if let Some(slot) = node.attribute("data-if") {
                if id.is_empty() {
                    return Err(fail(
                        Msg::new("error-template-slot-id").arg("slot", "data-if"),
                    ));
                }
                drawn_with.push((id.to_owned(), slot.to_owned()));
            }
            let slot_name = node
                .attribute("data-slot")
                .or_else(|| id.strip_prefix("slot-"));
            if let Some(slot_name) = slot_name {
                if id.is_empty() {
                    return Err(fail(
                        Msg::new("error-template-slot-id").arg("slot", slot_name),
                    ));
                }
                if node.tag_name().name() == "text" {
                    samples.push((slot_name, node));
                } else if slot_name == "icon" {
                    icon = Some(id.to_owned());
                } else if boxes.iter().any(|(name, _, _)| *name == slot_name) {
                    return Err(fail(
                        Msg::new("error-template-slot-twice").arg("slot", slot_name),
                    ));
                } else {
                    boxes.push((slot_name, id, node));
                }
            } else if node.has_attribute("data-cut") {
                if id.is_empty() {
                    return Err(fail(
                        Msg::new("error-template-slot-id").arg("slot", "data-cut"),
                    ));
                }
                let rect_radius = (node.tag_name().name() == "rect").then(|| {
                    node.attribute("rx")
                        .or(node.attribute("ry"))
                        .and_then(|r| r.parse::<f32>().ok())
                        .unwrap_or(0.0)
                        * mm_per_unit
                });
                cut = Some(CutElement {
                    id: id.to_owned(),
                    rect_radius,
                });
            }
        }
        let mut warnings = Vec::new();
        for (name, id, node) in &boxes {
            let sample_text = samples.iter().find(|(sample, _)| sample == name);
            let sample = sample_text
                .map(|(_, text)| sample_style(text, mm_per_unit))
                .unwrap_or_default();
            warnings.extend(slot_warnings(name, node, sample_text.is_some(), &sample));
            slots.push(read_slot(name, id, node, &sample).map_err(fail)?);
        }
        let sample_ids = samples
            .iter()
            .filter_map(|(_, node)| node.attribute("id"))
            .map(str::to_owned)
            .collect();
        if kind == Kind::Sticker && cut.is_none() {
            return Err(fail(Msg::new("error-template-no-cut")));
        }
        Ok(Template {
            name: name.to_owned(),
            kind,
            default_size,
            round: attribute("data-shape") == Some("round"),
            stretches: attribute("data-stretch") == Some("any"),
            clear_film: attribute("data-film") == Some("clear"),
            landscape: attribute("data-landscape").map(str::to_owned),
            theme,
            slots,
            icon,
            fixed_icon: attribute("data-icon").map(str::to_owned),
            default_icon: attribute("data-default-icon").map(str::to_owned),
            cut,
            drawn_with,
            sample_ids,
            folder: None,
            placeholders: find_placeholders(&source),
            source,
            warnings,
        })
    }

    /// The template's artwork in the sign's colours, its `{{name}}`
    /// placeholders filled from `fields`. Every box and line the template
    /// marks is in it, drawn.
    pub fn artwork(
        &self,
        theme: &Theme,
        fonts: &Fonts,
        fields: &BTreeMap<String, String>,
    ) -> Result<Arc<usvg::Tree>> {
        let missing: Vec<&str> = self
            .placeholders
            .iter()
            .map(String::as_str)
            .filter(|name| !fields.contains_key(*name))
            .collect();
        if !missing.is_empty() {
            return Err(template_error(
                &self.name,
                Msg::new("error-template-placeholders").arg("names", missing.join(", ")),
            ));
        }
        let source = self.filled(fields);
        parsed_once(&source, theme, fonts, || {
            let tree = parse_svg(&source, theme, fonts)
                .map_err(|reason| template_error(&self.name, reason))?;
            let drawn = |id: &str| {
                tree.node_by_id(id)
                    .is_some_and(|node| node.abs_bounding_box().width() > 0.0)
            };
            if let Some(hidden) = self.marker_ids().find(|id| !drawn(id)) {
                // Hidden, in <defs>, or without size: usvg leaves such elements out.
                return Err(template_error(
                    &self.name,
                    Msg::new("error-template-hidden").arg("id", hidden),
                ));
            }
            Ok(tree)
        })
    }

    /// The artwork alone, its marks hidden, to be rendered to pixels.
    pub fn artwork_to_paint(
        &self,
        theme: &Theme,
        fonts: &Fonts,
        fields: &BTreeMap<String, String>,
        hidden: &[&str],
    ) -> Result<usvg::Tree> {
        let source = self.filled(fields);
        let hide: String = hidden
            .iter()
            .map(|id| format!("#{id}{{display:none}} "))
            .collect();
        parse_svg_with(&source, theme, fonts, &hide)
            .map_err(|reason| template_error(&self.name, reason))
    }

    /// The source with its placeholders filled.
    fn filled(&self, fields: &BTreeMap<String, String>) -> String {
        let mut source = self.source.to_string();
        for (name, value) in fields {
            source = source.replace(&format!("{{{{{name}}}}}"), &xml_escape(value));
        }
        source
    }

    /// The names of the `{{name}}` placeholders in the template's text, each
    /// once, in order: short fields such as a branch or a phone number.
    pub fn placeholders(&self) -> &[String] {
        &self.placeholders
    }

    /// Where the template's boxes and lines are, in millimetres from its
    /// top-left corner: each slot by name, then `icon` and `cut`.
    pub fn boxes(&self, fonts: &Fonts) -> Result<Vec<(String, Rect)>> {
        let blanks = self
            .placeholders
            .iter()
            .map(|name| (name.clone(), String::new()))
            .collect();
        let tree = self.artwork(&self.theme, fonts, &blanks)?;
        let mm = |id: &str| {
            let bounds = tree
                .node_by_id(id)
                .expect("artwork() checked every marked id")
                .abs_bounding_box();
            let per_px = 25.4 / 96.0;
            Rect {
                x: bounds.x() * per_px,
                y: bounds.y() * per_px,
                width: bounds.width() * per_px,
                height: bounds.height() * per_px,
            }
        };
        Ok(self
            .slots
            .iter()
            .map(|slot| (slot.name.clone(), mm(&slot.id)))
            .chain(self.icon.iter().map(|id| ("icon".to_owned(), mm(id))))
            .chain(self.cut.iter().map(|cut| ("cut".to_owned(), mm(&cut.id))))
            .collect())
    }

    /// The SVG source, for a designer's own copy.
    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn slot(&self, name: &str) -> Option<&Slot> {
        self.slots.iter().find(|slot| slot.name == name)
    }

    /// The element ids that mark boxes and lines rather than artwork.
    pub fn marker_ids(&self) -> impl Iterator<Item = &str> {
        self.slots
            .iter()
            .map(|slot| slot.id.as_str())
            .chain(self.icon.as_deref())
            .chain(self.cut.as_ref().map(|cut| cut.id.as_str()))
    }
}

/// Which built-in icon suits a text, by the words in
/// `assets/icons/keywords.toml`.
pub fn icon_for(text: &str) -> Option<&'static str> {
    let keywords = IconKeywords::bundled();
    let lower = text.to_lowercase();
    let is_edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let mut asked = vec![false; keywords.icons.len()];
    let mut denied = vec![false; keywords.icons.len()];
    // A keyword counts where a word of the text begins with it, an
    // `unless` word only where it is the whole word. Each place a word
    // begins is looked up once for each length a keyword has: a few
    // lookups, where trying every keyword at every word cost a tenth of
    // laying out a poster.
    let word_starts = lower
        .char_indices()
        .filter(|&(at, _)| is_edge(lower[..at].chars().next_back()));
    for (at, _) in word_starts {
        let rest = &lower[at..];
        for &length in &keywords.lengths {
            let Some(found) = rest.get(..length).and_then(|word| keywords.words.get(word)) else {
                continue;
            };
            let whole = is_edge(rest[length..].chars().next());
            for &(icon, unless) in found {
                if !unless {
                    asked[icon] = true;
                } else if whole {
                    denied[icon] = true;
                }
            }
        }
    }
    // The first icon of the file that is asked for: "Honden zijn niet
    // toegestaan" wants no picture of a dog.
    (0..keywords.icons.len())
        .find(|&icon| asked[icon] && !denied[icon])
        .map(|icon| keywords.icons[icon])
}

/// The icons of `assets/icons/keywords.toml`, in its order, and their words.
struct IconKeywords {
    icons: Vec<&'static str>,
    /// Each word, with the icons it belongs to and whether it is an
    /// `unless` word of each.
    words: FxHashMap<String, Vec<(usize, bool)>>,
    /// The words' lengths in bytes, each once.
    lengths: Vec<usize>,
}

impl IconKeywords {
    fn bundled() -> &'static IconKeywords {
        #[derive(serde::Deserialize)]
        struct Keywords {
            icon: Vec<IconWords>,
        }
        #[derive(serde::Deserialize)]
        struct IconWords {
            name: String,
            words: Vec<String>,
            #[serde(default)]
            unless: Vec<String>,
        }
        static BUNDLED: OnceLock<IconKeywords> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            let file: Keywords = toml::from_str(include_str!("../../assets/icons/keywords.toml"))
                .expect("assets/icons/keywords.toml is valid");
            let mut keywords = IconKeywords {
                icons: Vec::new(),
                words: FxHashMap::default(),
                lengths: Vec::new(),
            };
            for (index, entry) in file.icon.into_iter().enumerate() {
                let name = ICONS
                    .iter()
                    .map(|(name, _)| *name)
                    .find(|name| *name == entry.name)
                    .expect("keywords.toml names built-in icons");
                keywords.icons.push(name);
                for (list, unless) in [(entry.words, false), (entry.unless, true)] {
                    for word in list {
                        keywords.lengths.push(word.len());
                        keywords
                            .words
                            .entry(word)
                            .or_default()
                            .push((index, unless));
                    }
                }
            }
            keywords.lengths.sort_unstable();
            keywords.lengths.dedup();
            keywords
        })
    }
}

/// A built-in icon in the sign's colours, and how far it is turned, in
/// degrees clockwise: `arrow-left`, `arrow-right` and `arrow-down` turn the
/// arrow, the one icon with a direction.
pub fn icon(name: &str, theme: &Theme, fonts: &Fonts) -> Result<(Arc<usvg::Tree>, f32)> {
    let name = name.trim();
    let (base, turn) = [
        ("-up", 0.0),
        ("-right", 90.0),
        ("-down", 180.0),
        ("-left", 270.0),
    ]
    .into_iter()
    .find_map(|(suffix, turn)| {
        let lower = name.to_ascii_lowercase();
        lower
            .strip_suffix(suffix)
            .map(|base| (name[..base.len()].to_owned(), turn))
    })
    .filter(|(base, _)| base.eq_ignore_ascii_case("arrow"))
    .unwrap_or((name.to_owned(), 0.0));
    let (_, source) = ICONS
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(&base))
        .ok_or_else(|| {
            Error::Sign(
                Msg::new("error-icon-unknown")
                    .arg("name", name)
                    .arg("known", icon_names().join(", ")),
            )
        })?;
    let tree = parsed_once(source, theme, fonts, || {
        parse_svg(source, theme, fonts).map_err(|reason| template_error(name, reason))
    })?;
    Ok((tree, turn))
}

/// The tree `parse` makes of `source` in these colours and fonts, made once
/// for the last few sources: a batch draws the same artwork and icon on
/// every row.
fn parsed_once(
    source: &str,
    theme: &Theme,
    fonts: &Fonts,
    parse: impl FnOnce() -> Result<usvg::Tree>,
) -> Result<Arc<usvg::Tree>> {
    static RECENT: Recent<u64, Arc<usvg::Tree>> = Recent::new(16);
    let key = {
        let mut hasher = std::hash::DefaultHasher::new();
        (
            source,
            theme.css(),
            &fonts.regular.family,
            &fonts.bold.family,
        )
            .hash(&mut hasher);
        Arc::as_ptr(&fonts.database()).hash(&mut hasher);
        hasher.finish()
    };
    RECENT.get_or_make(|known| *known == key, || key, || parse().map(Arc::new))
}

fn parse_svg(source: &str, theme: &Theme, fonts: &Fonts) -> Result<usvg::Tree, Msg> {
    parse_svg_with(source, theme, fonts, "")
}

fn parse_svg_with(
    source: &str,
    theme: &Theme,
    fonts: &Fonts,
    extra_css: &str,
) -> Result<usvg::Tree, Msg> {
    let options = usvg::Options {
        style_sheet: Some(format!("{} {extra_css}", theme.css())),
        ..fonts.svg_options()
    };
    usvg::Tree::from_str(source, &options)
        .map_err(|e| Msg::new("error-template-svg").arg("reason", e))
}

/// The names of the `{{name}}` placeholders in a template's source.
fn find_placeholders(source: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut rest = source;
    while let Some(start) = rest.find("{{") {
        rest = &rest[start + 2..];
        let Some(end) = rest.find("}}") else { break };
        let name = rest[..end].trim();
        let valid = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
        if valid && !names.iter().any(|known| known == name) {
            names.push(name.to_owned());
        }
        rest = &rest[end + 2..];
    }
    names
}

/// Text as it may stand in XML.
fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Whether a template name is a file's, rather than a built-in's.
pub fn is_file_name(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".svg")
}

fn template_error(name: &str, reason: Msg) -> Error {
    Error::Template {
        name: name.to_owned(),
        reason,
    }
}

/// How a designer's sample text in a slot is set; what a slot's own
/// attributes do not say is taken from it.
#[derive(Default)]
struct SampleStyle {
    size: Option<f32>,
    bold: Option<bool>,
    colour: Option<String>,
    align: Option<Align>,
}

/// Reads a sample `<text>`: its attributes and `style`, and those of its
/// first `<tspan>`, which Inkscape writes, win over the text's own.
fn sample_style(text: &roxmltree::Node, mm_per_unit: f32) -> SampleStyle {
    let mut properties: Vec<(String, String)> = Vec::new();
    let first_span = text.children().find(|child| child.is_element());
    for node in std::iter::once(*text).chain(first_span) {
        for name in ["font-size", "font-weight", "fill", "text-anchor"] {
            if let Some(value) = node.attribute(name) {
                properties.push((name.to_owned(), value.trim().to_owned()));
            }
        }
        for declaration in node.attribute("style").unwrap_or_default().split(';') {
            if let Some((name, value)) = declaration.split_once(':') {
                properties.push((name.trim().to_owned(), value.trim().to_owned()));
            }
        }
    }
    let get = |name: &str| {
        properties
            .iter()
            .rev()
            .find(|(known, _)| known == name)
            .map(|(_, value)| value.as_str())
    };
    let size = get("font-size").and_then(|value| {
        let user_units = value.strip_suffix("px").unwrap_or(value);
        match user_units.parse::<f32>() {
            Ok(units) => Some(units * mm_per_unit),
            Err(_) => value.parse::<Length>().ok().map(Length::mm),
        }
    });
    SampleStyle {
        size: size.filter(|mm| *mm > 0.0),
        bold: get("font-weight").map(|weight| {
            weight == "bold" || weight == "bolder" || weight.parse::<u16>().is_ok_and(|w| w >= 600)
        }),
        colour: get("fill")
            .filter(|fill| fill.parse::<Colour>().is_ok())
            .map(str::to_owned),
        align: get("text-anchor").and_then(|anchor| match anchor {
            "start" => Some(Align::Start),
            "middle" => Some(Align::Center),
            "end" => Some(Align::End),
            _ => None,
        }),
    }
}

/// Where an XML error is, as line and column: for a file that ends too
/// soon (cut off in a download or a copy), its end, where roxmltree says
/// "line 1, column 1".
fn error_position(error: &roxmltree::Error, source: &str) -> (usize, usize) {
    use roxmltree::Error as Xml;
    if matches!(error, Xml::UnexpectedEndOfStream | Xml::UnclosedRootNode) {
        let line = source.lines().count().max(1);
        let last = source
            .trim_end_matches('\n')
            .rsplit('\n')
            .next()
            .unwrap_or("");
        return (line, last.chars().count() + 1);
    }
    let position = error.pos();
    (position.row as usize, position.col as usize)
}

/// What is odd about the slot `name`'s box `node`, as an editor leaves it:
/// its settings gone (Inkscape's "Object to Path" drops the `data-`
/// attributes), not a rectangle, turned or skewed, or a sample text that
/// lost its font settings.
fn slot_warnings(
    name: &str,
    node: &roxmltree::Node,
    has_sample: bool,
    sample: &SampleStyle,
) -> Vec<Msg> {
    let mut warnings = Vec::new();
    let with_slot = |id: &str| Msg::new(id).arg("slot", name);
    let settings = node
        .attributes()
        .any(|attribute| attribute.name().starts_with("data-"));
    if !settings {
        warnings.push(with_slot("template-warning-settings-lost"));
    }
    let element = node.tag_name().name();
    if element != "rect" {
        warnings.push(with_slot("template-warning-not-a-rectangle").arg("element", element));
    }
    let turned = std::iter::once(*node)
        .chain(node.ancestors().filter(roxmltree::Node::is_element))
        .filter_map(|n| n.attribute("transform"))
        .find(|transform| turns(transform));
    if let Some(transform) = turned {
        warnings.push(with_slot("template-warning-turned").arg("transform", transform));
    }
    let styled = sample.size.is_some() || sample.bold.is_some() || sample.colour.is_some();
    if has_sample && !styled {
        warnings.push(with_slot("template-warning-sample-unstyled"));
    }
    warnings
}

/// Whether an SVG `transform` turns or skews what it moves, rather than
/// only moving or scaling it.
fn turns(transform: &str) -> bool {
    if transform.contains("rotate") || transform.contains("skew") {
        return true;
    }
    let Some(start) = transform.find("matrix(") else {
        return false;
    };
    let numbers: Vec<f32> = transform[start + 7..]
        .split(|c: char| c == ',' || c == ')' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .take(4)
        .filter_map(|part| part.parse().ok())
        .collect();
    matches!(numbers[..], [_, b, c, _] if b.abs() > 1e-6 || c.abs() > 1e-6)
}

fn read_slot(
    name: &str,
    id: &str,
    node: &roxmltree::Node,
    sample: &SampleStyle,
) -> Result<Slot, Msg> {
    let bad = |attribute: &str, value: &str| {
        Msg::new("error-template-attribute")
            .arg("attribute", attribute)
            .arg("value", value)
    };
    let length = |attribute: &str| -> Result<Option<f32>, Msg> {
        node.attribute(attribute)
            .map(|value| {
                value
                    .parse::<Length>()
                    .ok()
                    .map(Length::mm)
                    .filter(|mm| *mm > 0.0)
                    .ok_or_else(|| bad(attribute, value))
            })
            .transpose()
    };
    let max_size = length("data-max-size")?.or(sample.size);
    let min_size = length("data-min-size")?;
    let line_height = match node.attribute("data-line-height") {
        None => 1.2,
        Some(value) => value
            .parse::<f32>()
            .ok()
            .filter(|lh| (0.8..=3.0).contains(lh))
            .ok_or_else(|| bad("data-line-height", value))?,
    };
    let align = |attribute: &str, default: Align| match node.attribute(attribute) {
        None => Ok(default),
        Some("start" | "left" | "top") => Ok(Align::Start),
        Some("center" | "middle") => Ok(Align::Center),
        Some("end" | "right" | "bottom") => Ok(Align::End),
        Some(other) => Err(bad(attribute, other)),
    };
    let bold = match node.attribute("data-weight") {
        None => sample.bold.unwrap_or(false),
        Some("regular" | "normal") => false,
        Some("bold") => true,
        Some(other) => return Err(bad("data-weight", other)),
    };
    let colour = node
        .attribute("data-color")
        .map(str::to_owned)
        .or_else(|| sample.colour.clone())
        .unwrap_or_else(|| "ink".to_owned());
    if !matches!(colour.as_str(), "ink" | "background" | "accent")
        && colour.parse::<Colour>().is_err()
    {
        return Err(bad("data-color", &colour));
    }
    Ok(Slot {
        name: name.to_owned(),
        id: id.to_owned(),
        max_size,
        min_size,
        line_height,
        bold,
        align: align("data-align", sample.align.unwrap_or(Align::Center))?,
        valign: align("data-valign", Align::Center)?,
        colour,
        second_language: node.attribute("data-lang") == Some("second"),
        grow_into: node
            .attribute("data-grow-into")
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
    })
}

/// Every built-in template with its parsed options, for tests and listings.
pub fn builtins() -> impl Iterator<Item = Result<Template>> {
    TEMPLATES
        .iter()
        .map(|(name, source)| Template::parse(name, Cow::Borrowed(source)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_template_parses_with_its_slots() {
        let fonts = Fonts::bundled();
        for template in builtins() {
            let template = template.unwrap();
            let tree = template
                .artwork(&template.theme, &fonts, &BTreeMap::new())
                .unwrap();
            assert!(template.slot("headline").is_some(), "{}", template.name);
            for id in template.marker_ids() {
                assert!(tree.node_by_id(id).is_some(), "{}: #{id}", template.name);
            }
            if template.kind == Kind::Sticker {
                assert!(template.cut.is_some(), "{}", template.name);
            }
            assert!(template.warnings.is_empty(), "{}", template.name);
        }
    }

    #[test]
    fn a_cut_off_file_is_reported_at_its_end() {
        let source = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect x=\"1\"/>\n<g>";
        let error = roxmltree::Document::parse(source).unwrap_err();
        assert_eq!(error_position(&error, source), (3, 4));
    }

    #[test]
    fn what_an_editor_did_to_a_slot_is_warned_about() {
        let warnings = |slots: &str| -> Vec<String> {
            let source = format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="100mm" viewBox="0 0 100 100">{slots}</svg>"#
            );
            let template = Template::parse("t", Cow::Owned(source)).unwrap();
            template.warnings.iter().map(|w| w.id.clone()).collect()
        };
        let fine =
            r#"<rect id="slot-headline" data-weight="bold" x="5" y="5" width="90" height="40"/>"#;
        assert!(warnings(fine).is_empty());
        // Inkscape's "Object to Path": a path with the id and nothing else.
        let path = r#"<path id="slot-headline" d="M 5,5 H 95 V 45 H 5 Z"/>"#;
        assert_eq!(
            warnings(path),
            [
                "template-warning-settings-lost",
                "template-warning-not-a-rectangle"
            ]
        );
        let turned = r#"<g transform="rotate(5)"><rect data-slot="headline" id="h" x="5" y="5" width="90" height="40"/></g>"#;
        assert_eq!(warnings(turned), ["template-warning-turned"]);
        let matrix = r#"<rect data-slot="headline" id="h" transform="matrix(1,0,0,2,3,4)" x="5" y="5" width="90" height="40"/>"#;
        assert!(warnings(matrix).is_empty(), "a scale is no turn");
        let classed = r#"<rect data-slot="headline" id="h" x="5" y="5" width="90" height="40"/><text data-slot="headline" id="s" class="big">Voorbeeld</text>"#;
        assert_eq!(warnings(classed), ["template-warning-sample-unstyled"]);
    }

    #[test]
    fn every_icon_parses() {
        let fonts = Fonts::bundled();
        let theme = Template::find("poster").unwrap().theme;
        for name in icon_names() {
            let (tree, turn) = icon(name, &theme, &fonts).unwrap();
            assert!(tree.root().has_children(), "{name}");
            assert_eq!(turn, 0.0);
        }
        assert_eq!(icon("arrow-left", &theme, &fonts).unwrap().1, 270.0);
        assert_eq!(icon("Arrow-Down", &theme, &fonts).unwrap().1, 180.0);
        assert!(icon("unicorn", &theme, &fonts).is_err());
        assert!(icon("unicorn-left", &theme, &fonts).is_err());
        assert!(icon("wheelchair-left", &theme, &fonts).is_err());
    }

    #[test]
    fn templates_may_not_point_at_other_files() {
        for href in [
            "/etc/passwd",
            "file:///dev/zero",
            "http://example.com/logo.png",
        ] {
            let source = format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10mm" height="10mm" viewBox="0 0 10 10"><image xlink:href="{href}" width="5" height="5"/><rect id="slot-headline" width="5" height="5"/></svg>"#
            );
            let error = Template::parse("evil.svg", Cow::Owned(source)).unwrap_err();
            assert!(error.to_string().contains(href), "{error}");
        }
    }

    #[test]
    fn a_sign_gets_the_icon_its_words_ask_for() {
        assert_eq!(icon_for("Rolstoelingang om de hoek"), Some("wheelchair"));
        assert_eq!(icon_for("Wilt u 1,5 m afstand houden?"), Some("distance"));
        assert_eq!(
            icon_for("Met vragen kunt u bij de balie terecht"),
            Some("information")
        );
        assert_eq!(icon_for("Ingang aan de achterkant"), Some("arrow"));
        assert_eq!(icon_for("Wilt u vóór de streep wachten?"), Some("wait"));
        for (text, icon) in [
            ("U kunt bij ons met uw pas betalen.", "card"),
            ("Roken is hier niet toegestaan.", "no-smoking"),
            ("Honden zijn welkom aan de lijn.", "dog"),
            ("Het toilet is voor onze gasten.", "toilet"),
            ("Was uw handen voordat u naar binnen gaat.", "hand-washing"),
            ("Wilt u douchen voor het zwemmen?", "shower"),
            ("Zet uw mobiel op stil, voor de rust van anderen.", "phone"),
            ("Parkeren kan achter het gebouw.", "parking"),
            ("Wilt u uw fiets in het rek zetten?", "bicycle"),
            ("Dogs are welcome on a lead.", "dog"),
        ] {
            assert_eq!(icon_for(text), Some(icon), "{text}");
        }
        // A picture of the thing would say the opposite of these.
        assert_eq!(icon_for("Honden zijn hier niet toegestaan."), None);
        assert_eq!(icon_for("Geen auto's parkeren voor de apotheek"), None);
        assert_eq!(icon_for("Roken is niet toegestaan."), Some("no-smoking"));
        // A sign that asks for none gets none, not an hourglass.
        assert_eq!(icon_for("Welkom! Fijn dat u er bent."), None);
        // A keyword inside another word does not count.
        assert_eq!(icon_for("Bijvraag"), None);
    }

    #[test]
    fn a_footprints_sticker_keeps_its_footprints() {
        let footprints = Template::find("footprints").unwrap();
        assert_eq!(footprints.fixed_icon.as_deref(), Some("footprints"));
        for template in builtins() {
            let template = template.unwrap();
            if template.kind == Kind::Poster {
                assert_eq!(template.default_icon, None, "{}", template.name);
            }
        }
    }

    #[test]
    fn entity_expansion_is_refused() {
        let billion_laughs = r#"<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm"><text>&b;</text></svg>"#;
        let error = Template::parse("laughs.svg", Cow::Borrowed(billion_laughs)).unwrap_err();
        let text = error.to_string();
        assert!(
            text.contains("laughs.svg") && text.contains("line"),
            "{text}"
        );
    }

    #[test]
    fn unknown_and_malformed_templates_are_named() {
        let error = Template::find("billboard").unwrap_err().to_string();
        assert!(
            error.contains("billboard") && error.contains("poster"),
            "{error}"
        );
        let error = Template::parse("broken.svg", Cow::Borrowed("<svg><rect></svg>"))
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("broken.svg") && error.contains("line 1"),
            "{error}"
        );
    }
}
