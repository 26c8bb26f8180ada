//! What "Make your own" writes (issue 25): the corpus file "Your documents" opens, the
//! folder `corpus check` reads (as a zip), a single-file app with the documents built
//! in, AIF JSON and Argdown; and the text a project is kept under in the browser.
//! Pure; tested natively (`tests/author.rs`).

use super::project::Project;
use crate::model::{bundle, codec, Corpus, Span, Stance};
use serde_json::{json, Value};

/// The prefix of the browser-storage keys projects are kept under, one per name. The
/// version is that of this text form; the corpus bytes carry their own format version.
pub const KEY_PREFIX: &str = "poe-author-v1:";

/// The corpus file (`.poe`): the app's one encoding, as `corpus pack` writes it.
pub fn corpus_file(c: &Corpus) -> Result<Vec<u8>, String> {
    codec::encode(c).map_err(|e| format!("The corpus cannot be written: {e}."))
}

/// The text a project is kept under ([`KEY_PREFIX`] and its name): its name and its
/// corpus file, as the students' app keeps an opened file (`bundle::keep_text`).
pub fn keep_text(p: &Project) -> Result<String, String> {
    Ok(bundle::keep_text(&p.name, &corpus_file(&p.corpus)?))
}

/// A project from its kept text (no check: a project in progress has faults).
pub fn from_kept(text: &str) -> Option<Project> {
    let (name, bytes) = bundle::from_kept(text)?;
    Some(Project {
        name: name.to_string(),
        corpus: codec::decode(&bytes).ok()?,
    })
}

/// The folder `corpus check DIR` reads: each list as its JSON file (what the checker
/// computes, spans and texts, left out), and each text under `texts/`.
pub fn folder(c: &Corpus) -> Vec<(String, Vec<u8>)> {
    let mut c = c.clone();
    let mut files = Vec::new();
    for s in &mut c.sources {
        files.push((s.file.clone(), std::mem::take(&mut s.text).into_bytes()));
    }
    let clear = |s: &mut Span| *s = Span::default();
    for a in &mut c.arguments {
        a.evidence.iter_mut().for_each(|e| clear(&mut e.span));
    }
    for r in &mut c.recommendations {
        r.passages.iter_mut().for_each(|p| clear(&mut p.span));
    }
    let readings = (c
        .discrepancies
        .iter_mut()
        .flat_map(|d| d.readings.iter_mut()))
    .chain(c.events.iter_mut().flat_map(|e| e.mentions.iter_mut()))
    .chain(c.reuse.iter_mut().flat_map(|r| r.passages.iter_mut()));
    readings.for_each(|r| clear(&mut r.span));
    let lists: [(&str, serde_json::Result<String>); 9] = [
        ("sources.json", serde_json::to_string_pretty(&c.sources)),
        ("options.json", serde_json::to_string_pretty(&c.options)),
        ("arguments.json", serde_json::to_string_pretty(&c.arguments)),
        ("positions.json", serde_json::to_string_pretty(&c.positions)),
        (
            "recommendations.json",
            serde_json::to_string_pretty(&c.recommendations),
        ),
        (
            "discrepancies.json",
            serde_json::to_string_pretty(&c.discrepancies),
        ),
        ("events.json", serde_json::to_string_pretty(&c.events)),
        ("glossary.json", serde_json::to_string_pretty(&c.glossary)),
        ("reuse.json", serde_json::to_string_pretty(&c.reuse)),
    ];
    let mut out: Vec<(String, Vec<u8>)> = lists
        .into_iter()
        .map(|(name, json)| (name.to_string(), json.unwrap_or_default().into_bytes()))
        .collect();
    out.append(&mut files);
    out
}

/// CRC-32 (IEEE), as zip needs it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                crc >> 1 ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A zip of `files` under the folder `root`, stored (not compressed): every zip tool and
/// every system's file manager opens it, and the writer stays a few lines.
pub fn zip(root: &str, files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    let le16 = |v: &mut Vec<u8>, n: usize| v.extend((n as u16).to_le_bytes());
    let le32 = |v: &mut Vec<u8>, n: u32| v.extend(n.to_le_bytes());
    for (name, data) in files {
        let name = format!("{root}/{name}");
        let (offset, crc, len) = (out.len() as u32, crc32(data), data.len() as u32);
        // Local header: version 2.0, flag bit 11 (UTF-8 names), stored, no time.
        out.extend([0x50, 0x4b, 3, 4, 20, 0, 0, 8, 0, 0, 0, 0, 0x21, 0]);
        le32(&mut out, crc);
        le32(&mut out, len);
        le32(&mut out, len);
        le16(&mut out, name.len());
        le16(&mut out, 0);
        out.extend(name.as_bytes());
        out.extend(data);
        central.extend([0x50, 0x4b, 1, 2, 20, 0, 20, 0, 0, 8, 0, 0, 0, 0, 0x21, 0]);
        le32(&mut central, crc);
        le32(&mut central, len);
        le32(&mut central, len);
        le16(&mut central, name.len());
        central.extend([0; 8]);
        le32(&mut central, 0);
        le32(&mut central, offset);
        central.extend(name.as_bytes());
    }
    let (at, size) = (out.len() as u32, central.len() as u32);
    out.append(&mut central);
    out.extend([0x50, 0x4b, 5, 6, 0, 0, 0, 0]);
    le16(&mut out, files.len());
    le16(&mut out, files.len());
    le32(&mut out, size);
    le32(&mut out, at);
    le16(&mut out, 0);
    out
}

