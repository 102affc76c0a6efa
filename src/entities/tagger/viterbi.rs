//! The tagger's decoder: the best tag sequence of a sentence under the BILOU constraints.
//!
//! The forward pass keeps only the best score of every tag at every token (a plain maximum);
//! the best predecessor is worked out again during the walk back, for the one tag chosen at each
//! token, by the same rule (the first of the allowed predecessors with the highest score), so
//! the path depends on the scores alone and any exact way of computing them gives it.
//!
//! The scores are kept by part rather than by tag: four-lane vectors of the Begin, Inside, Last
//! and Unit scores of the four types, and Outside apart (`Step`). A token's step is then a few
//! dozen vector operations: every opener (Outside, Begin, Unit) from every closer (Outside,
//! Last, Unit), and Inside and Last of each type from its own Begin and Inside, lane by lane.

use super::model::{split_tag, Part, NTAGS};

/// Scores never go below this (so no sentence is long enough to overflow).
const NEG: i32 = -(1 << 28);

/// Best tag sequence under the BILOU constraints. `emit` holds `len * NTAGS` scores; `scores`
/// is scratch space, kept between calls.
pub fn viterbi(
    emit: &[i32],
    len: usize,
    trans: &[i32],
    start: &[i32],
    end: &[i32],
    scores: &mut Scratch,
    out: &mut Vec<usize>,
) {
    out.clear();
    if let Some(d) = Decoder::new(trans, start, end) {
        d.decode(emit, len, scores, out);
    }
}

/// `viterbi` with the transitions arranged once for many sentences (a document's), rather than
/// once per sentence: the arrangement cost about a fifth of a short sentence's decoding.
pub struct Decoder<'w> {
    t: Transitions,
    trans: &'w [i32],
    start: &'w [i32],
    end: &'w [i32],
}

impl<'w> Decoder<'w> {
    /// `None` if a table is too short (then every sentence decodes to no tags).
    pub fn new(trans: &'w [i32], start: &'w [i32], end: &'w [i32]) -> Option<Decoder<'w>> {
        if trans.len() < NTAGS * NTAGS || start.len() < NTAGS || end.len() < NTAGS {
            return None;
        }
        Some(Decoder {
            t: Transitions::new(trans),
            trans,
            start,
            end,
        })
    }

    /// `viterbi` of one sentence with these transitions.
    pub fn decode(&self, emit: &[i32], len: usize, scores: &mut Scratch, out: &mut Vec<usize>) {
        out.clear();
        if len == 0 || emit.len() < len * NTAGS {
            return;
        }
        let (t, trans, start, end) = (&self.t, self.trans, self.start, self.end);
        let steps = &mut scores.0;
        steps.clear();
        steps.reserve(len);
        let mut s = Step::first(&emit[..NTAGS], start);
        steps.push(s);
        for e in emit[NTAGS..len * NTAGS].chunks_exact(NTAGS) {
            s = s.next(t, e);
            steps.push(s);
        }
        let (mut best, mut arg) = (i32::MIN, 0);
        for &c in &CLOSERS {
            if s.get(c) + end[c] > best {
                best = s.get(c) + end[c];
                arg = c;
            }
        }
        out.resize(len, 0);
        out[len - 1] = arg;
        for i in (1..len).rev() {
            out[i - 1] = best_predecessor(&steps[i - 1], trans, out[i]);
        }
    }
}

/// The decoder's scratch space: the best score of every tag at every token of a sentence.
#[derive(Default)]
pub struct Scratch(Vec<Step>);

impl Scratch {
    /// Room for a sentence of `len` tokens.
    pub fn reserve(&mut self, len: usize) {
        self.0.reserve(len);
    }
}

/// The transitions the forward pass reads, by part: into Begin and Unit of every type (lanes)
/// from each closer, into Outside, and within a name.
struct Transitions {
    /// Per closer (Outside, Last of each type, Unit of each type): into Begin, into Unit.
    to_begin: [V4; 9],
    to_unit: [V4; 9],
    outside_to_outside: i32,
    last_to_outside: V4,
    unit_to_outside: V4,
    /// Per type: Begin to Inside, Inside to Inside, Begin to Last, Inside to Last.
    begin_inside: V4,
    inside_inside: V4,
    begin_last: V4,
    inside_last: V4,
}

impl Transitions {
    fn new(trans: &[i32]) -> Transitions {
        let tr = |a: usize, b: usize| trans[a * NTAGS + b];
        let of = |part: Part| -> [usize; 4] {
            let mut tags = [0; 4];
            for (ty, t) in tags.iter_mut().enumerate() {
                *t = 1 + 4 * ty + part as usize;
            }
            tags
        };
        let (begin, inside, last, unit) = (
            of(Part::Begin),
            of(Part::Inside),
            of(Part::Last),
            of(Part::Unit),
        );
        let row = |f: &dyn Fn(usize) -> i32| V4::from([f(0), f(1), f(2), f(3)]);
        let (mut to_begin, mut to_unit) = ([V4::splat(0); 9], [V4::splat(0); 9]);
        for (k, &a) in CLOSERS.iter().enumerate() {
            to_begin[k] = row(&|ty| tr(a, begin[ty]));
            to_unit[k] = row(&|ty| tr(a, unit[ty]));
        }
        Transitions {
            to_begin,
            to_unit,
            outside_to_outside: tr(0, 0),
            last_to_outside: row(&|ty| tr(last[ty], 0)),
            unit_to_outside: row(&|ty| tr(unit[ty], 0)),
            begin_inside: row(&|ty| tr(begin[ty], inside[ty])),
            inside_inside: row(&|ty| tr(inside[ty], inside[ty])),
            begin_last: row(&|ty| tr(begin[ty], last[ty])),
            inside_last: row(&|ty| tr(inside[ty], last[ty])),
        }
    }
}

/// The best scores of every tag at one token, by part.
#[derive(Clone, Copy)]
struct Step {
    begin: V4,
    inside: V4,
    last: V4,
    unit: V4,
    outside: i32,
}

impl Step {
    /// At a sentence's first token: only openers, from the start scores.
    fn first(e: &[i32], start: &[i32]) -> Step {
        let neg = V4::splat(NEG);
        let (eb, _, _, eu) = by_part(e);
        let (sb, _, _, su) = by_part(start);
        Step {
            begin: eb.add(sb).max(neg),
            inside: neg,
            last: neg,
            unit: eu.add(su).max(neg),
            outside: (e[0] + start[0]).max(NEG),
        }
    }

