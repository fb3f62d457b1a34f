//! The studio's JSON API. Every endpoint calls the library the command
//! line calls; the page sends a sign as the JSON form of a sign file, and
//! gets wording, previews and print files back. Every failure is a JSON
//! `{"error": …}` in the user's language, with a status that says whose
//! it is: 400 a request that is not what the endpoint reads, 413 one too
//! large, 422 a sign that cannot be made, 503 work that took too long.

use std::borrow::Cow;
use std::convert::Infallible;
use std::sync::{Arc, OnceLock};

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::Studio;
use super::work::Stopped;
use crate::batch::{Job, Table, lay_out_row, plan};
use crate::compare::{Comparison, Cover, category_name};
use crate::error::Error;
use crate::i18n::{Messages, Msg};
use crate::lang::Lang;
use crate::print::layout::lay_out;
use crate::print::legibility::{refuse_unreadable, severity};
use crate::print::render::{Format, Options, Pages, pdf_pages, render, svg_as_cut};
use crate::print::scene::Scene;
use crate::print::sign::Sign;
use crate::print::template::is_file_name;
use crate::wording::detect::detect;
use crate::wording::phrases::catalogue;
use crate::wording::rewrite::{Change, Finding, Rewriter};
use crate::wording::rules::Address;
use crate::wording::text::paragraphs;

/// The most a request with a sign or its text may hold, in megabytes.
pub const TEXT_LIMIT_MB: usize = 1;

/// A failure, before it is put in the user's words.
pub struct ApiError {
    status: StatusCode,
    msg: Msg,
}

/// A failure in the user's words, as the page receives it.
pub struct Told {
    status: StatusCode,
    text: String,
}

impl ApiError {
    pub fn new(status: StatusCode, id: &str) -> ApiError {
        ApiError {
            status,
            msg: Msg::new(id),
        }
    }

    pub fn told(self, messages: &Messages) -> Told {
        Told {
            status: self.status,
            text: messages.text(&self.msg),
        }
    }
}

impl IntoResponse for Told {
    fn into_response(self) -> Response {
        #[derive(Serialize)]
        struct Body {
            error: String,
        }
        (self.status, Json(Body { error: self.text })).into_response()
    }
}

/// A message as the page shows it: in the studio's own words where the
/// command line's name an option (`studio-` and the id), else as is.
fn in_the_page(msg: &Msg, ui: &Messages) -> String {
    let own = format!("studio-{}", msg.id);
    if ui.has(&own) {
        ui.text(&msg.as_message(&own))
    } else {
        ui.text(msg)
    }
}

/// An error as the page shows it.
fn error_text(error: &Error, ui: &Messages) -> String {
    in_the_page(&error.message(ui), ui)
}

/// A sign or text that cannot be made, told as streep tells it.
fn unprocessable(error: &Error, messages: &Messages) -> Told {
    Told {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        text: error_text(error, messages),
    }
}

/// Work that gave no result, told as such.
fn stopped(stopped: Stopped, messages: &Messages) -> Told {
    match stopped {
        Stopped::TooLong => ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "studio-error-too-long"),
        Stopped::Failed => ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "studio-error-failed"),
    }
    .told(messages)
}

/// Runs `job` in the studio's work queue and answers with what it gives:
/// its reply, or why it gave none, in the user's words.
async fn answer<T: IntoResponse + Send + 'static>(
    studio: &Studio,
    ui: &'static Messages,
    job: impl FnOnce() -> Result<T, Error> + Send + 'static,
) -> Result<Response, Told> {
    let reply = studio.work.run(job).await.map_err(|s| stopped(s, ui))?;
    reply
        .map(IntoResponse::into_response)
        .map_err(|error| unprocessable(&error, ui))
}

/// The messages of the language the page asks for (its first
/// `Accept-Language`), English when the studio does not speak it.
pub fn ui_messages(headers: &HeaderMap) -> &'static Messages {
    static ALL: OnceLock<Vec<Messages>> = OnceLock::new();
    let all = ALL.get_or_init(|| Lang::UI.into_iter().map(Messages::new).collect());
    let asked = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split([',', ';']).next())
        .and_then(|tag| Lang::of_tag(tag.trim()));
    all.iter()
        .find(|messages| Some(messages.lang()) == asked)
        .or_else(|| all.iter().find(|messages| messages.lang() == Lang::En))
        .expect("the studio speaks English")
}

