//! The quote recognizer as a whole: speakers from cues before, after and between quotes,
//! titles and terms that are no quotes, odd input and scaling.

mod speakers {
    use super::super::*;
    use crate::entities;

    /// (quote text, speaker text) for each quote found.
    fn run(text: &str) -> Vec<(String, Option<String>)> {
        let doc = Doc::new(text);
        let ents = entities::recognize(&doc);
        recognize(&doc, &ents)
            .into_iter()
            .map(|q| {
                (
                    text[q.start..q.end].to_string(),
                    q.speaker.map(|s| text[s.start..s.end].to_string()),
                )
            })
            .collect()
    }

    fn speakers(text: &str) -> Vec<Option<String>> {
        run(text).into_iter().map(|(_, s)| s).collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn cue_after_the_quote() {
        assert_eq!(
            speakers("“We are ready to talk,” Marlow said on Friday."),
            [s("Marlow")]
        );
        assert_eq!(
            speakers("“We are ready to talk,” said the ministry."),
            [s("the ministry")]
        );
        assert_eq!(speakers("“Are we ready?” she asked."), [s("she")]);
        assert_eq!(
            speakers("“Enough,” Tom Marlow, the chief negotiator for the union, told reporters."),
            [s("Tom Marlow")]
        );
    }

    #[test]
    fn cue_before_the_quote() {
        assert_eq!(
            speakers("Ann Marlow told reporters in a briefing: “We are ready to talk.”"),
            [s("Ann Marlow")]
        );
        assert_eq!(
            speakers("Marlow, the union’s chief negotiator, said, “We are ready.”"),
            [s("Marlow")]
        );
        assert_eq!(
            speakers("The spokeswoman also said that “no decision has been made.”"),
            [s("The spokeswoman")]
        );
        assert_eq!(
            speakers("According to Marlow, “the talks are over.”"),
            [s("Marlow")]
        );
    }

    #[test]
    fn cue_inside_and_between_quotes() {
        assert_eq!(
            speakers("“We are ready,” he said, “and we will stay ready.”"),
            [s("he"), s("he")]
        );
        assert_eq!(
            speakers(
                "“We are ready,” he said. “We will stay.”\n\n“Nobody leaves this room tonight.”"
            ),
            [s("he"), s("he"), s("he")]
        );
    }

    #[test]
    fn speakers_are_noun_phrases_not_objects_or_time_words() {
        assert_eq!(
            speakers("“The plan is sound,” it added on its website."),
            [s("it")]
        );
        assert_eq!(
            speakers("“The plan is sound,” said one Republican aide on the committee."),
            [s("one Republican aide")]
        );
        assert_eq!(speakers("Marlow posted a video late Friday saying the vote was “a fraud against every voter.”"), [s("Marlow")]);
        assert_eq!(speakers("Marlow praised the mayor as “a true leader in hard times,” comparing him favorably to her rival."), [s("Marlow")]);
    }

    #[test]
    fn quotes_joined_by_and_share_their_cue() {
        assert_eq!(
            speakers("Marlow called the ruling “reckless” and “cruel” on Monday."),
            [s("Marlow"), s("Marlow")]
        );
    }

    #[test]
    fn quote_over_several_paragraphs_keeps_its_speaker() {
        let text = "Marlow said: “The first point is simple.\n\n“The second is harder.\n\n“The third is the hardest of all.”";
        assert_eq!(speakers(text), [s("Marlow"), s("Marlow"), s("Marlow")]);
    }

    #[test]
    fn titles_and_nicknames_are_not_quotes() {
        assert_eq!(
            run("He watched “The Late Show” every night and called him “Sleepy.”"),
            Vec::<(String, Option<String>)>::new()
        );
    }

    #[test]
    fn shows_nicknames_and_terms_named_in_a_sentence_are_not_quotes() {
        let text = "Marlow said on ABC’s “Good Morning Town” that the ad, titled “Reckless,” was fair. Her aide Anna “Nan” Ruiz agreed with the “targeted area” rule. Critics dubbed her “the Iron Mayor.”";
        assert_eq!(run(text), Vec::<(String, Option<String>)>::new());
    }

    #[test]
    fn single_marks_in_a_headline_are_not_quotes_but_attributed_ones_are() {
        assert_eq!(
            run(
                "Marlow calls plan ‘a total disaster for everyone’\nThe plan was announced Monday."
            ),
            Vec::<(String, Option<String>)>::new()
        );
        let text = "The plan was announced on Monday by the city council of the town.\n‘We will not accept this plan at all,’ the mayor said on Tuesday after a long and heated meeting.";
        assert_eq!(speakers(text), [s("the mayor")]);
    }

    #[test]
    fn british_single_marks_are_quotes_when_the_whole_text_uses_them() {
        let text = "Ministers clash over budget\nThe minister said the cuts were ‘long overdue and badly needed’ on Monday.\n‘We will not be bullied,’ the prime minister told MPs. ‘Not now, not ever.’";
        assert_eq!(
            speakers(text),
            [
                s("The minister"),
                s("the prime minister"),
                s("the prime minister")
            ]
        );
    }

    #[test]
    fn signatures_participles_and_passives_name_the_speaker() {
        assert_eq!(
            speakers("“We were never asked about any of this.” ― Rosa Delgado\n"),
            [s("Rosa Delgado")]
        );
        assert_eq!(speakers("During a speech on Monday, Marlow attacked the council, saying, “They failed us all.”"), [s("Marlow")]);
        assert_eq!(
            speakers("“Nobody should live like this,” was written by Ann Marlow in 1999."),
            [s("Ann Marlow")]
        );
        assert_eq!(
            speakers("“It is over,” city council spokeswoman Ann Marlow said on Monday."),
            [s("city council spokeswoman Ann Marlow")]
        );
    }

    #[test]
    fn pronoun_links_to_the_subject_before_it_not_the_last_name() {
        let text = "Tom Marlow, who met Anna Ruiz on Monday, said the talks went well.\n“We are close,” he said.";
        let doc = Doc::new(text);
        let ents = entities::recognize(&doc);
        let q = recognize(&doc, &ents);
        let c = q[0].speaker.as_ref().unwrap().cluster.unwrap();
        assert_eq!(ents.clusters[c].name, "Tom Marlow");
    }

    #[test]
    fn a_sentence_initial_description_links_to_its_organization() {
        let text = "The Harbour Department closed the docks on Monday.\nThe department said: “The docks stay shut until the storm passes.”";
        let doc = Doc::new(text);
        let ents = entities::recognize(&doc);
        let q = recognize(&doc, &ents);
        let speaker = q[0].speaker.as_ref().expect("a speaker");
        assert_eq!(&text[speaker.start..speaker.end], "The department");
        let c = speaker.cluster.expect("the department's cluster");
        assert_eq!(ents.clusters[c].name, "Harbour Department");
    }

    #[test]
    fn pronoun_links_to_the_last_person() {
        let text = "Tom Marlow met the press. “We are ready,” he said.";
        let doc = Doc::new(text);
        let ents = entities::recognize(&doc);
        let q = recognize(&doc, &ents);
        let c = q[0].speaker.as_ref().unwrap().cluster.unwrap();
        assert_eq!(ents.clusters[c].name, "Tom Marlow");
    }
}

mod odd_input {
    use super::super::*;
    use crate::entities;

