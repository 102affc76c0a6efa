//! Words the tagger takes for names that never are: a function word or a contraction that a quote
//! or a sentence start capitalized (`While`, `We’re`), a common acronym (`CEO`, `VIP`), a web
//! page's section heading alone on a line (`Sources`, `Related`).
//!
//! These rules only drop spans of one word.

use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::Doc;

/// `While` at the start of a quote, `We’re` after an opening mark: a one-word "name" that is a
/// function word or a contraction (`’re`, `’ve`, `’ll`, `’m`, `’d`, `n’t`) is dropped, and so is a
/// common acronym (`CEO`, `MP`, `VIP`).
pub(super) fn drop_function_words(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    spans.retain(|s| {
        if s.last - s.first != 1 {
            return true;
        }
        if words::common_acronyms().contains(&doc.token_text(s.first)) {
            return false;
        }
        let lower = doc
            .token_text(s.first)
            .replace('\u{2019}', "'")
            .to_lowercase();
        let contraction = ["'re", "'ve", "'ll", "'m", "'d", "n't"]
            .iter()
            .any(|c| lower.ends_with(c));
        !(contraction || words::function_words().contains(&lower.as_str()))
    });
}

/// `Sources`, `Related`, `Advertisement` alone on a line (a pasted web page's section headings)
/// are no names.
pub(super) fn drop_section_headings(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    spans.retain(|s| {
        !(s.last - s.first == 1
            && words::section_headings().contains(&doc.token_text(s.first))
            && doc.starts_line(s.first)
            && doc.ends_line(s.first))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::model::ModelType::Org;
    use crate::entities::tests::{has, names, span_of, texts};
    use crate::text::Doc;

    #[test]
    fn words_capitalized_by_a_quote_are_no_names() {
        let t = "Officials said: “While in Rome, we will talk.” “We’re ready,” Maria Lopez added.";
        let n = names(t);
        assert!(
            !n.iter().any(|(w, _)| w == "While" || w == "We’re"),
            "{n:?}"
        );
        assert!(has(t, "Maria Lopez", "PERSON"), "{n:?}");
        assert!(has(t, "Rome", "PLACE"), "{n:?}");
    }

    #[test]
    fn common_acronyms_are_no_names() {
        let doc = Doc::new("The CEO met a VIP and an MP.");
        let mut spans = vec![
            span_of(&doc, "CEO", 1, Org),
            span_of(&doc, "VIP", 1, Org),
            span_of(&doc, "MP", 1, Org),
        ];
        drop_function_words(&doc, &mut spans);
        assert!(spans.is_empty(), "{:?}", texts(&doc, &spans));
        let t =
            "Hanna Lind, the CEO of Norvik Energy, told Jonas Berg, an MP, that the IPO would wait.";
        for word in ["CEO", "MP", "IPO"] {
            assert!(
                !names(t).iter().any(|(n, _)| n == word),
                "{word}: {:?}",
                names(t)
            );
        }
        assert!(has(t, "Hanna Lind", "PERSON"), "{:?}", names(t));
    }

    #[test]
    fn a_web_pages_section_heading_is_no_name() {
        let t = "Officials in Ottawa confirmed the leak on Friday.\nSources\nThe Toronto Star, \
                 August 15.\nRelated\nMore from Reuters.";
        let found = names(t);
        assert!(has(t, "Ottawa", "PLACE"), "{found:?}");
        assert!(
            !found.iter().any(|(n, _)| n == "Sources" || n == "Related"),
            "{found:?}"
        );
    }
}
