//! The printing half: a [`sign::Sign`] (template, size, colours, the text
//! of each slot) is laid out in its [`template`] ([`layout`], with the
//! bundled [`font`]s and hyphenation) into a [`scene::Scene`] of shapes,
//! pictures and text lines in millimetres, which [`render`] writes as PDF,
//! SVG or PNG, one sign to a page or imposed many to a [`sheet`]. The
//! [`legibility`] notes and the [`colour`] and [`geometry`] types serve
//! every step. Nothing here knows about wording: a sign's text arrives
//! already rewritten.

pub mod colour;
pub mod font;
pub mod geometry;
pub mod layout;
pub mod legibility;
pub mod render;
pub mod scene;
pub mod sheet;
pub mod sign;
pub mod template;
