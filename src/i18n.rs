//! Every sentence the user reads comes from the Fluent files in `locales/`.
//! A [`Msg`] names a message and its arguments; [`Messages`] turns it into
//! text in one language.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

/// A message to show: its Fluent id and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub(crate) id: String,
    args: Vec<(&'static str, Arg)>,
}

#[derive(Clone, Debug, PartialEq)]
enum Arg {
    Text(String),
    Number(f64),
    /// A number written with a full stop for its decimals, shown with the
    /// user's language's decimal sign ("1.5" in English, "1,5" in Dutch).
    Decimal(String),
}

impl Msg {
    pub(crate) fn new(id: impl Into<String>) -> Self {
        Msg {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds a text argument.
    pub(crate) fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// The message `id` with this message's arguments: a note's words,
    /// told as an error.
    pub(crate) fn as_message(&self, id: &str) -> Msg {
        Msg {
            id: id.to_owned(),
            args: self.args.clone(),
        }
    }

    /// Adds a number as Rust writes it ("1.5"), to be shown with the decimal
    /// sign of the user's language.
    pub(crate) fn decimal(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, Arg::Decimal(value.to_string())));
        self
    }

    /// Adds a number argument, which Fluent can choose a plural form by.
    pub(crate) fn num(mut self, name: &'static str, value: impl Into<f64>) -> Self {
        self.args.push((name, Arg::Number(value.into())));
        self
    }
}

/// The messages of one user-interface language.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Messages {
    /// The messages in `lang`, parsed from the embedded Fluent file; in
    /// English where the interface does not speak `lang` (a house style may
    /// ask for explanations in the language of its signs).
    pub fn new(lang: Lang) -> Self {
        let (lang, source) = match lang.messages() {
            Some(source) => (lang, source),
            None => (
                Lang::En,
                Lang::En.messages().expect("the interface speaks English"),
            ),
        };
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(_, errors)| {
            panic!("locales/{lang}/streep.ftl does not parse: {errors:?}")
        });
        let locale = lang
            .code()
            .parse()
            .expect("language codes are valid locales");
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Isolation marks belong in bidirectional UIs, not in plain text or JSON.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("locales/{lang}/streep.ftl: {errors:?}"));
        Messages { lang, bundle }
    }

    /// English messages, shared: what `Display` of streep's errors uses.
    pub fn english() -> &'static Messages {
        static ENGLISH: OnceLock<Messages> = OnceLock::new();
        ENGLISH.get_or_init(|| Messages::new(Lang::En))
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether a message with this id exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The text of `msg`; the bare id where the message is missing, so that a
    /// gap in a translation shows up instead of hiding.
    pub fn text(&self, msg: &Msg) -> String {
        let Some(pattern) = self.bundle.get_message(&msg.id).and_then(|m| m.value()) else {
            return msg.id.clone();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Text(text) => args.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
                Arg::Decimal(number) => {
                    let shown = match self.lang {
                        Lang::En => number.clone(),
                        Lang::Nl | Lang::De | Lang::Fr => number.replace('.', ","),
                    };
                    args.set(*name, FluentValue::from(shown));
                }
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// The text of a message without arguments.
    pub fn get(&self, id: &str) -> String {
        self.text(&Msg::new(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_without_isolation_marks() {
        let en = Messages::new(Lang::En);
        let text = en.text(
            &Msg::new("error-unknown-language")
                .arg("lang", "xx")
                .arg("known", "nl, en"),
        );
        assert!(text.contains("xx"), "{text}");
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{text:?}"
        );
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        let ids = |lang: Lang| -> Vec<String> {
            let resource = FluentResource::try_new(lang.messages().unwrap().to_owned()).unwrap();
            let mut ids: Vec<String> = resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(ids(Lang::Nl), ids(Lang::En));
    }

    #[test]
    fn a_language_the_interface_does_not_speak_falls_back_to_english() {
        let messages = Messages::new(Lang::De);
        assert_eq!(messages.lang(), Lang::En);
        assert_eq!(messages.get("severity-error"), "error");
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(
            Messages::new(Lang::Nl).get("no-such-message"),
            "no-such-message"
        );
    }
}
