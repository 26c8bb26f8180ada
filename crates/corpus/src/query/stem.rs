//! English word stems for search, so that "fence", "fenced" and "fencing", or
//! "negotiate" and "negotiations", find one another.
//!
//! This is M. F. Porter's 1980 suffix-stripping algorithm ("An algorithm for suffix
//! stripping", Program 14(3)), written out here for lowercase ASCII words. A stemmer
//! crate would do the same: `rust-stemmers` carries every Snowball language it
//! supports, and the English one alone is several times the size of these steps, on a
//! bundle near its budget. Porter's steps are short, settled and tested below against
//! the examples of the paper.

/// The stem of a lowercase ASCII word; any other word is returned unchanged.
pub fn stem(word: &str) -> String {
    if word.len() <= 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    let mut w = word.as_bytes().to_vec();
    step1a(&mut w);
    step1b(&mut w);
    step1c(&mut w);
    replace_longest(&mut w, STEP2, 0);
    replace_longest(&mut w, STEP3, 0);
    step4(&mut w);
    step5(&mut w);
    // Only ASCII letters went in and only ASCII letters are written.
    String::from_utf8(w).unwrap_or_else(|_| word.to_string())
}

/// Whether `w[i]` is a consonant: not a, e, i, o, u, and y only after a vowel or first.
fn cons(w: &[u8], i: usize) -> bool {
    match w[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => false,
        b'y' => i == 0 || !cons(w, i - 1),
        _ => true,
    }
}

/// Porter's m: the number of vowel-consonant sequences in `w`.
fn measure(w: &[u8]) -> usize {
    let mut m = 0;
    let mut after_vowel = false;
    for i in 0..w.len() {
        let c = cons(w, i);
        if c && after_vowel {
            m += 1;
        }
        after_vowel = !c;
    }
    m
}

fn has_vowel(w: &[u8]) -> bool {
    (0..w.len()).any(|i| !cons(w, i))
}

/// Ends in a double consonant.
fn double_cons(w: &[u8]) -> bool {
    let n = w.len();
    n >= 2 && w[n - 1] == w[n - 2] && cons(w, n - 1)
}

/// Ends consonant-vowel-consonant, the last not w, x or y (as in "hop", not "snow").
fn cvc(w: &[u8]) -> bool {
    let n = w.len();
    n >= 3
        && cons(w, n - 3)
        && !cons(w, n - 2)
        && cons(w, n - 1)
        && !matches!(w[n - 1], b'w' | b'x' | b'y')
}

/// The length of `w` without `suffix`, if it ends with it.
fn stem_len(w: &[u8], suffix: &str) -> Option<usize> {
    w.ends_with(suffix.as_bytes())
        .then(|| w.len() - suffix.len())
}

fn set_end(w: &mut Vec<u8>, at: usize, with: &str) {
    w.truncate(at);
    w.extend_from_slice(with.as_bytes());
}

/// Plurals and -ied: caresses → caress, ponies → poni, cats → cat.
fn step1a(w: &mut Vec<u8>) {
    if let Some(n) = stem_len(w, "sses") {
        w.truncate(n + 2);
    } else if let Some(n) = stem_len(w, "ies") {
        w.truncate(n + 1);
    } else if !w.ends_with(b"ss") && w.ends_with(b"s") {
        w.pop();
    }
}

/// -eed, -ed, -ing: agreed → agree, plastered → plaster, hopping → hop, hoping → hope.
fn step1b(w: &mut Vec<u8>) {
    if let Some(n) = stem_len(w, "eed") {
        if measure(&w[..n]) > 0 {
            w.pop();
        }
        return;
    }
    let Some(n) = stem_len(w, "ed").or_else(|| stem_len(w, "ing")) else {
        return;
    };
    if !has_vowel(&w[..n]) {
        return;
    }
    w.truncate(n);
    if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") {
        w.push(b'e');
    } else if double_cons(w) && !matches!(w[w.len() - 1], b'l' | b's' | b'z') {
        w.pop();
    } else if measure(w) == 1 && cvc(w) {
        w.push(b'e');
    }
}

/// happy → happi, sky stays.
fn step1c(w: &mut [u8]) {
    let n = w.len();
    if w.ends_with(b"y") && has_vowel(&w[..n - 1]) {
        w[n - 1] = b'i';
    }
}

