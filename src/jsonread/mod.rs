//! A small JSON reader for the few types a reader hands us: views (share links, view files, the
//! JS API), their corrections, a file's export wrapper and the JS API's options
//! ([`types`]).
//!
//! serde's derived deserializers and serde_json's generic reader were the largest block of
//! generic code in the wasm (docs/performance.md, "Download budget"). This reader does what they
//! did, step by step as serde_json 1.0 does it: the same values, the same first error, the same
//! message word for word (`missing field `text``, `invalid type: integer `5`, expected a
//! string`, …), its category (a syntax error, the end of the text, or data of the wrong shape) and
//! the column serde_json gave (share links show it: "at character N of its JSON"). The tests
//! compare the two on thousands of broken inputs (`tests.rs`). The derives stay on the types
//! (the CLI and the tests read them through serde); they cost nothing where nothing calls them.
//!
//! One job a module: `reader.rs` holds the place in the bytes (columns, white space);
//! `string.rs`, `number.rs` and `skip.rs` read or skip a value's syntax; `walk.rs` goes through
//! lists and structs; `value.rs` reads the scalars a type asks for; `error.rs` and `found.rs`
//! write the messages; `types.rs` reads each type field by field.

mod error;
mod found;
mod number;
mod reader;
mod skip;
mod string;
mod types;
mod value;
mod walk;

#[cfg(test)]
mod tests;

pub use error::Error;
pub use types::{corrections, export_view, js_options, version, view, JsOptions};

type R<T> = Result<T, Error>;
