//! The entity recognizer's data as the wasm carries it: `src/entities/data/ner.bin` and
//! `gazetteer.tsv`, losslessly packed by `build.rs` (which includes this file) and unpacked
//! once, on first use, into exactly the bytes of the files. The download is gzipped, and gzip
//! leaves these two large: packed, they are about 34 KB smaller gzipped. The native build embeds
//! the files as they are (no start-up work, no size to save).
//!
//! - `ner.bin`: its header as it is, then the table of 4-bit weight codes through an adaptive
//!   binary range coder (LZMA's) whose contexts know the layout: whether a row is all zeros,
//!   then per tag whether its code is zero given the tag and what the row held before it
//!   (a perceptron's row sums to about zero), the sign and the size of the others. About
//!   0.6 bits a code instead of gzip's 0.86.
//! - `gazetteer.tsv`: front-coded. A line `class<TAB>name` of the same class as the line before
//!   is written as the length of the prefix it shares with that line's name and the rest of the
//!   name; the length byte (below 0x20) is also what separates the lines.
//!
//! Each packed form starts with a byte that says how it is packed: `STORED` (as it is, when
//! the file is not in the shape the coder knows, so a new format is never mangled) or `CODED`.
//! Both directions live here, so that build.rs and the decoder cannot disagree, and a test
//! checks that unpacking the embedded packed data gives the files back byte for byte.

use std::borrow::Cow;

const STORED: u8 = 0;
const CODED: u8 = 1;

/// `ner.bin`, as the tagger reads it.
pub fn ner_bin() -> Cow<'static, [u8]> {
    #[cfg(target_arch = "wasm32")]
    {
        Cow::Owned(unpack_ner(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/ner.packed"
        ))))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Cow::Borrowed(include_bytes!("entities/data/ner.bin"))
    }
}

/// `gazetteer.tsv`, as the gazetteer reads it.
pub fn gazetteer_tsv() -> Cow<'static, str> {
    #[cfg(target_arch = "wasm32")]
    {
        Cow::Owned(unpack_gazetteer(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/gazetteer.packed"
        ))))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Cow::Borrowed(include_str!("entities/data/gazetteer.tsv"))
    }
}

// ---- The model: an adaptive binary range coder ----

/// Probabilities of a 0 bit, in 1/4096ths, with how many bits each has seen: it adapts fast
/// at first (shift 1, 2, …) and then settles (shift `RATE_MAX`).
#[derive(Clone, Copy)]
struct Prob {
    p: u16,
    seen: u8,
}

const PROB_BITS: u32 = 12;
const RATE_MAX: u8 = 6;

impl Prob {
    const NEW: Prob = Prob {
        p: 1 << (PROB_BITS - 1),
        seen: 0,
    };

    fn update(&mut self, bit: bool) {
        if self.seen < RATE_MAX {
            self.seen += 1;
        }
        let shift = self.seen;
        if bit {
            self.p -= self.p >> shift;
        } else {
            self.p += ((1 << PROB_BITS) - self.p) >> shift;
        }
    }
}

/// Bytes of `ner.bin` before the table: magic (8), bits, tags, two spare bytes, the 16 code
/// values, the transitions, start and end scores (all i32).
fn ner_header_len(ntags: usize) -> usize {
    12 + 4 * (16 + ntags * ntags + 2 * ntags)
}

/// The code that stands for a zero weight (`CODE_LEVELS + 1` in `entities::tagger::model`).
const ZERO: u8 = 8;

/// Everything the coder conditions on; the encoder and the decoder walk the table through it
/// in the same order.
struct NerModel {
    ntags: usize,
    values: [i32; 16],
    row: [Prob; 2],
    /// [tag][nonzero codes so far, at most 2][previous tag's code nonzero][sign of the row's sum so far][code 4 tags back nonzero]
    zero: Vec<Prob>,
    /// [tag][sign of the sum so far][code 4 tags back: zero, positive, negative]
    sign: Vec<Prob>,
    /// [tag][sign][bit-tree node 1..8]
    size: Vec<Prob>,
}