    /// At the next token, whose emissions are `e`.
    #[inline]
    fn next(&self, t: &Transitions, e: &[i32]) -> Step {
        let closers = [
            V4::splat(self.outside),
            self.last.lane::<0>(),
            self.unit.lane::<0>(),
            self.last.lane::<1>(),
            self.unit.lane::<1>(),
            self.last.lane::<2>(),
            self.unit.lane::<2>(),
            self.last.lane::<3>(),
            self.unit.lane::<3>(),
        ];
        let (mut begin, mut unit) = (V4::splat(i32::MIN), V4::splat(i32::MIN));
        for (k, d) in closers.iter().enumerate() {
            begin = begin.max(d.add(t.to_begin[k]));
            unit = unit.max(d.add(t.to_unit[k]));
        }
        let outside = (self.outside + t.outside_to_outside).max(
            self.last
                .add(t.last_to_outside)
                .max(self.unit.add(t.unit_to_outside))
                .max_lane(),
        );
        let inside = self
            .begin
            .add(t.begin_inside)
            .max(self.inside.add(t.inside_inside));
        let last = self
            .begin
            .add(t.begin_last)
            .max(self.inside.add(t.inside_last));
        let neg = V4::splat(NEG);
        let (eb, ei, el, eu) = by_part(e);
        Step {
            begin: begin.add(eb).max(neg),
            inside: inside.add(ei).max(neg),
            last: last.add(el).max(neg),
            unit: unit.add(eu).max(neg),
            outside: (outside + e[0]).max(NEG),
        }
    }

    /// The scores of the closers, in the order of `CLOSERS`.
    fn closers(&self) -> [i32; 9] {
        let (l, u) = (self.last.to_array(), self.unit.to_array());
        [self.outside, l[0], u[0], l[1], u[1], l[2], u[2], l[3], u[3]]
    }

    /// The score of tag `t`.
    fn get(&self, t: usize) -> i32 {
        match split_tag(t) {
            None => self.outside,
            Some((ty, part)) => {
                let v = match part {
                    Part::Begin => self.begin,
                    Part::Inside => self.inside,
                    Part::Last => self.last,
                    Part::Unit => self.unit,
                };
                v.to_array()[ty]
            }
        }
    }
}

/// Scores in tag order (`NTAGS`) as Begin, Inside, Last and Unit of the four types.
#[inline]
fn by_part(e: &[i32]) -> (V4, V4, V4, V4) {
    let part = |p: usize| V4::from([e[1 + p], e[5 + p], e[9 + p], e[13 + p]]);
    (part(0), part(1), part(2), part(3))
}

/// The predecessor the forward pass of `viterbi` took for tag `b`, given the scores `prev` of
/// the token before: for an opener, the first closer with the highest score; for
/// Inside or Last, Begin of its type unless Inside scores higher.
fn best_predecessor(prev: &Step, trans: &[i32], b: usize) -> usize {
    match split_tag(b) {
        Some((ty, Part::Inside | Part::Last)) => {
            let (bt, it) = (1 + 4 * ty, 2 + 4 * ty);
            if prev.get(bt) + trans[bt * NTAGS + b] >= prev.get(it) + trans[it * NTAGS + b] {
                bt
            } else {
                it
            }
        }
        _ => {
            let (mut best, mut arg) = (i32::MIN, 0);
            for (&a, &d) in CLOSERS.iter().zip(&prev.closers()) {
                let s = d + trans[a * NTAGS + b];
                if s > best {
                    best = s;
                    arg = a;
                }
            }
            arg
        }
    }
}

/// Tags after which a name may start (outside, Last, Unit), in tag order; `Step::next` lists
/// their scores in this order too.
pub(super) const CLOSERS: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];

