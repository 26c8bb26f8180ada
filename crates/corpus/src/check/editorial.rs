//! Editorial checks that a machine can make (the rules are in `static/corpus/README.md`):
//! a speaker or holder is named where the quote sits, and our wording adds no judgement
//! the source does not make. Pure functions over text; `load.rs` reports what they find.

/// Words that judge an outcome, as stems (a claim word matches when it starts with one).
/// A claim may use one only when its quotes or their paragraphs use a word of the same
/// stem: "failed" needs "fail…" in the source's own words nearby.
pub const EVALUATIVE_STEMS: [&str; 16] = [
    "fail",
    "effective",
    "ineffective",
    "danger",
    "success",
    "unsuccess",
    "disast",
    "crucial",
    "counterproductive",
    "futil",
    "catastroph",
    "backfir",
    "worsen",
    "vital",
    "essential",
    "reckless",
];

/// Lower-case words of `s` (letters and digits; apostrophes and hyphens split words).
fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// The evaluative stems that `claim` uses and `context` (the quotes and their
/// paragraphs) never does, in [`EVALUATIVE_STEMS`] order.
pub fn unsupported_evaluative(claim: &str, context: &str) -> Vec<&'static str> {
    let used = |text: &str, stem: &str| words(text).any(|w| w.starts_with(stem));
    EVALUATIVE_STEMS
        .into_iter()
        .filter(|stem| {
            // "ineffective" and "unsuccessful" also start other stems' words; judge each stem alone.
            let in_claim = words(claim).any(|w| w.starts_with(stem) && !longer_stem(&w, stem));
            in_claim && !used(context, stem)
        })
        .collect()
}

/// Whether a longer stem of the list (`unsuccess` for `success`) accounts for `word`.
fn longer_stem(word: &str, stem: &str) -> bool {
    EVALUATIVE_STEMS
        .iter()
        .any(|s| s.len() > stem.len() && s.contains(stem) && word.starts_with(s))
}

/// Words too common to identify a speaker.
const NOT_NAMES: [&str; 14] = [
    "the", "and", "dr", "mr", "ms", "prof", "al", "et", "of", "by", "as", "via", "in", "text",
];

/// The name part of a speaker or holder: what comes before the first comma or bracket
/// ("Sayed (2023), cited by the author" → "Sayed").
pub fn name_part(speaker: &str) -> &str {
    let end = speaker.find([',', '(']).unwrap_or(speaker.len());
    speaker[..end].trim()
}

/// Whether `speaker` is named in `context` (the quote's section up to the end of its
/// paragraph): some word of three or more letters of its name part occurs there as a word.
pub fn named_in(speaker: &str, context: &str) -> bool {
    let context: Vec<String> = words(context).collect();
    words(name_part(speaker))
        .filter(|w| w.chars().count() >= 3 && !NOT_NAMES.contains(&w.as_str()))
        .any(|w| context.contains(&w))
}

/// The byte range of the paragraph around `[start, end)`: from the blank line before it
/// to the blank line after it (a quote may span several paragraphs).
pub fn paragraph_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let start = start.min(text.len());
    let end = end.clamp(start, text.len());
    let from = text[..start].rfind("\n\n").map_or(0, |i| i + 2);
    let to = text[end..].find("\n\n").map_or(text.len(), |i| end + i);
    (from, to)
}

/// The text a speaker may be named in: from the last occurrence of the quote's `section`
/// heading before its paragraph (the start of the text for `(opening)` and the like) to
/// the end of the quote's paragraph.
pub fn section_context<'a>(text: &'a str, section: &str, start: usize, end: usize) -> &'a str {
    let (para_from, para_to) = paragraph_around(text, start, end);
    let from = if section.starts_with('(') || section.is_empty() {
        0
    } else {
        text[..para_from].rfind(section).unwrap_or(0)
    };
    text.get(from..para_to).unwrap_or("")
}

