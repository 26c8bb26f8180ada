//! The slides a presenter steps through: for one option, the option itself, then each
//! source's overall position on it, then each argument with its quotes; for the whole
//! set, a title slide and then every option's slides.
//!
//! The order is the corpus's fixed, neutral order throughout (options as in
//! `options.json`, sources as in `sources.json`, each source's arguments as in
//! `arguments.json`); nothing is ordered by a count or a stance. Pure: the view only
//! shows what [`deck`] returns.

use crate::schema::{Argument, Corpus, PolicyOption, Position, Source, Stance};

/// The deck name of the whole set (`#/slides/all/1`); every other deck is an option id.
pub const ALL: &str = "all";

/// One slide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide<'a> {
    /// The whole set's title slide.
    Title,
    /// An option: its label and description.
    Option(&'a PolicyOption),
    /// One source's overall position on an option; `None` when it does not discuss it.
    Position {
        option: &'a PolicyOption,
        source: &'a Source,
        position: Option<&'a Position>,
    },
    /// One argument, with its stance, claim and the quotes `quotes.0..quotes.1` (an
    /// argument whose quotes do not fit one slide at a readable size has two or more
    /// slides, each with the claim: see [`parts`]).
    Argument {
        option: &'a PolicyOption,
        source: &'a Source,
        argument: &'a Argument,
        quotes: (usize, usize),
        /// The characters its restatement lines take ([`marks_size`]).
        marks: usize,
    },
}

/// How much a slide holds, for its type size: most slides fit a projector's screen in the
/// largest type; a slide with long or several quotes steps down so that it still fits
/// (and scrolls, never cuts, should it not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    Large,
    Medium,
    Small,
    Smaller,
}

impl Fit {
    pub fn class(self) -> &'static str {
        match self {
            Fit::Large => "slide fit-l",
            Fit::Medium => "slide fit-m",
            Fit::Small => "slide fit-s",
            Fit::Smaller => "slide fit-xs",
        }
    }
}

impl<'a> Slide<'a> {
    /// An id made from the corpus ids: the same slide keeps it when slides are added
    /// elsewhere (its number may change).
    pub fn id(&self) -> String {
        match self {
            Slide::Title => "title".to_string(),
            Slide::Option(o) => ["option-", &o.id].concat(),
            Slide::Position { option, source, .. } => {
                ["position-", &option.id, "-", &source.id].concat()
            }
            Slide::Argument {
                argument,
                quotes: (0, _),
                ..
            } => ["argument-", &argument.id].concat(),
            Slide::Argument {
                argument,
                quotes: (from, _),
                ..
            } => ["argument-", &argument.id, "-", &(from + 1).to_string()].concat(),
        }
    }

    /// The option a slide belongs to (none for the title slide).
    pub fn option(&self) -> Option<&'a PolicyOption> {
        match *self {
            Slide::Title => None,
            Slide::Option(o) => Some(o),
            Slide::Position { option, .. } | Slide::Argument { option, .. } => Some(option),
        }
    }

    /// The type size the slide's text allows. Measured at 1024 × 768 with the slide
    /// stylesheet: up to about 420 characters fit in the largest type, 650 in the next,
    /// 950 in the next; the longest slide of the corpus (about 1 300) fits in the
    /// smallest.
    pub fn fit(&self) -> Fit {
        let chars = match self {
            Slide::Title | Slide::Option(_) => 0,
            Slide::Position { position, .. } => position.map_or(0, |p| p.summary.len()),
            Slide::Argument {
                argument: a,
                quotes: (from, to),
                marks,
                ..
            } => {
                head_size(a) + marks + a.evidence[*from..*to].iter().map(quote_size).sum::<usize>()
            }
        };
        match chars {
            0..=420 => Fit::Large,
            421..=650 => Fit::Medium,
            651..=950 => Fit::Small,
            _ => Fit::Smaller,
        }
    }
}

/// The slides of deck `name` ([`ALL`] or an option id); `None` for an unknown option.
pub fn deck<'a>(c: &'a Corpus, name: &str) -> Option<Vec<Slide<'a>>> {
    if name == ALL {
        let mut slides = vec![Slide::Title];
        for o in &c.options {
            push_option(c, o, &mut slides);
        }
        Some(slides)
    } else {
        let o = c.option(name)?;
        let mut slides = Vec::new();
        push_option(c, o, &mut slides);
        Some(slides)
    }
}