/// The user's messages, as an extractor.
pub struct Ui(pub &'static Messages);

impl<S: Send + Sync> FromRequestParts<S> for Ui {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Ui(ui_messages(&parts.headers)))
    }
}

/// The request's JSON, or why it is not what the endpoint reads.
fn json<T: DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
    ui: &Messages,
) -> Result<T, Told> {
    let bytes = body.map_err(|rejection| unread(&rejection, TEXT_LIMIT_MB, ui))?;
    serde_json::from_slice(&bytes).map_err(|error| Told {
        status: StatusCode::BAD_REQUEST,
        text: ui.text(&Msg::new("studio-error-json").arg("reason", error)),
    })
}

/// A body that could not be read: larger than `limit_mb` (which it names),
/// or broken.
fn unread(rejection: &BytesRejection, limit_mb: usize, ui: &Messages) -> Told {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Told {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            text: ui.text(&Msg::new("studio-error-too-large").num("mb", limit_mb as f64)),
        }
    } else {
        ApiError::new(StatusCode::BAD_REQUEST, "studio-error-body").told(ui)
    }
}

/// The house style the studio applies, as a sentence for the page.
fn house_style_sentence(studio: &Studio, ui: &Messages) -> String {
    let Some(style) = &studio.house_style else {
        return ui.text(&Msg::new("studio-house-style-none"));
    };
    let address = match style.address {
        Address::Formal => "studio-address-formal",
        Address::Informal => "studio-address-informal",
        Address::Keep => "studio-address-keep",
    };
    let listed = |items: &[String]| {
        if items.is_empty() {
            "none".to_owned()
        } else {
            items.join(", ")
        }
    };
    ui.text(
        &Msg::new("studio-house-style")
            .arg("address", ui.text(&Msg::new(address)))
            .arg("protect", listed(&style.protect))
            .arg("disable", listed(&style.disable)),
    )
}

/// GET /api/messages: the page's own words, in the user's language, and
/// the house style in force as a sentence.
pub async fn messages(State(studio): State<Arc<Studio>>, Ui(ui): Ui) -> Json<serde_json::Value> {
    let source = ui.lang().messages().unwrap_or_default();
    let texts: serde_json::Map<String, serde_json::Value> = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(resource, _)| resource)
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .filter(|id| id.starts_with("studio-"))
        .map(|id| {
            let text = ui.text(&Msg::new(id.as_str()));
            (id, serde_json::Value::String(text))
        })
        .collect();
    Json(serde_json::json!({
        "lang": ui.lang().code(),
        "texts": texts,
        "house_style": house_style_sentence(&studio, ui),
    }))
}

/// GET /api/options: what the page offers to choose from.
pub async fn options(State(studio): State<Arc<Studio>>) -> Json<serde_json::Value> {
    Json(studio.options.clone())
}

#[derive(Deserialize)]
pub struct PhrasesQuery {
    lang: String,
}

