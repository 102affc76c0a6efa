//! The training articles: CoNLL IOB files and JSONL documents (GUM) rebuilt as text with their
//! gold names, and the recased copies the model also learns from.

use newsmark::entities::tagger::gazetteer::Gazetteer;
use newsmark::entities::tagger::model::TYPES;

/// An article rebuilt from the IOB lines (or read from a JSONL document), with its gold names as
/// byte ranges of `text`.
pub struct Article {
    pub text: String,
    pub names: Vec<(usize, usize, usize)>,
    /// Byte ranges whose tokens the gold does not settle: any tag may stand there, and none costs
    /// a loss (see `read_jsonl`). Empty for CoNLL.
    pub masks: Vec<(usize, usize)>,
}

impl Article {
    fn new(text: String, names: Vec<(usize, usize, usize)>) -> Article {
        Article {
            text,
            names,
            masks: Vec::new(),
        }
    }
}

pub fn read_iob(path: &str) -> Vec<Article> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut out = Vec::new();
    let mut art = Article::new(String::new(), Vec::new());
    let mut open: Option<(usize, usize, usize)> = None; // start, end, type
    let mut line_start = true;
    let close = |open: &mut Option<(usize, usize, usize)>, art: &mut Article| {
        if let Some(n) = open.take() {
            art.names.push(n);
        }
    };
    for line in data.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.first() == Some(&"-DOCSTART-") {
            close(&mut open, &mut art);
            if !art.text.trim().is_empty() {
                out.push(std::mem::replace(
                    &mut art,
                    Article::new(String::new(), Vec::new()),
                ));
            }
            art.text.clear();
            line_start = true;
            continue;
        }
        if cols.is_empty() {
            close(&mut open, &mut art);
            if !line_start {
                art.text.push('\n');
                line_start = true;
            }
            continue;
        }
        let (word, ner) = (cols[0], cols[cols.len() - 1]);
        let attach = matches!(
            word,
            "," | "." | ":" | ";" | "!" | "?" | ")" | "]" | "}" | "%" | "'s" | "'S" | "n't" | "'"
        ) || (word.starts_with('\'')
            && word.len() <= 3
            && word.chars().skip(1).all(|c| c.is_alphabetic()));
        let prev_opens = art.text.ends_with(['(', '[', '$']);
        if !line_start && !attach && !prev_opens {
            art.text.push(' ');
        }
        let start = art.text.len();
        art.text.push_str(word);
        let end = art.text.len();
        line_start = false;
        let (kind, ty) = match ner.split_once('-') {
            Some((k, t)) => (k, TYPES.iter().position(|x| *x == t)),
            None => ("O", None),
        };
        match ty {
            None => close(&mut open, &mut art),
            Some(ty) => match open {
                Some((s, _, oty)) if oty == ty && kind == "I" => open = Some((s, end, ty)),
                _ => {
                    close(&mut open, &mut art);
                    open = Some((start, end, ty));
                }
            },
        }
    }
    close(&mut open, &mut art);
    if !art.text.trim().is_empty() {
        out.push(art);
    }
    out
}

/// Documents of a JSONL file in the scorer's gold format (`{"id", "text", "gold": [{"kind",
/// "label", "start", "end"}]}`, offsets in UTF-16 code units), those listed in `ids` only if
/// given. GUM (`gum-open.jsonl`) marks some things otherwise than GUIDELINES.md; where the gold
/// does not settle a token, it is masked (any tag may stand there, and none costs a loss):
/// - MISC and IGNORE regions (GUM's MISC is not CoNLL's: `Figure`, `Chapter`, `Title`);
/// - a person span with a lower-case word other than a name particle, with `&`, or opening with
///   a title (GUM's whole noun phrases: `Marlow and Pettersen`, `Earl of Clare`,
///   `of the United States`, `Attorney Robert Sarvis`).
///
/// A country GUM marks as an ORG is a PLACE (GUIDELINES.md: a country standing for its team or
/// government is a PLACE). Everything else GUM leaves unmarked is trained as outside: masking
/// capitalized words outside every gold name as well (GUM leaves some names unmarked) read
/// worse on all three development sets (docs/entities.md).
pub fn read_jsonl(
    path: &str,
    ids: Option<&std::collections::HashSet<String>>,
    gaz: &Gazetteer,
) -> Vec<Article> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut out = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let d: serde_json::Value = serde_json::from_str(line).expect("a JSON document a line");
        let id = d["id"].as_str().unwrap_or("");
        if ids.is_some_and(|ids| !ids.contains(id)) {
            continue;
        }
        let text = d["text"].as_str().expect("text").to_string();
        // UTF-16 offset -> byte offset.
        let mut byte_at = Vec::with_capacity(text.len() + 1);
        for (b, c) in text.char_indices() {
            for _ in 0..c.len_utf16() {
                byte_at.push(b);
            }
        }
        byte_at.push(text.len());
        let at = |u: u64| byte_at.get(u as usize).copied().unwrap_or(text.len());
        let mut art = Article::new(String::new(), Vec::new());
        for g in d["gold"].as_array().into_iter().flatten() {
            if g["kind"] != "entity" {
                continue;
            }
            let (s, e) = (
                at(g["start"].as_u64().unwrap_or(0)),
                at(g["end"].as_u64().unwrap_or(0)),
            );
            if s >= e {
                continue;
            }
            let name = &text[s..e];
            let ty = match g["label"].as_str().unwrap_or("") {
                "PERSON" if !person_span_as_guidelines(name, gaz) => None,
                "PERSON" => Some(0),
                "ORG" if gaz.is_any(name, &["country", "continent"]) => Some(2),
                "ORG" => Some(1),
                "PLACE" => Some(2),
                _ => None,
            };
            match ty {
                Some(ty) => art.names.push((s, e, ty)),
                None => art.masks.push((s, e)),
            }
        }
        art.text = text;
        out.push(art);
    }
    out
}

