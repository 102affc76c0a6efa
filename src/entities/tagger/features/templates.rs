//! The feature templates: which hashes a token's row sums take, from its own word, its
//! neighbours and, in the second pass, how the first pass tagged the same word elsewhere.

use super::super::gazetteer::GAZ_CLASSES;
use super::super::hash::mix;
use super::super::model::NTAGS;
use super::analysis::{Analysis, CaseContext};
use super::word::{TokenInfo, BOS, EOS};

impl Analysis {
    /// Features of token `i` that depend on nothing but its type, its case context, how its
    /// word is written elsewhere and its own gazetteer classes (see `own_key`).
    #[inline]
    pub fn own_features(&self, i: usize, mut push: impl FnMut(u64)) {
        let t = &self.types[self.type_of[i] as usize];
        let ctx = self.context[i] as u64;
        let doc_flags = self.seen[self.lower_id[self.type_of[i] as usize] as usize] as u64;
        push(f(0, 0));
        push(f(1, t.word));
        push(f(2, t.lower));
        push(f(3, t.shape));
        for k in 0..t.affix_count {
            push(f(4 + k as u64, t.prefixes[k]));
            push(f(8 + k as u64, t.suffixes[k]));
        }
        push(f(23, mix(ctx, t.shape)));
        push(f(24, mix(ctx, t.lower)));
        push(f(25, mix(mix(doc_flags, ctx), t.case as u64)));
        push(f(26, mix(ctx, t.case as u64)));
        push(f(28, mix(t.suffixes[2], t.shape)));
        if t.case != 0 && self.context[i] != CaseContext::Normal {
            // Where capitals say little, the word's spelling elsewhere says more.
            push(f(31, mix(doc_flags, t.lower)));
        }
        let g = self.gaz[i];
        if g != 0 {
            for (c, _) in GAZ_CLASSES.iter().enumerate() {
                let pos_bits = (g >> (2 * c)) & 3;
                if pos_bits != 0 {
                    push(f(32, mix(c as u64, pos_bits as u64)));
                    push(f(33, mix(mix(c as u64, pos_bits as u64), t.case as u64)));
                }
            }
        }
    }

    /// Features of token `i` (of the sentence of tokens `lo..hi`) that look at its neighbours or
    /// its position.
    #[inline]
    pub fn context_features(&self, i: usize, lo: usize, hi: usize, mut push: impl FnMut(u64)) {
        let at = |k: isize| -> Option<&TokenInfo> {
            let j = i as isize + k;
            if j >= lo as isize && j < hi as isize {
                Some(&self.types[self.type_of[j as usize] as usize])
            } else {
                None
            }
        };
        let lw = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |t| t.lower);
        let sh = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |t| t.shape);
        let t = &self.types[self.type_of[i] as usize];
        let (lw_prev, lw_next, sh_prev, sh_next) = (lw(-1), lw(1), sh(-1), sh(1));
        push(f(12, lw_prev));
        push(f(13, lw_next));
        push(f(14, lw(-2)));
        push(f(15, lw(2)));
        push(f(16, sh_prev));
        push(f(17, sh_next));
        push(f(18, mix(sh_prev, t.shape)));
        push(f(19, mix(t.shape, sh_next)));
        push(f(20, mix(mix(sh_prev, t.shape), sh_next)));
        push(f(21, mix(lw_prev, t.lower)));
        push(f(22, mix(t.lower, lw_next)));
        let pos = (i - lo).min(3) as u64;
        push(f(27, mix(pos, t.shape)));
        push(f(29, mix(lw_prev, sh_next)));
        push(f(30, mix(sh_prev, lw_next)));
        for (k, tmpl) in [(-1isize, 34u64), (1, 35)] {
            let j = i as isize + k;
            if j >= lo as isize && j < hi as isize && self.gaz[j as usize] != 0 {
                push(f(tmpl, self.gaz[j as usize] as u64));
            }
        }
    }

    /// How the first pass (`history`, a tag per token) tagged each lower-cased form: per form,
    /// whether it was counted at all and the count per tag.
    pub fn tag_counts(&self, history: &[usize]) -> TagCounts {
        let mut counts = vec![[0u16; NTAGS]; self.lowers];
        let mut present = vec![false; self.lowers];
        for i in 0..self.tokens().min(history.len()) {
            let ty = self.type_of[i] as usize;
            if self.types[ty].case != 3 && history[i] < NTAGS {
                let l = self.lower_id[ty] as usize;
                present[l] = true;
                // Wrapping like the release build always did (a form seen 65536 times).
                counts[l][history[i]] = counts[l][history[i]].wrapping_add(1);
            }
        }
        TagCounts { counts, present }
    }

    /// The second pass's extra features of token `i`: how the first pass (`history`, summed up
    /// in `counts`) tagged the same word elsewhere in the article. They may depend on nothing but
    /// the token's type, case context and own first-pass tag (`scoring` sums them once per such
    /// triple).
    #[inline]
    pub fn second_pass_features(
        &self,
        i: usize,
        counts: &TagCounts,
        history: &[usize],
        mut push: impl FnMut(u64),
    ) {
        let ty = self.type_of[i] as usize;
        let t = &self.types[ty];
        let ctx = self.context[i] as u64;
        let l = self.lower_id[ty] as usize;
        push(f(45, 0));
        let (true, Some(&own)) = (counts.present[l], history.get(i)) else {
            return;
        };
        let mut counts = counts.counts[l];
        if own < NTAGS {
            counts[own] = counts[own].saturating_sub(1);
        }
        // Per type (0 = outside) among the other occurrences.
        let mut by_type = [0u32; 5];
        for (tag, &c) in counts.iter().enumerate() {
            by_type[if tag == 0 { 0 } else { 1 + (tag - 1) / 4 }] += c as u32;
            if c > 0 && tag != 0 {
                push(f(44, tag as u64));
            }
        }
        let total: u32 = by_type.iter().sum();
        if total > 0 {
            let (best, &top) = by_type
                .iter()
                .enumerate()
                .max_by_key(|&(k, &c)| (c, std::cmp::Reverse(k)))
                .unwrap_or((0, &0));
            let share = if top == total {
                1
            } else if top * 3 >= total * 2 {
                2
            } else {
                3
            };
            push(f(40, mix(best as u64, share)));
            push(f(43, mix(mix(best as u64, ctx), t.case as u64)));
            for (ty, &c) in by_type.iter().enumerate().skip(1) {
                if c > 0 {
                    push(f(41, ty as u64));
                    push(f(42, mix(ty as u64, t.case as u64)));
                }
            }
        }
    }
}

/// First-pass tag counts per lower-cased form (`Analysis::tag_counts`).
pub struct TagCounts {
    pub(super) counts: Vec<[u16; NTAGS]>,
    pub(super) present: Vec<bool>,
}

/// A feature's 64-bit hash from its template number and value.
#[inline]
pub(super) fn f(template: u64, value: u64) -> u64 {
    mix(
        mix(template.wrapping_mul(0x2545_F491_4F6C_DD1D), value),
        template,
    )
}
