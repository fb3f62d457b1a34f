//! Rewrites a sign and prints it as an A3 poster and a round floor sticker,
//! each as PDF, SVG and PNG, in the current folder:
//! `cargo run --example print_signs`.

use std::path::Path;

use streep::{Config, Format, Lang, RenderOptions, Sign, lay_out, render, write_atomically};

fn main() -> Result<(), streep::Error> {
    let rewriter = streep::Rewriter::new(Lang::Nl, &Config::default())?;
    let wording = rewriter
        .rewrite("Gelieve achter de streep te wachten")
        .output;

    let mut poster = Sign::new("poster", &wording);
    poster.size = Some("A3".into());
    poster
        .text
        .insert("footer".into(), "Apotheek De Linde".into());
    poster.print.marks = true;

    let mut sticker = Sign::new("round", &wording);
    sticker.size = Some("300x300mm".into());

    let options = RenderOptions {
        dpi: 100,
        outline_text: false,
    };
    for (name, sign) in [("poster", poster), ("sticker", sticker)] {
        let scene = lay_out(&sign)?;
        for (format, extension) in [
            (Format::Pdf, "pdf"),
            (Format::Svg, "svg"),
            (Format::Png, "png"),
        ] {
            let path = format!("{name}.{extension}");
            write_atomically(Path::new(&path), &render(&scene, format, options)?)?;
            println!("wrote {path}");
        }
    }
    Ok(())
}
