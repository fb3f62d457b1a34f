//! The comparison as one HTML file that opens in any browser, offline: the
//! font is inline, each sign an inline image of its SVG (its text drawn as
//! outlines, so that it looks as printed), the changed words in `<del>` and
//! `<ins>`.

use std::fmt::Write;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use super::{Comparison, Cover, category_name, score_text};
use crate::error::Result;
use crate::i18n::{Messages, Msg};
use crate::print::font::Fonts;
use crate::print::render::svg;
use crate::print::scene::Scene;

const STYLE: &str = r#"
:root { --ink: #1a1a1a; --grey: #6b6b6b; --removed: #fdd8d8; --added: #c9f0d0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Atkinson Hyperlegible Next", sans-serif; color: var(--ink); background: #f4f4f4; line-height: 1.4; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
section { background: #fff; border-radius: 8px; padding: 24px; margin-bottom: 24px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
h1, h2, h3 { margin: 0 0 12px; }
.pair { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 24px; align-items: start; }
@media (max-width: 800px) { .pair { grid-template-columns: 1fr; } }
figure { margin: 0; }
.cover { margin-bottom: 32px; }
.cover .logo { display: block; max-width: 240px; max-height: 120px; margin-bottom: 16px; }
.cover .client { font-size: 1.4em; margin: 0; }
.cover .date { color: #595959; }
figure img { display: block; width: auto; height: auto; max-width: 100%; max-height: 420px; border: 1px solid #c8c8c8; }
.score { font-size: .9em; color: var(--grey); }
.bar { height: 8px; background: #e3e3e3; border-radius: 4px; margin: 4px 0 12px; overflow: hidden; }
.bar span { display: block; height: 100%; }
.low { background: #c02525; } .mid { background: #d98e04; } .high { background: #1a7f37; }
del { background: var(--removed); text-decoration: line-through; }
ins { background: var(--added); text-decoration: none; }
.wording { font-size: 1.1em; margin-top: 12px; }
ol { padding-left: 1.2em; margin: 0; }
li { margin-bottom: 12px; }
li p { margin: 4px 0 0; color: var(--grey); }
table { border-collapse: collapse; }
td { padding: 4px 12px 4px 0; vertical-align: middle; }
td.bar-cell { width: 240px; }
"#;

pub fn html(comparison: &Comparison, messages: &Messages) -> Result<String> {
    let fonts = Fonts::bundled();
    let mut out = String::with_capacity(256 * 1024);
    let lang = messages.lang().code();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>",
        title = escape(&comparison.cover.as_ref().map_or_else(
            || messages.get("compare-document-title"),
            |cover| cover.title.clone()
        )),
    );
    for (bold, weight) in [(false, 400), (true, 700)] {
        let font = fonts.get(bold);
        let _ = write!(
            out,
            "@font-face {{ font-family: \"{family}\"; font-weight: {weight}; \
             src: url(data:font/ttf;base64,{data}) format(\"truetype\"); }}",
            family = font.family,
            data = STANDARD.encode(font.data()),
        );
    }
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    if let Some(cover) = &comparison.cover {
        cover_header(&mut out, cover);
    }
    let count = comparison.pairs.len();
    if count > 1 {
        summary(&mut out, comparison, messages);
    }
    for index in 0..count {
        sign(&mut out, comparison, index, messages)?;
    }
    out.push_str("</main>\n</body>\n</html>\n");
    Ok(out)
}

/// The cover's words and logo, at the top of the sheet.
fn cover_header(out: &mut String, cover: &Cover) {
    out.push_str("<header class=\"cover\">\n");
    if let Some(logo) = &cover.logo {
        let _ = writeln!(
            out,
            "<img class=\"logo\" alt=\"\" src=\"data:image/png;base64,{}\">",
            STANDARD.encode(&logo.png)
        );
    }
    let _ = writeln!(out, "<h1>{}</h1>", escape(&cover.title));
    if let Some(client) = &cover.client {
        let _ = writeln!(out, "<p class=\"client\">{}</p>", escape(client));
    }
    let _ = write!(
        out,
        "<p class=\"date\">{}</p>\n</header>\n",
        escape(&cover.date)
    );
}

fn summary(out: &mut String, comparison: &Comparison, messages: &Messages) {
    let summary = comparison.summary();
    let _ = write!(
        out,
        "<section class=\"summary\">\n<h1>{}</h1>\n<p>{}</p>\n",
        escape(&messages.get("compare-summary")),
        escape(
            &messages.text(
                &Msg::new("compare-summary-facts")
                    .num("signs", summary.signs as f64)
                    .num("changed", summary.changed as f64)
            )
        ),
    );
    for (label, average) in [
        ("compare-average-before", summary.average_before),
        ("compare-average-after", summary.average_after),
    ] {
        let score = average.round() as u8;
        let _ = write!(
            out,
            "<h3>{}</h3><div class=\"score\">{} {}</div>{}",
            escape(&messages.get(label)),
            escape(&messages.get("compare-focus")),
            escape(&score_text(score, messages)),
            bar(score),
        );
    }
    let _ = write!(
        out,
        "<h2>{}</h2>\n<table>\n",
        escape(&messages.get("compare-categories"))
    );
    let most = summary.by_category.first().map_or(1, |(_, n)| *n).max(1);
    for (category, count) in &summary.by_category {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"bar-cell\"><div class=\"bar\"><span class=\"mid\" \
             style=\"width:{}%\"></span></div></td><td>{count}</td></tr>",
            escape(&category_name(category, messages)),
            count * 100 / most,
        );
    }
    let _ = write!(
        out,
        "</table>\n<h2>{}</h2>\n<table>\n",
        escape(&messages.get("compare-signs"))
    );
    for (index, pair) in comparison.pairs.iter().enumerate() {
        let _ = writeln!(
            out,
            "<tr><td>{}.</td><td>{}</td><td><strong>{}</strong></td></tr>",
            index + 1,
            escape(&pair.before),
            escape(
                &messages.text(
                    &Msg::new("compare-score-change")
                        .num("before", pair.score_before)
                        .num("after", pair.score_after)
                )
            ),
        );
    }
    out.push_str("</table>\n</section>\n");
}

fn sign(
    out: &mut String,
    comparison: &Comparison,
    index: usize,
    messages: &Messages,
) -> Result<()> {
    let pair = &comparison.pairs[index];
    let _ = write!(
        out,
        "<section class=\"sign\">\n<h2>{}</h2>\n<div class=\"pair\">\n",
        escape(
            &messages.text(
                &Msg::new("compare-title")
                    .num("number", (index + 1) as f64)
                    .num("count", comparison.pairs.len() as f64)
            )
        ),
    );
    for side in comparison.sides(index)? {
        let _ = write!(
            out,
            "<figure>\n<h3>{heading}</h3>\n<div class=\"score\">{focus} {score_text}</div>{bar}\
             <img alt=\"{alt}\" width=\"{width}\" height=\"{height}\" \
             src=\"data:image/svg+xml;base64,{image}\">\n\
             <figcaption class=\"wording\">{marked}</figcaption>\n</figure>\n",
            heading = escape(&messages.get(side.heading())),
            focus = escape(&messages.get("compare-focus")),
            score_text = escape(&score_text(side.score, messages)),
            bar = bar(side.score),
            alt = escape(side.wording),
            // The sign's own proportions, so that its box fits it exactly.
            width = css_pixels(side.sign.boxes.trim.width),
            height = css_pixels(side.sign.boxes.trim.height),
            image = STANDARD.encode(sign_svg(&side.sign)),
            marked = marked(
                side.wording,
                &side.marks,
                if side.before { "del" } else { "ins" }
            ),
        );
    }
    let _ = write!(
        out,
        "<aside>\n<h3>{}</h3>\n",
        escape(&messages.get("compare-why"))
    );
    if pair.changes.is_empty() && pair.advice.is_empty() {
        let _ = write!(
            out,
            "<p>{}</p>",
            escape(&messages.get("compare-no-changes"))
        );
    } else {
        out.push_str("<ol>\n");
        for (what, why) in pair.reasons(messages) {
            let _ = writeln!(
                out,
                "<li><strong>{}</strong><p>{}</p></li>",
                escape(&what),
                escape(&why)
            );
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</aside>\n</div>\n</section>\n");
    Ok(())
}

/// The sign as an SVG image that needs no fonts: its text as outlines.
/// Millimetres as whole CSS pixels (96 to the inch).
fn css_pixels(mm: f32) -> u32 {
    (mm * 96.0 / 25.4).round() as u32
}

fn sign_svg(scene: &Scene) -> String {
    svg(scene, true)
}

fn bar(score: u8) -> String {
    let class = match score {
        0..50 => "low",
        50..75 => "mid",
        _ => "high",
    };
    format!("<div class=\"bar\"><span class=\"{class}\" style=\"width:{score}%\"></span></div>")
}

/// The text with the byte ranges in `marks` wrapped in `<tag>`.
fn marked(text: &str, marks: &[(usize, usize)], tag: &str) -> String {
    let mut ranges: Vec<(usize, usize)> = marks
        .iter()
        .copied()
        .filter(|&(start, end)| start < end && text.get(start..end).is_some())
        .collect();
    ranges.sort_unstable();
    let mut out = String::with_capacity(text.len() + 32);
    let mut at = 0;
    for (start, end) in ranges {
        let start = start.max(at);
        if start >= end {
            continue;
        }
        out.push_str(&escape(&text[at..start]));
        let _ = write!(out, "<{tag}>{}</{tag}>", escape(&text[start..end]));
        at = end;
    }
    out.push_str(&escape(&text[at..]));
    out.replace('\n', "<br>")
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_wrap_the_ranges_and_everything_is_escaped() {
        assert_eq!(
            marked("a <b> c", &[(2, 5)], "ins"),
            "a <ins>&lt;b&gt;</ins> c"
        );
        // Overlapping and out-of-range marks neither repeat nor panic.
        assert_eq!(
            marked("abcdef", &[(1, 4), (2, 5), (4, 99)], "del"),
            "a<del>bcd</del><del>e</del>f"
        );
    }
}