/// Four `i32` lanes: WebAssembly SIMD in the wasm (the compiler's own vectorization of loops
/// over arrays shuffles lanes one by one there), a plain array natively (vectorized as it is).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
#[derive(Clone, Copy)]
struct V4(core::arch::wasm32::v128);

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
impl V4 {
    #[inline]
    fn splat(x: i32) -> V4 {
        V4(core::arch::wasm32::i32x4_splat(x))
    }
    #[inline]
    fn from(a: [i32; 4]) -> V4 {
        V4(core::arch::wasm32::i32x4(a[0], a[1], a[2], a[3]))
    }
    #[inline]
    fn add(self, o: V4) -> V4 {
        V4(core::arch::wasm32::i32x4_add(self.0, o.0))
    }
    #[inline]
    fn max(self, o: V4) -> V4 {
        V4(core::arch::wasm32::i32x4_max(self.0, o.0))
    }
    /// Lane `K` in every lane.
    #[inline]
    fn lane<const K: usize>(self) -> V4 {
        use core::arch::wasm32::i32x4_shuffle;
        V4(match K {
            0 => i32x4_shuffle::<0, 0, 0, 0>(self.0, self.0),
            1 => i32x4_shuffle::<1, 1, 1, 1>(self.0, self.0),
            2 => i32x4_shuffle::<2, 2, 2, 2>(self.0, self.0),
            _ => i32x4_shuffle::<3, 3, 3, 3>(self.0, self.0),
        })
    }
    #[inline]
    fn max_lane(self) -> i32 {
        use core::arch::wasm32::{i32x4_extract_lane, i32x4_max, i32x4_shuffle};
        let a = i32x4_max(self.0, i32x4_shuffle::<2, 3, 0, 1>(self.0, self.0));
        let b = i32x4_max(a, i32x4_shuffle::<1, 0, 3, 2>(a, a));
        i32x4_extract_lane::<0>(b)
    }
    #[inline]
    fn to_array(self) -> [i32; 4] {
        use core::arch::wasm32::i32x4_extract_lane;
        [
            i32x4_extract_lane::<0>(self.0),
            i32x4_extract_lane::<1>(self.0),
            i32x4_extract_lane::<2>(self.0),
            i32x4_extract_lane::<3>(self.0),
        ]
    }
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
#[derive(Clone, Copy)]
struct V4([i32; 4]);

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
impl V4 {
    #[inline]
    fn splat(x: i32) -> V4 {
        V4([x; 4])
    }
    #[inline]
    fn from(a: [i32; 4]) -> V4 {
        V4(a)
    }
    #[inline]
    fn add(self, o: V4) -> V4 {
        V4(std::array::from_fn(|k| self.0[k] + o.0[k]))
    }
    #[inline]
    fn max(self, o: V4) -> V4 {
        V4(std::array::from_fn(|k| self.0[k].max(o.0[k])))
    }
    #[inline]
    fn lane<const K: usize>(self) -> V4 {
        V4([self.0[K]; 4])
    }
    #[inline]
    fn max_lane(self) -> i32 {
        self.0[0].max(self.0[1]).max(self.0[2].max(self.0[3]))
    }
    #[inline]
    fn to_array(self) -> [i32; 4] {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::super::model::{allowed, tag, Weights, ALLOWED};
    use super::*;

    /// Viterbi as written down: every tag from every allowed predecessor, the first best kept.
    #[allow(clippy::needless_range_loop)]
    fn reference(
        emit: &[i32],
        len: usize,
        trans: &[i32],
        start: &[i32],
        end: &[i32],
    ) -> Vec<usize> {
        let mut delta: Vec<i32> = (0..NTAGS)
            .map(|t| {
                if allowed(None, Some(t)) {
                    (start[t] + emit[t]).max(NEG)
                } else {
                    NEG
                }
            })
            .collect();
        let mut back = vec![[0usize; NTAGS]; len];
        for i in 1..len {
            let mut next = vec![NEG; NTAGS];
            for b in 0..NTAGS {
                let (mut best, mut arg) = (i32::MIN, 0);
                for a in CLOSERS.iter().copied().chain(0..NTAGS) {
                    if ALLOWED[a][b] && delta[a] + trans[a * NTAGS + b] > best {
                        best = delta[a] + trans[a * NTAGS + b];
                        arg = a;
                    }
                }
                // Inside and Last: Begin unless Inside scores higher (the first of the two).
                if let Some((ty, Part::Inside | Part::Last)) = split_tag(b) {
                    let (bt, it) = (1 + 4 * ty, 2 + 4 * ty);
                    let (sb, si) = (
                        delta[bt] + trans[bt * NTAGS + b],
                        delta[it] + trans[it * NTAGS + b],
                    );
                    (best, arg) = if sb >= si { (sb, bt) } else { (si, it) };
                }
                next[b] = (best + emit[i * NTAGS + b]).max(NEG);
                back[i][b] = arg;
            }
            delta = next;
        }
        let (mut best, mut arg) = (i32::MIN, 0);
        for &c in &CLOSERS {
            if delta[c] + end[c] > best {
                best = delta[c] + end[c];
                arg = c;
            }
        }
        let mut out = vec![0; len];
        out[len - 1] = arg;
        for i in (1..len).rev() {
            out[i - 1] = back[i][out[i]];
        }
        out
    }

    #[test]
    #[allow(clippy::needless_range_loop)]
    fn closers_and_openers_match_the_constraints() {
        // Tags that may follow a closer: outside, Begin, Unit.
        let opener = |b: usize| matches!(split_tag(b), None | Some((_, Part::Begin | Part::Unit)));
        for a in 0..NTAGS {
            for b in 0..NTAGS {
                let general = CLOSERS.contains(&a) && opener(b);
                let within = matches!(split_tag(a), Some((_, Part::Begin | Part::Inside)))
                    && matches!(split_tag(b), Some((tb, Part::Inside | Part::Last)) if Some(tb) == split_tag(a).map(|x| x.0));
                assert_eq!(ALLOWED[a][b], general || within, "{a} -> {b}");
            }
            assert_eq!(allowed(None, Some(a)), opener(a));
            assert_eq!(allowed(Some(a), None), CLOSERS.contains(&a));
        }
    }

    #[test]
    fn decodes_as_written_down_with_the_model_s_transitions() {
        let w = Weights::parse(include_bytes!("../data/ner.bin")).expect("model");
        // Emissions from a small generator, with many ties (few distinct values).
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |spread: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % spread) as i32 * 37 - 300
        };
        let (mut scores, mut out) = (Scratch::default(), Vec::new());
        for len in [1, 2, 3, 7, 40] {
            for spread in [3, 20, 2000] {
                let emit: Vec<i32> = (0..len * NTAGS).map(|_| next(spread)).collect();
                viterbi(
                    &emit,
                    len,
                    &w.trans,
                    &w.start,
                    &w.end,
                    &mut scores,
                    &mut out,
                );
                let want = reference(&emit, len, &w.trans, &w.start, &w.end);
                assert_eq!(out, want, "len {len}, spread {spread}");
            }
        }
    }

