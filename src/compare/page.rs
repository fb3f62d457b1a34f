//! The comparison as pages: A4 landscape, the sign as given and as
//! rewritten side by side with their wording marked, and the reasons beside
//! them; a summary page for many signs.

use std::borrow::Cow;

use resvg::tiny_skia::{PathBuilder, Pixmap, Rect as SkiaRect};

use super::cover::Cover;
use super::{Comparison, Pair, category_name, score_text};
use crate::error::Result;
use crate::i18n::{Messages, Msg};
use crate::print::colour::Colour;
use crate::print::font::{Font, Fonts};
use crate::print::geometry::{PageBoxes, Rect, Size};
use crate::print::render::Pages;
use crate::print::scene::{Cap, Fill, Item, Join, Picture, Press, Scene, Shape, Stroke, TextLine};

const PAGE: Size = Size {
    width: 297.0,
    height: 210.0,
};
const MARGIN: f32 = 12.0;
const GUTTER: f32 = 8.0;
/// Type sizes (em) in mm: 10 pt for reading, 8.5 pt for notes.
const TITLE: f32 = 6.0;
const HEADING: f32 = 4.6;
const BODY: f32 = 3.5;
const SMALL: f32 = 3.0;

const INK: Colour = Colour::Rgb([0x1a, 0x1a, 0x1a]);
const GREY: Colour = Colour::Rgb([0x6b, 0x6b, 0x6b]);
const TRACK: Colour = Colour::Rgb([0xe3, 0xe3, 0xe3]);
/// What was replaced, and what replaced it.
const REMOVED: Colour = Colour::Rgb([0xfd, 0xd8, 0xd8]);
const ADDED: Colour = Colour::Rgb([0xc9, 0xf0, 0xd0]);

/// The comparison as pages, each sign's page made when it is written.
pub struct Sheet<'c> {
    comparison: &'c Comparison,
    messages: &'c Messages,
    fonts: Fonts,
    /// The cover and the summary, made at once: they are few.
    front: Vec<Scene>,
}

impl<'c> Sheet<'c> {
    pub(super) fn new(comparison: &'c Comparison, messages: &'c Messages) -> Result<Self> {
        let fonts = Fonts::bundled();
        let mut front = Vec::new();
        if let Some(cover) = &comparison.cover {
            front.push(cover_page(cover, comparison, &fonts, messages)?);
        }
        if comparison.pairs.len() > 1 {
            front.extend(summary_pages(comparison, &fonts, messages)?);
        }
        Ok(Sheet {
            comparison,
            messages,
            fonts,
            front,
        })
    }
}

impl Sheet<'_> {
    /// Page `index`: a page of the front, or a sign's page, laid out now.
    pub fn page_at(&self, index: usize) -> Result<Cow<'_, Scene>> {
        match self.front.get(index) {
            Some(page) => Ok(Cow::Borrowed(page)),
            None => sign_page(
                self.comparison,
                index - self.front.len(),
                &self.fonts,
                self.messages,
            )
            .map(Cow::Owned),
        }
    }
}

impl Pages for Sheet<'_> {
    fn count(&self) -> usize {
        self.front.len() + self.comparison.pairs.len()
    }

    fn page(&self, index: usize) -> Result<Option<Cow<'_, Scene>>> {
        self.page_at(index).map(Some)
    }
}

