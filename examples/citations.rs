//! `cargo run --example citations`: the app's citations of every source and of a
//! spread of quotes (each source's distinct sections, a document without headings), with
//! the CSL-JSON of the same metadata, as JSON on standard output; then the same for the
//! example corpus of `tests/fixtures/example-corpus` (organisations as authors, issue 29).
//! The citation
//! comparison (`scripts/compare-citations.js`) runs citeproc-js with the official CSL
//! styles on the CSL-JSON and compares.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use policy_options_explainer::model::cite::{
        fields, in_text_citation, locator, source_citation, Kind, Style, Title,
    };
    use policy_options_explainer::model::load::{load_with, Rules};
    use policy_options_explainer::model::Corpus;
    use policy_options_explainer::shown::corpus;
    use serde_json::{json, Map, Value};
    use std::path::Path;

    const PROSE: [Style; 3] = [Style::Apa, Style::Mla, Style::Chicago];
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example-corpus");
    let example = load_with(&example, Rules::OWN).expect("the example corpus passes its checks");
    let corpora: [&Corpus; 2] = [corpus(), &example];
    let mut out = Vec::new();
    for (c, s) in corpora
        .iter()
        .flat_map(|c| c.sources.iter().map(move |s| (*c, s)))
    {
        let f = fields(s);
        let mut csl = Map::new();
        // The app cites a work with a container and a volume as an issue of a periodical
        // (Ahsan Ali's report is volume 34, issue 7 of SpecialEurasia's series).
        let ty = match f.kind {
            Kind::Article if f.container.is_some() => "article-journal",
            Kind::Report | Kind::Other if f.volume.is_some() => "article-journal",
            Kind::Article => "article",
            Kind::Web => "webpage",
            Kind::Report => "report",
            Kind::Other => "document",
        };
        csl.insert("id".into(), json!(f.id));
        csl.insert("type".into(), json!(ty));
        let authors: Vec<Value> = f
            .authors
            .iter()
            // An organisation is one `literal` name, as CSL-JSON writes an institution.
            .map(|n| match n.corporate {
                true => json!({ "literal": n.family }),
                false => json!({ "family": n.family, "given": n.given }),
            })
            .collect();
        csl.insert("author".into(), Value::Array(authors));
        match f.title {
            Title::Titled(t) => csl.insert("title".into(), json!(t)),
            // An untitled work: the description, as the styles' untitled rules treat it.
            Title::Untitled(d) => csl.insert("title".into(), json!(["[", d, "]"].concat())),
        };
        if let Some(y) = f.year {
            let year: u32 = y.parse().unwrap();
            csl.insert("issued".into(), json!({ "date-parts": [[year]] }));
        }
        for (key, value) in [
            ("container-title", f.container),
            ("volume", f.volume),
            ("issue", f.issue),
            ("DOI", f.doi),
            ("URL", f.url),
        ] {
            if let Some(v) = value {
                csl.insert(key.into(), json!(v));
            }
        }
        let app: Map<String, Value> = PROSE
            .iter()
            .map(|st| (st.key().to_string(), json!(source_citation(s, *st))))
            .collect();
        // What locates each quote of the source (its section, or its paragraph in a
        // document without headings), each once, in the records' order.
        let mut locators: Vec<String> = Vec::new();
        for a in c.arguments.iter().filter(|a| a.source == s.id) {
            for e in &a.evidence {
                let at = locator(s, &e.section, e.span);
                if !locators.contains(&at) && locators.len() < 12 {
                    locators.push(at);
                }
            }
        }
        let cites: Vec<Value> = locators
            .iter()
            .map(|at| {
                let app: Map<String, Value> = PROSE
                    .iter()
                    .map(|st| (st.key().to_string(), json!(in_text_citation(s, at, *st))))
                    .collect();
                // The same locator for citeproc-js: a paragraph's number, or a section.
                let (label, value) = match at.strip_prefix("¶ ") {
                    Some(n) => ("paragraph", n),
                    None => ("section", at.as_str()),
                };
                json!({ "locator": value, "label": label, "app": app })
            })
            .collect();
        out.push(json!({ "id": s.id, "csl": csl, "reference": app, "cites": cites }));
    }
    println!("{}", serde_json::to_string_pretty(&out).unwrap());
}
