//! Any bytes as a designer's SVG template: parsed, and where it parses, a
//! sign laid out on it and rendered as PDF, SVG and PNG; errors, never a
//! panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use streep::{Format, RenderOptions, Sign, lay_out, render};

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("template.svg");
    std::fs::write(&path, data).unwrap();
    let mut sign = Sign::new(&path.to_string_lossy(), "Wilt u hier wachten?");
    sign.print.dpi = 10;
    let Ok(scene) = lay_out(&sign) else {
        return;
    };
    let options = RenderOptions::of(&sign.print);
    for format in [Format::Pdf, Format::Svg, Format::Png] {
        let _ = render(&scene, format, options);
    }
});
