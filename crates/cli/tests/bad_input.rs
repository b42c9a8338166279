//! Bad input through the real binary: clear message, documented exit code, no panic.

mod common;

use common::{run as hearsay, stderr};

fn tmp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("hearsay-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn missing_path_exits_3() {
    let o = hearsay(&["analyze", "/nonexistent/article.txt"], None);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot open"));
}

#[test]
fn empty_input_exits_4() {
    let o = hearsay(&["analyze", "-"], Some(b""));
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains("empty"));
    let o = hearsay(&["analyze", tmp("blank.txt", b" \n\n ").to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(4));
}

#[test]
fn binary_input_exits_6() {
    let o = hearsay(&["analyze", "-"], Some(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"));
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(stderr(&o).contains("binary"));
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let o = hearsay(&["analyze", "-"], Some(b"Headline\n\nThe caf\xe9 owner said prices rose."));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("not valid UTF-8"));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["document"]["text"].as_str().unwrap().contains('\u{fffd}'));
}

#[test]
fn huge_file_is_refused_without_reading_it_all() {
    // 200 MB of text: over the default 32 MiB limit
    let line = b"Officials said the plan would go ahead next week, according to a report.\n";
    let mut big = Vec::with_capacity(200_000_000);
    while big.len() < 200_000_000 {
        big.extend_from_slice(line);
    }
    let p = tmp("huge.txt", &big);
    drop(big);
    let o = hearsay(&["analyze", p.to_str().unwrap()], None);
    std::fs::remove_file(&p).ok();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(stderr(&o).contains("--max-bytes"));
    // and the limit can be lowered or raised
    let o = hearsay(&["analyze", "--max-bytes", "10", "-"], Some(b"Short text that is longer than ten bytes."));
    assert_eq!(o.status.code(), Some(5));
}

#[test]
fn deeply_nested_html_does_not_crash() {
    let mut html = String::from("<html><body>");
    for _ in 0..100_000 {
        html.push_str("<div>");
    }
    html.push_str("<p>The mayor said the bridge would reopen.</p>");
    let p = tmp("deep.html", html.as_bytes());
    let o = hearsay(&["analyze", p.to_str().unwrap()], None);
    let code = o.status.code();
    assert!(code == Some(0) || code == Some(6), "exit {code:?}: {}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn analyze_prints_hearsay_v1() {
    let o =
        hearsay(&["analyze", "--id", "x1", "-"], Some("Mayor speaks\n\n“We will rebuild,” the mayor said.".as_bytes()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["schema"], "hearsay.v1");
    assert_eq!(v["document"]["id"], "x1");
    for k in ["sources", "attributions", "verifications", "claims"] {
        assert!(v[k].is_array(), "{k} must be an array");
    }
}
