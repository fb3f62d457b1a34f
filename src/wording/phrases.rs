//! Ready customer-centred sign texts, by id, in every sign language: a
//! headline and a second line, written once by people and kept in Fluent
//! (`locales/<lang>/phrases.ftl`), with variables where a sign needs them
//! (a time, the opening hours).
//!
//! ```
//! use std::collections::BTreeMap;
//! use streep::phrases;
//!
//! let values = BTreeMap::from([("time".to_owned(), "9.00 uur".to_owned())]);
//! let closed = phrases::phrase("nl", "closed-today", &values)?;
//! assert_eq!(closed.headline, "Vandaag zijn we gesloten.");
//! assert!(closed.body.unwrap().contains("vanaf 9.00 uur"));
//! # Ok::<(), streep::Error>(())
//! ```

use std::collections::BTreeMap;

use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};

use crate::error::{Error, Result};
use crate::i18n::Msg;

/// One sign text, its variables filled.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    pub id: String,
    pub headline: String,
    pub body: Option<String>,
    /// The icon that goes with it (see `streep templates`).
    pub icon: Option<String>,
    /// The variables it took, by name.
    pub variables: Vec<String>,
}

/// The sign languages with a phrase catalogue.
pub const LANGUAGES: [&str; 4] = ["nl", "en", "de", "fr"];

fn source(lang: &str) -> Option<&'static str> {
    match lang {
        "nl" => Some(include_str!("../../locales/nl/phrases.ftl")),
        "en" => Some(include_str!("../../locales/en/phrases.ftl")),
        "de" => Some(include_str!("../../locales/de/phrases.ftl")),
        "fr" => Some(include_str!("../../locales/fr/phrases.ftl")),
        _ => None,
    }
}

fn bundle(lang: &str) -> Result<FluentBundle<FluentResource>> {
    let source = source(lang).ok_or_else(|| {
        Error::Sign(
            Msg::new("error-phrases-lang")
                .arg("lang", lang)
                .arg("known", LANGUAGES.join(", ")),
        )
    })?;
    let resource = FluentResource::try_new(source.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/phrases.ftl: {errors:?}"));
    let locale = lang.parse().expect("catalogue languages are valid locales");
    let mut bundle = FluentBundle::new(vec![locale]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("locales/{lang}/phrases.ftl: {errors:?}"));
    Ok(bundle)
}

/// The ids of the catalogue in `lang`, in the file's order.
pub fn ids(lang: &str) -> Result<Vec<String>> {
    bundle(lang)?;
    let source = source(lang).expect("checked by bundle()");
    let resource = FluentResource::try_new(source.to_owned()).expect("checked by bundle()");
    Ok(resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect())
}

/// Every phrase in `lang`, in the file's order, its variables shown as
/// `{name}`.
pub fn catalogue(lang: &str) -> Result<Vec<Phrase>> {
    let bundle = bundle(lang)?;
    ids(lang)?
        .into_iter()
        .map(|id| {
            let message = bundle.get_message(&id).expect("listed ids exist");
            let values = message
                .value()
                .into_iter()
                .chain(message.get_attribute("body").map(|body| body.value()))
                .flat_map(variables_in)
                .map(|name| (name.clone(), format!("{{{name}}}")))
                .collect();
            phrase(lang, &id, &values)
        })
        .collect()
}

/// The phrase `id` in `lang`, its variables taken from `values`; an error
/// names an unknown id, or the variables it needs and was not given.
pub fn phrase(lang: &str, id: &str, values: &BTreeMap<String, String>) -> Result<Phrase> {
    let bundle = bundle(lang)?;
    let Some(message) = bundle.get_message(id) else {
        return Err(Error::Sign(
            Msg::new("error-phrase-unknown")
                .arg("id", id)
                .arg("lang", lang)
                .arg("known", ids(lang)?.join(", ")),
        ));
    };
    let mut args = FluentArgs::new();
    // An empty value is as good as none: the sign would read wrong.
    for (name, value) in values.iter().filter(|(_, value)| !value.trim().is_empty()) {
        args.set(name.as_str(), FluentValue::from(value.as_str()));
    }
    let mut variables = Vec::new();
    let mut missing = Vec::new();
    let mut format = |pattern| {
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned();
        for error in errors {
            if let FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
                id,
            })) = error
            {
                missing.push(id);
            }
        }
        text
    };
    let headline = message.value().map(&mut format).unwrap_or_default();
    let body = message
        .get_attribute("body")
        .map(|body| format(body.value()));
    let icon = message
        .get_attribute("icon")
        .map(|icon| format(icon.value()));
    for pattern in message
        .value()
        .into_iter()
        .chain(message.get_attribute("body").map(|body| body.value()))
    {
        variables.extend(variables_in(pattern));
    }
    if !missing.is_empty() {
        return Err(Error::Sign(
            Msg::new("error-phrase-variables")
                .arg("id", id)
                .arg("names", missing.join(", ")),
        ));
    }
    Ok(Phrase {
        id: id.to_owned(),
        headline,
        body,
        icon,
        variables,
    })
}

