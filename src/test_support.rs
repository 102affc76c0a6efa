//! Helpers for the crate's own unit tests.

use std::time::{Duration, Instant};

/// Runs `run` on `make(n)` and on `make(10 * n)` and fails if the larger took more than
/// `MAX_GROWTH` times ten of the smaller: linear work gives about 1, quadratic about 10. The
/// bound is relative, never absolute, so a slow or busy machine slows both sides alike; the
/// smaller run is the best of three and the larger the best of two, so that one preemption by
/// another test thread on a busy machine does not read as quadratic work.
pub fn assert_linear(name: &str, n: usize, make: impl Fn(usize) -> String, run: impl Fn(&str)) {
    const MAX_GROWTH: f64 = 5.0;
    let time = |text: &str| {
        let t0 = Instant::now();
        run(text);
        t0.elapsed()
    };
    let (small, large) = (make(n), make(10 * n));
    let t_small = (0..3)
        .map(|_| time(&small))
        .min()
        .unwrap_or_default()
        .max(Duration::from_millis(1));
    let t_large = (0..2).map(|_| time(&large)).min().unwrap_or_default();
    let growth = t_large.as_secs_f64() / (10.0 * t_small.as_secs_f64());
    assert!(
        growth <= MAX_GROWTH,
        "{name}: 10× the text took {:.1}× the time ({t_small:?} → {t_large:?})",
        10.0 * growth
    );
}
