//! Rewriting any text in any sign language, formal and informal: no panic,
//! changes that point into the text, and a second rewrite that changes
//! nothing more.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use streep::{Address, Config, Lang, Rewriter};

fn rewriters() -> &'static [Rewriter] {
    static REWRITERS: OnceLock<Vec<Rewriter>> = OnceLock::new();
    REWRITERS.get_or_init(|| {
        let mut all = Vec::new();
        for lang in Lang::ALL {
            all.push(Rewriter::new(lang, &Config::default()).unwrap());
        }
        let informal = Config {
            address: Address::Informal,
            ..Config::default()
        };
        all.push(Rewriter::new(Lang::Nl, &informal).unwrap());
        all
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, text)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let rewriters = rewriters();
    let rewriter = &rewriters[usize::from(choice) % rewriters.len()];
    let once = rewriter.rewrite(text);
    for change in &once.changes {
        assert_eq!(&text[change.start..change.end], change.before);
    }
    let twice = rewriter.rewrite(&once.output);
    assert_eq!(twice.output, once.output, "not idempotent on {text:?}");
});
