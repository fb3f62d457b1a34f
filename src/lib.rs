//! # streep
//!
//! Makes queue and waiting-area signs customer-centred. Signs in shops,
//! pharmacies, town halls and hospitals are often written from behind the
//! counter: "Gelieve achter de streep te wachten" describes the line as the
//! clerk sees it, while the customer stands *in front of* it. streep rewrites
//! such wording into wording that addresses the customer, and explains every
//! change.
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
//! The rules are data: `locales/<lang>/rules.toml`, each rule with the
//! examples it must change and the text it must leave alone. An
//! organisation's house style ([`Config`], `streep.toml`) chooses "u" or
//! "je", switches rules off, protects brand names and adds its own words.
//!
//! Data flows one way: text → tokens → rules (patterns, templates) →
//! [`Rewriter`] (passes until nothing changes) → a [`Rewrite`] or a
//! [`Check`] → the command line's output.

#[doc(hidden)]
pub mod cli;
mod colour;
mod config;
mod error;
mod font;
mod geometry;
mod i18n;
mod lang;
mod layout;
mod render;
mod rewrite;
mod rules;
mod scene;
mod sign;
mod template;
mod text;

pub use config::{CONFIG_FILE, Config};
pub use error::{Error, Result};
pub use i18n::{Messages, Msg};
pub use lang::Lang;
pub use rewrite::examples::{Failure as ExampleFailure, verify as verify_examples};
pub use rewrite::{Change, Check, Finding, Rewrite, Rewriter};
pub use rules::{Address, Example, Rule, RuleSet, Severity};

pub use colour::Colour;
pub use geometry::{Length, PAPERS, PageBoxes, Paper, Size, parse_size};
pub use layout::lay_out;
pub use render::{Format, Options as RenderOptions, render, write_atomically};
pub use scene::Scene;
pub use sign::{Colours, Facing, Print, Sign};
pub use template::{Kind, Template, icon_names, template_names};