/// The cover: the client's logo, the title, the client, the day, and what
/// the sheet comes to in one line.
fn cover_page(
    cover: &Cover,
    comparison: &Comparison,
    fonts: &Fonts,
    messages: &Messages,
) -> Result<Scene> {
    const COVER_TITLE: f32 = 12.0;
    let mut pen = Pen::new(fonts);
    let width = PAGE.width - 2.0 * MARGIN;
    if let Some(logo) = &cover.logo {
        pen.picture(
            &logo.pixels,
            Rect {
                x: MARGIN,
                y: MARGIN,
                width: 60.0,
                height: 30.0,
            },
        );
    }
    let mut baseline = 95.0;
    let title = pen.shortened(&cover.title, COVER_TITLE, width);
    pen.line(&title, true, COVER_TITLE, MARGIN, baseline, INK);
    if let Some(client) = &cover.client {
        baseline += COVER_TITLE * 1.2;
        let client = pen.shortened(client, TITLE, width);
        pen.line(&client, false, TITLE, MARGIN, baseline, INK);
    }
    baseline += TITLE * 2.0;
    pen.line(&cover.date, false, HEADING, MARGIN, baseline, GREY);
    let summary = comparison.summary();
    let facts = messages.text(
        &Msg::new("compare-cover-facts")
            .num("signs", summary.signs as f64)
            .num("changed", summary.changed as f64)
            .num("before", summary.average_before.round())
            .num("after", summary.average_after.round()),
    );
    pen.line(
        &facts,
        false,
        HEADING,
        MARGIN,
        PAGE.height - MARGIN - 6.0,
        INK,
    );
    blank_page(
        cover.title.clone(),
        pen.finish(),
        fonts,
        messages.lang().code(),
    )
}

fn blank_page(title: String, items: Vec<Item>, fonts: &Fonts, lang: &str) -> Result<Scene> {
    Ok(Scene {
        boxes: PageBoxes::new(PAGE, 0.0, false)?,
        title,
        lang: lang.to_owned(),
        background: Colour::WHITE,
        items,
        cut: None,
        fonts: fonts.clone(),
        press: Press::screen(),
        notes: Vec::new(),
    })
}

fn sign_page(
    comparison: &Comparison,
    index: usize,
    fonts: &Fonts,
    messages: &Messages,
) -> Result<Scene> {
    let pair = &comparison.pairs[index];
    let mut pen = Pen::new(fonts);
    let title = messages.text(
        &Msg::new("compare-title")
            .num("number", (index + 1) as f64)
            .num("count", comparison.pairs.len() as f64),
    );
    pen.line(&title, true, TITLE, MARGIN, MARGIN + TITLE, INK);
    let column = (PAGE.width - 2.0 * MARGIN - 2.0 * GUTTER) / 3.0;
    let top = MARGIN + 18.0;
    let bottom = PAGE.height - MARGIN;
    for (place, side) in comparison.sides(index)?.into_iter().enumerate() {
        let x = MARGIN + place as f32 * (column + GUTTER);
        pen.line(&messages.get(side.heading()), true, HEADING, x, top, INK);
        let y = score_bar(&mut pen, side.score, messages, x, top + 6.0, column);
        let shown = Rect {
            x,
            y: y + 4.0,
            width: column,
            height: 100.0,
        };
        let sign_bottom = pen.sign(&side.sign, shown);
        let setting = Setting {
            marks: &side.marks,
            mark_colour: if side.before { REMOVED } else { ADDED },
            ..Setting::plain(BODY, INK)
        };
        pen.paragraph(side.wording, &setting, x, sign_bottom + 6.0 + BODY, column);
    }
    let x = MARGIN + 2.0 * (column + GUTTER);
    pen.line(&messages.get("compare-why"), true, HEADING, x, top, INK);
    let why = Rect {
        x,
        y: top + 8.0,
        width: column,
        height: bottom - top - 8.0,
    };
    reasons(&mut pen, pair, messages, why);
    blank_page(title, pen.finish(), fonts, messages.lang().code())
}