/// The Argument Interchange Format as AIFdb and OVA+ read it: each option, claim and
/// quote an information node (`I`); a quote supports its claim through an inference
/// node (`RA`); a claim for its option supports it (`RA`), one against conflicts with it
/// (`CA`); a conditional one supports it through an `RA` named with its condition, and a
/// mixed one has both.
pub fn aif(c: &Corpus) -> Value {
    let (mut nodes, mut edges) = (Vec::new(), Vec::new());
    let mut node = |text: String, kind: &str| {
        let id = (nodes.len() + 1).to_string();
        nodes.push(json!({ "nodeID": id, "text": text, "type": kind, "timestamp": "" }));
        id
    };
    let mut edge = |from: &str, to: &str| {
        let id = (edges.len() + 1).to_string();
        edges.push(json!({ "edgeID": id, "fromID": from, "toID": to, "formEdgeID": null }));
    };
    let option_nodes: Vec<(String, String)> = (c.options.iter())
        .map(|o| {
            (
                o.id.clone(),
                node(format!("{}: {}", o.label, o.summary), "I"),
            )
        })
        .collect();
    for a in &c.arguments {
        let Some((_, target)) = option_nodes.iter().find(|(id, _)| *id == a.option) else {
            continue;
        };
        let who = c.source(&a.source).map_or(&*a.source, |s| &*s.short);
        let claim = node(format!("{} ({who})", a.claim), "I");
        let relations: &[(&str, &str)] = match a.stance {
            Stance::For => &[("RA", "Default Inference")],
            Stance::Against => &[("CA", "Default Conflict")],
            Stance::Conditional => &[("RA", "Conditional")],
            Stance::Mixed => &[("RA", "Default Inference"), ("CA", "Default Conflict")],
        };
        for (kind, name) in relations {
            let text = match (&a.condition, *kind) {
                (Some(cond), "RA") => format!("{name}: {cond}"),
                _ => name.to_string(),
            };
            let r = node(text, kind);
            edge(&claim, &r);
            edge(&r, target);
        }
        for e in &a.evidence {
            let q = node(format!("“{}” ({who}, {})", e.quote, e.section), "I");
            let r = node("Default Inference".into(), "RA");
            edge(&q, &r);
            edge(&r, &claim);
        }
    }
    json!({ "nodes": nodes, "edges": edges, "locutions": [], "participants": [] })
}

/// Argdown: each option a statement, each argument an argument supporting (`+`) or
/// attacking (`-`) it, with its source, stance and quotes as its premises.
pub fn argdown(name: &str, c: &Corpus) -> String {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = format!("===\ntitle: {}\n===\n\n", one_line(name));
    for o in &c.options {
        out.push_str(&format!(
            "[{}]: {}\n",
            one_line(&o.label),
            one_line(&o.summary)
        ));
        for a in c.arguments.iter().filter(|a| a.option == o.id) {
            let sign = if a.stance == Stance::Against {
                '-'
            } else {
                '+'
            };
            let who = c.source(&a.source).map_or(&*a.source, |s| &*s.short);
            let mut line = format!(
                "  {sign} <{}>: {} #({}) #{}",
                a.id,
                one_line(&a.claim),
                one_line(who),
                a.stance.as_str()
            );
            if let Some(cond) = &a.condition {
                line.push_str(&format!(" (if {})", one_line(cond)));
            }
            out.push_str(&line);
            out.push('\n');
        }
        out.push('\n');
    }
    for a in &c.arguments {
        out.push_str(&format!("<{}>\n\n", a.id));
        for (i, e) in a.evidence.iter().enumerate() {
            out.push_str(&format!(
                "({}) “{}” ({}, {})\n",
                i + 1,
                one_line(&e.quote),
                e.kind.label(),
                one_line(&e.section)
            ));
        }
        out.push_str(&format!(
            "----\n({}) {}\n\n",
            a.evidence.len() + 1,
            one_line(&a.claim)
        ));
    }
    out
}

/// The students' single file (`dist/policy-options-explainer.html`) with the corpus file
/// `bytes` built in under `name`: the data blocks the app reads (`components/documents.rs`),
/// written by the same function as `corpus single-file`'s (`corpus::deferred::carry`;
/// a native test compares the two files).
pub fn single_file(app: &str, name: &str, bytes: &[u8]) -> Result<String, String> {
    if !app.contains("</head>") || !app.contains("__wbg_init") {
        return Err("The students' app file is not the single-file build: build it again with `make build`.".into());
    }
    Ok(corpus::deferred::carry(app, name, bytes))
}

/// A file name made from a project's name: letters, digits and hyphens.
pub fn file_stem(name: &str) -> String {
    super::project::slug(name, "my-explainer")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_is_the_standard_one() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
