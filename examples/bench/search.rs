//! Search and filter per keystroke, natively: every prefix of typical student queries,
//! on the shipped corpus and on one 50 times larger (the arguments repeated).

use super::report::{p95, Report};
use policy_options_explainer::model::{highlight_terms, Argument, Filter};
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
    let m = f.matcher_with(&corpus().glossary);
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

pub fn native(report: &mut Report) {
    println!("== search per keystroke (native, release; the browser runs the same code as wasm, measured below) ==");
    let shipped = corpus().arguments.to_vec();
    let large: Vec<Argument> = (0..50).flat_map(|_| shipped.iter().cloned()).collect();
    for (name, arguments, budget) in [("shipped", &shipped, 16.0), ("50× larger", &large, 50.0)] {
        let rounds = if arguments.len() > 1000 { 1 } else { 20 };
        let (filter, highlight) = keystrokes(arguments, rounds);
        let t = p95(filter);
        println!(
            "  {name} corpus ({} arguments): search and filter p95 {t:.3} ms per keystroke; highlighting every match p95 {:.3} ms more",
            arguments.len(),
            p95(highlight)
        );
        report.add(
            &format!("search per keystroke p95, native, {name} corpus"),
            format!("{t:.2} ms"),
            "",
            &format!("≤ {budget} ms"),
            Some(t <= budget),
        );
    }
}
