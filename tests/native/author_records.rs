//! "Make your own" (issue 25), the records beside arguments: positions,
//! recommendations (kept in the order of their place in the document), facts that
//! differ, events, glossary and shared wording, made by selection as the page makes
//! them, pass the page's checks and `corpus check`; a fault in each is found by both;
//! and shared wording is found in two small texts.

use super::make_your_own::{corpus_check, example, fixture, select, unzip_into, TempDir};
use policy_options_explainer::author::export;
use policy_options_explainer::author::project::{faults, Project};
use policy_options_explainer::author::records::{ReadingDraft, RecDraft};
use policy_options_explainer::author::shared;
use policy_options_explainer::model::Span;

/// The example project with one record of every kind beside its arguments.
fn with_records() -> Project {
    let mut p = example();
    let (c, r) = (
        fixture("council-report.txt"),
        fixture("residents-letter.txt"),
    );
    p.add_position(
        "bus-lanes",
        "council-report",
        "The report asks for the lanes to be built first.",
    )
    .unwrap();
    p.add_position(
        "car-free-days",
        "residents-letter",
        "The residents ask for a monthly day without cars.",
    )
    .unwrap();
    // The later passage first: the list still follows the document.
    let later = RecDraft {
        summary: "Think about the charge only if buses gain no riders.".into(),
        options: vec!["congestion-charge".into()],
        ..RecDraft::default()
    };
    let span = select(&c, "A congestion charge should only be considered");
    p.add_recommendation(later, "council-report", span).unwrap();
    let first = RecDraft {
        summary: "Build the lanes, then look at them again a year on.".into(),
        options: vec!["bus-lanes".into()],
        ..RecDraft::default()
    };
    let span = select(&c, "The council should build the two bus lanes first");
    p.add_recommendation(first, "council-report", span).unwrap();
    let fact = ReadingDraft {
        topic: "What drivers would pay".into(),
        note: "The report gives a daily sum; a resident gives a monthly one.".into(),
        value: "four pounds a day".into(),
        ..ReadingDraft::default()
    };
    let span = select(&c, "A daily charge of four pounds for cars");
    let id = p.add_discrepancy(fact, "council-report", span).unwrap();
    let span = select(&r, "a charge would cost him eighty pounds a month");
    p.add_reading(&id, "residents-letter", span, "eighty pounds a month")
        .unwrap();
    let event = ReadingDraft {
        topic: "A car-free day in the centre".into(),
        date: "2025-06".into(),
        ..ReadingDraft::default()
    };
    let span = select(&r, "On the car-free day last June my takings went up");
    p.add_event(event, "residents-letter", span).unwrap();
    p.add_term(
        "Retail park",
        "",
        "Shops outside the town with their own parking.",
    )
    .unwrap();
    p.add_term(
        "Bus lane",
        "bus lanes",
        "A lane only buses may use at set hours.",
    )
    .unwrap();
    p
}

