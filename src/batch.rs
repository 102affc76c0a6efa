//! Many documents on several threads, results in input order: what `annotate --jsonl --jobs N`
//! and the Python package's `annotate_many` run.
//!
//! Plain `std::thread::scope` with a shared counter rather than rayon: a document is a coarse
//! unit of work (a tenth of a millisecond and up), so threads taking the next index from an atomic
//! counter balance uneven lengths as well as work stealing would; the core crate, which also
//! builds to WebAssembly, gains no dependency; the thread count is the caller's per call, so a
//! Dask worker or a Python process pool that already uses every core can ask for one thread and
//! not oversubscribe; and no global pool outlives the call (a forking parent keeps none).
//! On wasm32-unknown-unknown, where `std::thread` cannot spawn, it runs on the caller's thread (the
//! module compiles there because the CLI, built for wasm32 by `wasm-pack test`, uses it).

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::{annotate, Annotations, Error, Options};

/// The number of threads to use when the caller says nothing: the cores this process may run on.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

/// `f` applied to every item on up to `jobs` threads (0 means [`default_jobs`]); results in the
/// order of `items`. One thread, or one item, runs on the caller's thread.
pub fn map_in_order<T, R, F>(items: &[T], jobs: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let jobs = if jobs == 0 { default_jobs() } else { jobs }.min(items.len());
    if jobs <= 1 || cfg!(target_arch = "wasm32") {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
            });
        }
    });
    slots
        .into_iter()
        .map(|s| {
            s.into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .expect("every item was done")
        })
        .collect()
}

/// Annotates every `(text, options)` on up to `jobs` threads (0: [`default_jobs`]); results in
/// input order, each its own success or failure.
pub fn annotate_many<S: AsRef<str> + Sync>(
    docs: &[(S, Options)],
    jobs: usize,
) -> Vec<Result<Annotations, Error>> {
    map_in_order(docs, jobs, |(text, options)| {
        annotate(text.as_ref(), options)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_input_order_whatever_the_threads() {
        let items: Vec<u64> = (0..500).collect();
        for jobs in [0, 1, 2, 3, 16] {
            // Uneven work, so threads finish out of order.
            let out = map_in_order(&items, jobs, |&i| {
                (0..(i % 7) * 1000).fold(i, |a, b| a.wrapping_add(b % 3))
            });
            let serial: Vec<u64> = items
                .iter()
                .map(|&i| (0..(i % 7) * 1000).fold(i, |a, b| a.wrapping_add(b % 3)))
                .collect();
            assert_eq!(out, serial, "jobs {jobs}");
        }
        assert!(map_in_order(&[] as &[u8], 4, |&b| b).is_empty());
    }

    #[test]
    fn many_documents_equal_one_at_a_time_and_keep_their_own_errors() {
        let opts = |d: Option<&str>| Options {
            reference_date: d.map(Into::into),
        };
        let docs = vec![
            (
                "Blinken flew to Beijing on Sunday.",
                opts(Some("2023-06-14")),
            ),
            ("Qin Gang met him.", opts(Some("2023-02-30"))),
            ("“We agree,” Blinken said on Monday.", opts(None)),
        ];
        let many = annotate_many(&docs, 2);
        assert_eq!(many.len(), 3);
        for ((text, o), r) in docs.iter().zip(&many) {
            assert_eq!(r, &annotate(text, o));
        }
        assert!(matches!(many[1], Err(Error::InvalidReferenceDate(_))));
    }
}