/// The changes and their reasons, then the advice, in `column`: at a
/// smaller size where they do not fit, and cut off with a count of what is
/// left where they still do not.
fn reasons(pen: &mut Pen, pair: &Pair, messages: &Messages, column: Rect) {
    let (x, y, width, bottom) = (column.x, column.y, column.width, column.bottom());
    let entries = pair.reasons(messages);
    if entries.is_empty() {
        pen.paragraph(
            &messages.get("compare-no-changes"),
            &Setting::plain(BODY, INK),
            x,
            y + BODY,
            width,
        );
        return;
    }
    // From full size down to 70%, the first size that holds every entry;
    // at the smallest, as many as fit and a count of the rest.
    const STEPS: usize = 6;
    'sizes: for step in 0..=STEPS {
        let last = step == STEPS;
        let scale = 1.0 - 0.05 * step as f32;
        let (body, small) = (BODY * scale, SMALL * scale);
        let room = if last { bottom - small * 2.0 } else { bottom };
        let mut trial = Pen::new(pen.fonts);
        let mut at = y;
        let mut shown = 0;
        for (what, why) in &entries {
            let mut entry = Pen::new(pen.fonts);
            let end = entry.paragraph(what, &Setting::plain(body, INK), x, at + body, width);
            let end = entry.paragraph(
                why,
                &Setting::plain(small, GREY),
                x,
                end + small * 1.35,
                width,
            );
            if end > room {
                if last {
                    break;
                }
                continue 'sizes;
            }
            trial.absorb(entry);
            at = end + small * 1.2;
            shown += 1;
        }
        if shown < entries.len() {
            let rest = Msg::new("compare-more").num("count", (entries.len() - shown) as f64);
            trial.line(&messages.text(&rest), false, small, x, at + small, GREY);
        }
        pen.absorb(trial);
        return;
    }
}

/// "Customer focus 35 / 100" over a bar; returns the y below the bar.
fn score_bar(pen: &mut Pen, score: u8, messages: &Messages, x: f32, y: f32, width: f32) -> f32 {
    let label = format!(
        "{} {}",
        messages.get("compare-focus"),
        score_text(score, messages)
    );
    pen.line(&label, false, SMALL, x, y, INK);
    let bar_y = y + 2.0;
    pen.rect(
        Rect {
            x,
            y: bar_y,
            width,
            height: 2.0,
        },
        TRACK,
    );
    let colour = match score {
        0..50 => Colour::Rgb([0xc0, 0x25, 0x25]),
        50..75 => Colour::Rgb([0xd9, 0x8e, 0x04]),
        _ => Colour::Rgb([0x1a, 0x7f, 0x37]),
    };
    if score > 0 {
        pen.rect(
            Rect {
                x,
                y: bar_y,
                width: width * f32::from(score) / 100.0,
                height: 2.0,
            },
            colour,
        );
    }
    bar_y + 2.0
}

