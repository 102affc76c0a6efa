//! An ordered map from a mark's start to an index, for `Work`'s groups and tombstones.
//!
//! It was a `BTreeMap<u32, usize>`, the last instance of the standard B-tree in the wasm: its
//! insert, removal with node merging and stealing, and drop cost about 9 KB of code before gzip
//! for four maps that need only `get`, `insert`, `remove`, "the last key below" and the values in
//! order (docs/performance.md, "Size round 13"). This is a treap in a `Vec`: a binary search tree
//! by key that is also a heap by a pseudo-random priority, so its expected depth is logarithmic
//! whatever order the keys come in, and each operation stays O(log n) as `apply` promises (as
//! the hashed lookups beside it, an expectation rather than a bound). The priorities come from a
//! fixed seed: the same operations build the same tree on every run, and what the map answers
//! does not depend on its shape at all.

const NIL: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Node {
    key: u32,
    priority: u32,
    left: u32,
    right: u32,
    value: usize,
}

pub(super) struct Starts {
    /// Every node ever inserted; removed ones stay, unlinked (a `Work` lives for one call).
    nodes: Vec<Node>,
    root: u32,
    /// xorshift32 state for the next priority.
    seed: u32,
}

impl Starts {
    pub fn new() -> Starts {
        Starts {
            nodes: Vec::new(),
            root: NIL,
            seed: 0x9E37_79B9,
        }
    }

    fn at(&self, t: u32) -> &Node {
        &self.nodes[t as usize]
    }

    fn at_mut(&mut self, t: u32) -> &mut Node {
        &mut self.nodes[t as usize]
    }

    /// The node holding `key`.
    fn node(&self, key: u32) -> Option<u32> {
        let mut t = self.root;
        while t != NIL {
            let n = self.at(t);
            if key == n.key {
                return Some(t);
            }
            t = if key < n.key { n.left } else { n.right };
        }
        None
    }

    pub fn get(&self, key: u32) -> Option<usize> {
        self.node(key).map(|t| self.at(t).value)
    }

    /// Sets `key`'s value, adding the key if it is new.
    pub fn insert(&mut self, key: u32, value: usize) {
        if let Some(t) = self.node(key) {
            self.at_mut(t).value = value;
            return;
        }
        let mut x = self.seed;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.seed = x;
        let n = self.nodes.len() as u32;
        self.nodes.push(Node {
            key,
            priority: x,
            left: NIL,
            right: NIL,
            value,
        });
        self.root = self.insert_at(self.root, n);
    }

    /// Puts node `n` (a new key) into the subtree `t`; returns the subtree's new root.
    fn insert_at(&mut self, t: u32, n: u32) -> u32 {
        if t == NIL {
            return n;
        }
        let (key, priority) = (self.at(n).key, self.at(n).priority);
        if priority > self.at(t).priority {
            let (below, above) = self.split(t, key);
            let node = self.at_mut(n);
            node.left = below;
            node.right = above;
            return n;
        }
        if key < self.at(t).key {
            let left = self.insert_at(self.at(t).left, n);
            self.at_mut(t).left = left;
        } else {
            let right = self.insert_at(self.at(t).right, n);
            self.at_mut(t).right = right;
        }
        t
    }

    /// Splits subtree `t` into the keys below `key` and the rest.
    fn split(&mut self, t: u32, key: u32) -> (u32, u32) {
        if t == NIL {
            return (NIL, NIL);
        }
        if self.at(t).key < key {
            let (below, above) = self.split(self.at(t).right, key);
            self.at_mut(t).right = below;
            (t, above)
        } else {
            let (below, above) = self.split(self.at(t).left, key);
            self.at_mut(t).left = above;
            (below, t)
        }
    }

    /// Joins two subtrees, every key of `a` below every key of `b`.
    fn merge(&mut self, a: u32, b: u32) -> u32 {
        if a == NIL {
            return b;
        }
        if b == NIL {
            return a;
        }
        if self.at(a).priority > self.at(b).priority {
            let right = self.merge(self.at(a).right, b);
            self.at_mut(a).right = right;
            a
        } else {
            let left = self.merge(a, self.at(b).left);
            self.at_mut(b).left = left;
            b
        }
    }

    /// Removes `key` if it is there.
    pub fn remove(&mut self, key: u32) {
        self.root = self.remove_at(self.root, key);
    }

    fn remove_at(&mut self, t: u32, key: u32) -> u32 {
        if t == NIL {
            return NIL;
        }
        let n = *self.at(t);
        if key == n.key {
            return self.merge(n.left, n.right);
        }
        if key < n.key {
            let left = self.remove_at(n.left, key);
            self.at_mut(t).left = left;
        } else {
            let right = self.remove_at(n.right, key);
            self.at_mut(t).right = right;
        }
        t
    }

    /// The largest key below `end`, with its value.
    pub fn last_below(&self, end: u32) -> Option<(u32, usize)> {
        let (mut t, mut best) = (self.root, None);
        while t != NIL {
            let n = self.at(t);
            if n.key < end {
                best = Some((n.key, n.value));
                t = n.right;
            } else {
                t = n.left;
            }
        }
        best
    }

    /// The values in key order.
    pub fn values(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = Vec::new();
        let mut t = self.root;
        while t != NIL || !stack.is_empty() {
            while t != NIL {
                stack.push(t);
                t = self.at(t).left;
            }
            if let Some(top) = stack.pop() {
                out.push(self.at(top).value);
                t = self.at(top).right;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Starts;
    use std::collections::BTreeMap;

    /// The map answers as the standard B-tree does after any mix of operations, keys in order,
    /// reversed and scattered; and stays shallow when keys come in order (a plain search tree
    /// would be a list).
    #[test]
    fn answers_as_a_btree_map_does() {
        let mut seed = 12345u64;
        let mut next = move |m: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % m
        };
        for round in 0..60 {
            let (mut ours, mut std_) = (Starts::new(), BTreeMap::<u32, usize>::new());
            let span = [8, 64, 1000, 100_000][round % 4];
            for step in 0..2000u64 {
                let key = match round % 3 {
                    0 => next(span) as u32,
                    1 => step as u32,
                    _ => (4000 - step) as u32,
                };
                match next(5) {
                    0 | 1 => {
                        ours.insert(key, step as usize);
                        std_.insert(key, step as usize);
                    }
                    2 => {
                        ours.remove(key);
                        std_.remove(&key);
                    }
                    3 => assert_eq!(ours.get(key), std_.get(&key).copied()),
                    _ => {
                        let end = next(span + 2) as u32;
                        let want = std_.range(..end).next_back().map(|(&k, &v)| (k, v));
                        assert_eq!(ours.last_below(end), want);
                    }
                }
            }
            assert_eq!(ours.values(), std_.values().copied().collect::<Vec<_>>());
        }
        let mut ordered = Starts::new();
        for k in 0..100_000 {
            ordered.insert(k, k as usize);
        }
        fn depth(s: &Starts, t: u32) -> usize {
            if t == super::NIL {
                return 0;
            }
            1 + depth(s, s.at(t).left).max(depth(s, s.at(t).right))
        }
        assert!(depth(&ordered, ordered.root) < 60);
        assert_eq!(ordered.last_below(50_000), Some((49_999, 49_999)));
    }
}
