//! What the command-line tests share: running `streep` as a user would, and
//! finding the outside tools that check its print files.

#![allow(dead_code)]

use assert_cmd::Command;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

/// `streep` with a clean environment: English messages, no house style.
pub fn streep(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("streep").unwrap();
    cmd.current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    cmd
}

/// Runs `streep` with `args` in `dir`.
pub fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    streep(dir).args(args).output().unwrap()
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// An outside program (qpdf, pdfinfo, gs, …) on the PATH. Where it is
/// missing the test is skipped with a note, except in CI (`CI` set), which
/// installs them all and must run every check.
pub fn tool(name: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|path| path.is_file())
    });
    if found.is_none() {
        if std::env::var_os("CI").is_some() {
            panic!(
                "{name} is not installed, and CI must run every check: install it (.ci/run does)"
            );
        }
        skip_note(&format!(
            "{name} is not installed; skipping the checks that need it"
        ));
    }
    found
}

/// Makes a sign with the command line in `dir`; fails the test, with
/// streep's own words, unless it succeeds. Returns what streep told on
/// standard error (its notes).
pub fn make(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, args);
    assert!(out.status.success(), "streep {args:?}:\n{}", stderr(&out));
    stderr(&out)
}

/// Runs an outside program and returns what it printed; panics with its
/// error output when it fails.
pub fn output_of(program: &Path, args: &[&str], dir: &Path) -> String {
    let output = std::process::Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{} {args:?} failed:\n{}{}",
        program.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A data file an outside package installs (a dictionary, a profile). Where
/// it is missing the test is skipped with a note, except in CI.
pub fn package_file(path: &str, package: &str) -> Option<PathBuf> {
    let path = PathBuf::from(path);
    if path.is_file() {
        return Some(path);
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "{} is missing, and CI must run every check: install {package} (.ci/run does)",
            path.display()
        );
    }
    skip_note(&format!(
        "{} is missing (package {package}); skipping the checks that need it",
        path.display()
    ));
    None
}

/// Says that checks were skipped where a person sees it: the test harness
/// captures `eprintln!` and shows it only for a failing test, so the note
/// goes to the process's standard error itself, and only once per tool.
pub fn skip_note(note: &str) {
    use std::io::Write;
    static SAID: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let mut said = SAID.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if !said.iter().any(|earlier| earlier == note) {
        said.push(note.to_owned());
        let _ = writeln!(std::io::stderr().lock(), "note: {note}");
    }
}

/// A PDF's document information dictionary (title, creator, …).
pub fn pdf_info(document: &lopdf::Document) -> &lopdf::Dictionary {
    let info = document
        .trailer
        .get(b"Info")
        .unwrap()
        .as_reference()
        .unwrap();
    document.get_dictionary(info).unwrap()
}

/// A studio running for one test, stopped when the test ends.
pub struct Running {
    child: Child,
    pub port: u16,
    /// What the studio said on standard error when it started.
    pub said: String,
    _dir: tempfile::TempDir,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `streep studio` in an empty folder, on a port the system picks.
pub fn studio() -> Running {
    studio_with(&["--port", "0"])
}

/// Starts `streep studio --no-open` with `args`, in an empty folder.
pub fn studio_with(args: &[&str]) -> Running {
    studio_in(tempfile::tempdir().unwrap(), args)
}

/// Starts `streep studio --no-open` with `args` in `dir` (with its house
/// style, if it has one).
pub fn studio_in(dir: tempfile::TempDir, args: &[&str]) -> Running {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_streep"))
        .args(["studio", "--no-open"])
        .args(args)
        .current_dir(dir.path())
        .env("LANG", "C.UTF-8")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // What it says before its address (a warning) is kept for the test.
    let mut said = String::new();
    let mut reader = BufReader::new(child.stderr.take().unwrap());
    let port = loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 {
            panic!("the studio stopped: {said}");
        }
        let port = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .and_then(|host| host.rsplit(':').next())
            .and_then(|port| port.parse().ok());
        said.push_str(&line);
        if let Some(port) = port {
            break port;
        }
    };
    Running {
        child,
        port,
        said,
        _dir: dir,
    }
}

/// A plate of Ghostscript's tiffsep: uncompressed 8-bit grey, 0 for full
/// ink. Returns its samples.
pub fn gray_tiff(path: &Path) -> Vec<u8> {
    let data = std::fs::read(path).unwrap();
    let little = &data[0..2] == b"II";
    let u16_at = |at: usize| {
        let b = [data[at], data[at + 1]];
        if little {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        }
    };
    let u32_at = |at: usize| {
        let b = [data[at], data[at + 1], data[at + 2], data[at + 3]];
        if little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        }
    };
    let directory = u32_at(4) as usize;
    let mut fields = std::collections::HashMap::new();
    for entry in 0..u16_at(directory) as usize {
        let at = directory + 2 + entry * 12;
        let kind = u16_at(at + 2);
        let count = u32_at(at + 4) as usize;
        let value_at = at + 8;
        let values: Vec<u32> = if count == 1 {
            vec![if kind == 3 {
                u32::from(u16_at(value_at))
            } else {
                u32_at(value_at)
            }]
        } else {
            let start = u32_at(value_at) as usize;
            (0..count)
                .map(|i| {
                    if kind == 3 {
                        u32::from(u16_at(start + 2 * i))
                    } else {
                        u32_at(start + 4 * i)
                    }
                })
                .collect()
        };
        fields.insert(u16_at(at), values);
    }
    assert_eq!(
        fields.get(&259).map_or(1, |v| v[0]),
        1,
        "compressed: {}",
        path.display()
    );
    let mut samples = Vec::new();
    for (offset, length) in fields[&273].iter().zip(&fields[&279]) {
        samples.extend_from_slice(&data[*offset as usize..(*offset + *length) as usize]);
    }
    samples
}
