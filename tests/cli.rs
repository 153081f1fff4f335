//! The `pantau` binary, run as a publisher would run it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output};

fn pantau(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pantau"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the pantau binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A file in a fresh temporary folder, removed at the end of the test.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, content: &[u8]) -> TempFile {
        let dir = std::env::temp_dir().join(format!("pantau-cli-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(name);
        std::fs::write(&path, content).expect("write fixture");
        TempFile(path)
    }
    fn path(&self) -> &str {
        self.0.to_str().expect("utf-8 path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

const DEFAULT: &str = "static/data/tanjungpinang.json";

#[test]
fn a_valid_dataset_exits_0() {
    let o = pantau(&["validate", DEFAULT]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("tanjungpinang.json: valid"));
}

#[test]
fn an_invalid_dataset_exits_1_with_every_path() {
    let text = std::fs::read_to_string(DEFAULT)
        .expect("default")
        .replacen("\"value\": 150", "\"value\": -3", 1)
        .replacen("\"area\": \"sei-jang\"", "\"area\": \"sungai-jang\"", 1);
    let file = TempFile::new("bad.json", text.as_bytes());
    let o = pantau(&["validate", file.path()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("error: series[0].points[1].value: must be a number >= 0 or null, got -3"),
        "{out}"
    );
    assert!(
        out.contains("error: programs[0].coverage[16].area: \"sungai-jang\" is not an area id"),
        "{out}"
    );
    assert!(out.contains("invalid, 2 errors"), "{out}");
}

#[test]
fn messages_can_be_in_indonesian() {
    let file = TempFile::new("syntax.json", b"{\n\"format\": }");
    let o = pantau(&["validate", "--lang", "id", file.path()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("kesalahan sintaks JSON pada baris 2, kolom 11"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn json_output_is_machine_readable() {
    let file = TempFile::new(
        "warn.json",
        std::fs::read_to_string(DEFAULT)
            .expect("default")
            .replacen("{", "{\"extra\": 1,", 1)
            .as_bytes(),
    );
    let o = pantau(&["validate", "--format", "json", file.path(), DEFAULT]);
    assert_eq!(o.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json output");
    assert_eq!(doc["files"][0]["valid"], true);
    assert_eq!(
        doc["files"][0]["warnings"][0]["message"],
        "unknown field \"extra\" is ignored"
    );
    assert_eq!(doc["files"][1]["errors"].as_array().map(Vec::len), Some(0));
}

#[test]
fn unreadable_files_and_bad_usage_exit_2() {
    let o = pantau(&["validate", "/no/such/file.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read"));
    assert_eq!(pantau(&["validate"]).status.code(), Some(2));
    assert_eq!(pantau(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn help_has_examples() {
    let o = pantau(&["validate", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Examples:"));
}
