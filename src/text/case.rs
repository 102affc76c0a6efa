//! A character's lower and upper case without the standard library's tables for them.
//!
//! Lower case (`lower`, `lower_str`, as `char::to_lowercase` and `str::to_lowercase` make it):
//! the standard library keeps 1,461 (letter, lower case) pairs, 11.7 KB in the wasm, and 4 KB of
//! `str::to_lowercase` (4.8 KB gzipped in all). Here the same mapping is 184 runs (`LOWER`: a first
//! letter, how many, every one or every other, the distance to their lower case), and a capital
//! sigma's final form asks `KINDS` (1.4 KB), the classes of the letters around it. Both were
//! generated from the standard library's own results (size round 11), and tests check every
//! character, and every character around a sigma, against it.
//!
//! Upper case: `char::to_uppercase`
//! compiles a 13 KB table into the wasm (about 6 KB gzipped) for one caller, the speakers'
//! descriptions (`quotes::pronouns`, `the department` → `Department`). Upper case is found
//! from the lower-case mapping, which the wasm carries anyway: most letters are a fixed distance
//! from their capital (`OFFSETS`), the capital's lower case is the letter, and a few capitals do
//! not count (`NOT_UPPER`: the Kelvin sign's lower case is `k`, but `k`'s capital is `K`); the
//! rest are listed (`PAIRS`, `MULTI`). A test checks every character against the standard
//! library's `to_uppercase`: the tables below were generated from it.
//!
//! The tests' `generate` module makes every table again from the standard library, and a test
//! checks that it gives these: after a Unicode update, `cargo test --release --lib text::case --
//! --ignored --nocapture` prints the new ones.

