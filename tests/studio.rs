//! streep studio as the page and other programs reach it: a real server on
//! a free port, spoken to over HTTP/1.1 on loopback. Every endpoint, and
//! every kind of bad request, with the server still answering after them.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;

use common::{Running, studio, studio_in, studio_with};

use lopdf::Document;

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    /// The error the page would show.
    fn error(&self) -> String {
        self.json()["error"].as_str().unwrap_or_default().to_owned()
    }
}

impl Running {
    /// A request with the studio's own Host, and `headers` besides (a Host
    /// among them replaces it).
    fn send(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        let own_host = format!("127.0.0.1:{}", self.port);
        let host = headers
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case("host"))
            .map_or(own_host.as_str(), |(_, value)| value);
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n",
            body.len()
        );
        for (name, value) in headers {
            if !name.eq_ignore_ascii_case("host") {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        // A body the server refuses may be cut off as it is sent.
        let _ = stream.write_all(body);
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        let split = raw
            .windows(4)
            .position(|window| window == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("no answer: {}", String::from_utf8_lossy(&raw)));
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|line| line.split(' ').nth(1))
            .and_then(|code| code.parse().ok())
            .unwrap();
        let headers = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
            .collect();
        Reply {
            status,
            headers,
            body: raw[split + 4..].to_vec(),
        }
    }

    fn get(&self, path: &str) -> Reply {
        self.send("GET", path, &[], b"")
    }

    fn post(&self, path: &str, json: &serde_json::Value) -> Reply {
        let body = serde_json::to_vec(json).unwrap();
        self.send("POST", path, &[("Content-Type", "application/json")], &body)
    }
}