/// The first run of [`COPIED_RUN`] words of `ours` that occurs in `normalized_text`
/// (trailing punctuation aside): our wording must not copy the source's.
pub fn copied_run(ours: &str, normalized_text: &str) -> Option<String> {
    let words: Vec<&str> = ours.split_whitespace().collect();
    words.windows(COPIED_RUN).find_map(|w| {
        let run = w.join(" ");
        let run = run.trim_end_matches(['.', ',', ';', ':']);
        (run.split(' ').count() == COPIED_RUN && normalized_text.contains(run))
            .then(|| run.to_string())
    })
}

/// How many words in a row our wording may not share with its source. Eight: a run of six
/// is often a name or a set phrase ("the TTP and the Afghan Taliban"), measured on this
/// corpus; eight or more was copying every time.
pub const COPIED_RUN: usize = 8;

/// Whether a position summary says the source recommends the option ("recommends",
/// "urges", "advocates", "favours", "calls for"; "what it calls" is not a call).
pub fn says_recommends(summary: &str) -> bool {
    summary.to_lowercase().contains("calls for ")
        || words(summary).any(|w| {
            matches!(
                w.as_str(),
                "recommends" | "urges" | "advocates" | "favours" | "favors"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluative_words_need_support() {
        assert_eq!(
            unsupported_evaluative("Says fencing failed.", "the fence was unsuccessful"),
            vec!["fail"]
        );
        assert!(unsupported_evaluative("Says talks failed.", "the talks failed").is_empty());
        assert!(
            unsupported_evaluative("Says it was unsuccessful.", "it was unsuccessful").is_empty()
        );
        assert_eq!(
            unsupported_evaluative("Calls it successful.", "it was unsuccessful"),
            vec!["success"]
        );
        assert_eq!(
            unsupported_evaluative("Calls it ineffective.", "not effective at all"),
            vec!["ineffective"]
        );
        assert!(unsupported_evaluative("Reports limited results.", "").is_empty());
    }

    #[test]
    fn speakers_are_named_in_context() {
        assert_eq!(name_part("Sayed (2023), cited by the author"), "Sayed");
        assert!(named_in(
            "Sayed (2023), cited by the author",
            "as Sayed (2023) notes"
        ));
        assert!(named_in(
            "O'Donnell (2023), cited in the text as 'Donnell, 2023'",
            "(Donnell, 2023)"
        ));
        assert!(!named_in(
            "Hammal Aslam, lecturer (interviewee)",
            "A lecturer said"
        ));
        assert!(!named_in("Dr Abdul (interviewee)", "Dr said"));
        assert!(named_in(
            "the Afghan Taliban, as reported",
            "the Taliban deny it"
        ));
    }

    #[test]
    fn paragraphs_and_sections() {
        let t = "Head\n\nOne two.\nThree.\n\nFour.";
        let at = t.find("Three").unwrap_or(0);
        assert_eq!(paragraph_around(t, at, at + 5), (6, 21));
        assert_eq!(
            section_context(t, "Head", at, at + 5),
            "Head\n\nOne two.\nThree."
        );
        assert_eq!(
            section_context(t, "(opening)", at, at + 5),
            "Head\n\nOne two.\nThree."
        );
        assert_eq!(
            section_context(t, "Four", at, at + 5),
            "Head\n\nOne two.\nThree."
        );
        assert_eq!(paragraph_around(t, 99, 120), (23, t.len()));
    }

    #[test]
    fn copied_runs() {
        let text = "the TTP and the Afghan Taliban share one ideology and one aim, said the author";
        assert_eq!(
            copied_run("Says the TTP and the Afghan Taliban differ.", text),
            None
        );
        assert_eq!(
            copied_run(
                "Holds that the Afghan Taliban share one ideology and one aim.",
                text
            ),
            Some("the Afghan Taliban share one ideology and one".to_string())
        );
    }

    #[test]
    fn recommending_positions() {
        assert!(says_recommends("Recommends stronger border security."));
        assert!(!says_recommends("Reports limited success."));
        assert!(says_recommends("Calls for joint patrols."));
        assert!(!says_recommends(
            "Calls the fence unsuccessful, in what it calls a failure."
        ));
    }
}
