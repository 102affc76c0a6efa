use super::*;
use crate::corrections::{Correction, Op};
use crate::Kind;

fn example() -> View {
    View {
        reference_date: Some("2023-06-14".into()),
        ..ours(include_str!("../../tests/fixtures/blinken-china-trip.txt"))
    }
}

/// A view as a link from this newsmark brings it back: stamped with its version.
fn ours(text: &str) -> View {
    View {
        newsmark: Some(crate::version().into()),
        ..View::new(text)
    }
}

#[test]
fn the_example_article_fits_a_link_of_at_most_3000_characters() {
    let link = encode(&example());
    assert!(link.starts_with("nm1."));
    assert!(link.len() <= 3000, "{} characters", link.len());
    assert_eq!(decode(&link).unwrap(), example());
}

#[test]
fn whole_urls_and_fragments_with_hash_decode_alike() {
    let view = View {
        hidden: vec!["NORP".into()],
        ..ours("Blinken 😀")
    };
    let link = encode(&view);
    assert_eq!(decode(&format!("#{link}")).unwrap(), view);
    assert_eq!(
        decode(&format!("https://example.org/newsmark/?x=1#{link}\n")).unwrap(),
        view
    );
}

#[test]
fn views_with_corrections_round_trip() {
    let view = View {
        corrections: vec![
            Correction {
                op: Op::Remove,
                kind: Kind::Entity,
                start: 0,
                end: 7,
                text: "Blinken".into(),
                label: None,
                value: None,
                speaker: None,
                scope: None,
                with: None,
            },
            Correction {
                op: Op::Add,
                kind: Kind::Date,
                start: 8,
                end: 14,
                text: "Sunday".into(),
                label: Some("DATE".into()),
                value: Some("2023-06-18".into()),
                speaker: None,
                scope: None,
                with: None,
            },
        ],
        ..ours("Blinken Sunday")
    };
    assert_eq!(decode(&encode(&view)).unwrap(), view);
}

#[test]
fn views_over_a_megabyte_round_trip_and_exceed_the_link_maximum() {
    let text: String = (0..60_000u32)
        .map(|i| format!("Blinken {i} met Qin Gang 😀. "))
        .collect();
    assert!(text.len() > 1 << 20);
    let view = ours(&text);
    let link = encode(&view);
    assert!(link.len() > SHARE_LINK_MAX);
    assert_eq!(decode(&link), Ok(view));
}

#[test]
fn links_wrapped_by_mail_clients_still_open() {
    let view = example();
    let link = encode(&view);
    let wrapped: Vec<&str> = link
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    assert_eq!(decode(&wrapped.join("\r\n ")), Ok(view));
}

#[test]
fn sentence_punctuation_after_a_link_is_ignored() {
    let view = ours("Blinken met Qin Gang.");
    let link = encode(&view);
    for tail in [".", ").", "”.", ">", "!"] {
        assert_eq!(
            decode(&format!("See https://example.org/#{link}{tail}")),
            Ok(view.clone()),
            "{tail:?}"
        );
    }
}

#[test]
fn empty_links_say_so() {
    for link in ["", "   ", "#", "https://example.org/#"] {
        assert_eq!(decode(link), Err(ShareError::Empty), "{link:?}");
    }
}

#[test]
fn foreign_links_are_recognised() {
    for link in [
        "hello",
        "#section-2",
        "https://example.org/page#top",
        "nm.abc",
        "nm0.abc",
        "nmx1.abc",
        "NM1.abc",
    ] {
        assert_eq!(decode(link), Err(ShareError::Foreign), "{link:?}");
    }
}

#[test]
fn future_versions_name_their_version() {
    let link = encode(&example()).replacen("nm1.", "nm2.", 1);
    let err = decode(&link).unwrap_err();
    assert_eq!(err, ShareError::FutureVersion(2));
    assert!(err.to_string().contains("newer newsmark (v2)"), "{err}");
    assert_eq!(
        decode("nm99999999999999999999.AAAA"),
        Err(ShareError::FutureVersion(u32::MAX))
    );
    // A v1 prefix whose content says v2 is also a future version.
    let json = br#"{"v":2,"text":"x","whatever":[]}"#;
    let link = format!(
        "nm1.{}",
        base64url::encode(&miniz_oxide::deflate::compress_to_vec_zlib(json, 6))
    );
    assert_eq!(decode(&link), Err(ShareError::FutureVersion(2)));
}

#[test]
fn every_truncation_of_a_link_is_an_error_never_a_different_view() {
    let link = encode(&View {
        reference_date: Some("2023-06-14".into()),
        ..ours("Blinken met Qin Gang in Beijing.")
    });
    for cut in 1..link.len() {
        let err = decode(&link[..cut]).unwrap_err();
        assert!(
            matches!(
                err,
                ShareError::Truncated | ShareError::Corrupt(_) | ShareError::Foreign
            ),
            "cut at {cut}: {err:?}"
        );
        if cut >= "nm1".len() {
            assert_ne!(err, ShareError::Foreign, "cut at {cut}");
        }
    }
    // Cutting the example's link in half is reported as a truncation.
    let long = encode(&example());
    assert_eq!(decode(&long[..long.len() / 2]), Err(ShareError::Truncated));
}