#[test]
fn the_page_and_its_files_come_from_the_binary_with_a_strict_policy() {
    let studio = studio();
    let page = studio.get("/");
    assert_eq!(page.status, 200);
    assert!(
        page.text()
            .contains("<script type=\"module\" src=\"/studio.js\">")
    );
    let policy = page.header("content-security-policy").unwrap();
    assert!(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"));
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    for (path, kind) in [
        ("/studio.js", "text/javascript"),
        ("/studio.css", "text/css"),
        ("/AtkinsonHyperlegibleNext-Bold.ttf", "font/ttf"),
    ] {
        let file = studio.get(path);
        assert_eq!(file.status, 200, "{path}");
        assert!(
            file.header("content-type").unwrap().starts_with(kind),
            "{path}"
        );
    }
    assert_eq!(studio.get("/../Cargo.toml").status, 404);
    assert_eq!(studio.get("/OFL.txt").status, 404);
}

#[test]
fn the_page_speaks_the_users_language() {
    let studio = studio();
    let dutch = studio.send(
        "GET",
        "/api/messages",
        &[("Accept-Language", "nl-NL,nl;q=0.9")],
        b"",
    );
    let texts = dutch.json();
    assert_eq!(texts["lang"], "nl");
    assert_eq!(texts["texts"]["studio-text-heading"], "Uw bord");
    let english = studio.get("/api/messages").json();
    assert_eq!(english["texts"]["studio-text-heading"], "Your sign");
    // Every text the page asks for exists in both languages.
    let page_ids = |reply: &serde_json::Value| -> Vec<String> {
        let mut ids: Vec<String> = reply["texts"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(page_ids(&texts), page_ids(&english));
    let script = studio.get("/studio.js").text() + &studio.get("/").text();
    for id in script
        .split(['"', '`', '\''])
        .filter(|part| part.starts_with("studio-") && !part.contains(['$', ' ']))
    {
        assert!(english["texts"][id].is_string(), "{id} has no message");
    }
    // And so do the names of everything the page offers.
    let options = studio.get("/api/options").json();
    let named = |list: &str, field: Option<&str>, prefix: &str| {
        for entry in options[list].as_array().unwrap() {
            let name = field.map_or(entry, |field| &entry[field]).as_str().unwrap();
            let id = format!("{prefix}{name}");
            assert!(
                english["texts"][&id].is_string() && texts["texts"][&id].is_string(),
                "{id}"
            );
        }
    };
    named("templates", Some("name"), "studio-template-");
    named("icons", None, "studio-icon-");
    named("languages", None, "studio-lang-");
}

#[test]
fn a_sign_is_reworded_with_every_change_and_a_rejected_change_is_kept() {
    let studio = studio();
    let reply = studio.post(
        "/api/rewrite",
        &serde_json::json!({ "text": "Gelieve achter de streep te wachten" }),
    );
    assert_eq!(reply.status, 200, "{}", reply.text());
    let rewrite = reply.json();
    assert_eq!(rewrite["lang"], "nl");
    assert_eq!(rewrite["output"], "Wilt u vóór de streep wachten?");
    let changes = rewrite["changes"].as_array().unwrap();
    let rules: Vec<&str> = changes
        .iter()
        .map(|c| c["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"perspective.behind-the-line"), "{rules:?}");
    let behind = changes
        .iter()
        .find(|c| c["rule"] == "perspective.behind-the-line")
        .unwrap();
    assert_eq!(
        (behind["start"].as_u64(), behind["end"].as_u64()),
        (Some(8), Some(24))
    );
    assert!(rewrite["score_after"].as_u64() > rewrite["score_before"].as_u64());
    // Rejecting the request rule keeps "Gelieve"; the line is still put
    // on the customer's side.
    let kept = studio
        .post(
            "/api/rewrite",
            &serde_json::json!({
                "text": "Gelieve achter de streep te wachten",
                "keep": ["request.gelieve"],
            }),
        )
        .json();
    assert_eq!(kept["output"], "Gelieve vóór de streep te wachten");
    let check = studio
        .post(
            "/api/check",
            &serde_json::json!({ "text": "Verboden toegang", "lang": "nl" }),
        )
        .json();
    assert!(check["score"].as_u64().unwrap() < 50, "{check}");
    assert!(!check["findings"].as_array().unwrap().is_empty());
}

fn poster(headline: &str) -> serde_json::Value {
    serde_json::json!({ "sign": { "template": "poster", "lang": "nl", "text": { "headline": headline } } })
}

#[test]
fn the_preview_is_the_printed_sign_and_the_files_are_print_ready() {
    let studio = studio();
    let preview = studio
        .post("/api/preview", &poster("Wilt u hier wachten?"))
        .json();
    let svg = preview["svg"].as_str().unwrap();
    assert!(svg.starts_with("<?xml") && svg.contains("<title>Wilt u hier wachten?</title>"));
    assert_eq!(
        (preview["width"].as_f64(), preview["height"].as_f64()),
        (Some(210.0), Some(297.0))
    );
    assert!(!svg.contains("as-cut"), "a poster is not cut out");
    // A sticker is shown as cut: clipped to its cut line.
    let mut round = poster("Wilt u hier wachten?");
    round["sign"]["template"] = "round".into();
    let sticker = studio.post("/api/preview", &round).json();
    assert!(
        sticker["svg"]
            .as_str()
            .unwrap()
            .contains(r#"<g clip-path="url(#as-cut)">"#)
    );
    // Yellow on white: the legibility note comes with the preview.
    let mut pale = poster("Welkom");
    pale["sign"]["colours"] = serde_json::json!({ "ink": "#ffd100" });
    let notes = studio.post("/api/preview", &pale).json()["notes"].clone();
    assert!(
        notes
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["severity"] == "error"),
        "{notes}"
    );
    // ... and a print file is refused unless forced.
    let refused = studio.post("/api/render/pdf", &pale);
    assert_eq!(refused.status, 422);
    assert!(refused.error().contains("contrast"), "{}", refused.error());
    assert!(!refused.error().contains("--force"), "{}", refused.error());

    let pdf = studio.post("/api/render/pdf", &poster("Wilt u vóór de streep wachten?"));
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    let disposition = pdf.header("content-disposition").unwrap();
    assert!(
        disposition.contains("filename*=UTF-8''wilt-u-v%C3%B3%C3%B3r-de-streep.pdf"),
        "{disposition}"
    );
    let document = Document::load_mem(&pdf.body).unwrap();
    let page = *document.get_pages().values().next().unwrap();
    let page = document.get_dictionary(page).unwrap();
    assert!(page.has(b"TrimBox") && page.has(b"BleedBox"));
    let png = studio.post("/api/render/png", &poster("Wacht hier"));
    assert!(png.body.starts_with(b"\x89PNG"));
    // A sign file, saved and opened again.
    let saved = studio.post("/api/sign-file/save", &poster("Wilt u hier wachten?"));
    assert!(
        saved.text().contains("headline = \"Wilt u hier wachten?\""),
        "{}",
        saved.text()
    );
    let opened = studio
        .send("POST", "/api/sign-file/open", &[], &saved.body)
        .json();
    assert_eq!(opened["text"]["headline"], "Wilt u hier wachten?");
}

#[test]
fn bad_requests_get_a_message_and_the_studio_keeps_running() {
    let studio = studio();
    let json = [("Content-Type", "application/json")];
    // Another name for this address (DNS rebinding) is refused.
    let rebound = studio.send("GET", "/api/options", &[("Host", "evil.example:80")], b"");
    assert_eq!(rebound.status, 421);
    assert!(
        rebound.error().contains("does not name the studio"),
        "{}",
        rebound.error()
    );
    // So is a request from another site's page.
    let body = serde_json::to_vec(&poster("Wacht")).unwrap();
    let cross = studio.send(
        "POST",
        "/api/render/pdf",
        &[
            ("Origin", "https://evil.example"),
            ("Content-Type", "application/json"),
        ],
        &body,
    );
    assert_eq!(cross.status, 403);
    let cross = studio.send(
        "POST",
        "/api/preview",
        &[("Sec-Fetch-Site", "cross-site")],
        &body,
    );
    assert_eq!(cross.status, 403);
    // Malformed JSON, in the user's language.
    let broken = studio.send(
        "POST",
        "/api/rewrite",
        &[("Accept-Language", "nl")],
        b"{\"text\": ",
    );
    assert_eq!(broken.status, 400);
    assert!(
        broken
            .error()
            .starts_with("Het verzoek is niet wat de studio leest"),
        "{}",
        broken.error()
    );
    let unknown_field = studio.post("/api/rewrite", &serde_json::json!({ "txt": "Wacht" }));
    assert_eq!(unknown_field.status, 400);
    // A body over the limit.
    let huge = format!("{{\"text\": \"{}\"}}", "a".repeat(2 << 20));
    let too_large = studio.send("POST", "/api/rewrite", &json, huge.as_bytes());
    assert_eq!(too_large.status, 413);
    assert!(too_large.error().contains("1 MB"), "{}", too_large.error());
    // A sign the studio cannot make: 422, and the reason.
    let refusal = |path: &str, sign: &serde_json::Value| {
        let answer = studio.post(path, sign);
        assert_eq!(answer.status, 422, "{path}");
        answer.error()
    };
    let long = "Wilt u hier wachten ".repeat(200);
    let mut small = poster(&long);
    small["sign"]["size"] = "A6".into();
    let unfit = refusal("/api/preview", &small);
    assert!(unfit.contains("does not fit"), "{unfit}");
    let mut nameless = poster("Wacht");
    nameless["sign"]["template"] = "billboard".into();
    let unknown = refusal("/api/preview", &nameless);
    assert!(unknown.contains("billboard"), "{unknown}");
    // No path ever comes from the page.
    let mut file = poster("Wacht");
    file["sign"]["template"] = "/etc/passwd.svg".into();
    let refused = refusal("/api/preview", &file);
    assert!(refused.contains("cannot name files"), "{refused}");
    let mut font = poster("Wacht");
    font["sign"]["print"] = serde_json::json!({ "font": "/etc/passwd" });
    refusal("/api/preview", &font);
    let mut profile = poster("Wacht");
    profile["sign"]["print"] = serde_json::json!({ "output_profile": "/etc/passwd" });
    let refused = refusal("/api/render/pdf", &profile);
    assert!(refused.contains("cannot name files"), "{refused}");
    assert_eq!(
        studio.post("/api/render/docx", &poster("Wacht")).status,
        404
    );
    assert_eq!(studio.get("/api/nothing").status, 404);
    // After all that, it still answers.
    let fine = studio.post("/api/preview", &poster("Wilt u hier wachten?"));
    assert_eq!(fine.status, 200);
}

#[test]
fn a_second_studio_listens_on_another_port() {
    let first = studio_with(&[]);
    let second = studio_with(&[]);
    assert_ne!(first.port, second.port);
    for running in [&first, &second] {
        assert_eq!(running.get("/api/options").status, 200);
    }
}

#[test]
fn a_consultant_gets_the_signs_before_and_after_in_the_page_and_as_a_sheet() {
    let studio = studio();
    let signs =
        "Gelieve achter de streep te wachten\nVerboden toegang voor onbevoegden\n\nWelkom!\n";
    let request = serde_json::json!({ "signs": signs, "client": "Apotheek De Linde" });
    let shown = studio.post("/api/compare/json", &request).json();
    assert_eq!(shown["summary"]["signs"], 3);
    assert_eq!(shown["summary"]["changed"], 2);
    let pairs = shown["pairs"].as_array().unwrap();
    assert_eq!(pairs[0]["after"], "Wilt u vóór de streep wachten?");
    assert!(!pairs[0]["reasons"].as_array().unwrap().is_empty());
    assert_eq!(pairs[2]["before"], pairs[2]["after"]);
    let pdf = studio.post("/api/compare/pdf", &request);
    assert_eq!(pdf.status, 200);
    let document = Document::load_mem(&pdf.body).unwrap();
    // The cover, the summary, and a page per sign.
    assert_eq!(document.get_pages().len(), 1 + 1 + 3);
    let html = studio.post("/api/compare/html", &request);
    assert!(
        html.text().starts_with("<!DOCTYPE html>") && html.text().contains("Apotheek De Linde")
    );
    // A list in one language may hold a sign in another: each is read in
    // its own.
    let mixed = serde_json::json!({
        "signs": "Gelieve achter de streep te wachten\nPlease wait behind the line\n"
    });
    let pairs = studio.post("/api/compare/json", &mixed).json()["pairs"].clone();
    assert_eq!(pairs[0]["after"], "Wilt u vóór de streep wachten?");
    assert_eq!(
        pairs[1]["after"], "Please wait in front of the line",
        "{pairs}"
    );
    let too_many = "Wacht hier\n".repeat(1001);
    let refused = studio.post(
        "/api/compare/json",
        &serde_json::json!({ "signs": too_many }),
    );
    assert_eq!(refused.status, 422);
    assert!(refused.error().contains("1000"), "{}", refused.error());
    let empty = studio.post("/api/compare/json", &serde_json::json!({ "signs": " \n" }));
    assert_eq!(empty.status, 422);
    assert_eq!(studio.post("/api/compare/docx", &request).status, 404);
}

#[test]
fn a_chain_sees_every_row_and_its_problems_then_gets_the_signs() {
    let studio = studio();
    let table = "Filiaal;Kop;Voettekst;Formaat;Adres\n\
                 Utrecht;Gelieve hier te wachten;Apotheek Utrecht;A4;Oudegracht 1\n\
                 Zeist;Wacht hier ☕;Apotheek Zeist;A4;Slotlaan 2\n\
                 Bunnik;Welkom;Apotheek Bunnik;A9;Dorpsstraat 3\n\
                 Houten;;Apotheek Houten;A4;Plein 4\n";
    let json = [("Content-Type", "text/csv")];
    let checked = studio
        .send(
            "POST",
            "/api/batch/check?name=filialen.csv",
            &json,
            table.as_bytes(),
        )
        .json();
    let rows = checked["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 4);
    assert_eq!(checked["failed"], 3);
    assert!(rows[0]["error"].is_null(), "{}", rows[0]);
    // Each row shows what it will print, not the rewrite as a note.
    assert_eq!(rows[0]["after"], "Wilt u hier wachten?");
    assert!(!rows[0]["notes"].to_string().contains("→"), "{}", rows[0]);
    assert!(
        rows[3]["error"].as_str().unwrap().contains("no headline"),
        "{}",
        rows[3]
    );
    assert!(
        rows[1]["error"].as_str().unwrap().contains("U+2615"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2]["error"].as_str().unwrap().contains("A9"),
        "{}",
        rows[2]
    );
    let notes = checked["notes"].to_string();
    assert!(
        notes.contains("Adres") && !notes.contains("Filiaal"),
        "the unused column is named, not the one that names the files: {notes}"
    );
    // The page names no command-line options.
    let said = format!("{notes} {}", rows[1]["error"]);
    assert!(!said.contains("--") && !said.contains("-o "), "{said}");
    // One PDF of the rows that can be made ...
    let pdf = studio.send(
        "POST",
        "/api/batch/pdf?name=filialen.csv",
        &json,
        table.as_bytes(),
    );
    assert_eq!(pdf.status, 200, "{}", pdf.text());
    assert_eq!(Document::load_mem(&pdf.body).unwrap().get_pages().len(), 1);
    // ... or a zip of a PDF per row, with the report of the others.
    let zip = studio.send(
        "POST",
        "/api/batch/zip?name=filialen.csv",
        &json,
        table.as_bytes(),
    );
    assert_eq!(zip.status, 200);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip.body)).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .map(|name| name.unwrap().into_owned())
        .collect();
    assert!(
        names.iter().any(|name| name == "1-Utrecht.pdf"),
        "{names:?}"
    );
    let mut report = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("report.txt").unwrap(), &mut report)
        .unwrap();
    assert!(
        report.contains("row 2 (line 3)") && report.contains("row 3 (line 4)"),
        "{report}"
    );
    // Bad tables are told as such.
    let unknown = studio.send("POST", "/api/batch/check?name=list.docx", &json, b"x");
    assert_eq!(unknown.status, 422);
    let huge = vec![b'a'; 11 << 20];
    let too_large = studio.send("POST", "/api/batch/check?name=big.csv", &json, &huge);
    assert_eq!(too_large.status, 413);
    assert!(too_large.error().contains("10 MB"), "{}", too_large.error());
    let none = "Kop\nWacht ☕\n";
    let refused = studio.send("POST", "/api/batch/pdf?name=t.csv", &json, none.as_bytes());
    assert_eq!(refused.status, 422);
    assert_eq!(studio.get("/api/options").status, 200);
}

#[test]
fn listening_beyond_this_computer_is_only_on_request_and_with_a_warning() {
    let local = studio();
    assert!(!local.said.contains("warning"), "{}", local.said);
    assert!(local.said.contains("http://localhost:"), "{}", local.said);
    let everywhere = studio_with(&["--host", "0.0.0.0", "--port", "0"]);
    assert!(
        everywhere
            .said
            .contains("warning: the studio listens on 0.0.0.0"),
        "{}",
        everywhere.said
    );
    assert_eq!(everywhere.get("/api/options").status, 200);
}

#[test]
fn the_house_style_of_the_folder_applies_and_is_shown() {
    let plain = studio();
    let said = plain.get("/api/messages").json()["house_style"].clone();
    assert!(said.as_str().unwrap().contains("streep’s own"), "{said}");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("streep.toml"),
        "address = \"informal\"\nprotect = [\"De Linde\"]\n",
    )
    .unwrap();
    let styled = studio_in(dir, &["--port", "0"]);
    let said = styled.get("/api/messages").json()["house_style"].clone();
    let said = said.as_str().unwrap();
    assert!(said.contains("“je”") && said.contains("De Linde"), "{said}");
    let rewrite = styled
        .post(
            "/api/rewrite",
            &serde_json::json!({ "text": "Wilt u hier wachten?" }),
        )
        .json();
    assert_eq!(rewrite["output"], "Wil je hier wachten?");
}

#[test]
fn the_ready_texts_come_in_each_sign_language() {
    let studio = studio();
    let dutch = studio.get("/api/phrases?lang=nl").json();
    let phrases = dutch.as_array().unwrap();
    assert!(phrases.len() > 5, "{dutch}");
    assert!(
        phrases
            .iter()
            .all(|p| p["id"].is_string() && p["headline"].is_string())
    );
    let english = studio.get("/api/phrases?lang=en").json();
    assert_eq!(english.as_array().unwrap().len(), phrases.len());
    let unknown = studio.get("/api/phrases?lang=xx");
    assert_eq!(unknown.status, 422);
    assert!(unknown.error().contains("xx"), "{}", unknown.error());
}

#[test]
fn a_window_sticker_gets_white_ink_when_the_page_asks_for_it() {
    let studio = studio();
    let mut window = poster("Wacht hier");
    window["sign"]["template"] = "window".into();
    let preview = studio.post("/api/preview", &window);
    assert_eq!(preview.status, 200);
    let warned = preview.json()["notes"].to_string();
    assert!(
        warned.contains("clear film") && warned.contains("White ink under the colours"),
        "{warned}"
    );
    window["sign"]["print"] = serde_json::json!({ "white_ink": "White" });
    let preview = studio.post("/api/preview", &window);
    assert!(!preview.json()["notes"].to_string().contains("clear film"));
    let pdf = studio.post("/api/render/pdf", &window);
    assert_eq!(pdf.status, 200);
    let document = lopdf::Document::load_mem(&pdf.body).unwrap();
    let (_, page) = document.get_pages().into_iter().next().unwrap();
    let page = document.get_dictionary(page).unwrap();
    let resources = page.get(b"Resources").unwrap().as_dict().unwrap();
    let spaces = resources.get(b"ColorSpace").unwrap().as_dict().unwrap();
    let white = spaces.get(b"WhiteInk").unwrap().as_array().unwrap();
    assert_eq!(white[1].as_name().unwrap(), b"White", "a White separation");
}
