//! The model file: the mean of several models' weights, quantized to the bytes the crate embeds.

use newsmark::entities::tagger::model::{self, NTAGS};

/// The mean of several models' averaged weights (`Perceptron::averaged`): a bag of models trained
/// in different shuffling orders.
pub fn bag(models: &[(Vec<f64>, Vec<f64>)]) -> (Vec<f64>, Vec<f64>) {
    let k = models.len().max(1) as f64;
    let mean = |vs: Vec<&Vec<f64>>| -> Vec<f64> {
        let mut out = vec![0.0; vs.first().map_or(0, |v| v.len())];
        for v in vs {
            for (o, x) in out.iter_mut().zip(v) {
                *o += x / k;
            }
        }
        out
    };
    (
        mean(models.iter().map(|m| &m.0).collect()),
        mean(models.iter().map(|m| &m.1).collect()),
    )
}

/// Quantized weights, as `Perceptron::serialize` describes.
pub fn serialize(rows: &[f64], trans: &[f64], bits: u32, prune: i32) -> Vec<u8> {
    let mut mags: Vec<f64> = rows.iter().map(|x| x.abs()).filter(|x| *x > 1e-9).collect();
    mags.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pick = |q: f64| {
        mags.get(((mags.len() as f64 - 1.0) * q) as usize)
            .copied()
            .unwrap_or(1.0)
            .max(1e-6)
    };
    let (small, top) = (pick(0.25), pick(0.9999));
    let levels = model::CODE_LEVELS as f64;
    let a = levels / (1.0 + top / small).ln();
    let unit = 16.0 / small; // integer units per weight unit
    let decode = |q: i32| -> i32 {
        (q.signum() as f64 * small * ((q.abs() as f64 / a).exp() - 1.0) * unit).round() as i32
    };
    let mut out = Vec::with_capacity(12 + 64 + rows.len() / 2 + 4 * trans.len());
    out.extend_from_slice(model::MAGIC);
    out.push(bits as u8);
    out.push(NTAGS as u8);
    out.extend_from_slice(&[0, 0]);
    for code in 0..16 {
        out.extend_from_slice(&decode(code - model::CODE_LEVELS - 1).to_le_bytes());
    }
    for &t in trans {
        let q = (t * unit).round().clamp(-1e9, 1e9) as i32;
        out.extend_from_slice(&q.to_le_bytes());
    }
    let code = |r: f64| {
        let q = (r.signum() * a * (1.0 + r.abs() / small).ln())
            .round()
            .clamp(-levels, levels) as i32;
        let q = if q.abs() <= prune { 0 } else { q };
        (q + model::CODE_LEVELS + 1) as u8
    };
    for pair in rows.chunks(2) {
        out.push(code(pair[0]) | code(pair.get(1).copied().unwrap_or(0.0)) << 4);
    }
    out
}