/// The summary, and the signs' scores on as many more pages as they need.
fn summary_pages(
    comparison: &Comparison,
    fonts: &Fonts,
    messages: &Messages,
) -> Result<Vec<Scene>> {
    let summary = comparison.summary();
    let mut pen = Pen::new(fonts);
    let title = messages.get("compare-summary");
    pen.line(&title, true, TITLE, MARGIN, MARGIN + TITLE, INK);
    let facts = messages.text(
        &Msg::new("compare-summary-facts")
            .num("signs", summary.signs as f64)
            .num("changed", summary.changed as f64),
    );
    let mut y = pen.paragraph(
        &facts,
        &Setting::plain(BODY, INK),
        MARGIN,
        MARGIN + 18.0,
        PAGE.width - 2.0 * MARGIN,
    );
    let half = (PAGE.width - 2.0 * MARGIN - GUTTER) / 2.0;
    let averages = [
        ("compare-average-before", summary.average_before),
        ("compare-average-after", summary.average_after),
    ];
    for (index, (label, average)) in averages.into_iter().enumerate() {
        let x = MARGIN + index as f32 * (half + GUTTER);
        let score = average.round() as u8;
        pen.line(&messages.get(label), true, HEADING, x, y + 10.0, INK);
        score_bar(&mut pen, score, messages, x, y + 16.0, half);
    }
    y += 30.0;
    pen.line(
        &messages.get("compare-categories"),
        true,
        HEADING,
        MARGIN,
        y,
        INK,
    );
    y += 4.0;
    let most = summary.by_category.first().map_or(1, |(_, n)| *n).max(1);
    let label_width = 60.0;
    let bar_room = half - label_width - 12.0;
    for (category, count) in &summary.by_category {
        if y + BODY * 1.8 > PAGE.height - MARGIN {
            break;
        }
        y += BODY * 1.8;
        pen.line(
            &category_name(category, messages),
            false,
            BODY,
            MARGIN,
            y,
            INK,
        );
        pen.rect(
            Rect {
                x: MARGIN + label_width,
                y: y - BODY * 0.75,
                width: bar_room * *count as f32 / most as f32,
                height: BODY * 0.8,
            },
            GREY,
        );
        pen.line(
            &count.to_string(),
            false,
            BODY,
            MARGIN + label_width + bar_room + 2.0,
            y,
            INK,
        );
    }
    // Each sign's score, before and after, in the right half.
    let x = MARGIN + half + GUTTER;
    let y = MARGIN + 18.0 + 30.0 + BODY * 2.0;
    pen.line(
        &messages.get("compare-signs"),
        true,
        HEADING,
        x,
        y - 4.0,
        INK,
    );
    let listed = sign_scores(&mut pen, comparison, 0, x, y, half, messages);
    // The document is called by what it holds, not by its first heading.
    let document_title = messages.get("compare-document-title");
    let mut pages = vec![blank_page(
        document_title,
        pen.finish(),
        fonts,
        messages.lang().code(),
    )?];
    // The rest of the signs on pages of their own, two columns each.
    let mut next = listed;
    while next < comparison.pairs.len() {
        let mut pen = Pen::new(fonts);
        let title = messages.get("compare-summary-continued");
        pen.line(&title, true, TITLE, MARGIN, MARGIN + TITLE, INK);
        for column in 0..2 {
            let x = MARGIN + column as f32 * (half + GUTTER);
            next += sign_scores(&mut pen, comparison, next, x, MARGIN + 18.0, half, messages);
        }
        pages.push(blank_page(
            title,
            pen.finish(),
            fonts,
            messages.lang().code(),
        )?);
    }
    Ok(pages)
}

/// Each sign's score before and after, from sign `first` on, a line each in
/// a column from `y` to the foot of the page; returns how many it listed.
fn sign_scores(
    pen: &mut Pen,
    comparison: &Comparison,
    first: usize,
    x: f32,
    mut y: f32,
    width: f32,
    messages: &Messages,
) -> usize {
    let mut listed = 0;
    for (index, pair) in comparison.pairs.iter().enumerate().skip(first) {
        if y + SMALL * 1.7 > PAGE.height - MARGIN {
            break;
        }
        y += SMALL * 1.7;
        let scores = messages.text(
            &Msg::new("compare-score-change")
                .num("before", pair.score_before)
                .num("after", pair.score_after),
        );
        let scores_width = pen.width(&scores, false, SMALL);
        let room = width - scores_width - 4.0;
        let text = pen.shortened(&format!("{}. {}", index + 1, pair.before), SMALL, room);
        pen.line(&text, false, SMALL, x, y, INK);
        pen.line(&scores, true, SMALL, x + width - scores_width, y, INK);
        listed += 1;
    }
    listed
}

/// How a paragraph is set: its size and colour, and the words (byte
/// ranges) it marks on a coloured ground.
#[derive(Clone, Copy)]
struct Setting<'m> {
    size: f32,
    colour: Colour,
    marks: &'m [(usize, usize)],
    mark_colour: Colour,
}

impl Setting<'_> {
    fn plain(size: f32, colour: Colour) -> Self {
        Setting {
            size,
            colour,
            marks: &[],
            mark_colour: colour,
        }
    }
}

