//! The recommendations (issue 16): each source's in the order its document gives them,
//! restatements grouped with what they restate, every one linked to an option, and
//! conditions carried to the view's query.

use policy_options_explainer::model::Recommendation;
use policy_options_explainer::shown::corpus;
use std::collections::BTreeSet;

fn number(r: &Recommendation) -> u32 {
    r.id.rsplit('-')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

#[test]
fn each_source_in_document_order() {
    let c = corpus();
    for s in &c.sources {
        let recs = c.recommendations_of(&s.id, None);
        let all = c
            .recommendations
            .iter()
            .filter(|r| r.source == s.id)
            .count();
        assert_eq!(
            recs.len(),
            all,
            "{}: every recommendation listed once",
            s.id
        );
        for pair in recs.windows(2) {
            // Against the text itself: where each main passage sits.
            let at = |r: &Recommendation| s.text.find(&r.passages[0].quote).unwrap();
            assert!(
                at(pair[0]) < at(pair[1]),
                "{} before {}",
                pair[0].id,
                pair[1].id
            );
            // And against the numbering the readers gave them while reading in order.
            assert!(
                number(pair[0]) < number(pair[1]),
                "{} numbered after {}",
                pair[0].id,
                pair[1].id
            );
        }
    }
}

#[test]
fn restatements_are_grouped_not_listed_again() {
    let c = corpus();
    let mut mains = BTreeSet::new();
    for r in &c.recommendations {
        let main = &r.passages[0];
        assert!(
            mains.insert((&r.source, main.span)),
            "{}: main passage listed twice",
            r.id
        );
        for p in &r.passages[1..] {
            assert_ne!(
                p.span, main.span,
                "{}: a restatement repeats the main passage",
                r.id
            );
        }
    }
    // Akbar's abstract list restates its numbered recommendations, under each of them.
    let grouped = c
        .recommendations
        .iter()
        .filter(|r| r.source == "akbar" && r.passages.iter().any(|p| p.section == "ABSTRACT"))
        .count();
    assert!(
        grouped >= 2,
        "the abstract's list is grouped under the recommendations it restates"
    );
    // No restatement is itself a main passage of the same source.
    for r in &c.recommendations {
        for p in &r.passages[1..] {
            assert!(
                !mains.contains(&(&r.source, p.span)),
                "{}: a restatement is listed as advice",
                r.id
            );
        }
    }
}

#[test]
fn every_recommendation_bears_on_a_known_option() {
    let c = corpus();
    for r in &c.recommendations {
        assert!(!r.options.is_empty(), "{}", r.id);
        for o in &r.options {
            assert!(c.option(o).is_some(), "{}: unknown option {o}", r.id);
        }
    }
}

#[test]
fn choosing_an_option_keeps_order_and_conditions() {
    let c = corpus();
    for o in &c.options {
        for s in &c.sources {
            let on: Vec<&str> = c
                .recommendations_of(&s.id, Some(&o.id))
                .iter()
                .map(|r| r.id.as_str())
                .collect();
            let expected: Vec<&str> = c
                .recommendations_of(&s.id, None)
                .into_iter()
                .filter(|r| r.options.contains(&o.id))
                .map(|r| r.id.as_str())
                .collect();
            assert_eq!(on, expected, "{} on {}", s.id, o.id);
        }
    }
    // An interviewee's "if they refuse to negotiate": the condition travels with it.
    let fallback = c
        .recommendations_of("bakhsh-rab-faiz", Some("kinetic"))
        .into_iter()
        .find(|r| r.condition.is_some())
        .expect("a conditional recommendation on kinetic action");
    assert!(fallback.condition.as_deref().unwrap().contains("negotiate"));
    assert!(fallback.speaker.is_some(), "shown as the interviewee's");
}

#[test]
fn arguments_rest_on_their_own_sources_recommendations() {
    let c = corpus();
    let linked: Vec<_> = c
        .arguments
        .iter()
        .filter(|a| a.recommendation.is_some())
        .collect();
    assert!(!linked.is_empty());
    for a in linked {
        let r = c
            .recommendation(a.recommendation.as_deref().unwrap())
            .unwrap();
        assert_eq!(r.source, a.source, "{}", a.id);
    }
}
