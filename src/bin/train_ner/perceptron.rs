//! The averaged structured perceptron: training on the prepared sentences, and its averaged
//! weights.

use std::time::Instant;

use newsmark::entities::tagger::model::{self, viterbi, NTAGS};
use newsmark::entities::tagger::viterbi::Scratch;

use crate::gold::Prepared;
use crate::weights::serialize;

/// Trains on the sentences of `data` (shuffled with a fixed seed each epoch).
pub fn train_perceptron(
    data: &[&Prepared],
    epochs: usize,
    bits: u32,
    seed: u64,
    t0: Instant,
) -> Perceptron {
    let mut perceptron = Perceptron::new(bits);
    let mut order: Vec<(usize, usize)> = data
        .iter()
        .enumerate()
        .flat_map(|(d, p)| (0..p.sentences.len()).map(move |s| (d, s)))
        .collect();
    let mut rng = 0x2545_F491_4F6C_DD1Du64 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let (mut emit, mut back, mut pred) = (Vec::new(), Scratch::default(), Vec::new());
    for epoch in 0..epochs {
        for k in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(k, (rng % (k as u64 + 1)) as usize);
        }
        for &(d, s) in &order {
            let p = data[d];
            let r = p.sentences[s].clone();
            let choice = p
                .allowed
                .as_ref()
                .map(|a| &a[r.clone()])
                .filter(|a| a.iter().any(|m| m.count_ones() > 1));
            let g: Vec<usize> = match choice {
                // Where the gold leaves a choice, the best sequence the model finds within it
                // stands for the gold: a masked token costs no loss.
                Some(allowed) => perceptron.best_within(p, r.clone(), allowed, &mut emit),
                None => p.gold[r.clone()].to_vec(),
            };
            let reachable = !g.is_empty()
                && model::allowed(None, Some(g[0]))
                && model::allowed(Some(g[g.len() - 1]), None)
                && g.windows(2).all(|w| model::ALLOWED[w[0]][w[1]]);
            if reachable {
                perceptron.train_sentence(p, r, &g, &mut emit, &mut back, &mut pred);
            }
        }
        if epoch + 1 == epochs {
            eprintln!(
                "  epoch {}: {} of {} sentences wrong, {:.1}s",
                epoch + 1,
                perceptron.mistakes,
                order.len(),
                t0.elapsed().as_secs_f64()
            );
        }
        perceptron.mistakes = 0;
    }
    perceptron
}

pub struct Perceptron {
    w: Vec<i32>,
    u: Vec<i64>,
    trans: Vec<i32>,
    trans_u: Vec<i64>,
    c: i64,
    mistakes: usize,
}

impl Perceptron {
    fn new(bits: u32) -> Self {
        let rows = (1usize << bits) * NTAGS;
        let tn = NTAGS * NTAGS + 2 * NTAGS;
        Perceptron {
            w: vec![0; rows],
            u: vec![0; rows],
            trans: vec![0; tn],
            trans_u: vec![0; tn],
            c: 1,
            mistakes: 0,
        }
    }

    fn bump(w: &mut [i32], u: &mut [i64], i: usize, d: i32, c: i64) {
        w[i] += d;
        u[i] += c * d as i64;
    }

    /// Emission scores of the sentence `r` of `p` under the current weights.
    fn emissions(&self, p: &Prepared, r: std::ops::Range<usize>, emit: &mut Vec<i32>) {
        emit.clear();
        emit.resize(r.len() * NTAGS, 0);
        for (k, i) in r.enumerate() {
            for &f in p.features.of(i) {
                let row = &self.w[f as usize * NTAGS..f as usize * NTAGS + NTAGS];
                for t in 0..NTAGS {
                    emit[k * NTAGS + t] += row[t];
                }
            }
        }
    }