/// Double suffixes to single ones, when the stem has m > 0 (the longest suffix decides).
const STEP2: &[(&str, &str)] = &[
    ("ational", "ate"),
    ("tional", "tion"),
    ("enci", "ence"),
    ("anci", "ance"),
    ("izer", "ize"),
    ("abli", "able"),
    ("alli", "al"),
    ("entli", "ent"),
    ("eli", "e"),
    ("ousli", "ous"),
    ("ization", "ize"),
    ("ation", "ate"),
    ("ator", "ate"),
    ("alism", "al"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("aliti", "al"),
    ("iviti", "ive"),
    ("biliti", "ble"),
];

/// -ic-, -full, -ness and the like, when the stem has m > 0.
const STEP3: &[(&str, &str)] = &[
    ("icate", "ic"),
    ("ative", ""),
    ("alize", "al"),
    ("iciti", "ic"),
    ("ical", "ic"),
    ("ful", ""),
    ("ness", ""),
];

/// Replaces the longest suffix of `rules` that `w` ends with, if its stem's m exceeds
/// `min_m`; once the longest matching suffix is found, no shorter one is tried.
fn replace_longest(w: &mut Vec<u8>, rules: &[(&str, &str)], min_m: usize) {
    let mut best: Option<(usize, &str)> = None;
    for (suffix, with) in rules {
        if let Some(n) = stem_len(w, suffix) {
            if best.is_none_or(|(b, _)| n < b) {
                best = Some((n, with));
            }
        }
    }
    if let Some((n, with)) = best {
        if measure(&w[..n]) > min_m {
            set_end(w, n, with);
        }
    }
}

/// Drops -ance, -ment, -ive and the like when the stem has m > 1.
fn step4(w: &mut Vec<u8>) {
    const SUFFIXES: &[&str] = &[
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
        "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ];
    let mut best: Option<(usize, &str)> = None;
    for s in SUFFIXES {
        if let Some(n) = stem_len(w, s) {
            if best.is_none_or(|(b, _)| n < b) {
                best = Some((n, s));
            }
        }
    }
    let Some((n, s)) = best else { return };
    // -ion goes only after s or t (adoption → adopt, not onion → on).
    let ion_ok = s != "ion" || (n > 0 && matches!(w[n - 1], b's' | b't'));
    if ion_ok && measure(&w[..n]) > 1 {
        w.truncate(n);
    }
}

/// A final -e (probate → probat, not cease → ceas when m = 1 and cvc), and -ll → -l.
fn step5(w: &mut Vec<u8>) {
    if let Some(n) = stem_len(w, "e") {
        let m = measure(&w[..n]);
        if m > 1 || (m == 1 && !cvc(&w[..n])) {
            w.pop();
        }
    }
    if measure(w) > 1 && double_cons(w) && w.ends_with(b"l") {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn the_papers_examples() {
        for (word, want) in [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("ties", "ti"),
            ("caress", "caress"),
            ("cats", "cat"),
            ("feed", "feed"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("bled", "bled"),
            ("motoring", "motor"),
            ("sing", "sing"),
            ("conflated", "conflat"),
            ("troubled", "troubl"),
            ("sized", "size"),
            ("hopping", "hop"),
            ("tanned", "tan"),
            ("falling", "fall"),
            ("hissing", "hiss"),
            ("fizzed", "fizz"),
            ("failing", "fail"),
            ("filing", "file"),
            ("happy", "happi"),
            ("sky", "sky"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("rational", "ration"),
            ("valenci", "valenc"),
            ("digitizer", "digit"),
            ("generalization", "gener"),
            ("operator", "oper"),
            ("triplicate", "triplic"),
            ("formative", "form"),
            ("hopefulness", "hope"),
            ("goodness", "good"),
            ("revival", "reviv"),
            ("allowance", "allow"),
            ("adjustment", "adjust"),
            ("adoption", "adopt"),
            ("probate", "probat"),
            ("rate", "rate"),
            ("cease", "ceas"),
            ("controll", "control"),
            ("roll", "roll"),
        ] {
            assert_eq!(stem(word), want, "{word}");
        }
    }

    #[test]
    fn forms_a_student_types_share_a_stem() {
        for forms in [
            &["fence", "fenced", "fencing", "fences"][..],
            &["negotiate", "negotiated", "negotiation", "negotiations"],
            &["refugee", "refugees"],
            &["attack", "attacked", "attacks", "attacking"],
        ] {
            for f in forms {
                assert_eq!(stem(f), stem(forms[0]), "{f}");
            }
        }
        // Short, capitalised or non-ASCII words are left as they are.
        for w in ["is", "TTP", "über", "2021"] {
            assert_eq!(stem(w), w);
        }
    }
}