/// Sets text and shapes on a page: highlights go under the text.
struct Pen<'f> {
    fonts: &'f Fonts,
    under: Vec<Item>,
    over: Vec<Item>,
}

impl<'f> Pen<'f> {
    fn new(fonts: &'f Fonts) -> Self {
        Pen {
            fonts,
            under: Vec::new(),
            over: Vec::new(),
        }
    }

    fn finish(mut self) -> Vec<Item> {
        self.under.append(&mut self.over);
        self.under
    }

    fn absorb(&mut self, other: Pen) {
        self.under.extend(other.under);
        self.over.extend(other.over);
    }

    fn font(&self, bold: bool) -> &Font {
        self.fonts.get(bold)
    }

    fn width(&self, text: &str, bold: bool, size: f32) -> f32 {
        self.font(bold).width(text) * size
    }

    /// `text` cut with an ellipsis to fit `width`.
    fn shortened(&self, text: &str, size: f32, width: f32) -> String {
        if self.width(text, false, size) <= width {
            return text.to_owned();
        }
        let mut cut: String = text.to_owned();
        while !cut.is_empty() && self.width(&format!("{cut}…"), false, size) > width {
            cut.pop();
        }
        format!("{}…", cut.trim_end())
    }

    /// One line of text, its baseline at `baseline`.
    fn line(&mut self, text: &str, bold: bool, size: f32, x: f32, baseline: f32, colour: Colour) {
        // Characters the bundled font lacks are left out of notes and
        // reasons; the signs themselves were checked when laid out.
        let printable: String = text
            .chars()
            .filter(|c| self.font(bold).missing_chars(&c.to_string()).is_empty())
            .collect();
        self.over.push(Item::Text(TextLine {
            glyphs: self.font(bold).shape(&printable),
            text: printable,
            bold,
            size,
            x,
            baseline,
            colour,
            upside_down: false,
        }));
    }

    /// An image, as large as fits in `area` and at its top left.
    fn picture(&mut self, image: &Pixmap, area: Rect) {
        let scale = (area.width / image.width() as f32).min(area.height / image.height() as f32);
        self.over.push(Item::Picture(Picture {
            area: Rect {
                width: image.width() as f32 * scale,
                height: image.height() as f32 * scale,
                ..area
            },
            image: image.clone(),
        }));
    }

    fn rect(&mut self, area: Rect, colour: Colour) {
        if let Some(rect) = SkiaRect::from_xywh(area.x, area.y, area.width, area.height) {
            self.under.push(Item::Shape(Shape {
                path: PathBuilder::from_rect(rect),
                fill: Some(Fill {
                    colour,
                    opacity: 1.0,
                    even_odd: false,
                }),
                stroke: None,
            }));
        }
    }

