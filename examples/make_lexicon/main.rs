//! Makes the embedded Dutch lexicon, `assets/lexicon/nl.fst`, from OpenTaal's
//! hunspell dictionary (Debian's `hunspell-nl`):
//!
//! ```sh
//! cargo run --release --example make_lexicon [-- AFF DIC OUT]
//! ```
//!
//! By default it reads `/usr/share/hunspell/nl.aff` and `nl.dic` and writes
//! `assets/lexicon/nl.fst`. `cargo test` makes the file again the same way
//! and fails when the committed one differs.

mod hunspell;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, default: &str| args.get(i).cloned().unwrap_or_else(|| default.to_owned());
    let (aff, dic, out) = (
        arg(0, "/usr/share/hunspell/nl.aff"),
        arg(1, "/usr/share/hunspell/nl.dic"),
        arg(2, "assets/lexicon/nl.fst"),
    );
    let read = |path: &str| {
        std::fs::read_to_string(path).map_err(|e| format!("{path}: {e} (apt install hunspell-nl)"))
    };
    let made = read(&aff)
        .and_then(|aff| Ok((aff, read(&dic)?)))
        .and_then(|(aff, dic)| hunspell::lexicon_fst(&aff, &dic))
        .and_then(|bytes| {
            std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
            Ok(bytes.len())
        });
    match made {
        Ok(size) => {
            println!("wrote {out} ({size} bytes)");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("make_lexicon: {e}");
            ExitCode::FAILURE
        }
    }
}
