//! What keeps other web sites out of the studio: every request must name
//! the studio itself in its `Host` (no DNS rebinding), come from the
//! studio's own page when a browser sends it (no cross-site requests), and
//! every answer carries headers that keep the page to itself.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::Studio;
use super::api::{ApiError, ui_messages};

/// The page may load only what the studio serves, and the sign previews
/// and downloads it makes itself; nothing runs inline, nothing frames it.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; \
    form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

/// Whether `host` (a `Host` header) names the studio at `address`: `localhost`
/// or an IP address of the studio's kind, with its port. A name that only
/// resolves to it (DNS rebinding) does not.
pub fn names_the_studio(host: &str, address: SocketAddr) -> bool {
    let Some((name, port)) = host.rsplit_once(':') else {
        return false;
    };
    if port.parse() != Ok(address.port()) {
        return false;
    }
    if name.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let literal = name.trim_start_matches('[').trim_end_matches(']');
    match literal.parse::<IpAddr>() {
        // On loopback only loopback; listening elsewhere (--host), any
        // address of this machine the request came to.
        Ok(ip) if address.ip().is_loopback() => ip.is_loopback(),
        Ok(_) => true,
        Err(_) => false,
    }
}

/// Whether a browser sent the request from another site: its `Origin` is
/// not the studio's own, or its fetch metadata says cross-site.
fn from_another_site(headers: &HeaderMap, host: &str) -> bool {
    let text = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
    let other_origin = text("origin").is_some_and(|origin| origin != format!("http://{host}"));
    let other_site =
        text("sec-fetch-site").is_some_and(|site| !matches!(site, "same-origin" | "none"));
    other_origin || other_site
}

/// Refuses requests that do not come from the studio's own page, and adds
/// the security headers to every answer.
pub async fn guard(State(studio): State<Arc<Studio>>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let messages = ui_messages(headers);
    let mut response = if !names_the_studio(&host, studio.address) {
        ApiError::new(StatusCode::MISDIRECTED_REQUEST, "studio-error-host")
            .told(messages)
            .into_response()
    } else if from_another_site(headers, &host) {
        ApiError::new(StatusCode::FORBIDDEN, "studio-error-origin")
            .told(messages)
            .into_response()
    } else {
        next.run(request).await
    };
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_studios_own_names_are_its_host() {
        let loopback: SocketAddr = "127.0.0.1:4747".parse().unwrap();
        for host in [
            "127.0.0.1:4747",
            "localhost:4747",
            "LOCALHOST:4747",
            "[::1]:4747",
        ] {
            assert!(names_the_studio(host, loopback), "{host}");
        }
        for host in [
            "127.0.0.1:80",
            "evil.example:4747",
            "192.168.1.5:4747",
            "localhost",
            "",
            "127.0.0.1.evil.example:4747",
        ] {
            assert!(!names_the_studio(host, loopback), "{host}");
        }
        let everywhere: SocketAddr = "0.0.0.0:4747".parse().unwrap();
        assert!(names_the_studio("192.168.1.5:4747", everywhere));
        assert!(!names_the_studio("evil.example:4747", everywhere));
    }

    #[test]
    fn a_request_from_another_site_is_told_apart() {
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut map = HeaderMap::new();
            for (name, value) in pairs {
                map.insert(*name, HeaderValue::from_static(value));
            }
            map
        };
        let host = "127.0.0.1:4747";
        assert!(!from_another_site(&headers(&[]), host));
        assert!(!from_another_site(
            &headers(&[
                ("origin", "http://127.0.0.1:4747"),
                ("sec-fetch-site", "same-origin")
            ]),
            host
        ));
        assert!(from_another_site(
            &headers(&[("origin", "https://evil.example")]),
            host
        ));
        assert!(from_another_site(&headers(&[("origin", "null")]), host));
        assert!(from_another_site(
            &headers(&[("sec-fetch-site", "cross-site")]),
            host
        ));
    }
}
