//! WARC that never loses records silently, in bounded memory (issue 18): a WARC bomb
//! (a small `.warc.gz` inflating to hundreds of megabytes) is skipped with flat memory;
//! a corrupt gzip member in the middle costs exactly its own record; truncated and
//! broken records are reported. Every file is generated here.

use flate2::write::GzEncoder;
use hearsay_readers::{records, Article, ByteCounter, ReadOptions, Record};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Counts live heap bytes and their peak, to measure what reading a file costs.
struct Peak;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// Tests that measure memory run one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

unsafe impl GlobalAlloc for Peak {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            let now = LIVE.fetch_add(l.size(), Ordering::Relaxed) + l.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) };
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static GLOBAL: Peak = Peak;

fn read(p: &Path) -> Vec<Record> {
    records(vec![p.display().to_string()], ReadOptions::default(), ByteCounter::new()).collect()
}

fn articles(rs: &[Record]) -> Vec<&Article> {
    rs.iter().filter_map(|r| if let Record::Article(a) = r { Some(a) } else { None }).collect()
}

fn bad(rs: &[Record]) -> Vec<(String, String)> {
    rs.iter()
        .filter_map(|r| if let Record::Bad(b) = r { Some((b.origin.clone(), b.reason.clone())) } else { None })
        .collect()
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn head(uri: &str, len: u64) -> Vec<u8> {
    format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {len}\r\n\r\n"
    )
    .into_bytes()
}

/// A response record whose page says `n`.
fn page_record(n: usize) -> Vec<u8> {
    let body = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><article><h1>Story {n}</h1>\
         <p>The mayor said on Monday that bridge {n} would reopen, according to a statement.</p></article></body></html>"
    );
    let mut r = head(&format!("https://example.org/{n}"), body.len() as u64);
    r.extend_from_slice(body.as_bytes());
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn story(a: &Article) -> usize {
    a.url.as_deref().unwrap().rsplit('/').next().unwrap().parse().unwrap()
}

#[test]
fn a_warc_bomb_is_skipped_in_flat_memory_and_the_next_record_is_read() {
    let _one = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    // 1 MiB of zeros compresses to about 1 KiB; 512 such members make one record of
    // 512 MiB (over the 32 MiB article limit) from a file of about half a megabyte.
    let chunk = gz(&vec![0u8; 1 << 20]);
    let bomb_len: u64 = 512 << 20;
    let mut file = gz(&page_record(1));
    file.extend(gz(&head("https://example.org/bomb", bomb_len)));
    for _ in 0..512 {
        file.extend_from_slice(&chunk);
    }
    file.extend(gz(b"\r\n\r\n"));
    file.extend(gz(&page_record(2)));
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bomb.warc.gz");
    std::fs::write(&p, &file).unwrap();

    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let rs = read(&p);
    let peak = PEAK.load(Ordering::Relaxed) - before;
    eprintln!(
        "WARC bomb: {} KiB file, {} MiB record, peak heap {:.1} MiB",
        file.len() >> 10,
        bomb_len >> 20,
        peak as f64 / 1048576.0
    );
    assert!(peak < 100 << 20, "peak heap {peak} bytes");
    let a = articles(&rs);
    assert_eq!(a.iter().map(|a| story(a)).collect::<Vec<_>>(), [1, 2], "{:?}", bad(&rs));
    let b = bad(&rs);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(b[0].0.ends_with("#2") && b[0].1.contains("over the size limit"), "{b:?}");
}

/// 19 records, one gzip member each, and where each member begins.
fn nineteen() -> (Vec<u8>, Vec<usize>) {
    let mut file = Vec::new();
    let mut starts = Vec::new();
    for n in 1..=19 {
        starts.push(file.len());
        file.extend(gz(&page_record(n)));
    }
    starts.push(file.len());
    (file, starts)
}

fn check_lost_one(rs: &[Record], lost: usize, how: &str, exact: bool) {
    let got: Vec<usize> = articles(rs).iter().map(|a| story(a)).collect();
    let want: Vec<usize> = (1..=19).filter(|&n| n != lost).collect();
    assert_eq!(got, want, "{how}: {:?}", bad(rs));
    for a in articles(rs) {
        let n = story(a);
        assert!(
            String::from_utf8_lossy(&a.body).contains(&format!("bridge {n} would reopen")),
            "{how}: body of {n} intact"
        );
    }
    let b = bad(rs);
    assert_eq!(b.len(), 1, "{how}: one bad record per lost record: {b:?}");
    assert!(b[0].1.contains("1 record lost"), "{how}: {b:?}");
    assert!(!exact || !b[0].1.contains("at least"), "{how}: {b:?}");
}

