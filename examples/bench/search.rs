//! Search and filter per keystroke, natively: every prefix of typical student queries,
//! on the shipped corpus and on one 50 times larger (the arguments repeated).

use super::report::{p95, Report};
use policy_options_explainer::model::find::{find, Hit, Layer};
use policy_options_explainer::model::{highlight_terms, Argument, Corpus, Filter};
use policy_options_explainer::shown::corpus;
use std::time::Instant;

/// What students type (from the search issue's tasks), one keystroke at a time.
pub const QUERIES: [&str; 6] = [
    "border fencing",
    "negotiate",
    "\"safe haven\"",
    "refugees",
    "TTP attacks",
    "economic leverage",
];

/// Milliseconds to search and filter `arguments` by `text`, and then to highlight what
/// matched (every match: a view shows them all).
fn one_keystroke(arguments: &[Argument], text: &str) -> (f64, f64) {
    let start = Instant::now();
    let f = Filter {
        text: text.to_string(),
        ..Filter::default()
    };
    let m = f.matcher_with(&corpus().glossary, &corpus().related);
    let found: Vec<&Argument> = arguments.iter().filter(|a| m.matches(a)).collect();
    let filtered = start.elapsed();
    let mut segments = 0;
    for a in found {
        segments += highlight_terms(&a.claim, m.terms()).len();
        for e in a.evidence.iter() {
            segments += highlight_terms(&e.quote, m.terms()).len();
        }
    }
    std::hint::black_box(segments);
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    (ms(filtered), ms(start.elapsed() - filtered))
}

/// Every keystroke of every query, `rounds` times: the samples in milliseconds (search
/// and filter; highlighting).
fn keystrokes(arguments: &[Argument], rounds: usize) -> (Vec<f64>, Vec<f64>) {
    let mut samples = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        for q in QUERIES {
            for (end, _) in q.char_indices().skip(1).chain([(q.len(), ' ')]) {
                let (f, h) = one_keystroke(arguments, &q[..end]);
                samples.0.push(f);
                samples.1.push(h);
            }
        }
    }
    samples
}

/// Milliseconds to search the arguments of `c` for `text` as the search page does (its
/// arguments alone ticked), through the corpus's vocabulary.
fn one_keystroke_arguments(c: &Corpus, text: &str) -> f64 {
    let start = Instant::now();
    let f = Filter {
        text: text.to_string(),
        layers: vec![Layer::Arguments],
        ..Filter::default()
    };
    let m = f.matcher_with(&corpus().glossary, &corpus().related);
    std::hint::black_box(find(c, &m));
    start.elapsed().as_secs_f64() * 1e3
}

pub fn native(report: &mut Report) {
    println!("== search per keystroke (native, release; the browser runs the same code as wasm, measured below) ==");
    let shipped = corpus().arguments.to_vec();
    let large: Vec<Argument> = (0..50).flat_map(|_| shipped.iter().cloned()).collect();
    for (name, n, arguments, budget) in [
        ("shipped", 1, &shipped, 16.0),
        ("50× larger", 50, &large, 50.0),
    ] {
        let rounds = if arguments.len() > 1000 { 1 } else { 20 };
        // What an option page's filter does: each argument tested in turn.
        let (filter, highlight) = keystrokes(arguments, rounds);
        println!(
            "  {name} corpus ({} arguments): testing each argument p95 {:.3} ms per keystroke (an option page's filter); highlighting every match p95 {:.3} ms more",
            arguments.len(),
            p95(filter),
            p95(highlight)
        );
        // What the search page does: the corpus's vocabulary, made before typing.
        let c = repeated(n);
        c.prepare_search();
        let mut samples = Vec::new();
        for _ in 0..rounds {
            for q in QUERIES {
                for (end, _) in q.char_indices().skip(1).chain([(q.len(), ' ')]) {
                    samples.push(one_keystroke_arguments(&c, &q[..end]));
                }
            }
        }
        let t = p95(samples);
        println!("  {name} corpus: the search page's search of the arguments p95 {t:.3} ms per keystroke");
        report.add(
            &format!("search per keystroke p95, native, {name} corpus"),
            format!("{t:.2} ms"),
            "",
            &format!("≤ {budget} ms"),
            Some(t <= budget),
        );
    }
}