    /// Random texts made of quote marks, apostrophes, cue words, names, punctuation, line breaks
    /// and multi-byte letters: never a panic, every span on char boundaries, in order, disjoint.
    #[test]
    fn random_mark_soup_never_panics_and_spans_stay_valid() {
        const PARTS: &[&str] = &[
            "“",
            "”",
            "\"",
            "'",
            "‘",
            "’",
            "«",
            "»",
            "„",
            "‚",
            "''",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            ",",
            ".",
            ":",
            "—",
            "―",
            "(",
            ")",
            "said",
            "he",
            "She",
            "Marlow",
            "the department",
            "according to",
            "told",
            "saying",
            "é",
            "😀",
            "s",
            "Mr.",
            "R.",
            "and",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..60 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(PARTS[(seed % PARTS.len() as u64) as usize]);
            }
            let doc = Doc::new(&text);
            let ents = entities::recognize(&doc);
            let mut last_end = 0;
            for q in recognize(&doc, &ents) {
                assert!(
                    q.start < q.end
                        && q.start >= last_end
                        && text.is_char_boundary(q.start)
                        && text.is_char_boundary(q.end),
                    "{text:?}"
                );
                last_end = q.end;
                if let Some(s) = q.speaker {
                    assert!(
                        s.start < s.end
                            && text.is_char_boundary(s.start)
                            && text.is_char_boundary(s.end),
                        "{text:?}"
                    );
                }
            }
        }
    }
}

mod scaling {
    use super::super::*;

    /// Thousands of quotes, cues and colons in one line: a quadratic step shows as ten times the
    /// time per quote when the line is ten times longer.
    #[test]
    fn many_quotes_in_one_line_stay_linear() {
        let families: [(&str, fn(usize) -> String); 4] = [
            ("mixed marks", |n| "„a“ «b» ‚c‘ ‘d’ \"e\" ".repeat(n)),
            ("cues and colons", |n| "“a,” he said: ".repeat(n)),
            ("one colon, many quotes", |n| {
                "x ".repeat(n) + ": " + &"“a b c d e f” ".repeat(n)
            }),
            ("straight marks", |n| "\"".repeat(5 * n)),
        ];
        for (name, make) in families {
            crate::test_support::assert_linear(name, 2_000, make, |text| {
                recognize(&Doc::new(text), &Entities::default());
            });
        }
    }
}