    #[test]
    fn one_decoder_for_many_sentences_decodes_each_as_alone() {
        let w = Weights::parse(include_bytes!("../data/ner.bin")).expect("model");
        let d = Decoder::new(&w.trans, &w.start, &w.end).expect("tables");
        let (mut scores, mut out) = (Scratch::default(), Vec::new());
        // A long sentence first, so that the short ones after it find stale scratch space.
        for (len, seed) in [(30, 3), (1, 5), (4, 11), (30, 2), (2, 7)] {
            let emit: Vec<i32> = (0..len * NTAGS)
                .map(|k| ((k * seed + k / 5) % 23) as i32 * 41 - 400)
                .collect();
            d.decode(&emit, len, &mut scores, &mut out);
            let want = reference(&emit, len, &w.trans, &w.start, &w.end);
            assert_eq!(out, want, "len {len}, seed {seed}");
        }
    }

    #[test]
    fn respects_the_constraints() {
        // Emissions prefer I-PER alone, which is not allowed: the decoder must pick something valid.
        let mut emit = vec![0; 2 * NTAGS];
        emit[tag(0, Part::Inside)] = 10;
        emit[NTAGS + tag(0, Part::Last)] = 10;
        let z = vec![0; NTAGS * NTAGS];
        let (mut scores, mut out) = (Scratch::default(), Vec::new());
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