#[rustfmt::skip]
const OFFSETS: [i32; 33] = [-1, -32, -48, -38864, -40, 8, -64, 3008, -7264, -39, -34, -26, -27, -80, -16, -8, -2, 86, 130, -218, -205, -37, -217, -211, -63, 7, 74, 100, 112, 126, 128, 10815, 42308];
/// Letter and capital, for capitals whose lower case is another letter or that lie off the
/// usual distances.
const PAIRS: &str = "µΜıIſSǅǄǈǇǋǊǲǱ\u{345}ΙςΣϐΒϑΘϕΦϖΠϰΚϱΡϵΕ\u{1c80}В\u{1c81}Д\u{1c82}О\u{1c83}С\u{1c84}Т\u{1c85}Т\u{1c86}Ъ\u{1c87}Ѣ\u{1c88}\u{a64a}\u{1e9b}\u{1e60}\u{1fbe}ΙÿŸƀɃƕǶƚȽƛ\u{a7dc}ƿǷǝƎɐ\u{2c6f}ɑ\u{2c6d}ɒ\u{2c70}ɓƁɔƆəƏɛƐɜ\u{a7ab}ɡ\u{a7ac}ɣƔɤ\u{a7cb}ɥ\u{a78d}ɨƗɫ\u{2c62}ɬ\u{a7ad}ɱ\u{2c6e}ɲƝɵƟɽ\u{2c64}ʂ\u{a7c5}ʇ\u{a7b1}ʉɄʌɅʒƷʝ\u{a7b2}ʞ\u{a7b0}άΆϳͿӏӀ\u{1d79}\u{a77d}\u{1d7d}\u{2c63}\u{1d8e}\u{a7c6}\u{214e}\u{2132}\u{2c65}Ⱥ\u{2c66}Ⱦ\u{a794}\u{a7c4}\u{ab53}\u{a7b3}";
/// Characters whose lower case is a letter whose capital they are not.
const NOT_UPPER: &str = "ǅǈǋǲϴ\u{1e9e}\u{1f88}\u{1f89}\u{1f8a}\u{1f8b}\u{1f8c}\u{1f8d}\u{1f8e}\u{1f8f}\u{1f98}\u{1f99}\u{1f9a}\u{1f9b}\u{1f9c}\u{1f9d}\u{1f9e}\u{1f9f}\u{1fa8}\u{1fa9}\u{1faa}\u{1fab}\u{1fac}\u{1fad}\u{1fae}\u{1faf}\u{1fbc}\u{1fcc}\u{1ffc}\u{2126}\u{212a}\u{212b}";
/// Letters whose capital is several characters: the letter, its capital, a line break.
const MULTI: &str = "ßSS\nŉʼN\nǰJ\u{30c}\nΐΙ\u{308}\u{301}\nΰΥ\u{308}\u{301}\nևԵՒ\n\u{1e96}H\u{331}\n\u{1e97}T\u{308}\n\u{1e98}W\u{30a}\n\u{1e99}Y\u{30a}\n\u{1e9a}Aʾ\n\u{1f50}Υ\u{313}\n\u{1f52}Υ\u{313}\u{300}\n\u{1f54}Υ\u{313}\u{301}\n\u{1f56}Υ\u{313}\u{342}\n\u{1f80}\u{1f08}Ι\n\u{1f81}\u{1f09}Ι\n\u{1f82}\u{1f0a}Ι\n\u{1f83}\u{1f0b}Ι\n\u{1f84}\u{1f0c}Ι\n\u{1f85}\u{1f0d}Ι\n\u{1f86}\u{1f0e}Ι\n\u{1f87}\u{1f0f}Ι\n\u{1f88}\u{1f08}Ι\n\u{1f89}\u{1f09}Ι\n\u{1f8a}\u{1f0a}Ι\n\u{1f8b}\u{1f0b}Ι\n\u{1f8c}\u{1f0c}Ι\n\u{1f8d}\u{1f0d}Ι\n\u{1f8e}\u{1f0e}Ι\n\u{1f8f}\u{1f0f}Ι\n\u{1f90}\u{1f28}Ι\n\u{1f91}\u{1f29}Ι\n\u{1f92}\u{1f2a}Ι\n\u{1f93}\u{1f2b}Ι\n\u{1f94}\u{1f2c}Ι\n\u{1f95}\u{1f2d}Ι\n\u{1f96}\u{1f2e}Ι\n\u{1f97}\u{1f2f}Ι\n\u{1f98}\u{1f28}Ι\n\u{1f99}\u{1f29}Ι\n\u{1f9a}\u{1f2a}Ι\n\u{1f9b}\u{1f2b}Ι\n\u{1f9c}\u{1f2c}Ι\n\u{1f9d}\u{1f2d}Ι\n\u{1f9e}\u{1f2e}Ι\n\u{1f9f}\u{1f2f}Ι\n\u{1fa0}\u{1f68}Ι\n\u{1fa1}\u{1f69}Ι\n\u{1fa2}\u{1f6a}Ι\n\u{1fa3}\u{1f6b}Ι\n\u{1fa4}\u{1f6c}Ι\n\u{1fa5}\u{1f6d}Ι\n\u{1fa6}\u{1f6e}Ι\n\u{1fa7}\u{1f6f}Ι\n\u{1fa8}\u{1f68}Ι\n\u{1fa9}\u{1f69}Ι\n\u{1faa}\u{1f6a}Ι\n\u{1fab}\u{1f6b}Ι\n\u{1fac}\u{1f6c}Ι\n\u{1fad}\u{1f6d}Ι\n\u{1fae}\u{1f6e}Ι\n\u{1faf}\u{1f6f}Ι\n\u{1fb2}\u{1fba}Ι\n\u{1fb3}ΑΙ\n\u{1fb4}ΆΙ\n\u{1fb6}Α\u{342}\n\u{1fb7}Α\u{342}Ι\n\u{1fbc}ΑΙ\n\u{1fc2}\u{1fca}Ι\n\u{1fc3}ΗΙ\n\u{1fc4}ΉΙ\n\u{1fc6}Η\u{342}\n\u{1fc7}Η\u{342}Ι\n\u{1fcc}ΗΙ\n\u{1fd2}Ι\u{308}\u{300}\n\u{1fd3}Ι\u{308}\u{301}\n\u{1fd6}Ι\u{342}\n\u{1fd7}Ι\u{308}\u{342}\n\u{1fe2}Υ\u{308}\u{300}\n\u{1fe3}Υ\u{308}\u{301}\n\u{1fe4}Ρ\u{313}\n\u{1fe6}Υ\u{342}\n\u{1fe7}Υ\u{308}\u{342}\n\u{1ff2}\u{1ffa}Ι\n\u{1ff3}ΩΙ\n\u{1ff4}ΏΙ\n\u{1ff6}Ω\u{342}\n\u{1ff7}Ω\u{342}Ι\n\u{1ffc}ΩΙ\n\u{fb00}FF\n\u{fb01}FI\n\u{fb02}FL\n\u{fb03}FFI\n\u{fb04}FFL\n\u{fb05}ST\n\u{fb06}ST\n\u{fb13}ՄՆ\n\u{fb14}ՄԵ\n\u{fb15}ՄԻ\n\u{fb16}ՎՆ\n\u{fb17}ՄԽ\n";

