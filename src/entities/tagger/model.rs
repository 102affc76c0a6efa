//! The entity tagger's weights and its decoder: a linear model over hashed features with BILOU
//! tags (Begin, Inside, Last, Unit, Outside) for four types, decoded per sentence by Viterbi
//! under the BILOU constraints.
//!
//! The weights are trained by `src/bin/train_ner/` (an averaged structured perceptron over
//! ../shared/data/conll-train.iob) and embedded from `data/ner.bin`: a header, the values of the
//! 16 weight codes, the transition scores (i32) and a table of `2^bits` rows of one 4-bit code
//! per tag, two codes a byte.

/// Entity types the tagger knows, in tag order, as the training corpus names them.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// An entity type of the tagger (`TYPES`): what the spans that leave the tagger carry. Inside
/// the model a type is its number (`index`), which places its four tags (`tag`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModelType {
    Per,
    Org,
    Loc,
    Misc,
}

impl ModelType {
    /// In tag order: `ALL[t.index()] == t`.
    pub const ALL: [ModelType; TYPES.len()] = [
        ModelType::Per,
        ModelType::Org,
        ModelType::Loc,
        ModelType::Misc,
    ];

    pub fn index(self) -> usize {
        self as usize
    }
}
pub const NTAGS: usize = 1 + 4 * TYPES.len();
pub const OUTSIDE: usize = 0;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    Begin,
    Inside,
    Last,
    Unit,
}

pub fn tag(type_index: usize, part: Part) -> usize {
    1 + 4 * type_index + part as usize
}

/// (type index, part) of a tag other than `OUTSIDE`.
pub fn split_tag(t: usize) -> Option<(usize, Part)> {
    if t == OUTSIDE || t >= NTAGS {
        return None;
    }
    let part = [Part::Begin, Part::Inside, Part::Last, Part::Unit][(t - 1) % 4];
    Some(((t - 1) / 4, part))
}

/// Whether tag `b` may follow tag `a` (`None` = sentence start / end).
pub fn allowed(a: Option<usize>, b: Option<usize>) -> bool {
    let open = |t: Option<usize>| {
        t.and_then(split_tag)
            .filter(|(_, p)| matches!(p, Part::Begin | Part::Inside))
    };
    let continues = |t: Option<usize>| {
        t.and_then(split_tag)
            .filter(|(_, p)| matches!(p, Part::Inside | Part::Last))
    };
    match (open(a), continues(b)) {
        (Some((ta, _)), Some((tb, _))) => ta == tb,
        (Some(_), None) => false,
        (None, Some(_)) => false,
        (None, None) => true,
    }
}

pub const MAGIC: &[u8; 8] = b"NMNER2\0\0";
/// Weights are stored as 4-bit codes `c` standing for `c - CODE_LEVELS - 1` in −7..=7 (0 unused).
pub const CODE_LEVELS: i32 = 7;

/// A weight table as the decoder reads it (decoded from the embedded bytes, or built while
/// training).
pub struct Weights {
    pub bits: u32,
    /// `trans[a * NTAGS + b]`, then start and end scores.
    pub trans: Vec<i32>,
    pub start: Vec<i32>,
    pub end: Vec<i32>,
    /// `2^bits` rows of `NTAGS` weights.
    table: Table,
}