    /// The best tag sequence of sentence `r` under the current weights among those whose tag at
    /// every token is in `allowed` (a bit set per token), by Viterbi in i64. Empty if none is.
    fn best_within(
        &self,
        p: &Prepared,
        r: std::ops::Range<usize>,
        allowed: &[u32],
        emit: &mut Vec<i32>,
    ) -> Vec<usize> {
        let len = r.len();
        self.emissions(p, r, emit);
        let nn = NTAGS * NTAGS;
        const NONE: i64 = i64::MIN / 4;
        let mut score = vec![[NONE; NTAGS]; len];
        let mut from = vec![[0usize; NTAGS]; len];
        for t in 0..NTAGS {
            if allowed[0] & 1 << t != 0 && model::allowed(None, Some(t)) {
                score[0][t] = (self.trans[nn + t] + emit[t]) as i64;
            }
        }
        for i in 1..len {
            for b in 0..NTAGS {
                if allowed[i] & 1 << b == 0 {
                    continue;
                }
                for a in 0..NTAGS {
                    if score[i - 1][a] == NONE || !model::ALLOWED[a][b] {
                        continue;
                    }
                    let v =
                        score[i - 1][a] + (self.trans[a * NTAGS + b] + emit[i * NTAGS + b]) as i64;
                    if v > score[i][b] {
                        score[i][b] = v;
                        from[i][b] = a;
                    }
                }
            }
        }
        let mut best: Option<(i64, usize)> = None;
        for t in 0..NTAGS {
            if score[len - 1][t] != NONE && model::allowed(Some(t), None) {
                let v = score[len - 1][t] + self.trans[nn + NTAGS + t] as i64;
                if best.is_none_or(|(b, _)| v > b) {
                    best = Some((v, t));
                }
            }
        }
        let Some((_, mut t)) = best else {
            return Vec::new();
        };
        let mut out = vec![0; len];
        for i in (0..len).rev() {
            out[i] = t;
            t = from[i][t];
        }
        out
    }

    fn train_sentence(
        &mut self,
        p: &Prepared,
        r: std::ops::Range<usize>,
        gold: &[usize],
        emit: &mut Vec<i32>,
        back: &mut Scratch,
        pred: &mut Vec<usize>,
    ) {
        let len = r.len();
        self.emissions(p, r.clone(), emit);
        let nn = NTAGS * NTAGS;
        let (trans, rest) = self.trans.split_at(nn);
        let (start, end) = rest.split_at(NTAGS);
        viterbi(emit, len, trans, start, end, back, pred);
        if pred[..] != gold[..] {
            self.mistakes += 1;
            let c = self.c;
            for (k, i) in r.enumerate() {
                if pred[k] != gold[k] {
                    for &f in p.features.of(i) {
                        Self::bump(&mut self.w, &mut self.u, f as usize * NTAGS + gold[k], 1, c);
                        Self::bump(
                            &mut self.w,
                            &mut self.u,
                            f as usize * NTAGS + pred[k],
                            -1,
                            c,
                        );
                    }
                }
            }
            let tr = |seq: &[usize], out: &mut Vec<usize>| {
                out.clear();
                out.push(nn + seq[0]);
                for k in 1..seq.len() {
                    out.push(seq[k - 1] * NTAGS + seq[k]);
                }
                out.push(nn + NTAGS + seq[seq.len() - 1]);
            };
            let (mut g, mut q) = (Vec::new(), Vec::new());
            tr(gold, &mut g);
            tr(pred, &mut q);
            for i in g {
                Self::bump(&mut self.trans, &mut self.trans_u, i, 1, c);
            }
            for i in q {
                Self::bump(&mut self.trans, &mut self.trans_u, i, -1, c);
            }
        }
        self.c += 1;
    }

    /// Averaged weights, quantized: each row weight to a 4-bit code on a logarithmic scale
    /// (−7..7: small weights of rare words keep their sign and rough size), two codes a byte,
    /// decoded through a 16-entry table; transitions to i32 on the same scale. Codes of
    /// magnitude `prune` or less become 0: the smallest weights are mostly noise from rare
    /// features, and zeroing them halves the gzipped model (and helped on modern news).
    pub fn serialize(&self, bits: u32, prune: i32) -> Vec<u8> {
        let (rows, trans) = self.averaged();
        serialize(&rows, &trans, bits, prune)
    }

    /// The averaged weights: table rows, then transitions.
    pub fn averaged(&self) -> (Vec<f64>, Vec<f64>) {
        let c = self.c as f64;
        let avg = |(&w, &u): (&i32, &i64)| w as f64 - u as f64 / c;
        (
            self.w.iter().zip(&self.u).map(avg).collect(),
            self.trans.iter().zip(&self.trans_u).map(avg).collect(),
        )
    }
}
