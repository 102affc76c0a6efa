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
