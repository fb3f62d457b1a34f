//! The page itself: HTML, CSS and JavaScript modules with no build step,
//! and the bundled fonts, all embedded in the binary.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::print::font::BUNDLED_FILES;

const PAGE: &str = include_str!("../../assets/studio/index.html");

/// The files the page loads, by name, with their media types.
const FILES: [(&str, &str, &[u8]); 3] = [
    (
        "studio.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/studio/studio.js"),
    ),
    (
        "studio.css",
        "text/css; charset=utf-8",
        include_bytes!("../../assets/studio/studio.css"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../../assets/studio/favicon.svg"),
    ),
];

/// GET /: the page.
pub async fn page() -> Response {
    served(PAGE.as_bytes(), "text/html; charset=utf-8")
}

/// GET /{file}: one of the page's files, or a bundled font.
pub async fn file(Path(name): Path<String>) -> Response {
    let known = FILES
        .iter()
        .find(|(file, _, _)| *file == name)
        .map(|(_, kind, bytes)| (*kind, *bytes))
        .or_else(|| {
            BUNDLED_FILES
                .iter()
                .find(|(file, _)| *file == name && file.ends_with(".ttf"))
                .map(|(_, bytes)| ("font/ttf", *bytes))
        });
    match known {
        Some((kind, bytes)) => served(bytes, kind),
        None => (StatusCode::NOT_FOUND, "Not found").into_response(),
    }
}

fn served(bytes: &'static [u8], kind: &'static str) -> Response {
    let mut response = bytes.into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    response
}