#[test]
fn a_corrupt_gzip_member_in_the_middle_costs_exactly_its_own_record() {
    let (file, starts) = nineteen();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("corrupt.warc.gz");
    let (s, e) = (starts[9], starts[10]); // record 10
    type Break = Box<dyn Fn(&mut Vec<u8>)>;
    let cases: Vec<(&str, Break)> = vec![
        (
            "deflate data flipped",
            Box::new(move |f: &mut Vec<u8>| f[(s + e) / 2..(s + e) / 2 + 8].iter_mut().for_each(|b| *b ^= 0xa5)),
        ),
        ("magic bytes broken", Box::new(move |f: &mut Vec<u8>| f[s] = b'X')),
        ("checksum wrong", Box::new(move |f: &mut Vec<u8>| f[e - 6] ^= 0xff)),
        (
            "zeroed from the middle to the end",
            Box::new(move |f: &mut Vec<u8>| f[(s + e) / 2..e].iter_mut().for_each(|b| *b = 0)),
        ),
        ("bytes cut out", Box::new(move |f: &mut Vec<u8>| drop(f.drain(s + 20..s + 40)))),
    ];
    for (how, break_it) in cases {
        let mut f = file.clone();
        break_it(&mut f);
        std::fs::write(&p, &f).unwrap();
        check_lost_one(&read(&p), 10, how, true);
    }
    // Any single byte of the member changed: never a wrong article, never a later record
    // lost; the record is either read intact (a byte gzip does not check) or reported.
    for i in (s..e).step_by(7) {
        let mut f = file.clone();
        f[i] ^= 0x5c;
        std::fs::write(&p, &f).unwrap();
        let rs = read(&p);
        let got: Vec<usize> = articles(&rs).iter().map(|a| story(a)).collect();
        if got.len() == 19 {
            assert!(bad(&rs).is_empty(), "byte {i}");
        } else {
            check_lost_one(&rs, 10, &format!("byte {} of the member changed", i - s), false);
        }
    }
}

#[test]
fn truncated_and_broken_records_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    // Plain WARC cut inside the last record: the others read, the last reported.
    let plain: Vec<u8> = (1..=5).flat_map(page_record).collect();
    let p = dir.path().join("cut.warc");
    std::fs::write(&p, &plain[..plain.len() - 60]).unwrap();
    let rs = read(&p);
    assert_eq!(articles(&rs).len(), 4);
    let b = bad(&rs);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(b[0].0.ends_with("#5") && b[0].1.contains("truncated"), "{b:?}");

    // Cut inside the header of the last record.
    let cut_at = plain.len() - page_record(5).len() + 30;
    std::fs::write(&p, &plain[..cut_at]).unwrap();
    let b = bad(&read(&p));
    assert!(b.len() == 1 && b[0].1.contains("truncated"), "{b:?}");

    // A .warc.gz cut in the middle of its last member.
    let (file, starts) = nineteen();
    let gzp = dir.path().join("cut.warc.gz");
    std::fs::write(&gzp, &file[..starts[18] + 40]).unwrap();
    let rs = read(&gzp);
    assert_eq!(articles(&rs).len(), 18);
    let b = bad(&rs);
    assert!(b.len() == 1 && b[0].0.ends_with("#19") && b[0].1.contains("truncated"), "{b:?}");

    // A broken header in the middle of a plain WARC: that record is reported, reading
    // goes on at the next one.
    let mut broken = Vec::new();
    for n in 1..=5 {
        let mut r = page_record(n);
        if n == 3 {
            let at = r.windows(15).position(|w| w == b"Content-Length:").unwrap();
            r[at..at + 15].copy_from_slice(b"Content-Lxxxth:");
        }
        broken.extend(r);
    }
    std::fs::write(&p, &broken).unwrap();
    let rs = read(&p);
    assert_eq!(articles(&rs).iter().map(|a| story(a)).collect::<Vec<_>>(), [1, 2, 4, 5]);
    let b = bad(&rs);
    assert!(b.len() == 1 && b[0].0.ends_with("#3"), "{b:?}");
}

#[test]
fn a_file_of_one_gzip_member_says_it_cannot_count_what_was_lost() {
    let all: Vec<u8> = (1..=19).flat_map(page_record).collect();
    let mut f = gz(&all);
    let mid = f.len() / 2;
    f[mid..mid + 8].iter_mut().for_each(|b| *b ^= 0xa5);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("one-member.warc.gz");
    std::fs::write(&p, &f).unwrap();
    let rs = read(&p);
    for a in articles(&rs) {
        let n = story(a);
        assert!(String::from_utf8_lossy(&a.body).contains(&format!("bridge {n} would reopen")));
    }
    let b = bad(&rs);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(b[0].1.contains("at least 1 record lost"), "{b:?}");
}
