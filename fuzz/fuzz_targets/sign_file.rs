//! Any bytes as a saved sign file (TOML): loaded, and where it loads, laid
//! out and rendered as PNG and as PDF (in the standard it names); errors,
//! never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use streep::{Format, RenderOptions, Sign, lay_out, render};

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sign.toml");
    std::fs::write(&path, data).unwrap();
    let Ok(mut sign) = Sign::load(&path) else {
        return;
    };
    sign.print.dpi = sign.print.dpi.min(20);
    let Ok(scene) = lay_out(&sign) else {
        return;
    };
    let _ = render(&scene, Format::Png, RenderOptions::of(&sign.print));
    let _ = render(&scene, Format::Pdf, RenderOptions::of(&sign.print));
});