/// The shipped corpus with every list repeated `n` times (the full texts too: each copy
/// of a source carries its text), as the search over every layer sees it.
fn repeated(n: usize) -> Corpus {
    let c = corpus();
    Corpus {
        sources: (0..n).flat_map(|_| c.sources.iter().cloned()).collect(),
        options: c.options.clone(),
        arguments: (0..n).flat_map(|_| c.arguments.iter().cloned()).collect(),
        positions: (0..n).flat_map(|_| c.positions.iter().cloned()).collect(),
        discrepancies: (0..n)
            .flat_map(|_| c.discrepancies.iter().cloned())
            .collect(),
        events: (0..n).flat_map(|_| c.events.iter().cloned()).collect(),
        glossary: c.glossary.clone(),
        reuse: Vec::new(),
        recommendations: (0..n)
            .flat_map(|_| c.recommendations.iter().cloned())
            .collect(),
        related: c.related.clone(),
        index: Default::default(),
    }
}

/// Milliseconds to search every layer of `c` (the full texts' sentences among them)
/// for `text`, and to mark the words in the hits a page draws (three of each group).
fn one_keystroke_everywhere(c: &Corpus, text: &str) -> f64 {
    let start = Instant::now();
    let f = Filter {
        text: text.to_string(),
        ..Filter::default()
    };
    let m = f.matcher_with(&corpus().glossary, &corpus().related);
    let found = find(c, &m);
    let mut segments = 0;
    for (_, hits) in &found.groups {
        for h in hits.iter().take(3) {
            if let Hit::Argument(_) = h {
                continue;
            }
            for t in h.texts() {
                segments += highlight_terms(t, m.terms()).len();
            }
        }
    }
    std::hint::black_box(segments);
    start.elapsed().as_secs_f64() * 1e3
}

/// Search per keystroke over every layer with the full texts (issue 26), on the shipped
/// corpus and one 50 times larger.
pub fn everything(report: &mut Report) {
    println!("== search per keystroke over every layer, full texts included (native, release) ==");
    for (name, n, budget, rounds) in [("shipped", 1, 16.0, 10), ("50× larger", 50, 50.0, 1)] {
        let c = repeated(n);
        let text_kb = c.sources.iter().map(|s| s.text.len()).sum::<usize>() / 1024;
        // The vocabulary is made once per corpus, before the first keystroke (the
        // search page makes it once it is drawn).
        let (before, start) = (super::heap::live(), Instant::now());
        c.prepare_search();
        let made = start.elapsed().as_secs_f64() * 1e3;
        let kept = super::heap::live().saturating_sub(before) as f64 / (1024.0 * 1024.0);
        println!("  {name} corpus: the vocabulary made in {made:.1} ms, {kept:.1} MiB kept");
        if n > 1 {
            report.add(
                &format!("search vocabulary memory, native, {name} corpus"),
                format!("{kept:.1} MiB"),
                "",
                "≤ 32 MB",
                Some(kept * 1.048_576 <= 32.0),
            );
        }
        let mut samples = Vec::new();
        for _ in 0..rounds {
            for q in QUERIES.iter().chain(&["drone strikes", "talks"]) {
                for (end, _) in q.char_indices().skip(1).chain([(q.len(), ' ')]) {
                    samples.push(one_keystroke_everywhere(&c, &q[..end]));
                }
            }
        }
        let t = p95(samples);
        println!(
            "  {name} corpus ({} arguments, {text_kb} KiB of full text): every layer p95 {t:.3} ms per keystroke",
            c.arguments.len()
        );
        report.add(
            &format!("search every layer with full texts per keystroke p95, native, {name} corpus"),
            format!("{t:.2} ms"),
            "",
            &format!("≤ {budget} ms"),
            Some(t <= budget),
        );
    }
}