/// Whether a person span of GUM is a name as GUIDELINES.md marks it: no title before it, no
/// lower-case word but a name particle (`Jean le Rond d'Alembert` is; `Earl of Clare`,
/// `Marlow and Pettersen`, `of the United States` are not).
fn person_span_as_guidelines(name: &str, gaz: &Gazetteer) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "da", "del", "della", "di", "du", "dos", "das", "van", "von", "der", "den", "la",
        "le", "al", "bin", "ibn", "y", "el", "ter", "ten",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    !gaz.is(first, "person_title")
        && !words.iter().any(|w| *w == "&")
        && words.iter().all(|w| {
            !w.chars().next().is_some_and(char::is_lowercase)
                || PARTICLES.contains(&w.split(['\'', '’']).next().unwrap_or(w))
                || w.starts_with("al-")
                || w.starts_with("d'")
                || w.starts_with("d’")
        })
}

/// One article in `RECASE_EVERY` is added in lower case, one in capitals.
pub const RECASE_EVERY: usize = 16;

/// Lower- or upper-cases `text` char by char where that keeps every byte offset.
pub fn recase(text: &str, upper: bool) -> String {
    text.chars()
        .map(|c| {
            let mapped: Vec<char> = if upper {
                c.to_uppercase().collect()
            } else {
                c.to_lowercase().collect()
            };
            match (mapped.first().copied(), mapped.get(1)) {
                (Some(d), None) if d.len_utf8() == c.len_utf8() => d,
                _ => c,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::{allowed_tags, gold_tags};
    use newsmark::entities::tagger::model::{tag, Part, NTAGS, OUTSIDE};
    use newsmark::text::Doc;

    #[test]
    fn iob_articles_rebuild_with_names() {
        let dir = std::env::temp_dir().join("train_ner_test.iob");
        std::fs::write(&dir, "-DOCSTART- -X- -X- O\n\nAnna NNP I-NP I-PER\nSmith NNP I-NP I-PER\n's POS B-NP O\ndog NN I-NP O\nin IN I-PP O\nOslo NNP I-NP I-LOC\n. . O O\n\n").unwrap();
        let arts = read_iob(dir.to_str().unwrap());
        assert_eq!(arts.len(), 1);
        assert_eq!(arts[0].text, "Anna Smith's dog in Oslo.\n");
        assert!(arts[0].masks.is_empty());
        let doc = Doc::new(&arts[0].text);
        let g = gold_tags(&doc, &arts[0].names);
        assert_eq!(
            g,
            vec![
                tag(0, Part::Begin),
                tag(0, Part::Last),
                OUTSIDE,
                OUTSIDE,
                OUTSIDE,
                tag(2, Part::Unit),
                OUTSIDE
            ]
        );
    }

    #[test]
    fn jsonl_documents_map_gum_to_the_guidelines_and_mask_the_rest() {
        let path = std::env::temp_dir().join("train_ner_test.jsonl");
        // `é` is one UTF-16 unit but two bytes: offsets after it move by one byte.
        let text = "Zoé Marsh met Earl of Wexby in Norland. Norland won. The Figure shows it.";
        let span = |label: &str, name: &str| {
            let at = text.find(name).unwrap();
            let start = text[..at].encode_utf16().count();
            let end = start + name.encode_utf16().count();
            format!(r#"{{"kind":"entity","label":"{label}","start":{start},"end":{end}}}"#)
        };
        let norland_org = {
            let at = text.rfind("Norland").unwrap();
            let start = text[..at].encode_utf16().count();
            format!(
                r#"{{"kind":"entity","label":"ORG","start":{start},"end":{}}}"#,
                start + 7
            )
        };
        let doc = format!(
            r#"{{"id":"a","text":"{text}","gold":[{},{},{},{norland_org},{}]}}"#,
            span("PERSON", "Zoé Marsh"),
            span("PERSON", "Earl of Wexby"),
            span("PLACE", "Norland"),
            span("MISC", "Figure"),
        );
        std::fs::write(
            &path,
            format!("{doc}\n{}\n", doc.replace(r#""id":"a""#, r#""id":"b""#)),
        )
        .unwrap();
        let mut gaz_text = String::from("country\tNorland\nperson_title\tEarl\n");
        gaz_text.push_str("city\tWexby\n");
        let gaz = Gazetteer::parse(&gaz_text);
        let ids: std::collections::HashSet<String> = ["a".to_string()].into();
        let arts = read_jsonl(path.to_str().unwrap(), Some(&ids), &gaz);
        assert_eq!(arts.len(), 1, "only the listed document");
        let a = &arts[0];
        let names: Vec<(&str, usize)> = a
            .names
            .iter()
            .map(|&(s, e, t)| (&a.text[s..e], t))
            .collect();
        // The country GUM marks as a team (ORG) is a PLACE, as GUIDELINES.md has it.
        assert_eq!(
            names,
            vec![("Zoé Marsh", 0), ("Norland", 2), ("Norland", 2)]
        );
        let masks: Vec<&str> = a.masks.iter().map(|&(s, e)| &a.text[s..e]).collect();
        assert_eq!(masks, vec!["Earl of Wexby", "Figure"]);
        let d = Doc::new(&a.text);
        let gold = gold_tags(&d, &a.names);
        let allowed = allowed_tags(&d, &gold, &a.masks).unwrap();
        let figure = d.token_at_or_after(a.text.find("Figure").unwrap());
        assert_eq!(allowed[figure], (1 << NTAGS) - 1);
        assert_eq!(allowed[0], 1 << tag(0, Part::Begin));
    }
}
