//! The development sets in ../shared/data, for the regression tests. They are never copied into
//! the repository (licences): where they are absent a test says so and passes.

use serde_json::Value;

/// The documents of `../shared/data/NAME.jsonl`, or `None` (after saying why) when it is absent.
pub fn load(name: &str) -> Option<Vec<Value>> {
    let path = format!("{}/../shared/data/{name}.jsonl", env!("CARGO_MANIFEST_DIR"));
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!("skipped: {path} not found (the development sets are not part of the project)");
        return None;
    };
    let docs = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: {e}")))
        .collect();
    Some(docs)
}

/// The texts of `docs`, for timing reports.
#[allow(dead_code)] // not every test file that loads a set times it
pub fn texts(docs: &[Value]) -> Vec<String> {
    docs.iter()
        .filter_map(|d| d["text"].as_str().map(str::to_string))
        .collect()
}