/// The values a phrase in `lang` takes from `--set name=value` pairs: a
/// value set as `lang:name` wins over one set as `name` for every
/// language, and a clock time ("9.00 uur", "09:00") is written as `lang`
/// writes it, so that one `--set time=9.00` serves a sign in two languages.
pub fn values_for(lang: &str, given: &[(String, String)]) -> BTreeMap<String, String> {
    let mut values = BTreeMap::new();
    for (name, value) in given.iter().filter(|(name, _)| !name.contains(':')) {
        let value = clock_time(value).map_or_else(|| value.clone(), |t| t.written_in(lang));
        values.insert(name.clone(), value);
    }
    for (name, value) in given {
        if let Some(own) = name
            .strip_prefix(lang)
            .and_then(|rest| rest.strip_prefix(':'))
        {
            values.insert(own.to_owned(), value.clone());
        }
    }
    values
}

/// A time of day on a sign.
#[derive(Clone, Copy, Debug, PartialEq)]
struct ClockTime {
    hour: u8,
    minute: u8,
}

impl ClockTime {
    /// As signs in `lang` write it: "9.00 uur", "9:00 am", "9:00 Uhr",
    /// "9 h 00".
    fn written_in(self, lang: &str) -> String {
        let ClockTime { hour, minute } = self;
        match lang {
            "nl" => format!("{hour}.{minute:02} uur"),
            "en" => {
                let (twelve, half) = match hour {
                    0 => (12, "am"),
                    1..=11 => (hour, "am"),
                    12 => (12, "pm"),
                    _ => (hour - 12, "pm"),
                };
                format!("{twelve}:{minute:02} {half}")
            }
            "de" => format!("{hour}:{minute:02} Uhr"),
            "fr" => format!("{hour} h {minute:02}"),
            _ => format!("{hour}:{minute:02}"),
        }
    }
}

/// The clock time a value is, if it is one and nothing else: "9.00",
/// "09:30", "9.00 uur", "17:00 Uhr", "9 h 30".
fn clock_time(value: &str) -> Option<ClockTime> {
    let value = value.trim();
    let bare = ["uur", "Uhr", "u", "h"]
        .iter()
        .find_map(|unit| value.strip_suffix(unit))
        .unwrap_or(value)
        .trim();
    let (hour, minute) = bare
        .split_once(['.', ':'])
        .or_else(|| bare.split_once(" h "))?;
    let hour: u8 = hour.trim().parse().ok()?;
    let minute = minute.trim();
    let minute: u8 = (minute.len() == 2).then(|| minute.parse().ok())??;
    (hour < 24 && minute < 60).then_some(ClockTime { hour, minute })
}

/// The names of the variables a pattern refers to.
fn variables_in(pattern: &fluent_syntax::ast::Pattern<&str>) -> Vec<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    pattern
        .elements
        .iter()
        .filter_map(|element| match element {
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => Some(id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_time_is_written_as_each_language_writes_it() {
        let given = [("time".to_owned(), "9.00 uur".to_owned())];
        assert_eq!(values_for("nl", &given)["time"], "9.00 uur");
        assert_eq!(values_for("en", &given)["time"], "9:00 am");
        assert_eq!(values_for("de", &given)["time"], "9:00 Uhr");
        assert_eq!(values_for("fr", &given)["time"], "9 h 00");
        let afternoon = [("time".to_owned(), "17:30".to_owned())];
        assert_eq!(values_for("en", &afternoon)["time"], "5:30 pm");
        // Not a time: as given.
        let hours = [("hours".to_owned(), "9.00–17.00 uur".to_owned())];
        assert_eq!(values_for("en", &hours)["hours"], "9.00–17.00 uur");
    }

    #[test]
    fn a_value_for_one_language_wins_there() {
        let given = [
            ("where".to_owned(), "de balie".to_owned()),
            ("en:where".to_owned(), "the desk".to_owned()),
        ];
        assert_eq!(values_for("nl", &given)["where"], "de balie");
        assert_eq!(values_for("en", &given)["where"], "the desk");
        assert!(!values_for("nl", &given).contains_key("en:where"));
    }

    #[test]
    fn every_language_has_the_same_phrases_and_variables() {
        let first = ids(LANGUAGES[0]).unwrap();
        assert!(first.len() >= 8);
        for lang in LANGUAGES {
            assert_eq!(ids(lang).unwrap(), first, "{lang}");
        }
        let values: BTreeMap<String, String> = ["hours", "time", "where"]
            .into_iter()
            .map(|name| (name.to_owned(), format!("<{name}>")))
            .collect();
        for id in &first {
            let variables = |lang| phrase(lang, id, &values).unwrap().variables;
            let icon = phrase(LANGUAGES[0], id, &values).unwrap().icon;
            assert!(
                icon.as_deref()
                    .is_some_and(|name| crate::icon_names().contains(&name)),
                "{id}: {icon:?}"
            );
            for lang in LANGUAGES {
                assert_eq!(variables(lang), variables(LANGUAGES[0]), "{lang} {id}");
                let phrase = phrase(lang, id, &values).unwrap();
                assert!(!phrase.headline.trim().is_empty(), "{lang} {id}");
                assert_eq!(phrase.icon, icon, "{lang} {id}");
            }
        }
    }

    #[test]
    fn a_missing_variable_or_id_is_named() {
        let error = phrase("nl", "closed-today", &BTreeMap::new()).unwrap_err();
        assert!(error.to_string().contains("time"), "{error}");
        let error = phrase("nl", "no-such-sign", &BTreeMap::new()).unwrap_err();
        assert!(error.to_string().contains("wait-here"), "{error}");
        assert!(phrase("xx", "wait-here", &BTreeMap::new()).is_err());
    }
}