/// Packed runs of letters with a lower case of one character: bits 0–20 the first letter,
/// 21–27 how many less one, 28 every other letter (else every one), 32–63 the distance to the
/// lower case.
#[rustfmt::skip]
const LOWER: [u64; 184] = [
    0x2002c000c0, 0x2000c000d8, 0x112e00100, 0x110400132, 0x110e00139, 0x112c0014a,
    0xffffff8700000178, 0x110400179, 0xd200000181, 0x110200182, 0xce00000186, 0x100000187,
    0xcd00200189, 0x10000018b, 0x4f0000018e, 0xca0000018f, 0xcb00000190, 0x100000191,
    0xcd00000193, 0xcf00000194, 0xd300000196, 0xd100000197, 0x100000198, 0xd30000019c,
    0xd50000019d, 0xd60000019f, 0x1104001a0, 0xda000001a6, 0x1000001a7, 0xda000001a9,
    0x1000001ac, 0xda000001ae, 0x1000001af, 0xd9002001b1, 0x1102001b3, 0xdb000001b7,
    0x1000001b8, 0x1000001bc, 0x2000001c4, 0x1000001c5, 0x2000001c7, 0x1000001c8,
    0x2000001ca, 0x1110001cb, 0x1110001de, 0x2000001f1, 0x1102001f2, 0xffffff9f000001f6,
    0xffffffc8000001f7, 0x1126001f8, 0xffffff7e00000220, 0x111000222, 0x2a2b0000023a, 0x10000023b,
    0xffffff5d0000023d, 0x2a280000023e, 0x100000241, 0xffffff3d00000243, 0x4500000244, 0x4700000245,
    0x110800246, 0x110200370, 0x100000376, 0x740000037f, 0x2600000386, 0x2500400388,
    0x400000038c, 0x3f0020038e, 0x2002000391, 0x20010003a3, 0x8000003cf, 0x1116003d8,
    0xffffffc4000003f4, 0x1000003f7, 0xfffffff9000003f9, 0x1000003fa, 0xffffff7e004003fd, 0x5001e00400,
    0x2003e00410, 0x112000460, 0x11340048a, 0xf000004c0, 0x110c004c1, 0x115e004d0,
    0x3004a00531, 0x1c6004a010a0, 0x1c60000010c7, 0x1c60000010cd, 0x97d009e013a0, 0x800a013f0,
    0x100001c89, 0xfffff44005401c90, 0xfffff44000401cbd, 0x119401e00, 0xffffe24100001e9e, 0x115e01ea0,
    0xfffffff800e01f08, 0xfffffff800a01f18, 0xfffffff800e01f28, 0xfffffff800e01f38, 0xfffffff800a01f48, 0xfffffff810601f59,
    0xfffffff800e01f68, 0xfffffff800e01f88, 0xfffffff800e01f98, 0xfffffff800e01fa8, 0xfffffff800201fb8, 0xffffffb600201fba,
    0xfffffff700001fbc, 0xffffffaa00601fc8, 0xfffffff700001fcc, 0xfffffff800201fd8, 0xffffff9c00201fda, 0xfffffff800201fe8,
    0xffffff9000201fea, 0xfffffff900001fec, 0xffffff8000201ff8, 0xffffff8200201ffa, 0xfffffff700001ffc, 0xffffe2a300002126,
    0xffffdf410000212a, 0xffffdfba0000212b, 0x1c00002132, 0x1001e02160, 0x100002183, 0x1a032024b6,
    0x3005e02c00, 0x100002c60, 0xffffd60900002c62, 0xfffff11a00002c63, 0xffffd61900002c64, 0x110402c67,
    0xffffd5e400002c6d, 0xffffd60300002c6e, 0xffffd5e100002c6f, 0xffffd5e200002c70, 0x100002c72, 0x100002c75,
    0xffffd5c100202c7e, 0x116202c80, 0x110202ceb, 0x100002cf2, 0x112c0a640, 0x111a0a680,
    0x110c0a722, 0x113c0a732, 0x11020a779, 0xffff75fc0000a77d, 0x11080a77e, 0x10000a78b,
    0xffff5ad80000a78d, 0x11020a790, 0x11120a796, 0xffff5abc0000a7aa, 0xffff5ab10000a7ab, 0xffff5ab50000a7ac,
    0xffff5abf0000a7ad, 0xffff5abc0000a7ae, 0xffff5aee0000a7b0, 0xffff5ad60000a7b1, 0xffff5aeb0000a7b2, 0x3a00000a7b3,
    0x110e0a7b4, 0xffffffd00000a7c4, 0xffff5abd0000a7c5, 0xffff75c80000a7c6, 0x11020a7c7, 0xffff5a990000a7cb,
    0x110e0a7cc, 0xffff59bf0000a7dc, 0x10000a7f5, 0x200320ff21, 0x2804e10400, 0x28046104b0,
    0x2701410570, 0x2701c1057c, 0x2700c1058c, 0x2700210594, 0x4006410c80, 0x2002a10d50,
    0x2003e118a0, 0x2003e16e40, 0x1b03016ea0, 0x220421e900,
];
/// The classes of the characters around a `Σ` (whether it ends a word), as runs: each a
/// LEB128 number, the run's distance from the previous run's start times four plus its class
/// (0 case-ignorable, 1 cased, 2 neither).
#[rustfmt::skip]
const KINDS: &[u8; 1408] = b"\x02\x9c\x01\x06\x18\x06\x2c\x06\x19\x6a\x0c\x06\x04\x05\x6a\xb4\x01\x06\x05\x06\x08\x06\x04\x06\x10\x05\x06\x04\x0a\x05\x06\x15\x5e\x05\x7e\x05\x8e\x06\x05\x12\x11\xc2\x06\x09\x68\x81\x06\x10\x09\x0a\x08\x05\x0e\x05\x06\x10\x09\x04\x05\x0e\x05\x06\x05\x52\x05\xce\x02\x05\xae\x04\x04\x1d\x9a\x05\x05\x9a\x01\x08\x06\x14\x05\xa6\x01\x20\xb6\x01\x04\x06\x04\x0a\x04\x0a\x04\x06\xb0\x01\x06\x2c\x1a\x28\x2e\x04\x06\x8c\x01\x06\x28\x56\x40\x06\x94\x03\x22\x04\x2a\x04\x12\x84\x01\x06\x04\x06\x78\x6e\xec\x02\x2e\xe8\x01\x2e\x10\x06\x08\x06\x60\x62\xac\x01\x0e\xb0\x01\x06\x1c\x0a\x14\x26\xa4\x01\xea\x01\xdc\x01\x06\x04\x06\x10\x22\x10\x06\x0c\x1e\x28\x0a\x34\x06\x3c\x06\xe8\x01\x06\x10\x12\x20\x06\x50\x0a\x68\x06\x08\x0a\xe4\x01\x06\x10\x0a\x10\x0a\x08\x0e\x0c\x06\x78\x0a\x0c\x06\x2c\x0a\xe4\x01\x06\x10\x16\x04\x0a\x10\x06\x50\x0a\x58\x1a\x04\x06\xe8\x01\x06\x08\x06\x04\x12\x20\x06\x1c\x0a\x2c\x0a\x78\x06\xf4\x01\x06\x30\x06\xc8\x01\x06\x0c\x06\xdc\x01\x06\x04\x0e\x14\x0e\x04\x12\x1c\x0a\x2c\x0a\x74\x06\xe8\x01\x06\x08\x06\x18\x06\x14\x0a\x50\x0a\x70\x0a\xe4\x01\x0a\x10\x12\x20\x06\x50\x0a\x74\x06\xa0\x02\x06\x1c\x0e\x04\x06\xe8\x02\x06\x08\x1e\x2c\x26\x88\x03\x06\x08\x26\x24\x06\x04\x1e\xa4\x02\x0a\x6c\x06\x04\x06\x04\x06\xdc\x01\x3a\x04\x16\x04\x0a\x14\x2e\x04\x92\x01\x24\x06\x98\x03\x12\x04\x1a\x04\x0a\x08\x0a\x64\x0a\x10\x0e\x40\x12\x34\x06\x08\x0a\x18\x06\x3c\x06\x09\x9a\x01\x05\x06\x15\x06\x09\xae\x01\x04\x05\x0e\xf4\x12\x0e\x81\x02\xda\x02\x09\x1a\xd0\x18\x0e\x74\x0a\x78\x0a\x78\x0a\x80\x02\x0a\x04\x1e\x20\x06\x08\x2e\x0c\x06\x14\x06\xb4\x01\x16\xcc\x01\x06\x84\x02\x0a\x88\x01\x06\xd8\x03\x0e\x10\x0a\x24\x06\x18\x0e\xec\x06\x0a\x08\x06\xe8\x01\x06\x04\x1e\x04\x06\x04\x06\x08\x22\x18\x2a\x08\x06\x9c\x01\x06\x20\xba\x01\x08\x32\x50\x12\xc0\x01\x06\x04\x16\x04\x06\x14\x06\xa0\x01\x26\x30\x0a\x80\x01\x12\x08\x0a\x04\x0e\xe0\x01\x06\x04\x0a\x0c\x06\x04\x0e\xe8\x01\x22\x08\x0a\x80\x02\x1a\x09\x2e\x15\xae\x01\x09\x0e\x40\x0e\x04\x36\x04\x1e\x10\x06\x18\x06\x0c\x0a\x19\xb0\x01\xfd\x01\x34\x05\x88\x01\x95\x03\xda\x08\x09\x1a\x09\x9a\x01\x09\x1a\x09\x22\x05\x06\x05\x06\x05\x06\x05\x7e\x09\xd6\x01\x05\x1c\x05\x04\x0d\x0e\x05\x1c\x0d\x12\x09\x1a\x04\x0d\x34\x0e\x09\x0e\x05\x1c\x0a\x30\x16\x20\x0a\x28\x06\x08\x06\x08\x16\xc4\x01\x16\x04\x2a\x04\x06\x34\x06\x40\x36\xcc\x01\x86\x01\x45\x06\x11\x06\x09\x2a\x05\x06\x0d\x16\x19\x06\x05\x06\x05\x06\x05\x12\x05\x1a\x11\x06\x09\x12\x15\x16\x11\x06\x45\x82\x01\x0d\x0a\xc5\x19\xd2\x01\xd9\x38\xf0\x03\x09\x9e\x03\x19\x10\x0d\x0a\x31\x9a\x01\x05\x06\x15\x06\x84\x02\x06\x3c\x06\x80\x03\x82\x01\xbc\x01\x06\xd4\x0e\x06\x90\x01\x12\x0c\x16\x14\x06\xf4\x02\x1a\xf4\x02\x0e\xd8\xf8\x06\x06\x88\x27\x1a\xb8\x08\x06\xcd\x01\xba\x01\x04\x12\x04\x2a\x04\x05\x70\x12\xc0\x02\x0a\x38\x89\x01\xb8\x02\x05\x5c\x0d\x12\x05\xb6\x02\x50\x11\x0a\x04\x09\x06\x1c\x06\x0c\x06\x10\x06\x64\x0a\x14\x06\xdc\x04\x0a\x68\x4a\x34\x06\x98\x01\x22\x64\x2e\xb8\x01\x0e\xc0\x01\x06\x08\x12\x08\x0a\x44\x06\x54\x0a\x88\x02\x1a\x08\x0a\x08\x0a\x30\x06\x20\x06\x8c\x01\x06\x2c\x06\xcc\x01\x06\x04\x0e\x08\x0a\x14\x0a\x04\x06\x6c\x06\x38\x0a\x14\x0a\x04\x06\xe5\x01\xac\x01\x15\x24\x0e\x11\xc2\x02\x94\x01\x06\x08\x06\x10\x06\xc9\xf8\x04\x1e\x31\x16\x18\x06\xcc\x04\x46\xf4\x11\x42\x0c\x06\x30\x42\x88\x01\x06\x08\x06\xa4\x05\x06\x1c\x06\x18\x06\x2c\x06\x19\x6a\x0c\x06\x04\x05\x6a\x54\x06\xb4\x01\x0a\x8c\x02\x06\x54\x0e\x84\x10\x06\x88\x07\x06\xd4\x04\x16\x95\x04\xc2\x02\x81\x03\x92\x01\x11\x92\x01\xd1\x03\x2e\x05\x3e\x05\x1e\x05\x0a\x05\x2e\x05\x3e\x05\x1e\x05\x0a\x8c\x0e\x1a\x04\xaa\x01\x04\x26\x98\x12\x0e\x04\x0a\x14\x12\xa0\x01\x0e\x10\x06\x94\x05\x0a\xe5\x0c\xce\x01\x35\xce\x01\xc4\x01\x12\x98\x01\x06\x05\x5a\x0c\x16\x04\x05\x5a\x94\x09\x0a\x60\x06\xd0\x01\x1a\x98\x02\x2e\xc4\x01\x12\xec\x03\x06\xd8\x01\x3e\xa4\x01\x06\x08\x0a\x28\x0e\xc4\x01\x12\x08\x0a\x08\x06\x10\x06\x28\x06\xc8\x01\x0e\x90\x01\x16\x04\x22\xf8\x01\x06\x30\x0a\xd0\x01\x26\x28\x12\x08\x06\xfc\x02\x0e\x08\x06\x04\x0a\x18\x06\x08\x06\xf4\x04\x06\x0c\x22\x54\x0a\xe4\x01\x0a\x0c\x06\x94\x01\x1e\x0c\x16\x98\x02\x1a\x34\x06\x04\x06\x04\x06\x38\x0a\xd4\x02\x22\x08\x0e\x04\x06\x5c\x06\xd0\x02\x1a\x04\x06\x10\x0a\x04\x0a\xb8\x07\x12\x18\x0a\x04\x0a\x6c\x0a\xd4\x02\x22\x08\x06\x04\x0a\xa8\x03\x06\x04\x06\x08\x1a\x04\x06\x94\x03\x06\x04\x06\x08\x12\x04\x16\x8c\x08\x26\x04\x0a\x95\x03\x82\x02\xec\x02\x0a\x04\x06\x10\x06\xc0\x04\x12\x08\x0a\x10\x06\x80\x01\x2a\xa0\x01\x1a\x08\x12\x20\x06\x24\x1a\x08\x0e\xb8\x01\x36\x04\x0a\x98\x06\x06\x04\x0e\x04\x06\xa4\x06\x1e\x04\x1a\x04\x06\xc8\x02\x5a\x08\x1e\x04\x0a\x04\x0a\xe8\x03\x1a\x0c\x06\x04\x0a\x04\x1e\x04\x06\xa0\x02\x0a\x0c\x06\x04\x06\x84\x02\x06\xe4\x08\x0a\x2c\x0a\xd0\x01\x16\x14\x06\x04\x06\x5c\x06\xd4\xa6\x01\x46\x18\x3e\xa0\xe6\x02\x32\x0c\x0e\x80\x4e\x16\xec\x01\x1e\x24\x12\xf0\x0f\x0e\xa0\x01\x0a\xcd\x06\x82\x02\x81\x01\x66\x09\x66\xec\x03\x06\xfc\x01\x46\x80\x02\x0a\x04\x0a\x34\x0a\xf0\xff\x03\x12\x04\x1e\x04\x0a\xf8\x64\x0a\x04\x12\xf0\x92\x01\xba\x01\x08\x5e\x80\x11\x0e\x24\x42\x08\x1e\x78\x12\xd0\x04\x0e\xed\x0d\xd6\x02\x05\x9e\x02\x05\x0a\x09\x06\x09\x0a\x09\x12\x05\x32\x05\x06\x05\x1e\x05\x86\x02\x05\x12\x09\x22\x05\x1e\x05\x72\x05\x12\x05\x16\x05\x06\x0d\x1e\x05\xd2\x0a\x09\x66\x05\x66\x05\x7e\x05\x66\x05\x7e\x05\x66\x05\x7e\x05\x66\x05\x7e\x05\x66\x05\x22\xd0\x11\xde\x01\x10\xca\x01\x20\x06\x38\x06\x58\x16\x04\x3e\xc1\x22\x2a\x05\x52\x19\x1a\xd4\x06\x1e\x04\x46\x08\x1e\x04\x0a\x04\x16\x14\xfa\x01\x84\x01\x06\x80\x05\x3a\xc0\x0b\x06\xf4\x01\x12\xec\x0f\x16\xf8\x07\x0a\xcc\x07\x06\x08\x06\x1c\x0a\x14\x06\x24\x06\xc0\x0e\x1e\xa5\x01\x90\x02\x22\x91\x3f\x6a\x19\x6a\x19\x6a\xc4\x13\x16\x84\xe0\xc0\x01\x06\x78\x82\x03\x80\x04\xc2\x07";

