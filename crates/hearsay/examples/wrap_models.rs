fn main() {
    let pos = std::fs::read("models/pos.bin").unwrap();
    assert!(pos.starts_with(b"HSPOS001"));
    std::fs::write("models/pos.bin", hearsay_text::pos::CARD.write(&[], &pos)).unwrap();
    let parser = std::fs::read("models/parser.bin").unwrap();
    assert!(parser.starts_with(b"HSDEP001"));
    let card = hearsay_learn::Card {
        name: "parser",
        format: 1,
        features: "parser features 1: arc-hybrid stack/buffer words and tags, labeller head/dependent",
        data: "UD English-EWT train (en_ewt-ud-train.conllu)",
        license: "CC BY-SA 4.0 (from UD English-EWT)",
        command: "hearsay train parser",
    };
    std::fs::write("models/parser.bin", card.write(&[], &parser)).unwrap();
    let attr = std::fs::read("models/attribution.bin").unwrap();
    assert!(attr.starts_with(b"HSATTR01"));
    std::fs::write(
        "models/attribution.bin",
        hearsay_attribution::model::CARD.write(&[hearsay_text::clusters::TABLE.as_bytes()], &attr),
    )
    .unwrap();
}
