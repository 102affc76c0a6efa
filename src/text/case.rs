//! A character's upper case without the standard library's table for it: `char::to_uppercase`
//! compiles a 13 KB table into the wasm (about 6 KB gzipped) for one caller, the speakers'
//! descriptions (`quotes::pronouns`, `the department` → `Department`). Upper case is found
//! from the lower-case mapping, which the wasm carries anyway: most letters are a fixed distance
//! from their capital (`OFFSETS`), the capital's lower case is the letter, and a few capitals do
//! not count (`NOT_UPPER`: the Kelvin sign's lower case is `k`, but `k`'s capital is `K`); the
//! rest are listed (`PAIRS`, `MULTI`). A test checks every character against the standard
//! library's `to_uppercase`: the tables below were generated from it.

#[rustfmt::skip]
const OFFSETS: [i32; 33] = [-1, -32, -48, -38864, -40, 8, -64, 3008, -7264, -39, -34, -26, -27, -80, -16, -8, -2, 86, 130, -218, -205, -37, -217, -211, -63, 7, 74, 100, 112, 126, 128, 10815, 42308];
/// Letter and capital, for capitals whose lower case is another letter or that lie off the
/// usual distances.
const PAIRS: &str = "µΜıIſSǅǄǈǇǋǊǲǱ\u{345}ΙςΣϐΒϑΘϕΦϖΠϰΚϱΡϵΕ\u{1c80}В\u{1c81}Д\u{1c82}О\u{1c83}С\u{1c84}Т\u{1c85}Т\u{1c86}Ъ\u{1c87}Ѣ\u{1c88}\u{a64a}\u{1e9b}\u{1e60}\u{1fbe}ΙÿŸƀɃƕǶƚȽƛ\u{a7dc}ƿǷǝƎɐ\u{2c6f}ɑ\u{2c6d}ɒ\u{2c70}ɓƁɔƆəƏɛƐɜ\u{a7ab}ɡ\u{a7ac}ɣƔɤ\u{a7cb}ɥ\u{a78d}ɨƗɫ\u{2c62}ɬ\u{a7ad}ɱ\u{2c6e}ɲƝɵƟɽ\u{2c64}ʂ\u{a7c5}ʇ\u{a7b1}ʉɄʌɅʒƷʝ\u{a7b2}ʞ\u{a7b0}άΆϳͿӏӀ\u{1d79}\u{a77d}\u{1d7d}\u{2c63}\u{1d8e}\u{a7c6}\u{214e}\u{2132}\u{2c65}Ⱥ\u{2c66}Ⱦ\u{a794}\u{a7c4}\u{ab53}\u{a7b3}";
/// Characters whose lower case is a letter whose capital they are not.
const NOT_UPPER: &str = "ǅǈǋǲϴ\u{1e9e}\u{1f88}\u{1f89}\u{1f8a}\u{1f8b}\u{1f8c}\u{1f8d}\u{1f8e}\u{1f8f}\u{1f98}\u{1f99}\u{1f9a}\u{1f9b}\u{1f9c}\u{1f9d}\u{1f9e}\u{1f9f}\u{1fa8}\u{1fa9}\u{1faa}\u{1fab}\u{1fac}\u{1fad}\u{1fae}\u{1faf}\u{1fbc}\u{1fcc}\u{1ffc}\u{2126}\u{212a}\u{212b}";
/// Letters whose capital is several characters: the letter, its capital, a line break.
const MULTI: &str = "ßSS\nŉʼN\nǰJ\u{30c}\nΐΙ\u{308}\u{301}\nΰΥ\u{308}\u{301}\nևԵՒ\n\u{1e96}H\u{331}\n\u{1e97}T\u{308}\n\u{1e98}W\u{30a}\n\u{1e99}Y\u{30a}\n\u{1e9a}Aʾ\n\u{1f50}Υ\u{313}\n\u{1f52}Υ\u{313}\u{300}\n\u{1f54}Υ\u{313}\u{301}\n\u{1f56}Υ\u{313}\u{342}\n\u{1f80}\u{1f08}Ι\n\u{1f81}\u{1f09}Ι\n\u{1f82}\u{1f0a}Ι\n\u{1f83}\u{1f0b}Ι\n\u{1f84}\u{1f0c}Ι\n\u{1f85}\u{1f0d}Ι\n\u{1f86}\u{1f0e}Ι\n\u{1f87}\u{1f0f}Ι\n\u{1f88}\u{1f08}Ι\n\u{1f89}\u{1f09}Ι\n\u{1f8a}\u{1f0a}Ι\n\u{1f8b}\u{1f0b}Ι\n\u{1f8c}\u{1f0c}Ι\n\u{1f8d}\u{1f0d}Ι\n\u{1f8e}\u{1f0e}Ι\n\u{1f8f}\u{1f0f}Ι\n\u{1f90}\u{1f28}Ι\n\u{1f91}\u{1f29}Ι\n\u{1f92}\u{1f2a}Ι\n\u{1f93}\u{1f2b}Ι\n\u{1f94}\u{1f2c}Ι\n\u{1f95}\u{1f2d}Ι\n\u{1f96}\u{1f2e}Ι\n\u{1f97}\u{1f2f}Ι\n\u{1f98}\u{1f28}Ι\n\u{1f99}\u{1f29}Ι\n\u{1f9a}\u{1f2a}Ι\n\u{1f9b}\u{1f2b}Ι\n\u{1f9c}\u{1f2c}Ι\n\u{1f9d}\u{1f2d}Ι\n\u{1f9e}\u{1f2e}Ι\n\u{1f9f}\u{1f2f}Ι\n\u{1fa0}\u{1f68}Ι\n\u{1fa1}\u{1f69}Ι\n\u{1fa2}\u{1f6a}Ι\n\u{1fa3}\u{1f6b}Ι\n\u{1fa4}\u{1f6c}Ι\n\u{1fa5}\u{1f6d}Ι\n\u{1fa6}\u{1f6e}Ι\n\u{1fa7}\u{1f6f}Ι\n\u{1fa8}\u{1f68}Ι\n\u{1fa9}\u{1f69}Ι\n\u{1faa}\u{1f6a}Ι\n\u{1fab}\u{1f6b}Ι\n\u{1fac}\u{1f6c}Ι\n\u{1fad}\u{1f6d}Ι\n\u{1fae}\u{1f6e}Ι\n\u{1faf}\u{1f6f}Ι\n\u{1fb2}\u{1fba}Ι\n\u{1fb3}ΑΙ\n\u{1fb4}ΆΙ\n\u{1fb6}Α\u{342}\n\u{1fb7}Α\u{342}Ι\n\u{1fbc}ΑΙ\n\u{1fc2}\u{1fca}Ι\n\u{1fc3}ΗΙ\n\u{1fc4}ΉΙ\n\u{1fc6}Η\u{342}\n\u{1fc7}Η\u{342}Ι\n\u{1fcc}ΗΙ\n\u{1fd2}Ι\u{308}\u{300}\n\u{1fd3}Ι\u{308}\u{301}\n\u{1fd6}Ι\u{342}\n\u{1fd7}Ι\u{308}\u{342}\n\u{1fe2}Υ\u{308}\u{300}\n\u{1fe3}Υ\u{308}\u{301}\n\u{1fe4}Ρ\u{313}\n\u{1fe6}Υ\u{342}\n\u{1fe7}Υ\u{308}\u{342}\n\u{1ff2}\u{1ffa}Ι\n\u{1ff3}ΩΙ\n\u{1ff4}ΏΙ\n\u{1ff6}Ω\u{342}\n\u{1ff7}Ω\u{342}Ι\n\u{1ffc}ΩΙ\n\u{fb00}FF\n\u{fb01}FI\n\u{fb02}FL\n\u{fb03}FFI\n\u{fb04}FFL\n\u{fb05}ST\n\u{fb06}ST\n\u{fb13}ՄՆ\n\u{fb14}ՄԵ\n\u{fb15}ՄԻ\n\u{fb16}ՎՆ\n\u{fb17}ՄԽ\n";

/// Appends `c.to_uppercase()` to `out`.
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    for line in MULTI.lines() {
        let mut cs = line.chars();
        if cs.next() == Some(c) {
            out.push_str(cs.as_str());
            return;
        }
    }
    let mut pairs = PAIRS.chars();
    while let (Some(letter), Some(capital)) = (pairs.next(), pairs.next()) {
        if letter == c {
            out.push(capital);
            return;
        }
    }
    let capital = OFFSETS.iter().find_map(|&k| {
        char::from_u32((c as i64 + k as i64) as u32).filter(|&d| {
            let mut lower = d.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none() && !NOT_UPPER.contains(d)
        })
    });
    out.push(capital.unwrap_or(c));
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_character_is_as_to_uppercase_makes_it() {
        let mut ours = String::new();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            ours.clear();
            super::push_upper(c, &mut ours);
            assert!(c.to_uppercase().eq(ours.chars()), "{c:?}: {ours:?}");
        }
    }
}
