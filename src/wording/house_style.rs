//! An organisation's house style: `streep.toml`, agreed on once, so that
//! every sign of the organisation is rewritten by the same definition of
//! customer-centred wording.
//!
//! ```toml
//! address = "informal"            # formal (u), informal (je) or keep
//! disable = ["jargon", "shouting.exclamation-marks"]   # categories or rule ids
//! protect = ["HEMA", "Jij & Wij"] # words and names never touched
//! rules = ["extra-rules.toml"]    # rule files of your own, beside this file
//!
//! [replace]                        # your own words for things
//! pinnen = "betalen met uw pas"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::wording::rules::Address;

/// The name of the house-style file streep looks for in the current directory.
pub const CONFIG_FILE: &str = "streep.toml";

/// How an organisation wants its signs worded. `Config::default()` is streep's
/// own choice: address the reader as "u", every rule on.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// The language of the signs, when the command line does not say.
    pub lang: Option<Lang>,
    /// How the signs address the reader.
    #[serde(default)]
    pub address: Address,
    /// Rule ids or categories switched off.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Words and names no rule may change (brand names, product names).
    #[serde(default)]
    pub protect: Vec<String>,
    /// The organisation's own words: each phrase on the left is replaced by
    /// the one on the right.
    #[serde(default)]
    pub replace: BTreeMap<String, String>,
    /// Extra rule files, in the format of `locales/nl/rules.toml`.
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    /// The language of the explanations; by default that of the signs.
    #[serde(skip)]
    pub explain_in: Option<Lang>,
}

impl Config {
    /// Reads a house-style file; the rule files it names are taken relative
    /// to the file's folder.
    pub fn load(path: &Path) -> Result<Config> {
        let source = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        let mut config = Config::parse(&source, &path.display().to_string())?;
        let folder = path.parent().unwrap_or(Path::new("."));
        for rule_file in &mut config.rules {
            *rule_file = folder.join(&*rule_file);
        }
        Ok(config)
    }

    /// Parses a house style from TOML text; `name` names it in errors.
    ///
    /// ```
    /// use streep::{Config, Lang, Rewriter};
    ///
    /// let config = Config::parse("address = 'informal'", "streep.toml")?;
    /// let rewriter = Rewriter::new(Lang::Nl, &config)?;
    /// assert_eq!(rewriter.rewrite("Wilt u even wachten?").output, "Wil je even wachten?");
    /// # Ok::<(), streep::Error>(())
    /// ```
    pub fn parse(source: &str, name: &str) -> Result<Config> {
        toml::from_str(source).map_err(|e| Error::Config {
            file: name.to_owned(),
            reason: e.to_string(),
        })
    }

    /// The house style in `streep.toml` of the current directory, if there is one.
    pub fn discover() -> Result<Option<Config>> {
        let path = Path::new(CONFIG_FILE);
        if path.is_file() {
            Config::load(path).map(Some)
        } else {
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_house_style() {
        let config = Config::parse(
            "address = 'informal'\ndisable = ['jargon']\nprotect = ['HEMA']\n[replace]\npinnen = 'betalen met uw pas'",
            "streep.toml",
        )
        .unwrap();
        assert_eq!(config.address, Address::Informal);
        assert_eq!(config.replace["pinnen"], "betalen met uw pas");
    }

    #[test]
    fn a_wrong_key_or_value_is_named() {
        let error = Config::parse("adress = 'formal'", "streep.toml")
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("streep.toml") && error.contains("adress"),
            "{error}"
        );
        let error = Config::parse("address = 'polite'", "streep.toml")
            .unwrap_err()
            .to_string();
        assert!(error.contains("polite"), "{error}");
    }

    #[test]
    fn rule_files_are_found_beside_the_house_style() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("streep.toml");
        std::fs::write(&path, "rules = ['extra.toml']").unwrap();
        let config = Config::load(&path).unwrap();
        assert_eq!(config.rules, [dir.path().join("extra.toml")]);
    }
}
