//! `streep studio`: the web page on the user's own computer, started from
//! the folder whose house style (streep.toml) it applies.

use std::net::IpAddr;
use std::process::ExitCode;

use clap::Args;

use super::output::stderr_line;
use crate::error::Result;
use crate::i18n::{Messages, Msg};
use crate::studio;
use crate::wording::house_style::Config;

#[derive(Debug, Args)]
pub struct StudioArgs {
    /// The port to listen on [default: 4747, else a free one]
    #[arg(long)]
    port: Option<u16>,
    /// Listen on this address instead of this computer only (127.0.0.1),
    /// e.g. 0.0.0.0 for every network: anyone who can reach it can use it
    #[arg(long)]
    host: Option<IpAddr>,
    /// Do not open the page in the default browser
    #[arg(long)]
    no_open: bool,
}

pub fn run(args: StudioArgs, messages: &Messages) -> Result<ExitCode> {
    let house_style = Config::discover()?;
    studio::serve(args.host, args.port, house_style, |address| {
        if !address.ip().is_loopback() {
            let warning = Msg::new("cli-studio-elsewhere").arg("address", address);
            stderr_line(&messages.text(&warning));
        }
        let host = if address.ip().is_unspecified() || address.ip().is_loopback() {
            "localhost".to_owned()
        } else {
            address.ip().to_string()
        };
        let url = format!("http://{host}:{}/", address.port());
        stderr_line(&messages.text(&Msg::new("cli-studio-ready").arg("url", &url)));
        if !args.no_open && webbrowser::open(&url).is_err() {
            stderr_line(&messages.text(&Msg::new("cli-studio-no-browser").arg("url", &url)));
        }
    })?;
    Ok(ExitCode::SUCCESS)
}
