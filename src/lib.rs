//! # streep
//!
//! Makes queue and waiting-area signs customer-centred, and prints them.
//! Signs in shops, pharmacies, town halls and hospitals are often written
//! from behind the counter: "Gelieve achter de streep te wachten" describes
//! the line as the clerk sees it, while the customer stands *in front of*
//! it. streep rewrites such wording into wording that addresses the
//! customer, and explains every change.
//!
//! ```
//! use streep::{Config, Lang, Rewriter};
//!
//! let rewriter = Rewriter::new(Lang::Nl, &Config::default())?;
//!
//! let rewrite = rewriter.rewrite("Je kunt hier pinnen.");
//! assert_eq!(rewrite.output, "U kunt hier pinnen.");
//!
//! let check = rewriter.check("Verboden toegang voor onbevoegden");
//! assert!(check.score < 50);
//! assert!(check.findings.iter().any(|f| f.category == "prohibition"));
//! # Ok::<(), streep::Error>(())
//! ```
//!
//! The rules are data: `locales/<lang>/rules.toml`, for Dutch, German,
//! French and English signs, each rule with the examples it must change and
//! the text it must leave alone; [`detect`] tells which language a text is in. An
//! organisation's house style ([`Config`], `streep.toml`) chooses "u" or
//! "je", switches rules off, protects brand names and adds its own words.
//!
//! A sign is then printed: a [`Sign`] names a template, a size and the text
//! of each slot; [`lay_out`] fits the text into the template's boxes and
//! gives a [`Scene`]; [`render`] writes it as PDF (for print: PDF/X-4 in
//! the inks of a FOGRA39 press unless the sign asks for another, TrimBox,
//! BleedBox, embedded subset font, a `CutContour` spot-colour cut line for
//! stickers), SVG (for designers) or PNG (to look at).
//!
//! ```
//! use streep::{Format, RenderOptions, Sign, lay_out, render};
//!
//! let mut sign = Sign::new("poster", "Wilt u vóór de streep wachten?");
//! sign.size = Some("A3".into());
//! let scene = lay_out(&sign)?;
//! let options = RenderOptions { dpi: 150, outline_text: false };
//! let pdf = render(&scene, Format::Pdf, options)?;
//! assert!(pdf.starts_with(b"%PDF-1.6"));
//! # Ok::<(), streep::Error>(())
//! ```
//!
//! Data flows one way: text → tokens → rules (patterns, templates) →
//! [`Rewriter`] (passes until nothing changes) → the rewritten text → a
//! [`Sign`] → layout (template, text fitting) → a [`Scene`] → PDF, SVG, PNG.

mod batch;
#[doc(hidden)]
pub mod cli;
mod compare;
mod error;
mod file;
mod i18n;
mod lang;
mod print;
mod recent;
mod studio;
mod wording;

pub use error::{Error, Result};
pub use i18n::{Messages, Msg};
pub use lang::Lang;
pub use wording::detect::detect;
pub use wording::house_style::{CONFIG_FILE, Config};
pub use wording::lexicon;
pub use wording::phrases;
pub use wording::rewrite::examples::{Failure as ExampleFailure, verify as verify_examples};
pub use wording::rewrite::{Change, Check, Finding, Rewrite, Rewriter};
pub use wording::rules::{Address, Example, Rule, RuleSet, Severity};

pub use batch::{Job, Table, plan};
pub use compare::{Comparison, Pair, Sheet, Side, Summary};
pub use print::colour::Colour;
pub use print::colour::profile::{OutputProfile, Use as ColourUse};
pub use print::geometry::{Length, PAPERS, PageBoxes, Paper, Size, parse_size};
pub use print::layout::lay_out;
pub use print::legibility::Standard as LegibilityStandard;
pub use print::render::{Format, Options as RenderOptions, Pages, render, write_atomically};
pub use print::scene::{Press, Scene};
pub use print::sign::{Colours, Facing, PdfStandard, Print, Sign};
pub use print::template::{Kind, Template, icon_names, template_names};