/// GET /api/phrases?lang=nl: the ready sign texts in a sign language.
pub async fn phrases(Ui(ui): Ui, Query(query): Query<PhrasesQuery>) -> Result<Response, Told> {
    #[derive(Serialize)]
    struct Phrase {
        id: String,
        headline: String,
        body: Option<String>,
        icon: Option<String>,
    }
    let phrases = catalogue(&query.lang).map_err(|error| unprocessable(&error, ui))?;
    let phrases: Vec<Phrase> = phrases
        .into_iter()
        .map(|phrase| Phrase {
            id: phrase.id,
            headline: phrase.headline,
            body: phrase.body,
            icon: phrase.icon,
        })
        .collect();
    Ok(Json(phrases).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextRequest {
    text: String,
    /// The sign's language; told from the text when absent.
    #[serde(default)]
    lang: Option<String>,
    /// The rules whose changes the user rejected: the text keeps its own
    /// wording there, and the rest is rewritten around it (so that a
    /// sentence is still checked as a whole).
    #[serde(default)]
    keep: Vec<String>,
}

/// A change, its offsets in UTF-16 units: what the page's JavaScript
/// strings count in.
#[derive(Serialize)]
struct ChangeReply {
    start: usize,
    end: usize,
    before: String,
    after: String,
    rule: String,
    /// What kind of change, in the user's words: "Shouting", "Requests".
    category: String,
    explanation: String,
}

#[derive(Serialize)]
struct FindingReply {
    start: usize,
    end: usize,
    words: String,
    severity: String,
    message: String,
    suggestion: Option<String>,
}

/// A byte offset into `text` as a count of UTF-16 units.
fn utf16_at(text: &str, byte: usize) -> usize {
    text.get(..byte)
        .map_or(0, |before| before.encode_utf16().count())
}

fn change_reply(text: &str, change: &Change, ui: &Messages) -> ChangeReply {
    ChangeReply {
        start: utf16_at(text, change.start),
        end: utf16_at(text, change.end),
        before: change.before.clone(),
        after: change.after.clone(),
        rule: change.rule.clone(),
        category: category_name(&change.category, ui),
        explanation: change.explanation.clone(),
    }
}

fn finding_reply(text: &str, finding: &Finding) -> FindingReply {
    FindingReply {
        start: utf16_at(text, finding.start),
        end: utf16_at(text, finding.end),
        words: text
            .get(finding.start..finding.end)
            .unwrap_or_default()
            .to_owned(),
        severity: format!("{:?}", finding.severity).to_lowercase(),
        message: finding.message.clone(),
        suggestion: finding.suggestion.clone(),
    }
}

/// The language of a text: as asked, else told by its words, else the
/// house style's, else Dutch.
fn sign_lang(
    studio: &Studio,
    text: &str,
    asked: Option<&str>,
    ui: &Messages,
) -> Result<Lang, Told> {
    match asked.filter(|code| !code.is_empty()) {
        Some(code) => code.parse().map_err(|error| unprocessable(&error, ui)),
        None => Ok(detect(text).or(studio.config.lang).unwrap_or(Lang::Nl)),
    }
}

/// A text request and the language of its text.
fn text_request(
    studio: &Studio,
    body: Result<Bytes, BytesRejection>,
    ui: &Messages,
) -> Result<(TextRequest, Lang), Told> {
    let request: TextRequest = json(body, ui)?;
    let lang = sign_lang(studio, &request.text, request.lang.as_deref(), ui)?;
    Ok((request, lang))
}

/// POST /api/rewrite: the customer-centred wording of a text, each change
/// with its place and reason, the advice left to a person, and the score
/// before and after.
pub async fn rewrite(
    State(studio): State<Arc<Studio>>,
    Ui(ui): Ui,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Told> {
    let (request, lang) = text_request(&studio, body, ui)?;
    let job = {
        let studio = studio.clone();
        move || rewrite_reply(&studio, &request, lang, ui).map(Json)
    };
    answer(&studio, ui, job).await
}

/// The rewrite of a request's text, without the rules whose changes the
/// user rejected.
fn rewrite_reply(
    studio: &Studio,
    request: &TextRequest,
    lang: Lang,
    ui: &Messages,
) -> Result<serde_json::Value, Error> {
    let without;
    let rewriter = if request.keep.is_empty() {
        studio.rewriter(lang, ui.lang())
    } else {
        let mut config = studio.config.clone();
        config.explain_in = Some(ui.lang());
        config.disable.extend(request.keep.iter().cloned());
        without = Rewriter::new(lang, &config)?;
        &without
    };
    let text = &request.text;
    let rewrite = rewriter.rewrite(text);
    // Scored by every rule: a rejected change does not make its words fine.
    let every_rule = studio.rewriter(lang, ui.lang());
    let changes: Vec<ChangeReply> = rewrite
        .changes
        .iter()
        .map(|change| change_reply(text, change, ui))
        .collect();
    Ok(serde_json::json!({
        "lang": lang.code(),
        "output": rewrite.output,
        "changes": changes,
        "advice": rewrite.advice.iter().map(|f| finding_reply(text, f)).collect::<Vec<_>>(),
        "score_before": every_rule.check(text).score,
        "score_after": every_rule.check(&rewrite.output).score,
    }))
}

/// POST /api/check: the score and findings of a wording as it stands (the
/// wording the user chose).
pub async fn check(
    State(studio): State<Arc<Studio>>,
    Ui(ui): Ui,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Told> {
    let (request, lang) = text_request(&studio, body, ui)?;
    let job = {
        let studio = studio.clone();
        move || {
            let text = &request.text;
            let check = studio.rewriter(lang, ui.lang()).check(text);
            Ok(Json(serde_json::json!({
                "lang": lang.code(),
                "score": check.score,
                "findings": check.findings.iter().map(|f| finding_reply(text, f)).collect::<Vec<_>>(),
            })))
        }
    };
    answer(&studio, ui, job).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignRequest {
    sign: Sign,
    /// Write a sign few can read all the same.
    #[serde(default)]
    force: bool,
}

/// The sign as the page sent it, ready to lay out: its texts set as
/// paragraphs, as the command line sets them. A sign from the page names
/// no file: no template file, no font file.
fn from_the_page(mut sign: Sign, ui: &Messages) -> Result<Sign, Told> {
    let print = &sign.print;
    let names_a_file = is_file_name(&sign.template)
        || print.font.is_some()
        || print.bold_font.is_some()
        || print.output_profile.is_some();
    if names_a_file {
        return Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "studio-error-path").told(ui));
    }
    for text in sign.text.values_mut() {
        *text = paragraphs(text);
    }
    Ok(sign)
}

/// The notes on a laid-out sign, as the page lists them.
fn notes_of(scene: &Scene, ui: &Messages) -> Vec<serde_json::Value> {
    scene
        .notes
        .iter()
        .map(|note| {
            serde_json::json!({
                "severity": format!("{:?}", severity(note)).to_lowercase(),
                "text": in_the_page(note, ui),
            })
        })
        .collect()
}

/// POST /api/preview: the sign as it will print, as SVG, with its
/// legibility notes.
pub async fn preview(
    State(studio): State<Arc<Studio>>,
    Ui(ui): Ui,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Told> {
    let request: SignRequest = json(body, ui)?;
    let sign = from_the_page(request.sign, ui)?;
    let job = move || -> Result<serde_json::Value, Error> {
        let scene = lay_out(&sign)?;
        Ok(serde_json::json!({
            "svg": svg_as_cut(&scene),
            "notes": notes_of(&scene, ui),
            "width": scene.boxes.trim.width,
            "height": scene.boxes.trim.height,
        }))
    };
    answer(&studio, ui, move || job().map(Json)).await
}

/// POST /api/render/{pdf|svg|png}: the print file, as the command line
/// writes it; a sign few can read only when forced.
pub async fn render_file(
    State(studio): State<Arc<Studio>>,
    Ui(ui): Ui,
    Path(format): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Told> {
    let format = match format.as_str() {
        "pdf" => Format::Pdf,
        "svg" => Format::Svg,
        "png" => Format::Png,
        _ => return Err(ApiError::new(StatusCode::NOT_FOUND, "studio-error-format").told(ui)),
    };
    let request: SignRequest = json(body, ui)?;
    let sign = from_the_page(request.sign, ui)?;
    let force = request.force;
    let name = file_name(&sign, &format!("{format:?}").to_lowercase());
    let job = move || -> Result<Response, Error> {
        let mut scene = lay_out(&sign)?;
        refuse_unreadable(&mut scene, force)?;
        let kind = match format {
            Format::Pdf => "application/pdf",
            Format::Svg => "image/svg+xml",
            Format::Png => "image/png",
        };
        Ok(download(
            render(&scene, format, Options::of(&sign.print))?,
            kind,
            &name,
        ))
    };
    answer(&studio, ui, job).await
}

/// A file to save, under `name`: as it is for browsers that read UTF-8
/// names (RFC 6266), in ASCII for those that do not.
fn download(bytes: Vec<u8>, kind: &'static str, name: &str) -> Response {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'_' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect();
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// A file name for the sign: its headline's first words, in letters and
/// digits only, with `extension`.
fn file_name(sign: &Sign, extension: &str) -> String {
    let headline = sign
        .text
        .get("headline")
        .map(String::as_str)
        .unwrap_or_default();
    let words: Vec<String> = headline
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(5)
        .map(str::to_lowercase)
        .collect();
    let stem = words.join("-");
    let stem = if stem.is_empty() {
        "sign".to_owned()
    } else {
        stem
    };
    format!("{stem}.{extension}")
}

/// POST /api/sign-file/save: the sign as a sign file (TOML), to save.
pub async fn save_sign(Ui(ui): Ui, body: Result<Bytes, BytesRejection>) -> Result<Response, Told> {
    let request: SignRequest = json(body, ui)?;
    let sign = from_the_page(request.sign, ui)?;
    let name = file_name(&sign, "toml");
    Ok(download(
        sign.to_toml().into_bytes(),
        "application/toml",
        &name,
    ))
}

/// POST /api/sign-file/open: a sign file's text (TOML) as the page's sign.
pub async fn open_sign(Ui(ui): Ui, body: Result<Bytes, BytesRejection>) -> Result<Response, Told> {
    let bytes = body.map_err(|rejection| unread(&rejection, TEXT_LIMIT_MB, ui))?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| ApiError::new(StatusCode::BAD_REQUEST, "studio-error-body").told(ui))?;
    let sign = Sign::parse(text, "sign.toml").map_err(|error| unprocessable(&error, ui))?;
    let sign = from_the_page(sign, ui)?;
    Ok(Json(sign).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareRequest {
    /// The signs, one a line.
    signs: String,
    #[serde(default)]
    lang: Option<String>,
    /// For a cover page.
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    client: Option<String>,
    #[serde(default)]
    template: Option<String>,
    #[serde(default)]
    size: Option<String>,
}

/// POST /api/compare/{json|pdf|html}: the signs before and after, as the
/// page shows them (JSON: the summary and each pair with its reasons), or
/// as the sheet `streep compare` writes.
pub async fn compare(
    State(studio): State<Arc<Studio>>,
    Ui(ui): Ui,
    Path(format): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Told> {
    if !matches!(format.as_str(), "json" | "pdf" | "html") {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "studio-error-compare-format").told(ui));
    }
    let request: CompareRequest = json(body, ui)?;
    let signs: Vec<String> = request
        .signs
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    if signs.is_empty() {
        let empty = Error::Sign(Msg::new("studio-error-compare-empty"));
        return Err(unprocessable(&empty, ui));
    }
    // The sheet is saved under its title, when it has one.
    let titled = Sign::new("poster", request.title.as_deref().unwrap_or("compare"));
    let lang = sign_lang(&studio, &signs.join("\n"), request.lang.as_deref(), ui)?;
    let template = request.template.unwrap_or_else(|| "poster".to_owned());
    let mut design = Sign::new(&template, "");
    design.size = request.size;
    design.lang = lang.code().to_owned();
    let design = from_the_page(design, ui)?;
    // Unless the page names the language, each sign is read in its own.
    let per_sign = request.lang.is_none() && studio.config.lang.is_none();
    let job = {
        let studio = studio.clone();
        move || -> Result<Response, Error> {
            let list = studio.rewriter(lang, ui.lang());
            let rewriter_for = |text: &str| match detect(text).filter(|_| per_sign) {
                Some(own) => studio.rewriter(own, ui.lang()),
                None => list,
            };
            let mut comparison = Comparison::with_progress(&signs, &rewriter_for, &design, &|| {})?;
            if request.title.is_some() || request.client.is_some() {
                comparison.cover = Some(Cover::new(request.title, request.client, None, ui)?);
            }
            Ok(match format.as_str() {
                "pdf" => download(
                    pdf_pages(&comparison.sheet(ui)?)?,
                    "application/pdf",
                    &file_name(&titled, "pdf"),
                ),
                "html" => download(
                    comparison.html(ui)?.into_bytes(),
                    "text/html; charset=utf-8",
                    &file_name(&titled, "html"),
                ),
                _ => Json(comparison_json(&comparison, ui)).into_response(),
            })
        }
    };
    answer(&studio, ui, job).await
}

/// The comparison as the page lists it.
fn comparison_json(comparison: &Comparison, ui: &Messages) -> serde_json::Value {
    let summary = comparison.summary();
    let categories: Vec<serde_json::Value> = summary
        .by_category
        .iter()
        .map(|(category, count)| serde_json::json!([category_name(category, ui), count]))
        .collect();
    let pairs: Vec<serde_json::Value> = comparison
        .pairs
        .iter()
        .map(|pair| {
            serde_json::json!({
                "before": pair.before,
                "after": pair.after,
                "score_before": pair.score_before,
                "score_after": pair.score_after,
                "reasons": pair.reasons(ui),
            })
        })
        .collect();
    serde_json::json!({
        "summary": {
            "signs": summary.signs,
            "changed": summary.changed,
            "average_before": summary.average_before.round(),
            "average_after": summary.average_after.round(),
            "by_category": categories,
        },
        "pairs": pairs,
    })
}

/// The most a table may hold, in megabytes.
pub const TABLE_LIMIT_MB: usize = 10;

#[derive(Deserialize)]
pub struct TableQuery {
    /// The file's name, whose extension says how to read it.
    name: String,
    #[serde(default)]
    template: Option<String>,
}

/// One row's sign, reworded and laid out, or why it cannot be.
type Made = std::result::Result<(Sign, Scene), Error>;

/// A table's rows as signs: each row's job, and its sign laid out (or why
/// it cannot be), in the table's order.
struct Rows {
    table_notes: Vec<Msg>,
    made: Vec<(Job, Made)>,
}

/// Reads the table and lays out every row, each reworded in its own
/// language (the house style's, else told by its words, else Dutch).
fn rows_of(
    studio: &Studio,
    query: &TableQuery,
    bytes: Vec<u8>,
    ui: &Messages,
) -> Result<Rows, Error> {
    use rayon::prelude::*;
    let table = Table::parse(&query.name, bytes)?;
    let template = query
        .template
        .clone()
        .unwrap_or_else(|| "poster".to_owned());
    if is_file_name(&template) {
        return Err(Error::Sign(Msg::new("studio-error-path")));
    }
    let mut base = Sign::new(&template, "");
    base.text.clear();
    // Files are named by the table's first column (a branch, as a rule).
    let naming: Vec<String> = table
        .columns
        .first()
        .map(|first| format!("{{{first}}}.pdf"))
        .into_iter()
        .collect();
    let planned = plan(&table, &base, &naming)?;
    let mut table_notes = table.notes;
    table_notes.extend(planned.notes);
    let lang_column = table
        .columns
        .iter()
        .any(|column| column.eq_ignore_ascii_case("lang"));
    let made = planned
        .jobs
        .into_par_iter()
        .map(|mut job| {
            let lang = Lang::of_tag(&job.sign.lang)
                .filter(|_| lang_column)
                .or(studio.config.lang)
                .unwrap_or_else(|| job.told_lang());
            job.sign.lang = lang.code().to_owned();
            let made = lay_out_row(&job, Some(studio.rewriter(lang, ui.lang()))).and_then(
                |(sign, mut scene)| refuse_unreadable(&mut scene, false).map(|()| (sign, scene)),
            );
            (job, made)
        })
        .collect();
    Ok(Rows { table_notes, made })
}

/// The table's body, read within its limit.
fn table_bytes(body: Result<Bytes, BytesRejection>, ui: &Messages) -> Result<Vec<u8>, Told> {
    body.map(|bytes| bytes.to_vec())
        .map_err(|rejection| unread(&rejection, TABLE_LIMIT_MB, ui))
}

/// POST /api/batch/check?name=FILE: every row of a table with what it will
/// say and its problems, before anything is rendered for print.
pub async fn batch_check(
    State(studio): State<Arc<Studio>>,
    Ui(ui): Ui,
    Query(query): Query<TableQuery>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Told> {
    let bytes = table_bytes(body, ui)?;
    let job = {
        let studio = studio.clone();
        move || -> Result<serde_json::Value, Error> {
            let rows = rows_of(&studio, &query, bytes, ui)?;
            let listed: Vec<serde_json::Value> = rows
                .made
                .iter()
                .map(|(job, made)| {
                    let headline = job.sign.text.get("headline").cloned().unwrap_or_default();
                    match made {
                        // The new wording is shown as the sign; the notes
                        // that say so are left out.
                        Ok((sign, scene)) => serde_json::json!({
                            "row": job.row,
                            "line": job.line,
                            "headline": headline,
                            "after": sign.text.get("headline"),
                            "notes": notes_of(scene, ui)
                                .into_iter()
                                .zip(&scene.notes)
                                .filter(|(_, note)| note.id != "cli-rewrote")
                                .map(|(told, _)| told)
                                .collect::<Vec<_>>(),
                        }),
                        Err(error) => serde_json::json!({
                            "row": job.row,
                            "line": job.line,
                            "headline": headline,
                            "error": error_text(error, ui),
                        }),
                    }
                })
                .collect();
            Ok(serde_json::json!({
                "notes": rows.table_notes.iter().map(|note| in_the_page(note, ui)).collect::<Vec<_>>(),
                "rows": listed,
                "failed": rows.made.iter().filter(|(_, made)| made.is_err()).count(),
            }))
        }
    };
    answer(&studio, ui, move || job().map(Json)).await
}

/// The signs of the rows that can be made, as the pages of one document.
struct RowPages<'r>(Vec<&'r Scene>);

impl Pages for RowPages<'_> {
    fn count(&self) -> usize {
        self.0.len()
    }

    fn page(&self, index: usize) -> crate::error::Result<Option<Cow<'_, Scene>>> {
        Ok(Some(Cow::Borrowed(self.0[index])))
    }
}

/// POST /api/batch/{pdf|zip}?name=FILE: the signs of every row that can be
/// made, as one PDF (a page a row) or a zip of a PDF per row with a report
/// of the rows that failed.
pub async fn batch_file(
    State(studio): State<Arc<Studio>>,
    Ui(ui): Ui,
    Path(format): Path<String>,
    Query(query): Query<TableQuery>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Told> {
    if !matches!(format.as_str(), "pdf" | "zip") {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "studio-error-batch-format").told(ui));
    }
    let bytes = table_bytes(body, ui)?;
    let job = {
        let studio = studio.clone();
        move || -> Result<Response, Error> {
            let rows = rows_of(&studio, &query, bytes, ui)?;
            let made: Vec<&Scene> = rows
                .made
                .iter()
                .filter_map(|(_, made)| made.as_ref().ok().map(|(_, scene)| scene))
                .collect();
            if made.is_empty() {
                return Err(Error::Sign(Msg::new("studio-error-no-rows")));
            }
            if format == "pdf" {
                let pdf = pdf_pages(&RowPages(made))?;
                return Ok(download(pdf, "application/pdf", "signs.pdf"));
            }
            Ok(download(zipped(&rows, ui)?, "application/zip", "signs.zip"))
        }
    };
    answer(&studio, ui, job).await
}

/// A zip of a PDF per row that can be made, named by its row and headline,
/// and report.txt naming the rows that cannot, and why.
fn zipped(rows: &Rows, ui: &Messages) -> Result<Vec<u8>, Error> {
    use std::io::Write as _;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let broken = |error: zip::result::ZipError| {
        Error::Sign(Msg::new("studio-error-zip").arg("reason", error))
    };
    let mut report: Vec<String> = rows
        .table_notes
        .iter()
        .map(|note| in_the_page(note, ui))
        .collect();
    let width = rows.made.len().to_string().len();
    for (job, made) in &rows.made {
        match made {
            Ok((sign, scene)) => {
                let named = job.outputs.first().map(|path| path.display().to_string());
                let name = named
                    .filter(|name| name != ".pdf")
                    .unwrap_or_else(|| file_name(sign, "pdf"));
                zip.start_file(format!("{:0width$}-{name}", job.row), options)
                    .map_err(broken)?;
                zip.write_all(&render(scene, Format::Pdf, Options::of(&sign.print))?)
                    .map_err(|e| broken(e.into()))?;
                for note in &scene.notes {
                    let told = Msg::new("cli-batch-note")
                        .num("row", job.row as f64)
                        .num("line", job.line as f64)
                        .arg("note", in_the_page(note, ui));
                    report.push(ui.text(&told));
                }
            }
            Err(error) => {
                let failed = Msg::new("cli-batch-failed")
                    .num("row", job.row as f64)
                    .num("line", job.line as f64)
                    .arg("reason", error_text(error, ui));
                report.push(ui.text(&failed));
            }
        }
    }
    zip.start_file("report.txt", options).map_err(broken)?;
    zip.write_all((report.join("\n") + "\n").as_bytes())
        .map_err(|e| broken(e.into()))?;
    let cursor = zip.finish().map_err(broken)?;
    Ok(cursor.into_inner())
}

/// Any other path under /api.
pub async fn not_found(Ui(ui): Ui) -> Told {
    ApiError::new(StatusCode::NOT_FOUND, "studio-error-not-found").told(ui)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_in_the_units_of_javascript_strings() {
        let text = "Wacht 😀 vóór de streep";
        let byte = text.find("de").unwrap();
        assert_eq!(
            utf16_at(text, byte),
            "Wacht 😀 vóór ".encode_utf16().count()
        );
        assert_eq!(utf16_at(text, 0), 0);
    }

    #[test]
    fn a_file_name_comes_from_the_headline() {
        let sign = Sign::new("poster", "Wilt u vóór de streep wachten?");
        assert_eq!(file_name(&sign, "pdf"), "wilt-u-vóór-de-streep.pdf");
        assert_eq!(file_name(&Sign::new("poster", "…"), "png"), "sign.png");
    }
}
