//! The crate's one sort: stable, by a `u64` key. Every `sort_by_key` on its own element and
//! closure compiles a whole driftsort into the wasm (3–8 KB each); these all share one
//! `sort_unstable` of `(key, index)` pairs, the index keeping equal keys in their order (as
//! `slice::sort_by_cached_key` does).

/// Sorts `v` by `key`, stably. `v` holds fewer than 2³² items (texts are at most 16 MiB).
pub(crate) fn by_key<T>(v: &mut [T], key: impl Fn(&T) -> u64) {
    let mut keys: Vec<(u64, u32)> = v
        .iter()
        .enumerate()
        .map(|(i, x)| (key(x), i as u32))
        .collect();
    pairs(&mut keys);
    // Puts each item where its key went: `keys[i].1` is the item's place before the swaps; an
    // item already swapped away is followed to where it went (std's permutation for cached keys).
    for i in 0..v.len() {
        let mut from = keys[i].1;
        while (from as usize) < i {
            from = keys[from as usize].1;
        }
        keys[i].1 = from;
        v.swap(i, from as usize);
    }
}

/// Sorts the pairs (the one instance of the standard sort).
pub(crate) fn pairs(v: &mut [(u64, u32)]) {
    v.sort_unstable();
}

#[cfg(test)]
mod tests {
    #[test]
    fn it_is_the_standard_stable_sort() {
        let mut seed = 7u64;
        for n in [0, 1, 2, 3, 10, 33, 100, 1000] {
            let v: Vec<(u64, usize)> = (0..n)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % (n as u64 / 3 + 1), i)
                })
                .collect();
            let mut ours = v.clone();
            super::by_key(&mut ours, |x| x.0);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std);
        }
    }
}