impl Weights {
    pub fn parse(bytes: &[u8]) -> Option<Weights> {
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            return None;
        }
        let bits = bytes[8] as u32;
        if bytes[9] as usize != NTAGS || !(8..=24).contains(&bits) {
            return None;
        }
        let mut at = 12;
        let mut read = |k: usize| -> Option<Vec<i32>> {
            let v = bytes
                .get(at..at + 4 * k)?
                .chunks_exact(4)
                .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            at += 4 * k;
            Some(v)
        };
        let values = read(16)?;
        let trans = read(NTAGS * NTAGS)?;
        let start = read(NTAGS)?;
        let end = read(NTAGS)?;
        let rows = bytes.get(at..at + (NTAGS << bits) / 2)?;
        // Decode the codes once into i16 (scaled down together with the transitions if a value
        // would not fit), so that summing a row is a plain vectorizable addition.
        let biggest = values
            .iter()
            .map(|v| v.unsigned_abs())
            .max()
            .unwrap_or(0)
            .max(1);
        let div = (biggest as i64 + 32766) / 32767;
        let (mut trans, mut start, mut end) = (trans, start, end);
        for v in trans
            .iter_mut()
            .chain(start.iter_mut())
            .chain(end.iter_mut())
        {
            *v = (*v as i64 / div) as i32;
        }
        let mut small = [0i16; 16];
        for (s, &v) in small.iter_mut().zip(&values) {
            *s = (v as i64 / div) as i16;
        }
        let table = Table::new(rows, small);
        Some(Weights {
            bits,
            trans,
            start,
            end,
            table,
        })
    }

    /// Adds row `row` of the table to `acc` (rows past the table count nothing).
    #[inline]
    pub fn add_row(&self, acc: &mut [i32; NTAGS], row: u32) {
        self.table.add_row(acc, row)
    }
}

/// Whether every row of the model file's table, as `Weights::add_row` adds it, adds exactly
/// the weights stored for it (and a row past the table adds nothing): the native and the wasm
/// tests run this one check, since the wasm decodes the codes its own way. The first wrong row.
pub fn rows_add_their_stored_weights(bytes: &[u8]) -> Result<(), String> {
    let w = Weights::parse(bytes).ok_or("no model")?;
    let base: [i32; NTAGS] = std::array::from_fn(|t| 1000 * t as i32 - 7000);
    for row in 0..=1u32 << w.bits {
        let mut acc = base;
        w.add_row(&mut acc, row);
        let want = stored_row(bytes, row as usize).unwrap_or([0; NTAGS]);
        if acc != std::array::from_fn(|t| base[t] + want[t]) {
            return Err(format!("row {row}: {acc:?}"));
        }
    }
    Ok(())
}

