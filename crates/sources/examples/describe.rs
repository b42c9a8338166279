//! Prints what the sources stage reads from each mention phrase given as an argument.
fn main() {
    for m in std::env::args().skip(1) {
        println!("{m:?}: {:?}", hearsay_sources::describe(&m));
    }
}
