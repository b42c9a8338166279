use hearsay_corpus::stance::*;
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let (pairs, _) = read_emergent(std::path::Path::new("../../../shared/data/emergent/url-versions-2015-06-14-clean-train.csv")).unwrap();
    let mut o = TrainOptions::default();
    if let Some(x) = a.get(1) { o.epochs = x.parse().unwrap(); }
    if let Some(x) = a.get(2) { o.learning_rate = x.parse().unwrap(); }
    if let Some(x) = a.get(3) { o.l2 = x.parse().unwrap(); }
    let t = std::time::Instant::now();
    let s = cross_validate(&pairs, 10, &o);
    println!("{s}\n{:?}", t.elapsed());
}