    /// A paragraph, set as `setting` says, from its first baseline down;
    /// returns the baseline of its last line.
    fn paragraph(
        &mut self,
        text: &str,
        setting: &Setting,
        x: f32,
        first_baseline: f32,
        width: f32,
    ) -> f32 {
        let Setting {
            size,
            colour,
            marks,
            mark_colour,
        } = *setting;
        let leading = size * 1.35;
        let marked = |start: usize, end: usize| marks.iter().any(|&(a, b)| start < b && a < end);
        let mut baseline = first_baseline;
        let mut first = true;
        for paragraph in lines_with_offsets(text) {
            if !first {
                baseline += leading;
            }
            first = false;
            let words = words_with_offsets(paragraph.0, paragraph.1);
            let mut line: Vec<(usize, &str)> = Vec::new();
            let flush = |pen: &mut Self, line: &mut Vec<(usize, &str)>, baseline: f32| {
                if line.is_empty() {
                    return;
                }
                let joined = line.iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ");
                let mut prefix = String::new();
                for (index, (offset, word)) in line.iter().enumerate() {
                    if index > 0 {
                        prefix.push(' ');
                    }
                    let start_x = x + pen.width(&prefix, false, size);
                    prefix.push_str(word);
                    if marked(*offset, offset + word.len()) {
                        // Marked neighbours share one ground, the space too.
                        let next_marked = line
                            .get(index + 1)
                            .is_some_and(|(next, next_word)| marked(*next, next + next_word.len()));
                        let end_x = x
                            + pen.width(&prefix, false, size)
                            + if next_marked {
                                pen.width(" ", false, size)
                            } else {
                                size * 0.15
                            };
                        pen.rect(
                            Rect {
                                x: start_x - size * 0.15,
                                y: baseline - size * 0.95,
                                width: end_x - start_x + size * 0.15,
                                height: size * 1.25,
                            },
                            mark_colour,
                        );
                    }
                }
                pen.line(&joined, false, size, x, baseline, colour);
                line.clear();
            };
            for (offset, word) in words {
                let mut candidate = line.iter().map(|(_, w)| *w).collect::<Vec<_>>();
                candidate.push(word);
                if !line.is_empty() && self.width(&candidate.join(" "), false, size) > width {
                    flush(self, &mut line, baseline);
                    baseline += leading;
                }
                line.push((offset, word));
            }
            flush(self, &mut line, baseline);
        }
        baseline
    }

    /// A laid-out sign shown as large as fits in `area`, at the top and in
    /// the middle, trimmed, with a hairline around it; returns its bottom.
    fn sign(&mut self, sign: &Scene, area: Rect) -> f32 {
        let trim = sign.boxes.trim;
        let scale = (area.width / trim.width).min(area.height / trim.height);
        let shown = Rect {
            x: area.x + (area.width - trim.width * scale) / 2.0,
            y: area.y,
            width: trim.width * scale,
            height: trim.height * scale,
        };
        let mut items = sign.drawn_at(scale, shown.x, shown.y);
        let ground = SkiaRect::from_xywh(shown.x, shown.y, shown.width, shown.height)
            .map(PathBuilder::from_rect);
        if let Some(cut) = &sign.cut
            && let Some(path) = cut
                .path
                .clone()
                .transform(resvg::tiny_skia::Transform::from_row(
                    scale, 0.0, 0.0, scale, shown.x, shown.y,
                ))
        {
            items.push(Item::Shape(Shape {
                path,
                fill: None,
                stroke: Some(hairline(Colour::Rgb([0xec, 0x00, 0x8c]))),
            }));
        }
        self.over.push(Item::Clipped(shown, items));
        // The trim as a hairline, so that a white sign shows its edges.
        if let Some(ground) = ground {
            self.over.push(Item::Shape(Shape {
                path: ground,
                fill: None,
                stroke: Some(hairline(GREY)),
            }));
        }
        shown.bottom()
    }
}

fn hairline(colour: Colour) -> Stroke {
    Stroke {
        colour,
        opacity: 1.0,
        width: 0.2,
        cap: Cap::Butt,
        join: Join::Miter,
    }
}

/// The lines of a text, each with its byte offset.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split('\n').scan(0, |offset, line| {
        let start = *offset;
        *offset += line.len() + 1;
        Some((start, line))
    })
}

/// The words of a line, each with its byte offset in the whole text.
fn words_with_offsets(line_offset: usize, line: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (index, c) in line.char_indices().chain([(line.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (true, Some(begin)) => {
                words.push((line_offset + begin, &line[begin..index]));
                start = None;
            }
            (false, None) => start = Some(index),
            _ => {}
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_offsets() {
        let text = "Wilt u\nvóór de  streep";
        let words: Vec<(usize, &str)> = lines_with_offsets(text)
            .flat_map(|(offset, line)| words_with_offsets(offset, line))
            .collect();
        for (offset, word) in &words {
            assert_eq!(&text[*offset..offset + word.len()], *word);
        }
        assert_eq!(words.len(), 5);
    }
}
