//! Any bytes as a batch table, in each kind streep reads (the first byte
//! picks it): read, and where it reads, planned on the poster template;
//! errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use streep::{Sign, Table, plan};

const KINDS: [&str; 5] = ["csv", "json", "toml", "xlsx", "ods"];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, bytes)) = data.split_first() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!(
        "table.{}",
        KINDS[usize::from(choice) % KINDS.len()]
    ));
    std::fs::write(&path, bytes).unwrap();
    let Ok(table) = Table::load(&path) else {
        return;
    };
    let _ = plan(&table, &Sign::new("poster", ""), &["{row}.pdf".to_owned()]);
});
