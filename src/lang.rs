//! The languages streep knows, and the data embedded for each: its rule file
//! (for the language of a sign) and its Fluent messages (for the language of
//! the user interface).

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

/// A language, either of a sign's text or of the messages the user reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch.
    Nl,
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
}

impl Lang {
    /// Every language, in the order they are listed to the user.
    pub const ALL: [Lang; 4] = [Lang::Nl, Lang::En, Lang::De, Lang::Fr];

    /// The languages the user interface speaks.
    pub const UI: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The ISO 639-1 code: "nl", "en", "de", "fr".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }

    /// The built-in rule file for signs in this language.
    pub(crate) fn rules(self) -> &'static str {
        match self {
            Lang::Nl => include_str!("../locales/nl/rules.toml"),
            Lang::En => include_str!("../locales/en/rules.toml"),
            Lang::De => include_str!("../locales/de/rules.toml"),
            Lang::Fr => include_str!("../locales/fr/rules.toml"),
        }
    }

    /// The built-in list of this language's common words, one a line, by
    /// which a text's language is told.
    pub(crate) fn detection_words(self) -> &'static str {
        match self {
            Lang::Nl => include_str!("../locales/nl/detect.txt"),
            Lang::En => include_str!("../locales/en/detect.txt"),
            Lang::De => include_str!("../locales/de/detect.txt"),
            Lang::Fr => include_str!("../locales/fr/detect.txt"),
        }
    }

    /// The Fluent messages of the user interface in this language, if the
    /// interface speaks it.
    pub(crate) fn messages(self) -> Option<&'static str> {
        match self {
            Lang::Nl => Some(include_str!("../locales/nl/streep.ftl")),
            Lang::En => Some(include_str!("../locales/en/streep.ftl")),
            Lang::De | Lang::Fr => None,
        }
    }

    /// The user-interface language a locale setting such as `nl_BE.UTF-8` asks
    /// for, if streep speaks it.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let tag = locale.split(['.', '@']).next()?;
        Lang::of_tag(tag).filter(|lang| Lang::UI.contains(lang))
    }

    /// The language a sign's language tag (`nl`, `nl-BE`, `fr-CA`) is
    /// written in, if streep rewrites it; the tag itself is checked where
    /// the sign is laid out.
    pub fn of_tag(tag: &str) -> Option<Lang> {
        tag.split(['-', '_']).next()?.parse().ok()
    }

    /// The codes of all languages, for messages that list the choices.
    pub(crate) fn known_codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }

    /// The codes of the user-interface languages.
    pub(crate) fn ui_codes() -> String {
        Lang::UI.map(Lang::code).join(", ")
    }
}

impl FromStr for Lang {
    type Err = Error;

    fn from_str(code: &str) -> Result<Self, Error> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
            .ok_or_else(|| Error::UnknownLanguage(code.to_owned()))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_locale_settings() {
        assert_eq!(Lang::from_locale("nl_BE.UTF-8"), Some(Lang::Nl));
        assert_eq!(Lang::from_locale("en_US"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        // Signs can be German; the interface cannot, yet.
        assert_eq!(Lang::from_locale("de_DE.UTF-8"), None);
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn parses_codes() {
        assert_eq!("NL".parse::<Lang>().unwrap(), Lang::Nl);
        assert!("xx".parse::<Lang>().is_err());
    }

    #[test]
    fn reads_the_language_of_a_regional_tag() {
        assert_eq!(Lang::of_tag("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::of_tag("fr"), Some(Lang::Fr));
        assert_eq!(Lang::of_tag("es-ES"), None);
        assert_eq!(Lang::of_tag("nl\u{fffe}"), None);
    }
}