#[test]
fn every_record_made_by_selection_passes_the_checks_and_corpus_check() {
    let p = with_records();
    assert_eq!(faults(&p.corpus), vec![], "the page's own checks pass");
    let ids: Vec<&str> = (p.corpus.recommendations.iter())
        .map(|r| &*r.summary)
        .collect();
    assert!(
        ids[0].starts_with("Build the lanes"),
        "recommendations follow the document: {ids:?}"
    );
    let terms: Vec<&str> = p.corpus.glossary.iter().map(|g| &*g.term).collect();
    assert_eq!(terms, ["Bus lane", "Retail park"], "alphabetical");
    let tmp = TempDir::new("records");
    unzip_into(&export::zip("riverton", &export::folder(&p.corpus)), &tmp.0);
    let out = corpus_check(&tmp.0.join("riverton"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Nothing quoted is deleted: the document and the option are still used.
    let mut q = p.clone();
    q.delete_argument("residents-letter-car-free-days");
    let why = q.delete_document("residents-letter").unwrap_err();
    assert!(why.contains("position of residents-letter"), "{why}");
    assert!(q.delete_option("car-free-days").is_err());
}

#[test]
fn the_page_and_corpus_check_agree_on_the_records_faults() {
    type Break = (&'static str, fn(&mut Project));
    let breaks: [Break; 7] = [
        ("position word", |p| {
            p.corpus.positions[0].summary = "The best option of all.".into()
        }),
        ("recommendation without option", |p| {
            p.corpus.recommendations[0].options.clear()
        }),
        ("recommendation speaker", |p| {
            p.corpus.recommendations[0].speaker = Some("Nobody Here".into())
        }),
        ("one reading", |p| {
            p.corpus.discrepancies[0].readings.truncate(1)
        }),
        ("bad date", |p| p.corpus.events[0].date = "June 2025".into()),
        ("glossary order", |p| p.corpus.glossary.reverse()),
        ("shared wording of one passage", |p| {
            let span = p.corpus.events[0].mentions[0].span;
            let d = ReadingDraft {
                topic: "A day".into(),
                note: "A note.".into(),
                kind: "restated".into(),
                ..ReadingDraft::default()
            };
            p.add_reuse(d, &[("residents-letter".into(), span)])
                .unwrap();
        }),
    ];
    for (what, f) in breaks {
        let mut p = with_records();
        f(&mut p);
        let page = faults(&p.corpus);
        let tmp = TempDir::new(&what.replace(' ', "-"));
        for (name, bytes) in export::folder(&p.corpus) {
            let path = tmp.0.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        let cli = corpus_check(&tmp.0);
        assert!(!page.is_empty(), "{what}: the page finds no fault");
        assert!(!cli.status.success(), "{what}: corpus check passes");
    }
}

fn two_texts(a: &str, b: &str) -> Project {
    let mut p = Project::default();
    p.add_document("a.txt", a.to_string());
    p.add_document("b.txt", b.to_string());
    p
}

#[test]
fn shared_wording_is_found_in_two_small_texts() {
    let a = "## One\n\nThe first text opens here. Militant groups regrouped across the border with Afghanistan soon after the talks failed, and attacks on the police rose sharply in the following year. Then something else.\n";
    let b = "Intro words come first.\n\nIn short, militant groups regrouped across the border with Afghanistan soon after the talks collapsed, and attacks on the police rose sharply in the following year, says the report.\n";
    let p = two_texts(a, b);
    let found = shared::all(&p.corpus);
    assert_eq!(found.len(), 1, "{found:?}");
    let k = &found[0];
    let cut = |t: &str, s: Span| t[s.start as usize..s.end as usize].to_string();
    assert_eq!(
        cut(a, k.a_span),
        "Militant groups regrouped across the border with Afghanistan soon after the talks failed, and attacks on the police rose sharply in the following year"
    );
    assert_eq!(
        cut(b, k.b_span),
        "militant groups regrouped across the border with Afghanistan soon after the talks collapsed, and attacks on the police rose sharply in the following year"
    );
    assert_eq!(k.shared_words, 23, "twenty-three words agree; one differs");

    // Recorded, it is offered no more; and the record passes the checks.
    let mut p = p;
    let d = ReadingDraft {
        topic: "Militants after the talks".into(),
        note: "The second text restates the first with one word changed.".into(),
        kind: "restated".into(),
        ..ReadingDraft::default()
    };
    let id = p
        .add_reuse(d, &[(k.a.clone(), k.a_span), (k.b.clone(), k.b_span)])
        .unwrap();
    assert!(shared::all(&p.corpus).is_empty());
    assert!(
        faults(&p.corpus).iter().all(|f| f.record != id),
        "{:?}",
        faults(&p.corpus)
    );

    // Eleven words in common are not offered.
    let short = two_texts(
        "one two three four five six seven eight nine ten eleven stop here",
        "start one two three four five six seven eight nine ten eleven",
    );
    assert!(shared::all(&short.corpus).is_empty());
}

/// The built-in corpus opened as a project ("Open the built-in corpus" in the page):
/// the page's checks pass on it, as `corpus check` does, and fast enough to run at each
/// change; the shared wording found in it is what `reuse.json` records (run on the
/// corpus without its records, every candidate overlaps a recorded passage).
#[test]
fn the_built_in_corpus_opens_as_a_project() {
    let mut c = policy_options_explainer::shown::embedded().unwrap().clone();
    let t = std::time::Instant::now();
    let f = faults(&c);
    let took = t.elapsed();
    assert_eq!(f, vec![], "the built-in corpus passes the page's checks");
    eprintln!("the page's checks of the built-in corpus took {took:?}");
    assert!(shared::all(&c).is_empty(), "all of it is recorded already");
    let recorded = std::mem::take(&mut c.reuse);
    let found = shared::all(&c);
    let overlaps = |k: &shared::Candidate| {
        (recorded.iter().flat_map(|r| &r.passages)).any(|p| {
            let sp = if p.source == k.a { k.a_span } else { k.b_span };
            (p.source == k.a || p.source == k.b) && p.span.start < sp.end && sp.start < p.span.end
        })
    };
    for k in &found {
        eprintln!(
            "found: {} {:?} / {} {:?}: {} words, recorded: {}",
            k.a,
            k.a_span,
            k.b,
            k.b_span,
            k.shared_words,
            overlaps(k)
        );
    }
    eprintln!(
        "{} candidates; reuse.json has {} records",
        found.len(),
        recorded.len()
    );
    assert!(!found.is_empty(), "Kakar's restatements are found");
}
