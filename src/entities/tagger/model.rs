//! The entity tagger's weights and its decoder: a linear model over hashed features with BILOU
//! tags (Begin, Inside, Last, Unit, Outside) for four types, decoded per sentence by Viterbi
//! under the BILOU constraints.
//!
//! The weights are trained by `src/bin/train_ner.rs` (an averaged structured perceptron over
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
    /// `2^bits` rows of `NTAGS` decoded weights.
    pub table: Vec<i16>,
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
        let small: Vec<i16> = values.iter().map(|&v| (v as i64 / div) as i16).collect();
        let table = rows
            .iter()
            .flat_map(|&b| [small[(b & 15) as usize], small[(b >> 4) as usize]])
            .collect();
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
        let at = row as usize * NTAGS;
        if let Some(row) = self.table.get(at..at + NTAGS) {
            for t in 0..NTAGS {
                acc[t] += row[t] as i32;
            }
        }
    }
}

/// Best tag sequence under the BILOU constraints. `emit` holds `len * NTAGS` scores; `scores`
/// is scratch space (the best score of every tag at every token).
///
/// The forward pass keeps only the best scores (a plain maximum, which vectorizes); the best
/// predecessor is worked out again during the walk back, for the one tag chosen at each token,
/// by the same rule (the first of the allowed predecessors with the highest score).
pub fn viterbi(
    emit: &[i32],
    len: usize,
    trans: &[i32],
    start: &[i32],
    end: &[i32],
    scores: &mut Vec<i32>,
    out: &mut Vec<usize>,
) {
    out.clear();
    if len == 0
        || emit.len() < len * NTAGS
        || trans.len() < NTAGS * NTAGS
        || start.len() < NTAGS
        || end.len() < NTAGS
    {
        return;
    }
    scores.clear();
    scores.resize(len * NTAGS, NEG);
    let mut delta = [NEG; NTAGS];
    for &t in &OPENERS {
        delta[t] = (start[t] + emit[t]).max(NEG);
    }
    scores[..NTAGS].copy_from_slice(&delta);
    // Transitions from each closer (rows) to each opener (lanes, padded to whole 4-lane vectors;
    // the padding lanes are never read back).
    let mut to_openers = [[0i32; LANES]; CLOSERS.len()];
    for (row, &a) in to_openers.iter_mut().zip(&CLOSERS) {
        for (lane, &b) in OPENERS.iter().enumerate() {
            row[lane] = trans[a * NTAGS + b];
        }
    }
    for i in 1..len {
        let e = &emit[i * NTAGS..(i + 1) * NTAGS];
        let mut next = [NEG; NTAGS];
        let best = into_openers(&delta, &to_openers);
        for (lane, &b) in OPENERS.iter().enumerate() {
            next[b] = (best[lane] + e[b]).max(NEG);
        }
        for ty in 0..TYPES.len() {
            let (bt, it) = (1 + 4 * ty, 2 + 4 * ty);
            for c in [it, it + 1] {
                let best =
                    (delta[bt] + trans[bt * NTAGS + c]).max(delta[it] + trans[it * NTAGS + c]);
                next[c] = (best + e[c]).max(NEG);
            }
        }
        delta = next;
        scores[i * NTAGS..(i + 1) * NTAGS].copy_from_slice(&delta);
    }
    let (mut best, mut arg) = (i32::MIN, 0);
    for &t in &CLOSERS {
        if delta[t] + end[t] > best {
            best = delta[t] + end[t];
            arg = t;
        }
    }
    out.resize(len, 0);
    out[len - 1] = arg;
    for i in (1..len).rev() {
        let prev = &scores[(i - 1) * NTAGS..i * NTAGS];
        out[i - 1] = best_predecessor(prev, trans, out[i]);
    }
}

/// Per opener (lanes), the best score reaching it from a closer: `max(delta[a] + trans[a][b])`.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
#[inline]
fn into_openers(delta: &[i32; NTAGS], to_openers: &[[i32; LANES]; CLOSERS.len()]) -> [i32; LANES] {
    let mut best = [i32::MIN; LANES];
    for (row, &a) in to_openers.iter().zip(&CLOSERS) {
        let d = delta[a];
        for lane in 0..LANES {
            best[lane] = best[lane].max(d + row[lane]);
        }
    }
    best
}

