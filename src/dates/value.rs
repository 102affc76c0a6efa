//! A builtin class's value (`05`, `2023`, `15:30`, `2013-07-02`): short text kept inline, so
//! that a match allocates nothing. The matcher tries many rules and remembers every builtin
//! match at a token while it does; only the winning match's values become `String`s.

use std::fmt;

/// Bytes kept inline; longer values (a count of 23 digits) go to the heap.
const INLINE: usize = 22;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Val {
    Inline(u8, [u8; INLINE]),
    Heap(String),
}

impl Val {
    pub fn new() -> Val {
        Val::Inline(0, [0; INLINE])
    }

    pub fn push_str(&mut self, s: &str) {
        let _ = fmt::Write::write_str(self, s);
    }

    /// `n` in decimal, zero-padded to `width` digits: `format!("{n:0width$}")` without the
    /// formatting machinery (the builtin classes make one for nearly every number they see).
    pub fn uint(n: u64, width: usize) -> Val {
        let mut v = Val::new();
        v.push_uint(n, width);
        v
    }

    /// Appends `n` as [`Val::uint`] writes it.
    pub fn push_uint(&mut self, mut n: u64, width: usize) {
        let mut buf = [b'0'; 24];
        let mut at = buf.len();
        loop {
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let at = at.min(buf.len().saturating_sub(width));
        // ASCII digits only.
        self.push_str(std::str::from_utf8(&buf[at..]).unwrap_or(""));
    }

    pub fn as_str(&self) -> &str {
        match self {
            // Only whole `str`s are ever written in: always UTF-8.
            Val::Inline(n, b) => std::str::from_utf8(&b[..*n as usize]).unwrap_or(""),
            Val::Heap(s) => s,
        }
    }
}

impl Default for Val {
    fn default() -> Val {
        Val::new()
    }
}

impl fmt::Write for Val {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if let Val::Inline(n, b) = self {
            let len = *n as usize;
            if len + s.len() <= INLINE {
                b[len..len + s.len()].copy_from_slice(s.as_bytes());
                *n += s.len() as u8;
                return Ok(());
            }
            *self = Val::Heap(self.as_str().to_string());
        }
        if let Val::Heap(h) = self {
            h.push_str(s);
        }
        Ok(())
    }
}

impl From<&str> for Val {
    fn from(s: &str) -> Val {
        let mut v = Val::new();
        let _ = fmt::Write::write_str(&mut v, s);
        v
    }
}

impl fmt::Display for Val {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `format!` into a [`Val`].
macro_rules! val {
    ($($arg:tt)*) => {{
        let mut v = $crate::dates::value::Val::new();
        let _ = ::std::fmt::Write::write_fmt(&mut v, format_args!($($arg)*));
        v
    }};
}
pub(crate) use val;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_format_writes_them() {
        for n in [0u64, 1, 5, 9, 10, 12, 31, 99, 100, 2023, 12345, u64::MAX] {
            for width in 0..6 {
                assert_eq!(Val::uint(n, width).as_str(), format!("{n:0width$}"));
            }
        }
        let mut v = Val::uint(9, 2);
        v.push_str(":");
        v.push_uint(5, 2);
        assert_eq!(v.as_str(), "09:05");
    }

    #[test]
    fn short_values_stay_inline_and_long_ones_are_whole() {
        assert_eq!(val!("{:02}:{:02}", 9, 5).as_str(), "09:05");
        assert!(matches!(val!("{}", 2023), Val::Inline(4, _)));
        let long = "1234567890".repeat(3);
        let v = val!("{long}.5");
        assert!(matches!(v, Val::Heap(_)));
        assert_eq!(v.to_string(), format!("{long}.5"));
    }
}