/// `c.to_lowercase()`.
pub fn lower(c: char) -> impl Iterator<Item = char> + Clone {
    // The one letter whose lower case is two characters: `İ` → `i̇`.
    let dotted = c == '\u{130}';
    std::iter::once(if dotted { 'i' } else { lower_one(c) }).chain(dotted.then_some('\u{307}'))
}

fn lower_one(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let u = c as u32;
    let i = LOWER.partition_point(|&r| (r as u32 & 0x1f_ffff) <= u);
    let Some(&r) = i.checked_sub(1).map(|i| &LOWER[i]) else {
        return c;
    };
    let off = u - (r as u32 & 0x1f_ffff);
    let step = ((r >> 28) & 1) as u32 + 1;
    if off % step != 0 || off / step > ((r >> 21) & 0x7f) as u32 {
        return c;
    }
    char::from_u32(u.wrapping_add((r >> 32) as u32)).unwrap_or(c)
}

/// `s.to_lowercase()`: a capital sigma becomes `ς` at the end of a word, else `σ`.
pub fn lower_str(s: &str) -> String {
    // ASCII up to the first other character at once, as the standard library does.
    let ascii = s.bytes().position(|b| !b.is_ascii()).unwrap_or(s.len());
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..ascii]);
    out.make_ascii_lowercase();
    for (i, c) in s[ascii..].char_indices() {
        let i = ascii + i;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == '\u{3a3}' {
            let last = then_cased(s[..i].chars().rev()) && !then_cased(s[i + 2..].chars());
            out.push(if last { '\u{3c2}' } else { '\u{3c3}' });
        } else {
            out.extend(lower(c));
        }
    }
    out
}