/// Option `o`'s slides: the option, each source's position, each argument.
fn push_option<'a>(c: &'a Corpus, o: &'a PolicyOption, slides: &mut Vec<Slide<'a>>) {
    slides.push(Slide::Option(o));
    for s in &c.sources {
        slides.push(Slide::Position {
            option: o,
            source: s,
            position: c.position(&o.id, &s.id),
        });
    }
    // As the option page shows them: by source, then by stance in the fixed stance
    // order, each group in corpus order (they were interleaved, issue 27).
    for s in &c.sources {
        let on: Vec<&Argument> = c.arguments_on(&o.id, &s.id).collect();
        let grouped = Stance::ALL
            .into_iter()
            .flat_map(|st| on.iter().copied().filter(move |a| a.stance == st));
        for a in grouped {
            let marks = marks_size(c, a);
            for quotes in parts(a, marks) {
                slides.push(Slide::Argument {
                    marks,
                    option: o,
                    source: s,
                    argument: a,
                    quotes,
                });
            }
        }
    }
}

/// The characters a slide holds in the largest type at 1024 × 768 with the 24 px
/// floor (measured: slides over it scrolled there, issue 27).
const ROOM: usize = 420;

/// An argument's claim, condition and holder, in characters as [`Slide::fit`] counts.
fn head_size(a: &Argument) -> usize {
    let extra = |s: &Option<String>| s.as_ref().map_or(0, |s| s.len() + 12);
    a.claim.len() + extra(&a.condition) + extra(&a.holder)
}

fn quote_size(e: &crate::schema::Evidence) -> usize {
    e.quote.len() + e.section.len() + 50
}

/// The characters an argument's restatement lines take on its slide (issue 22's mark:
/// its words, "compare the wording," and each Shared wording topic), counted as if each
/// restatement had a line of its own.
pub fn marks_size(c: &Corpus, a: &Argument) -> usize {
    c.argument_restatements(a)
        .iter()
        .map(|m| m.reuse.topic.len() + 60)
        .sum()
}

