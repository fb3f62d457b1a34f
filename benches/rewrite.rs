//! Rewriting throughput (the target: 5 MB/s of sign text on one core) and the
//! cost of building a rewriter, which every `streep` process pays once.
//!
//! `cargo bench --bench rewrite`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use streep::{Config, Lang, Rewriter};

/// Signs as they hang, per language: organisation-centred ones, and ones
/// that are fine.
const DUTCH: &str = "\
Gelieve achter de streep te wachten.
GELIEVE ACHTER DE STREEP TE WACHTEN
Wil je even wachten? Je wordt zo geholpen.
Meld je bij de balie.
Verboden toegang voor onbevoegden
Het nuttigen van meegebrachte etenswaren is niet toegestaan.
Toilet alleen voor klanten!!!
Wij zijn niet aansprakelijk voor verlies of diefstal.
Gesloten i.v.m. ziekte. Indien u vragen heeft, bel ons.
Alle klanten worden verzocht hun jas op te hangen.
Wilt u vóór de streep wachten? Dank u wel.
Welkom! U kunt hier pinnen.
Open van 9 tot 17 uur, zaterdag tot 12 u.
Ons toilet is voor onze gasten. Vraag het gerust.
Roken kan buiten, bij de ingang.
Let u goed op uw spullen?
";

const GERMAN: &str = "\
Das Grillen ist auf der Liegewiese nicht gestattet.
Die Gäste werden gebeten, die Garderobe zu benutzen.
Der Ausweis ist am Eingang unaufgefordert zu zeigen.
Kinder unter 10 Jahren dürfen nur mit Erwachsenen in die Sauna.
Für Garderobe wird nicht gehaftet.
Melde dich an der Kasse, wenn du Fragen hast.
Bitte warten Sie hier. Danke!
Willkommen! Hunde sind bei uns gern gesehen.
";

const FRENCH: &str = "\
Les trottinettes sont interdites dans le hall.
Il est formellement interdit de courir autour du bassin.
Les usagers sont tenus de ranger les chaises.
Le club n'est pas responsable des objets perdus.
Tu peux attendre ici.
Merci de patienter ici. Bienvenue !
";

const ENGLISH: &str = "\
The use of skateboards is not permitted in the park.
Members must sign in at the desk.
Late arrivals will not be seen.
The club is not responsible for lost items.
No diving or running.
Please wait here. Thank you!
You are welcome to bring your dog.
";

fn throughput(c: &mut Criterion) {
    for (lang, signs) in [
        (Lang::Nl, DUTCH),
        (Lang::De, GERMAN),
        (Lang::Fr, FRENCH),
        (Lang::En, ENGLISH),
    ] {
        let rewriter = Rewriter::new(lang, &Config::default()).unwrap();
        let text = signs.repeat(1_000_000 / signs.len());
        let mut group = c.benchmark_group(format!("rewrite {}", lang.code()));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.bench_function("1 MB of signs, one per line", |b| {
            b.iter(|| {
                for line in text.lines() {
                    black_box(rewriter.rewrite(black_box(line)));
                }
            })
        });
        group.bench_function("1 MB of signs as one text", |b| {
            b.iter(|| black_box(rewriter.rewrite(black_box(&text))))
        });
        group.finish();
    }
}

fn start_up(c: &mut Criterion) {
    c.bench_function("build a Dutch rewriter", |b| {
        b.iter(|| Rewriter::new(Lang::Nl, &Config::default()).unwrap())
    });
}

criterion_group!(benches, throughput, start_up);
criterion_main!(benches);