/// The first character that is not case-ignorable is a cased one.
fn then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| kind(c) != 0).is_some_and(|c| kind(c) == 1)
}

/// 0: case-ignorable, 1: cased, 2: neither (Unicode's `Case_Ignorable`, `Cased`).
fn kind(c: char) -> u32 {
    let (mut start, mut class, mut v, mut shift) = (0u32, 2u32, 0u32, 0u32);
    for &b in KINDS {
        v |= ((b & 0x7f) as u32) << shift;
        shift += 7;
        if b & 0x80 != 0 {
            continue;
        }
        start += v >> 2;
        if start > c as u32 {
            break;
        }
        class = v & 3;
        (v, shift) = (0, 0);
    }
    class
}

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
            let mut lower = lower(d);
            lower.next() == Some(c) && lower.next().is_none() && !NOT_UPPER.contains(d)
        })
    });
    out.push(capital.unwrap_or(c));
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_character_is_as_to_lowercase_makes_it() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert!(c.to_lowercase().eq(super::lower(c)), "{c:?}");
            let s = c.to_string();
            assert_eq!(s.to_lowercase(), super::lower_str(&s), "{c:?}");
        }
    }

    #[test]
    fn a_capital_sigma_is_final_as_str_makes_it() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            for s in [
                format!("A{c}\u{3a3}"),
                format!("{c}\u{3a3}"),
                format!("A\u{3a3}{c}"),
                format!("A\u{3a3}{c}b"),
                format!("\u{3a3}{c}\u{3a3} {c}"),
            ] {
                assert_eq!(s.to_lowercase(), super::lower_str(&s), "{s:?}");
            }
        }
    }
    /// The tables above are what [`generate`] makes from this standard library: when a new
    /// Unicode version changes them, the tests above fail and
    /// `cargo test --release --lib text::case -- --ignored --nocapture` prints the new ones.
    #[test]
    fn the_tables_are_what_the_generator_makes() {
        assert_eq!(generate::lower_runs(), super::LOWER);
        assert_eq!(generate::kind_runs(), super::KINDS);
        assert_eq!(generate::multi(), super::MULTI);
        assert_eq!(generate::not_upper(), super::NOT_UPPER);
        assert_eq!(generate::offsets(), super::OFFSETS);
        assert_eq!(generate::pairs(), super::PAIRS);
    }

    #[test]
    #[ignore = "prints the tables for a new Unicode version"]
    fn print_the_tables() {
        let runs: Vec<String> = generate::lower_runs()
            .iter()
            .map(|r| format!("{r:#x}"))
            .collect();
        println!(
            "const OFFSETS: [i32; {}] = {:?};",
            generate::offsets().len(),
            generate::offsets()
        );
        println!("const PAIRS: &str = {:?};", generate::pairs());
        println!("const NOT_UPPER: &str = {:?};", generate::not_upper());
        println!("const MULTI: &str = {:?};", generate::multi());
        println!(
            "const LOWER: [u64; {}] = [{}];",
            runs.len(),
            runs.join(", ")
        );
        let kinds: String = generate::kind_runs()
            .iter()
            .map(|b| format!("\\x{b:02x}"))
            .collect();
        println!(
            "const KINDS: &[u8; {}] = b\"{kinds}\";",
            generate::kind_runs().len()
        );
    }

    /// How the tables were made, from the standard library's own case mappings.
    mod generate {
        fn one(mut it: impl Iterator<Item = char>) -> Option<char> {
            match (it.next(), it.next()) {
                (Some(c), None) => Some(c),
                _ => None,
            }
        }

        /// Runs of letters (not ASCII) whose lower case is one other letter, at a fixed
        /// distance, every one or every other, at most 128 a run.
        pub fn lower_runs() -> Vec<u64> {
            let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new(); // first, count, step, distance
            for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
                let Some(d) = one(c.to_lowercase()).filter(|&d| d != c) else {
                    continue;
                };
                let (u, dist) = (c as u32, d as i64 - c as i64);
                if let Some(r) = runs.last_mut().filter(|r| r.3 == dist && r.1 < 128) {
                    if r.1 == 1 && (u - r.0 == 1 || u - r.0 == 2) {
                        (r.1, r.2) = (2, u - r.0);
                        continue;
                    }
                    if r.1 > 1 && u == r.0 + r.2 * r.1 {
                        r.1 += 1;
                        continue;
                    }
                }
                runs.push((u, 1, 1, dist));
            }
            runs.iter()
                .map(|&(first, n, step, dist)| {
                    first as u64
                        | ((n - 1) as u64) << 21
                        | ((step - 1) as u64) << 28
                        | ((dist as i32 as u32) as u64) << 32
                })
                .collect()
        }

        /// 0 case-ignorable, 1 cased, 2 neither, as `str::to_lowercase` reads a `Σ` beside it.
        fn class(c: char) -> u32 {
            let last = |s: String| s.to_lowercase().ends_with('\u{3c2}');
            if last(format!("{c}\u{3a3}")) {
                1
            } else if last(format!("A{c}\u{3a3}")) {
                0
            } else {
                2
            }
        }

        /// Where the class changes, as LEB128 numbers: the distance from the last change
        /// times four plus the class.
        pub fn kind_runs() -> Vec<u8> {
            let (mut out, mut start, mut last) = (Vec::new(), 0u32, u32::MAX);
            for u in 0..=0x10FFFFu32 {
                let k = char::from_u32(u).map_or(2, class);
                if k != last {
                    let mut v = (u - start) * 4 + k;
                    while v >= 0x80 {
                        out.push((v & 0x7f) as u8 | 0x80);
                        v >>= 7;
                    }
                    out.push(v as u8);
                    (start, last) = (u, k);
                }
            }
            out
        }

        pub fn multi() -> String {
            let mut out = String::new();
            for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
                if c.to_uppercase().count() > 1 {
                    out.push(c);
                    out.extend(c.to_uppercase());
                    out.push('\n');
                }
            }
            out
        }

        pub fn not_upper() -> String {
            (0x80..=0x10FFFFu32)
                .filter_map(char::from_u32)
                .filter(|&d| {
                    one(d.to_lowercase())
                        .is_some_and(|c| c != d && one(c.to_uppercase()) != Some(d))
                })
                .collect()
        }

        /// A letter and its capital, where the capital's lower case is the letter again.
        fn capitals() -> impl Iterator<Item = (char, char)> {
            (0x80..=0x10FFFFu32)
                .filter_map(char::from_u32)
                .filter_map(|c| {
                    let u = one(c.to_uppercase()).filter(|&u| u != c)?;
                    (one(u.to_lowercase()) == Some(c)).then_some((c, u))
                })
        }

        /// The distances from a letter to its capital shared by two letters or more, the
        /// commonest first.
        pub fn offsets() -> Vec<i32> {
            let mut counts = std::collections::BTreeMap::<i32, usize>::new();
            for (c, u) in capitals() {
                *counts.entry(u as i32 - c as i32).or_default() += 1;
            }
            let mut v: Vec<(i32, usize)> = counts.into_iter().filter(|&(_, n)| n > 1).collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v.into_iter().map(|(k, _)| k).collect()
        }

        /// Letters whose capital's lower case is another letter, then those that
        /// [`super::super::push_upper`]'s distances miss.
        pub fn pairs() -> String {
            let mut out = String::new();
            for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
                if let Some(u) = one(c.to_uppercase()).filter(|&u| u != c) {
                    if one(u.to_lowercase()) != Some(c) {
                        out.extend([c, u]);
                    }
                }
            }
            let (offsets, not_upper) = (offsets(), not_upper());
            for (c, u) in capitals() {
                let found = offsets.iter().find_map(|&k| {
                    char::from_u32((c as i64 + k as i64) as u32)
                        .filter(|&d| one(d.to_lowercase()) == Some(c) && !not_upper.contains(d))
                });
                if found != Some(u) {
                    out.extend([c, u]);
                }
            }
            out
        }
    }

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