#[test]
fn damaged_links_are_corrupt_with_a_position() {
    let link = encode(&example());
    let mut damaged = link.clone();
    damaged.insert(40, '%');
    let err = decode(&damaged).unwrap_err();
    assert!(
        matches!(&err, ShareError::Corrupt(d) if d.contains("'%'") && d.contains("41")),
        "{err:?}"
    );
    // Flipping a character inside the compressed data: checksum or stream error, not a view.
    let mut bytes = link.clone().into_bytes();
    let i = bytes.len() / 2;
    bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
    let err = decode(std::str::from_utf8(&bytes).unwrap()).unwrap_err();
    assert!(
        matches!(err, ShareError::Corrupt(_) | ShareError::Truncated),
        "{err:?}"
    );
}

#[test]
fn valid_compression_of_something_else_is_corrupt() {
    for json in [
        &b"not json"[..],
        b"[1,2]",
        br#"{"v":1}"#,
        br#"{"v":"1","text":"x"}"#,
        br#"{"v":1,"text":"x","reference_date":"June"}"#,
    ] {
        let link = format!(
            "nm1.{}",
            base64url::encode(&miniz_oxide::deflate::compress_to_vec_zlib(json, 6))
        );
        assert!(
            matches!(decode(&link), Err(ShareError::Corrupt(_))),
            "{}",
            String::from_utf8_lossy(json)
        );
    }
}

#[test]
fn error_messages_do_not_repeat_hostile_content() {
    let json = br#"{"v":1,"text":"x","corrections":[{"op":"<img src=x onerror=alert(1)>","kind":"entity","start":0,"end":1,"text":"x"}]}"#;
    let link = format!(
        "nm1.{}",
        base64url::encode(&miniz_oxide::deflate::compress_to_vec_zlib(json, 6))
    );
    let err = decode(&link).unwrap_err().to_string();
    assert!(
        err.contains("does not have the shape of a newsmark view"),
        "{err}"
    );
    assert!(!err.contains('<') && !err.contains("img"), "{err}");
}

#[test]
fn zip_bombs_stop_at_the_inflation_limit() {
    let zeros = vec![b' '; MAX_INFLATED_BYTES + 10];
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 9);
    let link = format!("nm1.{}", base64url::encode(&packed));
    assert!(link.len() < 100_000, "a small link: {}", link.len());
    assert!(matches!(decode(&link), Err(ShareError::TooLarge(_))));
}

#[test]
fn oversized_fragments_are_refused_before_decoding() {
    let link = format!("nm1.{}", "A".repeat(MAX_FRAGMENT_CHARS));
    assert!(matches!(decode(&link), Err(ShareError::TooLarge(_))));
}

#[test]
fn messages_are_for_people() {
    assert!(ShareError::Empty.to_string().contains("empty"));
    assert!(ShareError::Foreign.to_string().contains("not a newsmark"));
    assert!(ShareError::Truncated.to_string().contains("truncated"));
    assert!(ShareError::Corrupt("x".into())
        .to_string()
        .contains("damaged"));
    assert!(ShareError::TooLarge("x".into())
        .to_string()
        .contains("too large"));
}

#[test]
fn links_say_which_newsmark_wrote_them_and_carry_the_marks_given() {
    let mut view = example();
    view.newsmark = Some("9.9.9".into()); // whatever it said: this build writes the link
    view.marks = Some("1234abcd".into());
    let back = decode(&encode(&view)).unwrap();
    assert_eq!(back.newsmark.as_deref(), Some(crate::version()));
    assert_eq!(back.marks.as_deref(), Some("1234abcd"));
    let json = miniz_oxide::inflate::decompress_to_vec_zlib(
        &base64url::decode(&encode(&view)[4..]).unwrap(),
    )
    .unwrap();
    assert!(
        json.starts_with(
            format!(
                "{{\"v\":1,\"newsmark\":\"{}\",\"marks\":\"1234abcd\",\"text\":",
                crate::version()
            )
            .as_bytes()
        ),
        "{}",
        String::from_utf8_lossy(&json[..80])
    );
}

/// A link made by `annotate --share` before issue 18 (no version, no marks) still opens.
#[test]
fn links_made_before_issue_18_still_open() {
    let old = include_str!("../../tests/fixtures/link-before-issue-18.txt");
    let view = decode(old).unwrap();
    assert_eq!(view.text, example().text);
    assert_eq!(view.reference_date.as_deref(), Some("2023-06-14"));
    assert_eq!(
        (view.newsmark.as_deref(), view.marks.as_deref()),
        (None, None)
    );
    let status = crate::view::view_status(&view).unwrap();
    assert!(!status.newer && !status.marks_changed);
}

#[test]
fn stamps_that_are_not_short_strings_are_refused() {
    for json in [
        r#"{"v":1,"newsmark":"","text":"x"}"#.to_string(),
        format!(r#"{{"v":1,"marks":"{}","text":"x"}}"#, "a".repeat(65)),
    ] {
        let link = format!(
            "nm1.{}",
            base64url::encode(&miniz_oxide::deflate::compress_to_vec_zlib(
                json.as_bytes(),
                6
            ))
        );
        let err = decode(&link).unwrap_err().to_string();
        assert!(
            err.contains("damaged") && err.contains("64 characters"),
            "{err}"
        );
    }
}
