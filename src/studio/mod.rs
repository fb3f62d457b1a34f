//! `streep studio`: the whole job in a web page on the user's own computer,
//! for staff who never open a terminal. A local server (axum on tokio)
//! serves one page and a JSON API over the same library the command line
//! uses: type a sign, see it reworded with every change to accept or
//! reject, see it as it will print, and download the print files.
//!
//! Everything it serves is embedded in the binary, so it needs no network.
//! It listens on loopback unless told otherwise, answers only requests that
//! name it and come from its own page ([`guard`]), bounds every body, and
//! does its heavy work a few jobs at a time within a time limit ([`work`]).

mod api;
mod assets;
mod guard;
mod work;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::print::geometry::PAPERS;
use crate::print::template::{Template, icon_names, template_names};
use crate::wording::house_style::Config;
use crate::wording::rewrite::Rewriter;

/// The port the studio tries first, so that a bookmark keeps working; when
/// it is taken (a second studio), the system picks a free one.
pub const DEFAULT_PORT: u16 = 4747;

/// How long one piece of work (a rewrite, a preview, a print file) may take.
const WORK_LIMIT: Duration = Duration::from_secs(20);

/// What every request shares.
pub struct Studio {
    /// The address the studio listens on: requests must name it.
    address: SocketAddr,
    /// The house style of the folder the studio was started in, if it has
    /// one, and the style the studio applies (that one, else streep's own).
    house_style: Option<Config>,
    config: Config,
    /// A rewriter for each sign language, explaining in each interface
    /// language: (sign, interface, rewriter).
    rewriters: Vec<(Lang, Lang, Rewriter)>,
    /// What the page offers to choose from, made once.
    options: serde_json::Value,
    work: work::Work,
}

impl Studio {
    /// The studio at `address`, with the house style `found` in its
    /// folder, else streep's own.
    pub fn new(address: SocketAddr, found: Option<Config>) -> Result<Studio> {
        let config = found.clone().unwrap_or_default();
        let mut rewriters = Vec::new();
        for sign in Lang::ALL {
            for ui in Lang::UI {
                let explained = Config {
                    explain_in: Some(ui),
                    ..config.clone()
                };
                rewriters.push((sign, ui, Rewriter::new(sign, &explained)?));
            }
        }
        let at_once = std::thread::available_parallelism().map_or(2, usize::from);
        Ok(Studio {
            address,
            options: options()?,
            house_style: found,
            config,
            rewriters,
            work: work::Work::new(at_once, WORK_LIMIT),
        })
    }

    fn rewriter(&self, sign: Lang, ui: Lang) -> &Rewriter {
        self.rewriters
            .iter()
            .find(|(s, u, _)| *s == sign && *u == ui)
            .map(|(_, _, rewriter)| rewriter)
            .expect("a rewriter for every sign and interface language")
    }
}

/// The templates, sizes, icons and languages the page offers.
fn options() -> Result<serde_json::Value> {
    let templates = template_names()
        .into_iter()
        .map(|name| {
            let template = Template::find(name)?;
            Ok(serde_json::json!({
                "name": name,
                "kind": format!("{:?}", template.kind).to_lowercase(),
                "slots": template.slots.iter().map(|slot| slot.name.as_str()).collect::<Vec<_>>(),
                "width": template.default_size.width,
                "height": template.default_size.height,
            }))
        })
        .collect::<Result<Vec<_>>>()?;
    let papers: Vec<&str> = PAPERS.iter().map(|paper| paper.name).collect();
    Ok(serde_json::json!({
        "templates": templates,
        "papers": papers,
        "icons": icon_names(),
        "languages": Lang::ALL.map(Lang::code),
    }))
}

/// The studio's routes, behind its guard.
pub fn app(studio: Arc<Studio>) -> Router {
    let text_limit = DefaultBodyLimit::max(api::TEXT_LIMIT_MB << 20);
    let api = Router::new()
        .route("/messages", get(api::messages))
        .route("/options", get(api::options))
        .route("/phrases", get(api::phrases))
        .route("/rewrite", post(api::rewrite))
        .route("/check", post(api::check))
        .route("/preview", post(api::preview))
        .route("/render/{format}", post(api::render_file))
        .route("/sign-file/save", post(api::save_sign))
        .route("/sign-file/open", post(api::open_sign))
        .route("/compare/{format}", post(api::compare))
        .fallback(api::not_found)
        .layer(text_limit);
    // A branch list may be larger than a text.
    let tables = Router::new()
        .route("/batch/check", post(api::batch_check))
        .route("/batch/{format}", post(api::batch_file))
        .layer(DefaultBodyLimit::max(api::TABLE_LIMIT_MB << 20));
    let api = tables.merge(api);
    Router::new()
        .nest("/api", api)
        .route("/", get(assets::page))
        .route("/{file}", get(assets::file))
        .layer(axum::middleware::from_fn_with_state(
            studio.clone(),
            guard::guard,
        ))
        .with_state(studio)
}

/// Where to listen: loopback unless `host` says otherwise, on `port` or
/// the default port, else any free one.
pub async fn listen(host: Option<IpAddr>, port: Option<u16>) -> Result<tokio::net::TcpListener> {
    let ip = host.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    let bind = |port: u16| tokio::net::TcpListener::bind(SocketAddr::new(ip, port));
    let wanted = SocketAddr::new(ip, port.unwrap_or(DEFAULT_PORT));
    match port {
        Some(port) => bind(port).await.map_err(|e| cannot_listen(wanted, &e)),
        None => match bind(DEFAULT_PORT).await {
            Ok(listener) => Ok(listener),
            Err(_) => bind(0).await.map_err(|e| cannot_listen(wanted, &e)),
        },
    }
}

/// Why the studio cannot serve at `address`.
fn cannot_listen(address: SocketAddr, reason: &std::io::Error) -> Error {
    Error::Sign(
        Msg::new("error-studio-listen")
            .arg("address", address)
            .arg("reason", reason),
    )
}

/// Serves the studio on `host` and `port` (see [`listen`]) until Ctrl-C,
/// calling `ready` with its address once it answers.
pub fn serve(
    host: Option<IpAddr>,
    port: Option<u16>,
    house_style: Option<Config>,
    ready: impl FnOnce(SocketAddr),
) -> Result<()> {
    let wanted = SocketAddr::new(
        host.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        port.unwrap_or(DEFAULT_PORT),
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| cannot_listen(wanted, &e))?;
    runtime.block_on(async move {
        let listener = listen(host, port).await?;
        let address = listener
            .local_addr()
            .map_err(|e| cannot_listen(wanted, &e))?;
        let studio = Arc::new(Studio::new(address, house_style)?);
        ready(address);
        axum::serve(listener, app(studio))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| cannot_listen(address, &e))
    })
}
