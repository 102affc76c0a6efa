//! The export's stylesheet: the page's layout and, from the label vocabulary, each label's
//! colour and tint for light and dark schemes.

use std::fmt::Write;

use crate::labels::{self, Label, LABELS};

/// Labels of the vocabulary have a colour of their own (Okabe–Ito, colour-blind safe); a
/// reader's own labels share a grey.
pub(super) fn label_class(label: &str) -> String {
    if Label::parse(label).is_some() {
        format!("l-{label}")
    } else {
        "l-other".to_string()
    }
}

/// The page's stylesheet but for the labels' colours, which [`label_rules`] adds from the
/// vocabulary (`crate::labels`), for light and dark schemes, as the page draws them.
pub(super) const STYLE: &str = r#"
:root { color-scheme: light dark; --ink: #1b1b1b; --muted: #555; --rule: #ccc; --bg: #fff; --quote-tint: rgba(0,0,0,.055); }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 17px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--bg); }
header h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
.meta { color: var(--muted); font: 14px/1.4 system-ui, sans-serif; margin: 0 0 .75rem; }
.legend { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .4rem 1rem; font: 14px/1.4 system-ui, sans-serif; }
.legend .hidden { color: var(--muted); text-decoration: line-through; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -.1em; margin-right: .3em; background: var(--c); border: 1px solid var(--c); }
main { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 2rem; }
@media (max-width: 50rem) { main { grid-template-columns: 1fr; } }
article { white-space: pre-wrap; overflow-wrap: anywhere; }
aside { font: 14px/1.45 system-ui, sans-serif; border-left: 1px solid var(--rule); padding-left: 1rem; }
aside h2 { font-size: 1rem; margin: 1rem 0 .3rem; } aside h3 { font-size: .85rem; margin: .6rem 0 .2rem; color: var(--muted); }
aside ul, aside ol { margin: 0; padding-left: 1.2rem; } aside li { margin: .15rem 0; }
.count, .value { color: var(--muted); } .value { font-family: ui-monospace, monospace; }
mark { color: inherit; background: none; border-radius: 2px; padding: 0 1px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
mark.k-entity { background: var(--t); border-bottom: 2px solid var(--c); }
mark.k-date { background: var(--t); border-bottom: 2px dashed var(--c); }
mark.k-quote { background: var(--quote-tint); border-bottom: 2px dotted var(--c); }
footer { margin-top: 2rem; color: var(--muted); font: 12px/1.4 system-ui, sans-serif; }
@media print { :root { color-scheme: light; } body { max-width: none; padding: 0; font-size: 11pt; } main { display: block; } aside { border: 0; padding: 0; break-before: page; } }
"#;

/// Where the dark scheme begins in the stylesheet (on screen: a printout stays light).
pub(super) const DARK: &str = "@media screen and (prefers-color-scheme: dark) {";
/// The page's dark colours, as the page's own stylesheet has them.
const DARK_PAGE: &str = ":root { --ink: #e8e6e3; --muted: #a5a39f; --rule: #3a3d40; --bg: #151718; --quote-tint: rgba(255,255,255,.07); }";

/// Each label's colour (`--c`) and tint (`--t`, its colour at the page's 30 % light, 38 % dark)
/// from the vocabulary, light then dark; a reader's own labels take the `other` grey.
pub(super) fn label_rules(out: &mut String) {
    let rules = |out: &mut String, dark: bool| {
        let all = LABELS
            .iter()
            .map(|(_, i)| (i.name, if dark { i.dark } else { i.light }))
            .chain([(
                "other",
                if dark {
                    labels::OTHER_DARK
                } else {
                    labels::OTHER_LIGHT
                },
            )]);
        for (name, hex) in all {
            let alpha = if dark { ".38" } else { ".3" };
            let _ = writeln!(
                out,
                ".l-{name} {{ --c: {hex}; --t: {}; }}",
                tint(hex, alpha)
            );
        }
    };
    rules(out, false);
    let _ = writeln!(out, "{DARK}\n{DARK_PAGE}");
    rules(out, true);
    out.push_str("}\n");
}

/// `#rrggbb` as `rgba(r,g,b,alpha)`: a tint any browser draws (no `color-mix`).
fn tint(hex: &str, alpha: &str) -> String {
    let channel =
        |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("99"), 16).unwrap_or(0x99);
    format!("rgba({},{},{},{alpha})", channel(1), channel(3), channel(5))
}