/// Where one row's coding stands.
#[derive(Default)]
struct RowState {
    nonzero: usize,
    previous_nonzero: bool,
    sum: i64,
}

impl NerModel {
    fn new(ntags: usize, values: [i32; 16]) -> NerModel {
        NerModel {
            ntags,
            values,
            row: [Prob::NEW; 2],
            zero: vec![Prob::NEW; ntags * 36],
            sign: vec![Prob::NEW; ntags * 9],
            size: vec![Prob::NEW; ntags * 16],
        }
    }

    fn sum_sign(s: &RowState) -> usize {
        match s.sum {
            0 => 0,
            x if x > 0 => 1,
            _ => 2,
        }
    }

    fn zero_ctx(&self, t: usize, row: &[u8], s: &RowState) -> usize {
        let back = t >= 4 && row[t - 4] != ZERO;
        (((t * 3 + s.nonzero.min(2)) * 2 + s.previous_nonzero as usize) * 3 + Self::sum_sign(s)) * 2
            + back as usize
    }

    fn sign_ctx(&self, t: usize, row: &[u8], s: &RowState) -> usize {
        let back = if t < 4 || row[t - 4] == ZERO {
            0
        } else if row[t - 4] > ZERO {
            1
        } else {
            2
        };
        (t * 3 + Self::sum_sign(s)) * 3 + back
    }

    /// Codes one row (`row`: one code per tag) with `bit`, which encodes the given bit or
    /// decodes one. The decoder fills `row` as it goes: only codes before `t` are read.
    fn row(
        &mut self,
        previous_row_nonzero: bool,
        row: &mut [u8],
        bit: &mut impl FnMut(&mut Prob, bool) -> bool,
    ) -> bool {
        let nonzero = bit(
            &mut self.row[previous_row_nonzero as usize],
            row.iter().any(|&c| c != ZERO),
        );
        if !nonzero {
            row.fill(ZERO);
            return false;
        }
        let mut s = RowState::default();
        for t in 0..self.ntags {
            let code = row[t];
            let ctx = self.zero_ctx(t, row, &s);
            let is_nonzero = bit(&mut self.zero[ctx], code != ZERO);
            if is_nonzero {
                let ctx = self.sign_ctx(t, row, &s);
                let negative = bit(&mut self.sign[ctx], code < ZERO);
                // |code - ZERO| - 1 in 0..8, three bits, high first, down a bit tree.
                // (When decoding, `code` is the previous row's and `size` goes unread.)
                let size = if negative {
                    ZERO.wrapping_sub(code)
                } else {
                    code.wrapping_sub(ZERO)
                }
                .wrapping_sub(1);
                let base = (t * 2 + negative as usize) * 8;
                let mut node = 1;
                for i in (0..3).rev() {
                    let b = bit(&mut self.size[base + node], (size >> i) & 1 == 1);
                    node = node * 2 + b as usize;
                }
                let size = (node - 8) as u8 + 1;
                let code = if negative {
                    ZERO.wrapping_sub(size)
                } else {
                    ZERO + size
                } & 15;
                row[t] = code;
                s.nonzero += 1;
                s.sum += self.values[(code & 15) as usize] as i64;
            } else {
                row[t] = ZERO;
            }
            s.previous_nonzero = is_nonzero;
        }
        true
    }
}

/// LZMA's range encoder.
struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    cache_size: u64,
    out: Vec<u8>,
}

impl Encoder {
    fn new(out: Vec<u8>) -> Encoder {
        Encoder {
            low: 0,
            range: u32::MAX,
            cache: 0,
            cache_size: 1,
            out,
        }
    }

