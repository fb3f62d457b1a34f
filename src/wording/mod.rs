//! The wording half of streep: text in, customer-centred text out.
//!
//! Text is cut into tokens (`text`), each word is looked up in the
//! language's lexicon (`lexicon`), the rule files (`rules`) say what is
//! organisation-centred and how to say it instead, and the rewriter
//! (`rewrite`) applies them pass after pass, explaining every change. Which
//! language a sign is in is told by `detect`; `phrases` holds ready sign
//! texts, and `house_style` an organisation's own choices (`streep.toml`).

pub mod address;
pub mod detect;
pub mod grammar;
pub mod house_style;
pub mod lexicon;
pub mod phrases;
pub mod rewrite;
pub mod rules;
pub mod text;
