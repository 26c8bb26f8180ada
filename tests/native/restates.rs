//! Restated wording (issue 22): every argument, recommendation and position whose quotes
//! lie in a passage another source restates (or that restates another's) carries the
//! mark, naming the other source; every other one carries none.

use policy_options_explainer::model::restates::Side;
use policy_options_explainer::model::{Corpus, Span};
use policy_options_explainer::shown::corpus;

/// The (record, other source) pairs a quote of `source` at `spans` should be marked with,
/// worked out from the records directly: a passage of a `restates` record, of this
/// source, sharing text with a quote.
fn expected(c: &Corpus, source: &str, spans: &[Span]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for r in c.reuse.iter() {
        let Some(from) = r.restates.as_deref() else {
            continue;
        };
        let inside = r.passages.iter().any(|p| {
            p.source == source
                && spans
                    .iter()
                    .any(|s| s.start < p.span.end && p.span.start < s.end)
        });
        if !inside {
            continue;
        }
        let mut others: Vec<&str> = if source == from {
            r.passages
                .iter()
                .map(|p| &*p.source)
                .filter(|s| *s != from)
                .collect()
        } else {
            vec![from]
        };
        let mut seen = Vec::new();
        others.retain(|o| {
            !seen.contains(o) && {
                seen.push(*o);
                true
            }
        });
        out.extend(others.into_iter().map(|o| (r.id.clone(), o.to_string())));
    }
    out
}

fn pairs(
    marks: &[policy_options_explainer::model::restates::Restatement],
) -> Vec<(String, String)> {
    marks
        .iter()
        .map(|m| (m.reuse.id.clone(), m.other().to_string()))
        .collect()
}

#[test]
fn every_argument_in_a_restated_passage_carries_the_mark() {
    let c = corpus();
    let (mut marked, mut unmarked) = (0, 0);
    for a in &c.arguments {
        let spans: Vec<Span> = a.evidence.iter().map(|e| e.span).collect();
        let want = expected(c, &a.source, &spans);
        let marks = c.argument_restatements(a);
        assert_eq!(pairs(&marks), want, "{}", a.id);
        for m in &marks {
            let words = m.words(c);
            let other = c.source(m.other()).unwrap();
            assert!(words.contains(&*other.short), "{}: {words}", a.id);
            // Kakar's restatements name the paper they restate, with its year.
            if a.source == "kakar" {
                assert_eq!(m.side, Side::Restates);
                assert_eq!(words, "Restates Bakhsh, Rab & Faiz (2024)");
            }
        }
        if marks.is_empty() {
            unmarked += 1;
        } else {
            marked += 1;
        }
    }
    // Both kinds occur: the check is not vacuous either way.
    assert!(marked >= 4, "{marked}");
    assert!(unmarked > marked);
    // The named cases: Kakar's closing call for force and local support restate Bakhsh
    // et al.; Ahsan Ali shares no wording with anyone.
    for id in ["kakar-kinetic-1", "kakar-local-support-1"] {
        let a = c.argument(id).unwrap();
        assert!(!c.argument_restatements(a).is_empty(), "{id}");
    }
    let a = c.argument("ahsan-ali-ct-capacity-1").unwrap();
    assert!(c.argument_restatements(a).is_empty());
}

#[test]
fn recommendations_and_positions_carry_the_mark_too() {
    let c = corpus();
    for r in &c.recommendations {
        let spans: Vec<Span> = r.passages.iter().map(|p| p.span).collect();
        let marks = c.recommendation_restatements(r);
        assert_eq!(pairs(&marks), expected(c, &r.source, &spans), "{}", r.id);
    }
    assert!(!c
        .recommendation_restatements(c.recommendation("kakar-rec-5").unwrap())
        .is_empty());
    for p in &c.positions {
        let spans: Vec<Span> = c
            .arguments_on(&p.option, &p.source)
            .flat_map(|a| a.evidence.iter().map(|e| e.span))
            .collect();
        let marks = c.position_restatements(&p.option, &p.source);
        assert_eq!(
            pairs(&marks),
            expected(c, &p.source, &spans),
            "{} {}",
            p.option,
            p.source
        );
    }
    assert!(!c.position_restatements("local-support", "kakar").is_empty());
    assert!(c.position_restatements("border", "ahsan-ali").is_empty());
}

/// Each shared-wording entry says what the texts let a reader know about which came
/// first (issue 26), from the corpus's data alone: none of the four texts prints its
/// date; Akbar cites Bakhsh, Rab & Faiz; Kakar's restatements rest on the notes.
#[test]
fn each_entry_says_what_can_be_known_of_direction() {
    use policy_options_explainer::model::restates::direction;
    let c = policy_options_explainer::shown::corpus();
    let of = |id: &str| direction(c, c.reuse.iter().find(|r| r.id == id).unwrap());
    assert_eq!(
        of("durrani-peace-nightmare"),
        "Neither text prints a date of publication. Which text came first cannot be told from the texts."
    );
    let coin = of("two-sides-of-same-coin");
    assert!(
        coin.contains("Akbar cites Bakhsh, Rab & Faiz, so Akbar is the later text"),
        "{coin}"
    );
    assert!(!coin.contains("cannot be told"), "{coin}");
    let economy = of("economy-recognition-strategic-depth");
    assert!(
        economy.starts_with("Neither text prints a date"),
        "{economy}"
    );
    assert!(
        economy.contains("restating Bakhsh, Rab & Faiz's"),
        "{economy}"
    );
    for r in &c.reuse {
        assert!(!direction(c, r).is_empty(), "{}", r.id);
    }
}
