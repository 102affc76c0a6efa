//! Fingerprints the entity recognizer's data (`src/entities/data/`: the model and the gazetteer)
//! so every result can say which model made it (`newsmark::model_version()`, the `model` field of
//! `newsmark/1`). FNV-1a 64 over the bytes: a stable identifier, not a security hash, and no
//! build dependency; it runs again only when those files change.
//!
//! It also packs both files for the wasm (`src/packed.rs`, included here so that packing and
//! unpacking cannot disagree): `$OUT_DIR/ner.packed` and `$OUT_DIR/gazetteer.packed`.

use std::fs;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/packed.rs"]
mod packed;

const FILES: [&str; 2] = [
    "src/entities/data/ner.bin",
    "src/entities/data/gazetteer.tsv",
];

fn main() {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for path in FILES {
        println!("cargo:rerun-if-changed={path}");
        let bytes = fs::read(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        // The length first, so moving bytes from one file to the other changes the fingerprint.
        for b in (bytes.len() as u64).to_le_bytes().iter().chain(&bytes) {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=NEWSMARK_MODEL=ner-{:012x}", h >> 16);

    println!("cargo:rerun-if-changed=src/packed.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let ner = fs::read(FILES[0]).expect("read above");
    let gazetteer = fs::read_to_string(FILES[1]).expect("gazetteer.tsv is UTF-8");
    fs::write(out.join("ner.packed"), packed::pack_ner(&ner)).expect("OUT_DIR is writable");
    fs::write(
        out.join("gazetteer.packed"),
        packed::pack_gazetteer(&gazetteer),
    )
    .expect("OUT_DIR is writable");
}
