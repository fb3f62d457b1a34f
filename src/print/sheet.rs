//! Imposition: several laid-out signs side by side on one larger sheet, each
//! with its own bleed, crop marks and cut line, so that a print shop can
//! print small posters or stickers many to a sheet.

use resvg::tiny_skia::{PathBuilder, Transform};

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::colour::Colour;
use crate::print::geometry::{self, PageBoxes, Rect, Size};
use crate::print::scene::{Cap, Cut, Item, Join, Scene, Shape, Stroke};

/// Room kept free at the sheet's edges, for grippers and marks, and between
/// two signs' bleed boxes, for their crop marks. Signs without bleed are cut
/// apart along shared lines instead ("four A5 on A3"), and need neither.
fn spacing(bleed: f32) -> (f32, f32) {
    if bleed > 0.0 {
        (10.0, 10.0)
    } else {
        (0.0, 0.0)
    }
}
/// Crop marks: how far from the trim they start, and how long they are.
const MARK_START_MM: f32 = 2.0;
const MARK_LENGTH_MM: f32 = 4.0;

/// How many signs of `item` size (with bleed) fit on `sheet`, across and down.
pub fn grid(item: Size, bleed: f32, sheet: Size) -> (usize, usize) {
    let (margin, gap) = spacing(bleed);
    let fits = |room: f32, side: f32| {
        let cell = side + 2.0 * bleed + gap;
        ((room - 2.0 * margin + gap + 1e-3) / cell).floor().max(0.0) as usize
    };
    (
        fits(sheet.width, item.width),
        fits(sheet.height, item.height),
    )
}

/// Puts `scenes` (all of one size) on sheets of `sheet` size, as many to a
/// sheet as fit; each sheet is a scene of its own.
pub fn impose(scenes: Vec<Scene>, sheet: Size) -> Result<Vec<Scene>> {
    let Some(first) = scenes.first() else {
        return Ok(Vec::new());
    };
    let (item, bleed) = (first.boxes.trim, first.boxes.bleed);
    // The sheet either way round, whichever holds more.
    let turned = sheet.turned();
    let (upright, sideways) = (grid(item, bleed, sheet), grid(item, bleed, turned));
    let (sheet, (across, down)) = if sideways.0 * sideways.1 > upright.0 * upright.1 {
        (turned, sideways)
    } else {
        (sheet, upright)
    };
    if across * down == 0 {
        return Err(Error::Sign(
            Msg::new("error-sheet-too-small")
                .arg("sheet", sheet)
                .arg("size", item),
        ));
    }
    if let Some(other) = scenes.iter().find(|scene| scene.boxes.trim != item) {
        return Err(Error::Sign(
            Msg::new("error-sheet-sizes")
                .arg("size", item)
                .arg("other", other.boxes.trim),
        ));
    }
    let (_, gap) = spacing(bleed);
    // The grid is centred on the sheet.
    let cell = Size::new(
        item.width + 2.0 * bleed + gap,
        item.height + 2.0 * bleed + gap,
    );
    let used = Size::new(
        across as f32 * cell.width - gap,
        down as f32 * cell.height - gap,
    );
    let origin = (
        (sheet.width - used.width) / 2.0 + bleed,
        (sheet.height - used.height) / 2.0 + bleed,
    );
    let per_sheet = across * down;
    let mut sheets = Vec::new();
    let mut scenes = scenes.into_iter().peekable();
    while scenes.peek().is_some() {
        let group: Vec<Scene> = scenes.by_ref().take(per_sheet).collect();
        let mut items = Vec::new();
        let mut cut = PathBuilder::new();
        let mut cut_name = None;
        let mut title = Vec::new();
        for (index, scene) in group.iter().enumerate() {
            let (column, row) = (index % across, index / across);
            let (x, y) = (
                origin.0 + column as f32 * cell.width,
                origin.1 + row as f32 * cell.height,
            );
            let at = Rect {
                x,
                y,
                width: item.width,
                height: item.height,
            };
            place(scene, at, &mut items, &mut cut);
            if let Some(scene_cut) = &scene.cut {
                cut_name.get_or_insert_with(|| scene_cut.name.clone());
            }
            title.push(scene.title.clone());
        }
        let first = &group[0];
        sheets.push(Scene {
            boxes: PageBoxes::new(sheet, 0.0, false)?,
            title: title.join(" · "),
            lang: first.lang.clone(),
            background: Colour::WHITE,
            items,
            cut: cut_name.and_then(|name| cut.finish().map(|path| Cut { path, name })),
            fonts: first.fonts.clone(),
            press: first.press.clone(),
            notes: Vec::new(),
        });
    }
    Ok(sheets)
}

/// Copies one sign onto the sheet at `at` (its trim there): its background
/// over its bleed, its drawing, its cut line, and crop marks at its corners.
fn place(scene: &Scene, at: Rect, sheet_items: &mut Vec<Item>, cut: &mut PathBuilder) {
    let moved = Transform::from_translate(at.x, at.y);
    let bleed_box = at.grown(scene.boxes.bleed);
    let items = scene.drawn_at(1.0, at.x, at.y);
    // Artwork that runs past the sign's bleed stays off its neighbours.
    sheet_items.push(Item::Clipped(bleed_box, items));
    match &scene.cut {
        Some(sign_cut) => {
            let path = sign_cut
                .path
                .clone()
                .transform(moved)
                .expect("a finite move");
            cut.push_path(&path);
        }
        // Without bleed there is no room for marks: the sheet is cut along
        // the signs' shared edges.
        None if scene.boxes.bleed > 0.0 => sheet_items.extend(crop_marks(at, scene.boxes.bleed)),
        None => {}
    }
}

/// Hairlines on the trim's lines extended, starting beyond the bleed.
fn crop_marks(trim: Rect, bleed: f32) -> Vec<Item> {
    let mut marks = PathBuilder::new();
    for [(x1, y1), (x2, y2)] in geometry::crop_marks(trim, bleed + MARK_START_MM, MARK_LENGTH_MM) {
        marks.move_to(x1, y1);
        marks.line_to(x2, y2);
    }
    marks
        .finish()
        .map(|path| {
            Item::Shape(Shape {
                path,
                fill: None,
                stroke: Some(Stroke {
                    colour: Colour::REGISTRATION,
                    opacity: 1.0,
                    width: geometry::HAIRLINE_PT * geometry::MM_PER_PT,
                    cap: Cap::Butt,
                    join: Join::Miter,
                }),
            })
        })
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_fit_on_a_sheet_with_room_for_bleed_and_marks() {
        // A5 with 3 mm bleed, 10 mm between and 10 mm at the edges: two
        // across an A3 turned landscape (2 × 154 + 10 + 20 = 338 ≤ 420 mm),
        // one down (2 × 216 would need 462 of 297 mm).
        assert_eq!(
            grid(Size::new(148.0, 210.0), 3.0, Size::new(420.0, 297.0)),
            (2, 1)
        );
        // Without bleed, four A5 fill an A3 edge to edge.
        assert_eq!(
            grid(Size::new(148.0, 210.0), 0.0, Size::new(297.0, 420.0)),
            (2, 2)
        );
        assert_eq!(
            grid(Size::new(100.0, 100.0), 3.0, Size::new(1000.0, 500.0)),
            (8, 4)
        );
        assert_eq!(
            grid(Size::new(500.0, 500.0), 3.0, Size::new(420.0, 297.0)),
            (0, 0)
        );
    }
}
