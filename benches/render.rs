//! Rendering speed inside one process (the target: at most 2 ms per A3
//! poster PDF) and the size of the PDF.
//!
//! `cargo bench --bench render`

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use streep::{Format, RenderOptions, Sign, lay_out, render};

const OPTIONS: RenderOptions = RenderOptions {
    dpi: 150,
    outline_text: false,
};

fn a3_poster() -> Sign {
    let mut sign = Sign::new("poster", "Wilt u vóór de streep wachten?");
    sign.size = Some("A3".into());
    sign.text.insert(
        "body".into(),
        "Dan helpen wij u zo snel mogelijk. Dank u wel.".into(),
    );
    sign.text
        .insert("footer".into(), "Apotheek De Linde".into());
    sign
}

fn posters(c: &mut Criterion) {
    let sign = a3_poster();
    let scene = lay_out(&sign).unwrap();
    let pdf = render(&scene, Format::Pdf, OPTIONS).unwrap();
    eprintln!("A3 poster PDF: {} bytes", pdf.len());

    c.bench_function("A3 poster: sign to PDF bytes", |b| {
        b.iter(|| {
            let scene = lay_out(black_box(&sign)).unwrap();
            render(&scene, Format::Pdf, OPTIONS).unwrap()
        })
    });
    c.bench_function("A3 poster: layout only", |b| {
        b.iter(|| lay_out(black_box(&sign)).unwrap())
    });
    c.bench_function("A3 poster: SVG from a laid-out sign", |b| {
        b.iter(|| render(black_box(&scene), Format::Svg, OPTIONS).unwrap())
    });
    let mut sticker = Sign::new("round", "Wilt u hier wachten?");
    sticker.size = Some("400x400mm".into());
    c.bench_function("round sticker: sign to PDF bytes", |b| {
        b.iter(|| {
            let scene = lay_out(black_box(&sticker)).unwrap();
            render(&scene, Format::Pdf, OPTIONS).unwrap()
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(60);
    targets = posters
}
criterion_main!(benches);