    fn shift_low(&mut self) {
        if (self.low as u32) < 0xFF00_0000 || (self.low >> 32) != 0 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            loop {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xFF;
                self.cache_size -= 1;
                if self.cache_size == 0 {
                    break;
                }
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.cache_size += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    fn bit(&mut self, prob: &mut Prob, bit: bool) -> bool {
        let bound = (self.range >> PROB_BITS) * prob.p as u32;
        if bit {
            self.low += bound as u64;
            self.range -= bound;
        } else {
            self.range = bound;
        }
        prob.update(bit);
        while self.range < 1 << 24 {
            self.range <<= 8;
            self.shift_low();
        }
        bit
    }

    fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

/// LZMA's range decoder; reads zeros past the end (the encoder's flush makes them unneeded).
struct Decoder<'a> {
    code: u32,
    range: u32,
    data: &'a [u8],
    at: usize,
}

impl<'a> Decoder<'a> {
    fn new(data: &'a [u8]) -> Decoder<'a> {
        let mut d = Decoder {
            code: 0,
            range: u32::MAX,
            data,
            at: 0,
        };
        for _ in 0..5 {
            d.code = (d.code << 8) | d.next() as u32;
        }
        d
    }

    fn next(&mut self) -> u8 {
        let b = self.data.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    #[inline]
    fn bit(&mut self, prob: &mut Prob) -> bool {
        let bound = (self.range >> PROB_BITS) * prob.p as u32;
        let bit = self.code >= bound;
        if bit {
            self.code -= bound;
            self.range -= bound;
        } else {
            self.range = bound;
        }
        prob.update(bit);
        while self.range < 1 << 24 {
            self.range <<= 8;
            self.code = (self.code << 8) | self.next() as u32;
        }
        bit
    }
}

/// The header fields the coder needs, if `bytes` is a `ner.bin` of the known layout:
/// (tags, table rows, header length, code values).
fn ner_layout(bytes: &[u8]) -> Option<(usize, usize, usize, [i32; 16])> {
    if bytes.len() < 12 || &bytes[..8] != b"NMNER2\0\0" {
        return None;
    }
    let (bits, ntags) = (bytes[8] as u32, bytes[9] as usize);
    if !(1..=24).contains(&bits) || ntags == 0 || ntags > 64 {
        return None;
    }
    let header = ner_header_len(ntags);
    let rows = 1usize << bits;
    if bytes.len() != header + (rows * ntags).div_ceil(2) {
        return None;
    }
    let mut values = [0i32; 16];
    for (i, v) in values.iter_mut().enumerate() {
        let at = 12 + 4 * i;
        *v = i32::from_le_bytes(bytes[at..at + 4].try_into().ok()?);
    }
    Some((ntags, rows, header, values))
}

/// Packs `ner.bin` (build.rs).
pub fn pack_ner(bytes: &[u8]) -> Vec<u8> {
    let Some((ntags, rows, header, values)) = ner_layout(bytes) else {
        return [&[STORED], bytes].concat();
    };
    let code = |i: usize| (bytes[header + i / 2] >> (4 * (i % 2))) & 15;
    // An odd number of codes leaves half a byte, which the decoder writes as zero.
    if (rows * ntags) % 2 == 1 && bytes[bytes.len() - 1] >> 4 != 0 {
        return [&[STORED], bytes].concat();
    }
    let mut out = vec![CODED];
    out.extend_from_slice(&bytes[..header]);
    let mut enc = Encoder::new(out);
    let mut model = NerModel::new(ntags, values);
    let mut row = vec![0u8; ntags];
    let mut previous = false;
    for r in 0..rows {
        for (t, c) in row.iter_mut().enumerate() {
            *c = code(r * ntags + t);
        }
        previous = model.row(previous, &mut row, &mut |p, b| enc.bit(p, b));
    }
    enc.finish()
}

/// `ner.bin` from `pack_ner`'s bytes (empty if they are damaged, which the tagger refuses).
pub fn unpack_ner(packed: &[u8]) -> Vec<u8> {
    match packed.split_first() {
        Some((&STORED, bytes)) => bytes.to_vec(),
        Some((&CODED, rest)) => {
            if rest.len() < 12 {
                return Vec::new();
            }
            let ntags = rest[9] as usize;
            let header = ner_header_len(ntags);
            let Some(head) = rest.get(..header) else {
                return Vec::new();
            };
            let mut values = [0i32; 16];
            for (i, v) in values.iter_mut().enumerate() {
                let at = 12 + 4 * i;
                *v = i32::from_le_bytes([rest[at], rest[at + 1], rest[at + 2], rest[at + 3]]);
            }
            let rows = 1usize << (rest[8] as u32).min(24);
            let mut out = Vec::with_capacity(header + (rows * ntags).div_ceil(2));
            out.extend_from_slice(head);
            let mut dec = Decoder::new(&rest[header..]);
            let mut model = NerModel::new(ntags, values);
            let mut row = vec![0u8; ntags];
            let (mut previous, mut low_nibble) = (false, None);
            for _ in 0..rows {
                previous = decode_row(&mut model, &mut dec, previous, &mut row);
                for &c in &row {
                    match low_nibble.take() {
                        None => low_nibble = Some(c),
                        Some(lo) => out.push(lo | (c << 4)),
                    }
                }
            }
            if let Some(lo) = low_nibble {
                out.push(lo);
            }
            out
        }
        _ => Vec::new(),
    }
}

/// One row (a function of its own: V8 runs a wasm function in its baseline compiler until it
/// has been called often enough, so one long loop would never get the optimized code).
#[inline(never)]
fn decode_row(model: &mut NerModel, dec: &mut Decoder, previous: bool, row: &mut [u8]) -> bool {
    model.row(previous, row, &mut |p, _| dec.bit(p))
}

// ---- The gazetteer: front coding ----

/// Marks a line written as it is; bytes `SHARED..SHARED + MAX_SHARED` are a line that shares
/// that many bytes of the previous name.
const LITERAL: u8 = 0x01;
const SHARED: u8 = 0x0A;
const MAX_SHARED: usize = 0x1F - SHARED as usize;

/// A byte that starts a line of the packed gazetteer (a tab is part of a line).
fn starts_line(b: u8) -> bool {
    b < 0x20 && b != b'\t'
}

/// Packs `gazetteer.tsv` (build.rs).
pub fn pack_gazetteer(text: &str) -> Vec<u8> {
    if text.bytes().any(starts_line_in_text) {
        return [&[STORED], text.as_bytes()].concat();
    }
    let mut out = vec![CODED];
    let mut previous: Option<(&str, &str)> = None;
    for line in text.split('\n') {
        let split = line.split_once('\t');
        match (split, previous) {
            (Some((class, name)), Some((pc, pn))) if class == pc => {
                let shared = name
                    .bytes()
                    .zip(pn.bytes())
                    .take(MAX_SHARED)
                    .take_while(|(a, b)| a == b)
                    .count();
                out.push(SHARED + shared as u8);
                out.extend_from_slice(&name.as_bytes()[shared..]);
            }
            _ => {
                out.push(LITERAL);
                out.extend_from_slice(line.as_bytes());
            }
        }
        previous = split;
    }
    out
}

/// A byte of the text that would be read as the start of a line: any control byte but a tab
/// (a line feed separates lines, and is not written).
fn starts_line_in_text(b: u8) -> bool {
    starts_line(b) && b != b'\n'
}

/// `gazetteer.tsv` from `pack_gazetteer`'s bytes (empty if they are damaged).
pub fn unpack_gazetteer(packed: &[u8]) -> String {
    let bytes = match packed.split_first() {
        Some((&STORED, bytes)) => bytes.to_vec(),
        Some((&CODED, mut rest)) => {
            let mut out: Vec<u8> = Vec::with_capacity(rest.len() * 3);
            // Where the previous line starts in `out`, where its name starts, and its length.
            let mut previous: Option<(usize, usize, usize)> = None;
            let mut first = true;
            while let Some((&mark, tail)) = rest.split_first() {
                let len = tail
                    .iter()
                    .position(|&b| starts_line(b))
                    .unwrap_or(tail.len());
                let (piece, next) = tail.split_at(len);
                rest = next;
                if !first {
                    out.push(b'\n');
                }
                first = false;
                let line_start = out.len();
                if mark == LITERAL {
                    out.extend_from_slice(piece);
                } else if mark >= SHARED {
                    let Some((class_at, name_at, name_len)) = previous else {
                        return String::new();
                    };
                    let shared = (mark - SHARED) as usize;
                    if shared > name_len {
                        return String::new();
                    }
                    // The class and its tab, then the shared bytes of the previous name.
                    out.extend_from_within(class_at..name_at);
                    out.extend_from_within(name_at..name_at + shared);
                    out.extend_from_slice(piece);
                } else {
                    return String::new();
                }
                previous = out[line_start..]
                    .iter()
                    .position(|&b| b == b'\t')
                    .map(|tab| {
                        (
                            line_start,
                            line_start + tab + 1,
                            out.len() - line_start - tab - 1,
                        )
                    });
            }
            out
        }
        _ => return String::new(),
    };
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NER: &[u8] = include_bytes!("entities/data/ner.bin");
    const GAZETTEER: &str = include_str!("entities/data/gazetteer.tsv");

    #[test]
    fn the_embedded_packed_data_unpacks_to_the_files() {
        let ner = include_bytes!(concat!(env!("OUT_DIR"), "/ner.packed"));
        let gazetteer = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.packed"));
        assert_eq!(
            ner[0], CODED,
            "ner.bin is no longer in the layout the coder knows"
        );
        assert_eq!(gazetteer[0], CODED);
        assert!(unpack_ner(ner) == NER, "ner.bin does not survive packing");
        assert_eq!(unpack_gazetteer(gazetteer), GAZETTEER);
    }

    #[test]
    fn the_packed_data_is_smaller() {
        assert!(pack_ner(NER).len() < NER.len() / 4);
        assert!(pack_gazetteer(GAZETTEER).len() < GAZETTEER.len() * 2 / 3);
    }

    #[test]
    fn gazetteer_round_trips() {
        for text in [
            "",
            "\n",
            "a\tb",
            "a\tb\n",
            "# comment\ncity\tAba\ncity\tAbaco\ncity\tAb\ncountry\tAb\n\ncity\tAb\nno tab\n",
            "c\tsame\nc\tsame\nc\t\nc\tx\tinner tab\nc\tx\tinner\n",
            "c\tÉcole\nc\tÉcoles\nc\tÉcu\nc\tE\n",
            "c\taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1\nc\taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2\n",
            "a\rb\n",
            "x\u{1}y\tz\n",
        ] {
            assert_eq!(unpack_gazetteer(&pack_gazetteer(text)), text, "{text:?}");
        }
    }

    #[test]
    fn ner_round_trips_other_shapes() {
        // A small table with every code, and a file of another layout.
        let ntags = 3usize;
        let mut bytes = b"NMNER2\0\0".to_vec();
        bytes.extend([4, ntags as u8, 0, 0]);
        for v in 0..16i32 {
            bytes.extend(((v - 8) * 10).to_le_bytes());
        }
        bytes.extend(vec![7u8; 4 * (ntags * ntags + 2 * ntags)]);
        let codes: Vec<u8> = (0..16 * ntags)
            .map(|i| {
                if i % 5 == 0 {
                    (i * 7 % 15 + 1) as u8
                } else {
                    ZERO
                }
            })
            .collect();
        for pair in codes.chunks(2) {
            bytes.push(pair[0] | pair.get(1).map_or(0, |c| c << 4));
        }
        let packed = pack_ner(&bytes);
        assert_eq!(packed[0], CODED);
        assert_eq!(unpack_ner(&packed), bytes);
        let other = b"NMNER3\0\0 something else".to_vec();
        assert_eq!(unpack_ner(&pack_ner(&other)), other);
        assert!(unpack_ner(&[CODED, 1, 2]).is_empty());
    }
}