/// An argument's quotes split into slides of at most [`ROOM`] characters each with the
/// claim and its restatement lines (`marks` characters; a quote longer than that has a
/// slide of its own), in order.
pub fn parts(a: &Argument, marks: usize) -> Vec<(usize, usize)> {
    let head = head_size(a) + marks;
    let (mut out, mut from, mut used) = (Vec::new(), 0, head);
    for (i, e) in a.evidence.iter().enumerate() {
        let size = quote_size(e);
        if i > from && used + size > ROOM {
            out.push((from, i));
            from = i;
            used = head;
        }
        used += size;
    }
    out.push((from, a.evidence.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_corpus as corpus;

    fn ids(slides: &[Slide]) -> Vec<String> {
        slides.iter().map(Slide::id).collect()
    }

    #[test]
    fn an_option_is_its_label_then_each_position_then_each_argument() {
        let c = corpus();
        let o = c.option("border").unwrap();
        let slides = deck(c, "border").unwrap();
        assert_eq!(slides[0], Slide::Option(o));
        // Every source, in the corpus's fixed order, whether or not it discusses the option.
        for (i, s) in c.sources.iter().enumerate() {
            match slides[1 + i] {
                Slide::Position {
                    option,
                    source,
                    position,
                } => {
                    assert_eq!((option.id.as_str(), source.id.as_str()), ("border", &*s.id));
                    assert_eq!(position, c.position("border", &s.id));
                }
                other => panic!("slide {} is {other:?}", 2 + i),
            }
        }
        // One slide per argument, by source in the fixed order, then by stance as the
        // option page groups them, each group in corpus order.
        let args: Vec<&str> = slides[1 + c.sources.len()..]
            .iter()
            .map(|s| match s {
                Slide::Argument { argument, .. } => argument.id.as_str(),
                other => panic!("{other:?} among the arguments"),
            })
            .collect();
        // An argument split over slides is one argument.
        let mut args = args;
        args.dedup();
        let expected: Vec<&str> = c
            .sources
            .iter()
            .flat_map(|s| {
                Stance::ALL.into_iter().flat_map(move |st| {
                    c.arguments_on("border", &s.id)
                        .filter(move |a| a.stance == st)
                        .map(|a| a.id.as_str())
                })
            })
            .collect();
        assert_eq!(args, expected);
        assert_eq!(
            args.len(),
            c.arguments.iter().filter(|a| a.option == "border").count()
        );
    }

    #[test]
    fn sources_that_do_not_discuss_an_option_still_have_their_slide() {
        let c = corpus();
        let mut seen = false;
        for o in &c.options {
            for slide in deck(c, &o.id).unwrap() {
                if let Slide::Position {
                    source,
                    position: None,
                    ..
                } = slide
                {
                    assert!(c.position(&o.id, &source.id).is_none());
                    seen = true;
                }
            }
        }
        assert!(seen, "the corpus has options some source does not discuss");
    }

    #[test]
    fn the_whole_set_is_a_title_then_every_option_in_order() {
        let c = corpus();
        let all = deck(c, ALL).unwrap();
        assert_eq!(all[0], Slide::Title);
        let mut expected = vec![Slide::Title];
        for o in &c.options {
            expected.extend(deck(c, &o.id).unwrap());
        }
        assert_eq!(all, expected);
        assert_eq!(
            all.len(),
            1 + c.options.len() * (1 + c.sources.len())
                + c.arguments
                    .iter()
                    .map(|a| parts(a, marks_size(c, a)).len())
                    .sum::<usize>()
        );
        // Every argument once, or once per part when its quotes are split.
        for a in &c.arguments {
            let n = all
                .iter()
                .filter(|s| matches!(s, Slide::Argument { argument, .. } if argument.id == a.id))
                .count();
            assert_eq!(n, parts(a, marks_size(c, a)).len(), "{}", a.id);
        }
    }

    #[test]
    fn ids_are_unique_and_made_from_the_corpus_ids() {
        let c = corpus();
        let all = deck(c, ALL).unwrap();
        let mut v = ids(&all);
        assert_eq!(
            v[..3],
            ["title", "option-diplomacy", "position-diplomacy-akbar"]
        );
        let a = &c.arguments[0];
        assert!(v.contains(&format!("argument-{}", a.id)));
        let n = v.len();
        crate::sort_dedup(&mut v);
        assert_eq!(v.len(), n, "slide ids repeat");
        // An option's deck is the same slides, with the same ids, as in the whole set.
        let border = ids(&deck(c, "border").unwrap());
        assert!(ids(&all).windows(border.len()).any(|w| w == border));
    }

    #[test]
    fn unknown_decks_are_none() {
        let c = corpus();
        assert!(deck(c, "no-such-option").is_none());
        assert!(deck(c, "").is_none());
        assert!(deck(&Corpus::default(), ALL).is_some_and(|d| d == [Slide::Title]));
    }

    #[test]
    fn each_quote_on_a_slide_is_cited_by_source_and_its_heading() {
        use crate::study::cite::in_text;
        let c = corpus();
        for a in &c.arguments {
            let s = c.source(&a.source).unwrap();
            for e in &a.evidence {
                let cite = in_text(s, e);
                // A document without headings ("(no section headings)") is cited by its
                // paragraph (APA 7 §8.28); a heading in capitals in title case.
                let heading = !e.section.trim().starts_with('(');
                let named = e
                    .section
                    .trim()
                    .replace('\'', "’")
                    .replace("ABSTRACT", "Abstract");
                assert_eq!(
                    cite.ends_with(&[&named, " section"].concat()),
                    heading,
                    "{cite}"
                );
                assert!(heading || cite.contains(", n.d., para. "), "{cite}");
            }
        }
        let e = &c
            .arguments
            .iter()
            .find(|a| a.source == "akbar")
            .unwrap()
            .evidence[0];
        let akbar = in_text(c.source("akbar").unwrap(), e);
        assert_eq!(
            akbar,
            ["Akbar, n.d., ", e.section.trim(), " section"].concat()
        );
        let e = &c
            .arguments
            .iter()
            .find(|a| a.source == "bakhsh-rab-faiz")
            .unwrap()
            .evidence[0];
        assert!(
            in_text(c.source("bakhsh-rab-faiz").unwrap(), e).starts_with("Bakhsh et al., 2024, ")
        );
    }

    #[test]
    fn long_slides_are_split_and_only_a_long_quote_steps_down() {
        let c = corpus();
        let all = deck(c, ALL).unwrap();
        let fits: Vec<Fit> = all.iter().map(Slide::fit).collect();
        assert_eq!(fits[0], Fit::Large);
        assert!(fits.contains(&Fit::Large));
        // Split rather than shrunk (issue 27): a slide with two or more quotes is in
        // the largest type; only a single long quote steps down.
        for s in &all {
            if let Slide::Argument {
                quotes: (from, to), ..
            } = s
            {
                assert!(to - from <= 1 || s.fit() == Fit::Large, "{}", s.id());
            }
        }
        // Every quote of a split argument is on exactly one of its slides, in order.
        for a in &c.arguments {
            let p = parts(a, marks_size(c, a));
            assert_eq!(p.first().map(|p| p.0), Some(0), "{}", a.id);
            assert_eq!(p.last().map(|p| p.1), Some(a.evidence.len()), "{}", a.id);
            assert!(p.windows(2).all(|w| w[0].1 == w[1].0 && w[0].0 < w[0].1));
        }
    }
}
