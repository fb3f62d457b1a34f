//! A template's or icon's artwork, as usvg reads it, turned into the scene's
//! shapes: outlines in millimetres with plain colours.

use resvg::tiny_skia::{StrokeDash, Transform};
use resvg::usvg::{self, Node, Paint};

use crate::colour::Colour;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::scene::{Cap, Fill, Item, Join, Shape, Stroke};
use crate::template::Theme;

pub struct Artwork<'t> {
    theme: &'t Theme,
    /// Elements that mark slots and cut lines: not drawn.
    skip: Vec<&'t str>,
    items: Vec<Item>,
}

impl<'t> Artwork<'t> {
    pub fn new(theme: &'t Theme, skip: Vec<&'t str>) -> Self {
        Artwork {
            theme,
            skip,
            items: Vec::new(),
        }
    }

    /// How many items are drawn so far.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn into_items(self) -> Vec<Item> {
        self.items
    }

    /// Adds a group's drawing, placed by `placed` (after its own transforms),
    /// at `opacity`.
    pub fn add(&mut self, group: &usvg::Group, placed: Transform, opacity: f32) -> Result<()> {
        for node in group.children() {
            if !node.id().is_empty() && self.skip.contains(&node.id()) {
                continue;
            }
            match node {
                Node::Group(inner) => {
                    if inner.clip_path().is_some()
                        || inner.mask().is_some()
                        || !inner.filters().is_empty()
                        || inner.blend_mode() != usvg::BlendMode::Normal
                    {
                        return Err(unsupported(
                            node.id(),
                            "clip-path, mask, filter, mix-blend-mode",
                        ));
                    }
                    // Group opacity is given to each shape in the group: the
                    // same where shapes do not overlap, which holds for the
                    // templates and icons streep draws.
                    self.add(inner, placed, opacity * inner.opacity().get())?;
                }
                Node::Path(path) => self.add_path(path, placed, opacity)?,
                Node::Text(text) => self.add(text.flattened(), placed, opacity)?,
                Node::Image(_) => return Err(unsupported(node.id(), "image")),
            }
        }
        Ok(())
    }

    fn add_path(&mut self, path: &usvg::Path, placed: Transform, opacity: f32) -> Result<()> {
        if !path.is_visible() {
            return Ok(());
        }
        let transform = path.abs_transform().post_concat(placed);
        let fill = match path.fill() {
            Some(fill) => Some(Fill {
                colour: self.colour(fill.paint(), path.id())?,
                opacity: opacity * fill.opacity().get(),
                even_odd: fill.rule() == usvg::FillRule::EvenOdd,
            }),
            None => None,
        };
        let mut outline = path.data().clone();
        let stroke = match path.stroke() {
            Some(stroke) => {
                if let Some(dashes) = stroke.dasharray() {
                    // Dashes are cut here, once, so every backend draws the same dashes.
                    if let Some(dashed) = StrokeDash::new(dashes.to_vec(), stroke.dashoffset())
                        .and_then(|dash| outline.dash(&dash, 1.0))
                    {
                        outline = dashed;
                    }
                }
                Some(Stroke {
                    colour: self.colour(stroke.paint(), path.id())?,
                    opacity: opacity * stroke.opacity().get(),
                    width: stroke.width().get() * scale_of(transform),
                    cap: match stroke.linecap() {
                        usvg::LineCap::Butt => Cap::Butt,
                        usvg::LineCap::Round => Cap::Round,
                        usvg::LineCap::Square => Cap::Square,
                    },
                    join: match stroke.linejoin() {
                        usvg::LineJoin::Round => Join::Round,
                        usvg::LineJoin::Bevel => Join::Bevel,
                        _ => Join::Miter,
                    },
                })
            }
            None => None,
        };
        if stroke.is_some()
            && fill.is_some()
            && path.stroke().is_some_and(|s| s.dasharray().is_some())
        {
            return Err(unsupported(path.id(), "a dashed outline around a fill"));
        }
        let Some(outline) = outline.transform(transform) else {
            return Ok(());
        };
        self.items.push(Item::Shape(Shape {
            path: outline,
            fill,
            stroke,
        }));
        Ok(())
    }

    /// A plain colour; the theme's own where it matches, so that CMYK
    /// colours the user gave reach the press unchanged.
    fn colour(&self, paint: &Paint, id: &str) -> Result<Colour> {
        let Paint::Color(colour) = paint else {
            return Err(unsupported(id, "gradient, pattern"));
        };
        let rgb = [colour.red, colour.green, colour.blue];
        Ok([self.theme.ink, self.theme.background, self.theme.accent]
            .into_iter()
            .find(|known| known.to_rgb() == rgb)
            .unwrap_or(Colour::Rgb(rgb)))
    }
}

/// How much a transform scales lengths, on average over directions.
fn scale_of(transform: Transform) -> f32 {
    (transform.sx * transform.sy - transform.kx * transform.ky)
        .abs()
        .sqrt()
}

fn unsupported(id: &str, feature: &str) -> Error {
    Error::Sign(
        Msg::new("error-artwork-unsupported")
            .arg("element", if id.is_empty() { "?" } else { id })
            .arg("feature", feature),
    )
}
