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
