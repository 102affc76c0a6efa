//! The data files as the binary carries them (date rules, word lists, quote cues): without their
//! comments and `// EXAMPLE` lines, which are for readers and for the unit tests (they read the
//! files as written). Stripped at compile time by `const fn`s, so the wasm carries only what the
//! engines read.
//!
//! A line goes when, trimmed, it is empty, starts with `//`, or is a `#` comment (`#` then a
//! space, or `#` alone); `#over` in `modifiers.txt` is data and stays.

/// Whether the line `s[from..to]` is a comment or blank.
const fn is_comment(s: &[u8], from: usize, to: usize) -> bool {
    let mut i = from;
    while i < to && (s[i] == b' ' || s[i] == b'\t' || s[i] == b'\r') {
        i += 1;
    }
    if i == to {
        return true;
    }
    if s[i] == b'/' && i + 1 < to && s[i + 1] == b'/' {
        return true;
    }
    s[i] == b'#' && (i + 1 == to || s[i + 1] == b' ' || s[i + 1] == b'\r')
}

/// The end of the line starting at `from` (the index of its `\n`, or the end).
const fn line_end(s: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < s.len() && s[i] != b'\n' {
        i += 1;
    }
    i
}

/// Where line `s[from..to]` keeps its text from: its start, or with `unnamed`, after a rule's
/// name (`month_day_year [full-date]: …` keeps ` [full-date]: …`).
const fn kept_from(s: &[u8], from: usize, to: usize, unnamed: bool) -> usize {
    let mut i = from;
    while unnamed && i < to && (s[i].is_ascii_lowercase() || s[i].is_ascii_digit() || s[i] == b'_')
    {
        i += 1;
    }
    i
}

/// The length of `s` without its comment lines (each kept line keeps its `\n`), and with
/// `unnamed` without the rules' names.
pub const fn stripped_len(s: &[u8], unnamed: bool) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < s.len() {
        let e = line_end(s, i);
        if !is_comment(s, i, e) {
            n += e - kept_from(s, i, e, unnamed) + 1;
        }
        i = e + 1;
    }
    n
}

/// `s` without its comment lines (and with `unnamed`, without the rules' names).
pub const fn strip<const N: usize>(s: &[u8], unnamed: bool) -> [u8; N] {
    let mut out = [b'\n'; N];
    let (mut i, mut o) = (0, 0);
    while i < s.len() {
        let e = line_end(s, i);
        if !is_comment(s, i, e) {
            let mut k = kept_from(s, i, e, unnamed);
            while k < e {
                out[o] = s[k];
                o += 1;
                k += 1;
            }
            o += 1;
        }
        i = e + 1;
    }
    out
}

/// A data file, stripped, as a `&'static str` (the path is relative to the calling file).
macro_rules! data_file {
    ($path:expr) => {
        $crate::text::strip::data_file!($path, false)
    };
    ($path:expr, $unnamed:expr) => {{
        const RAW: &[u8] = include_bytes!($path);
        const OUT: [u8; $crate::text::strip::stripped_len(RAW, $unnamed)] =
            $crate::text::strip::strip(RAW, $unnamed);
        const TEXT: &str = match core::str::from_utf8(&OUT) {
            Ok(s) => s,
            Err(_) => panic!("a data file is not UTF-8"),
        };
        TEXT
    }};
}
pub(crate) use data_file;

/// A rule file of the date engine, stripped of its comments and of the rules' names too: a
/// name only identifies a rule in tests and messages, which read the files as written.
macro_rules! rule_file {
    ($path:expr) => {
        $crate::text::strip::data_file!($path, true)
    };
}
pub(crate) use rule_file;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_go_data_stays() {
        const SRC: &[u8] = b"# a comment\n// EXAMPLE x\n\nrule: a -> b\n  #over\n#\nlast";
        const OUT: [u8; stripped_len(SRC, false)] = strip(SRC, false);
        assert_eq!(
            std::str::from_utf8(&OUT).unwrap(),
            "rule: a -> b\n  #over\nlast\n"
        );
        let stripped = data_file!("../dates/rules/date.txt");
        assert!(!stripped.contains("// EXAMPLE") && stripped.contains("month_day_year"));
        let unnamed = rule_file!("../dates/rules/date.txt");
        assert!(!unnamed.contains("month_day_year") && unnamed.contains(" [full-date]: "));
        const NAMED: &[u8] = b"rule_1 [SET]: a -> b\nrule_2: c -> d\n";
        const BARE: [u8; stripped_len(NAMED, true)] = strip(NAMED, true);
        assert_eq!(
            std::str::from_utf8(&BARE).unwrap(),
            " [SET]: a -> b\n: c -> d\n"
        );
    }
}
