fn main() {
    let a: Vec<String> = std::env::args().collect();
    let p = std::path::Path::new;
    if a[1] == "evalpos" {
        let t = hearsay_text::pos::Tagger::from_bytes(&std::fs::read(&a[2]).unwrap()).unwrap();
        let sents = hearsay_text::conllu::parse(&std::fs::read_to_string("../shared/data/ud_ewt/en_ewt-ud-dev.conllu").unwrap());
        let (mut c, mut n, mut c2, mut n2) = (0, 0, 0, 0);
        for s in &sents {
            let p = t.tag(&s.forms());
            for (w, q) in s.words.iter().zip(&p) { c += (w.upos == *q) as usize; n += 1; }
            let r = s.retokenize();
            let p = t.tag(&r.words());
            for (g, q) in r.upos.iter().zip(&p) { c2 += (g == q) as usize; n2 += 1; }
        }
        println!("dev gold {:.4} ours {:.4}", c as f64 / n as f64, c2 as f64 / n2 as f64);
        return;
    }
    if a[1] == "pos" {
        let o = hearsay_text::pos::train::Options { bits: a[3].parse().unwrap(), ..Default::default() };
        hearsay_text::pos::train::train_file(p("../shared/data/ud_ewt/en_ewt-ud-train.conllu"), p(&a[2]), o, |l| eprintln!("{l}")).unwrap();
    } else {
        let o = hearsay_text::parse::train::Options { epochs: a[3].parse().unwrap(), ..Default::default() };
        hearsay_text::parse::train::train_file(p("../shared/data/ud_ewt/en_ewt-ud-train.conllu"), p(&a[2]), o, |l| eprintln!("{l}")).unwrap();
    }
}
#[allow(dead_code)]
fn unused() {}