/// Row `row` of the weight table in the model file `bytes`, decoded code by code with the
/// values and the scale of `Weights::parse`: what `Weights::add_row` adds (the native and the
/// wasm tests compare them). `None` past the table.
pub fn stored_row(bytes: &[u8], row: usize) -> Option<[i32; NTAGS]> {
    let value = |c: u8| {
        let at = 12 + 4 * c as usize;
        bytes
            .get(at..at + 4)
            .map_or(0, |b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let biggest = (0..16).map(|c| value(c).unsigned_abs()).max()?.max(1);
    let div = (biggest as i64 + 32766) / 32767;
    let rows = bytes.get(bytes.len().checked_sub((NTAGS << bytes.get(8)?) / 2)?..)?;
    let codes = |k: usize| Some((rows.get(k / 2)? >> (4 * (k % 2))) & 15);
    let mut out = [0; NTAGS];
    for (t, w) in out.iter_mut().enumerate() {
        *w = (value(codes(row * NTAGS + t)?) as i64 / div) as i32;
    }
    Some(out)
}

/// The weight table. Natively decoded once into i16, so that summing a row is a plain
/// vectorizable addition.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
struct Table(Vec<i16>);

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
impl Table {
    /// From the stored rows (two 4-bit codes a byte) and the values of the codes.
    fn new(rows: &[u8], small: [i16; 16]) -> Table {
        Table(
            rows.iter()
                .flat_map(|&b| [small[(b & 15) as usize], small[(b >> 4) as usize]])
                .collect(),
        )
    }

    #[inline]
    fn add_row(&self, acc: &mut [i32; NTAGS], row: u32) {
        let at = row as usize * NTAGS;
        if let Some(row) = self.0.get(at..at + NTAGS) {
            for t in 0..NTAGS {
                acc[t] += row[t] as i32;
            }
        }
    }
}

/// The weight table in the wasm: one code a byte (half the bytes of the decoded table: the rows
/// a token reads lie anywhere in it, and the cache holds twice as many), decoded by two
/// `i8x16.swizzle`s from the low and the high bytes of the codes' values.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
struct Table {
    codes: Vec<u8>,
    low: core::arch::wasm32::v128,
    high: core::arch::wasm32::v128,
    small: [i16; 16],
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
impl Table {
    fn new(rows: &[u8], small: [i16; 16]) -> Table {
        let byte = |k: usize, shift: u32| (small[k] as u16 >> shift) as u8;
        let lanes = |shift: u32| {
            let b: [u8; 16] = std::array::from_fn(|k| byte(k, shift));
            core::arch::wasm32::u8x16(
                b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
                b[13], b[14], b[15],
            )
        };
        Table {
            codes: rows.iter().flat_map(|&b| [b & 15, b >> 4]).collect(),
            low: lanes(0),
            high: lanes(8),
            small,
        }
    }

    #[inline]
    fn add_row(&self, acc: &mut [i32; NTAGS], row: u32) {
        use core::arch::wasm32::*;
        let at = row as usize * NTAGS;
        let Some(c) = self.codes.get(at..at + NTAGS) else {
            return;
        };
        let half = |k: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&c[k..k + 8]);
            u64::from_le_bytes(b)
        };
        let codes = u64x2(half(0), half(8));
        let low = u8x16_swizzle(self.low, codes);
        let high = u8x16_swizzle(self.high, codes);
        let w0 = i8x16_shuffle::<0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23>(low, high);
        let w1 = i8x16_shuffle::<8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31>(
            low, high,
        );
        let parts = [
            i32x4_extend_low_i16x8(w0),
            i32x4_extend_high_i16x8(w0),
            i32x4_extend_low_i16x8(w1),
            i32x4_extend_high_i16x8(w1),
        ];
        for (k, p) in parts.into_iter().enumerate() {
            let a = i32x4(acc[4 * k], acc[4 * k + 1], acc[4 * k + 2], acc[4 * k + 3]);
            let v = i32x4_add(a, p);
            acc[4 * k] = i32x4_extract_lane::<0>(v);
            acc[4 * k + 1] = i32x4_extract_lane::<1>(v);
            acc[4 * k + 2] = i32x4_extract_lane::<2>(v);
            acc[4 * k + 3] = i32x4_extract_lane::<3>(v);
        }
        acc[16] += self.small[(c[16] & 15) as usize] as i32;
    }
}

pub use super::viterbi::viterbi;

const fn allowed_table() -> [[bool; NTAGS]; NTAGS] {
    let mut t = [[false; NTAGS]; NTAGS];
    let mut a = 0;
    while a < NTAGS {
        let mut b = 0;
        while b < NTAGS {
            let a_open = a != 0 && ((a - 1) % 4 == 0 || (a - 1) % 4 == 1);
            let b_cont = b != 0 && ((b - 1) % 4 == 1 || (b - 1) % 4 == 2);
            t[a][b] = if a_open || b_cont {
                a_open && b_cont && (a - 1) / 4 == (b - 1) / 4
            } else {
                true
            };
            b += 1;
        }
        a += 1;
    }
    t
}

pub const ALLOWED: [[bool; NTAGS]; NTAGS] = allowed_table();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_types_are_in_tag_order() {
        for (i, t) in ModelType::ALL.into_iter().enumerate() {
            assert_eq!(t.index(), i);
            assert!(TYPES[i].eq_ignore_ascii_case(&format!("{t:?}")));
        }
    }

    #[test]
    fn every_row_adds_its_stored_weights() {
        assert_eq!(
            rows_add_their_stored_weights(include_bytes!("../data/ner.bin")),
            Ok(())
        );
    }

    #[test]
    fn bilou_constraints() {
        let per_b = tag(0, Part::Begin);
        let per_l = tag(0, Part::Last);
        let org_l = tag(1, Part::Last);
        assert!(ALLOWED[per_b][per_l] && !ALLOWED[per_b][org_l] && !ALLOWED[OUTSIDE][per_l]);
        assert!(
            !allowed(Some(per_b), None)
                && allowed(None, Some(per_b))
                && !allowed(None, Some(per_l))
        );
        for a in 0..NTAGS {
            for b in 0..NTAGS {
                assert_eq!(ALLOWED[a][b], allowed(Some(a), Some(b)));
            }
        }
    }
}