/// The same with WebAssembly SIMD written out (the compiler's own vectorization of the loop
/// above shuffles lanes one by one in wasm): three 4-lane vectors.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
#[inline]
fn into_openers(delta: &[i32; NTAGS], to_openers: &[[i32; LANES]; CLOSERS.len()]) -> [i32; LANES] {
    use core::arch::wasm32::{i32x4, i32x4_add, i32x4_extract_lane, i32x4_max, i32x4_splat, v128};
    const VECTORS: usize = LANES / 4;
    let mut best = [i32x4_splat(i32::MIN); VECTORS];
    for (row, &a) in to_openers.iter().zip(&CLOSERS) {
        let d = i32x4_splat(delta[a]);
        for (k, b) in best.iter_mut().enumerate() {
            let r = i32x4(row[4 * k], row[4 * k + 1], row[4 * k + 2], row[4 * k + 3]);
            *b = i32x4_max(*b, i32x4_add(d, r));
        }
    }
    let mut out = [0i32; LANES];
    for (k, b) in best.iter().enumerate() {
        let b: v128 = *b;
        out[4 * k..4 * k + 4].copy_from_slice(&[
            i32x4_extract_lane::<0>(b),
            i32x4_extract_lane::<1>(b),
            i32x4_extract_lane::<2>(b),
            i32x4_extract_lane::<3>(b),
        ]);
    }
    out
}

/// Scores never go below this (so no sentence is long enough to overflow).
const NEG: i32 = -(1 << 28);

/// The predecessor the forward pass of `viterbi` took for tag `b`, given the scores `prev` of
/// the token before: for an opener, the first closer with the highest score; for Inside or Last,
/// Begin of its type unless Inside scores higher.
fn best_predecessor(prev: &[i32], trans: &[i32], b: usize) -> usize {
    match split_tag(b) {
        Some((ty, Part::Inside | Part::Last)) => {
            let (bt, it) = (1 + 4 * ty, 2 + 4 * ty);
            if prev[bt] + trans[bt * NTAGS + b] >= prev[it] + trans[it * NTAGS + b] {
                bt
            } else {
                it
            }
        }
        _ => {
            let (mut best, mut arg) = (i32::MIN, 0);
            for &a in &CLOSERS {
                let s = prev[a] + trans[a * NTAGS + b];
                if s > best {
                    best = s;
                    arg = a;
                }
            }
            arg
        }
    }
}

/// Tags after which a name may start (outside, Last, Unit) and tags that may follow them
/// (outside, Begin, Unit); Inside and Last follow only Begin or Inside of their own type.
const CLOSERS: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
const OPENERS: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];
/// `OPENERS` rounded up to whole 4-lane vectors.
const LANES: usize = OPENERS.len().div_ceil(4) * 4;

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

    #[test]
    fn closers_and_openers_match_the_constraints() {
        for a in 0..NTAGS {
            for b in 0..NTAGS {
                let general = CLOSERS.contains(&a) && OPENERS.contains(&b);
                let within = matches!(split_tag(a), Some((_, Part::Begin | Part::Inside)))
                    && matches!(split_tag(b), Some((tb, Part::Inside | Part::Last)) if Some(tb) == split_tag(a).map(|x| x.0));
                assert_eq!(ALLOWED[a][b], general || within, "{a} -> {b}");
            }
            assert_eq!(allowed(None, Some(a)), OPENERS.contains(&a));
            assert_eq!(allowed(Some(a), None), CLOSERS.contains(&a));
        }
    }

    #[test]
    fn viterbi_respects_constraints() {
        // Emissions prefer I-PER alone, which is not allowed: the decoder must pick something valid.
        let mut emit = vec![0; 2 * NTAGS];
        emit[tag(0, Part::Inside)] = 10;
        emit[NTAGS + tag(0, Part::Last)] = 10;
        let z = vec![0; NTAGS * NTAGS];
        let (mut scores, mut out) = (Vec::new(), Vec::new());
        viterbi(
            &emit,
            2,
            &z,
            &[0; NTAGS],
            &[0; NTAGS],
            &mut scores,
            &mut out,
        );
        assert!(
            allowed(None, Some(out[0])) && ALLOWED[out[0]][out[1]] && allowed(Some(out[1]), None)
        );
    }
}
