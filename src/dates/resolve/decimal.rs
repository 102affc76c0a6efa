//! `s.parse::<f64>()`, written out: counts such as `2.5` (`in 2.5 hours`, `1.5 years`) become
//! numbers here. The standard library's float parser brings about 14 KB of tables and code into
//! the gzipped wasm, more than anything else this small; this one gives the same value for every
//! string (the same grammar: a sign, digits with a point, an exponent, `inf`, `infinity`, `nan`;
//! the nearest `f64`, a tie to even), which a test checks against the standard parser.
//!
//! Counts in digits of at most 15 digits and a point take the exact fast path (one correctly
//! rounded multiplication or division by an exact power of ten); anything longer is worked out
//! exactly with a small big integer (rare, and never slow: the digits of a token).

/// `s.parse::<f64>().ok()`.
pub fn parse_f64(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let (negative, b) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let v = if b.eq_ignore_ascii_case(b"inf") || b.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if b.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        decimal(b)?
    };
    Some(if negative { -v } else { v })
}

/// Digits with an optional point and exponent, at least one digit before the exponent.
fn decimal(b: &[u8]) -> Option<f64> {
    let mut digits: Vec<u8> = Vec::new();
    let mut exponent: i64 = 0;
    let mut i = 0;
    let mut seen = false;
    while i < b.len() && b[i].is_ascii_digit() {
        digits.push(b[i] - b'0');
        seen = true;
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            digits.push(b[i] - b'0');
            exponent -= 1;
            seen = true;
            i += 1;
        }
    }
    if !seen {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        let negative = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        if i == b.len() {
            return None;
        }
        let mut e: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            e = (e * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        exponent += if negative { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    // Significant digits only: leading zeros dropped, trailing ones moved into the exponent.
    let first = digits.iter().position(|&d| d != 0);
    let Some(first) = first else {
        return Some(0.0);
    };
    let last = digits.iter().rposition(|&d| d != 0).unwrap_or(first);
    exponent += (digits.len() - 1 - last) as i64;
    let digits = &digits[first..=last];
    let n = digits.len() as i64;
    // The value is below 10^(n + exponent) and at least 10^(n + exponent - 1).
    if n + exponent > 310 {
        return Some(f64::INFINITY);
    }
    if n + exponent < -343 {
        return Some(0.0);
    }
    if n <= 15 && (-22..=22).contains(&exponent) {
        let mut m = 0u64;
        for &d in digits {
            m = m * 10 + d as u64;
        }
        let mut p = 1.0f64;
        for _ in 0..exponent.abs() {
            p *= 10.0;
        }
        return Some(if exponent < 0 {
            m as f64 / p
        } else {
            m as f64 * p
        });
    }
    // Beyond 800 digits only whether any is non-zero counts (a halfway point between two
    // `f64`s has at most 767 significant digits): a 1 after the first 800 stands for the rest.
    if digits.len() > 800 {
        let mut kept = digits[..800].to_vec();
        kept.push(1);
        return Some(exact(&kept, exponent + n - 801));
    }
    Some(exact(digits, exponent))
}

/// `format!("{x}")` without core's float formatter (size round 13): zmij, serde_json's own
/// float writer, finds the shortest digits that read back as `x`, and they are written out in
/// plain notation as `Display` writes them (`0.0000015`, `1.5`, `150000000000000000000`). For
/// the rare duration with a fraction no smaller unit holds (`PT1.35H`).
pub fn display(x: f64) -> String {
    let mut buf = zmij::Buffer::new();
    let s = buf.format(x);
    let (sign, s) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let Some((mantissa, exp)) = s.split_once('e') else {
        // Plain already; zmij writes a whole number with `.0`, `Display` without.
        return format!("{sign}{}", s.strip_suffix(".0").unwrap_or(s));
    };
    let Ok(exp) = exp.parse::<i32>() else {
        return s.to_string();
    };
    let digits = mantissa.replace('.', "");
    let n = digits.len() as i32;
    let mut out = String::from(sign);
    if exp >= n - 1 {
        out += &digits;
        out.extend(std::iter::repeat_n('0', (exp + 1 - n) as usize));
    } else {
        out += "0.";
        out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
        out += &digits;
    }
    out
}

/// digits × 10^exponent, rounded to the nearest `f64`: as a big integer (u32 limbs, least
/// significant first) scaled by 2^shift so that at least 64 bits are left after the division
/// by 10^-exponent.
fn exact(digits: &[u8], exponent: i64) -> f64 {
    let mut big: Vec<u32> = vec![0];
    let mul_add = |big: &mut Vec<u32>, m: u32, a: u32| {
        let mut carry = a as u64;
        for limb in big.iter_mut() {
            let x = *limb as u64 * m as u64 + carry;
            *limb = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            big.push(carry as u32);
        }
    };
    for &d in digits {
        mul_add(&mut big, 10, d as u32);
    }
    for _ in 0..exponent.max(0) {
        mul_add(&mut big, 10, 0);
    }
    // 10^k < 2^(4k): a shift of 4k + 64 bits keeps 64 bits after dividing by 10^k.
    let divisions = (-exponent).max(0) as usize;
    let shift = if divisions > 0 { 4 * divisions + 64 } else { 0 };
    for _ in 0..shift / 32 {
        big.insert(0, 0);
    }
    for _ in 0..shift % 32 {
        mul_add(&mut big, 2, 0);
    }
    let mut sticky = false;
    for _ in 0..divisions {
        let mut rem = 0u64;
        for limb in big.iter_mut().rev() {
            let x = (rem << 32) | *limb as u64;
            *limb = (x / 10) as u32;
            rem = x % 10;
        }
        sticky |= rem != 0;
        while big.len() > 1 && big.last() == Some(&0) {
            big.pop();
        }
    }
    while big.len() > 1 && big.last() == Some(&0) {
        big.pop();
    }
    // The top 64 bits, and whether any bit below them is set.
    let len = (big.len() * 32) as i64 - big.last().map_or(32, |l| l.leading_zeros()) as i64;
    let bit = |i: i64| i >= 0 && (big[(i / 32) as usize] >> (i % 32)) & 1 == 1;
    let mut top = 0u64;
    for i in (len - 64..len).rev() {
        top = top << 1 | bit(i) as u64;
    }
    sticky |= (0..len - 64).any(bit);
    // value = (top + sticky) × 2^base
    let base = len - 64 - shift as i64;
    round(top, sticky, base)
}

/// The `f64` nearest to (top + a fraction, non-zero when `sticky`) × 2^base, `top` ≥ 2^63; a tie
/// to even. Subnormal results keep fewer bits.
fn round(top: u64, sticky: bool, base: i64) -> f64 {
    // Bits dropped: 11 for 53 bits of mantissa, more where the result is subnormal.
    let drop = (-1074 - base).max(11);
    if drop > 64 {
        return 0.0;
    }
    let wide = top as u128;
    let mut mantissa = (wide >> drop) as u64;
    let rest = wide & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    if rest > half || (rest == half && (sticky || mantissa & 1 == 1)) {
        mantissa += 1;
    }
    let mut e2 = base + drop;
    if mantissa == 1 << 53 {
        mantissa >>= 1;
        e2 += 1;
    }
    if mantissa < 1 << 52 {
        return f64::from_bits(mantissa); // subnormal (or zero): e2 is -1074
    }
    let field = e2 + 1075;
    if field >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits((field as u64) << 52 | (mantissa & ((1 << 52) - 1)))
}

#[cfg(test)]
mod tests {
    use super::{display, parse_f64};

    /// Written as `Display` writes a float, in every notation zmij may choose: plain with a
    /// fraction, whole, and both ends of its exponent form (`1e-7`, `1.5e+16`), signs kept.
    #[test]
    fn floats_are_written_in_plain_notation_as_display_writes_them() {
        let mut xs = vec![
            0.0, 1.0, 0.1, 1.35, 2.5e-3, 1.5e-7, 5e-324, 1e15, 1.5e16, 1e23, 9e15,
        ];
        xs.extend([f64::MIN_POSITIVE, f64::MAX, 123456.789, 0.000012345]);
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..3_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            xs.push(((seed >> 20) % 100_000) as f64 * 10f64.powi((seed % 40) as i32 - 20));
        }
        for x in xs {
            for x in [x, -x] {
                let (ours, core) = (display(x), format!("{x}"));
                // Both shortest: where two 17-digit strings read back as `x`, each may pick
                // its own; then both must read back.
                if ours != core {
                    assert_eq!(ours.len(), core.len(), "{x:e}");
                    assert_eq!(ours.parse::<f64>(), Ok(x), "{x:e}");
                } else {
                    assert_eq!(ours, core);
                }
            }
        }
        assert_eq!(display(1.35), "1.35");
        assert_eq!(display(1.5e-7), "0.00000015");
    }

    fn same(s: &str) {
        let ours = parse_f64(s);
        let std = s.parse::<f64>().ok();
        let bits = |v: Option<f64>| {
            v.map(|x| {
                if x.is_nan() {
                    (1, x.is_sign_negative() as u64)
                } else {
                    (0, x.to_bits())
                }
            })
        };
        assert_eq!(bits(ours), bits(std), "{s:?}: {ours:?} against {std:?}");
    }

    #[test]
    fn it_parses_as_the_standard_library_does() {
        for s in [
            "",
            "+",
            "-",
            ".",
            "e",
            "e5",
            "1e",
            "1e+",
            "1e-",
            ".e1",
            "1.",
            ".5",
            "+.5",
            "-0",
            "0",
            "00",
            "0.0",
            "-0.0",
            "1",
            "+1",
            "-1",
            "2.5",
            "1,5",
            " 1",
            "1 ",
            "1_0",
            "0x10",
            "1.2.3",
            "inf",
            "-inf",
            "+INF",
            "Infinity",
            "-infinity",
            "infinit",
            "nan",
            "NaN",
            "-nan",
            "+nan",
            "1e5",
            "1E-5",
            "1e+5",
            "12.5e-3",
            "4.9e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "1e-400",
            "1e99999999999999999999",
            "1e-99999999999999999999",
            "9007199254740993",
            "9007199254740992.5",
            "123456789012345678901234567890",
            "0.1",
            "0.30000000000000004",
            "3.14159265358979323846264338327950288",
            "1000000000000000000000000",
            "0.000000000000000000000001",
            "٣",
            "1.0",
            "007",
            "99999999999999999999999999999999999999999999999999999.5",
        ] {
            same(s);
        }
        // Long digit strings (std keeps 768 digits and whether any later one is non-zero), one
        // near the halfway point below the least subnormal.
        let halfway = "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125";
        same(halfway);
        same(&format!("{halfway}0000000000000001"));
        same(&format!("{}1", &halfway[..halfway.len() - 1]));
        same(&format!("{}{}", "1".repeat(2000), "0".repeat(100)));
        same(&format!("0.{}1e-10", "0".repeat(1500)));
        // Random strings of digits, points and exponents, and random numbers written out.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..30_000 {
            let len = 1 + next(30);
            let mut s = String::new();
            for _ in 0..len {
                s.push(b"0123456789.0123456789e-+5"[next(25) as usize] as char);
            }
            same(&s);
            let digits = 1 + next(25);
            let mut s: String = (0..digits)
                .map(|_| (b'0' + next(10) as u8) as char)
                .collect();
            if next(2) == 0 {
                s.insert(next(digits + 1) as usize, '.');
            }
            if next(3) == 0 {
                s.push_str(&format!("e{}", next(700) as i64 - 350));
            }
            same(&s);
            same(&f64::from_bits(next(u64::MAX)).to_string());
            same(&format!("{:e}", f64::from_bits(next(u64::MAX))));
        }
    }
}
