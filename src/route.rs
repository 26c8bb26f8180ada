//! Every view has a hash URL (`#/...`), so links work offline and from `file://`.
//!
//! The app reads paths with a small matcher ([`Here::parse`]) and writes them with
//! [`Route::href`]. In the tests, the `#[at]` attributes of yew-router's `Routable`
//! derive state the routes, and a test checks that the matcher and the hrefs agree
//! with the derive's own `recognize` and `to_path` on every route of the corpus and on
//! malformed paths. The app does not use the derive itself: `recognize` builds a
//! route-recognizer automaton that costs about 8 KB of gzip in the bundle, and
//! `to_path` goes through `format!` and a URL-encoding crate.
//!
//! The query after `?` holds the filters ([`query`]).

pub mod query;

pub use query::{filter_from_query, query_from_filter, query_value, with_query};

use crate::model::Filter;
use query::{percent_decode_bytes, percent_encode_into};
#[cfg(test)]
use yew_router::Routable;

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(Routable))]
pub enum Route {
    /// All options as cards.
    #[cfg_attr(test, at("/"))]
    Home,
    /// One option: its arguments grouped by source.
    #[cfg_attr(test, at("/option/:id"))]
    Option { id: String },
    /// One argument, open on its option page.
    #[cfg_attr(test, at("/argument/:id"))]
    Argument { id: String },
    /// A source: its details, positions and full text.
    #[cfg_attr(test, at("/source/:id"))]
    Source { id: String },
    /// An argument's quote, highlighted in its source (`n` counts from 1).
    #[cfg_attr(test, at("/quote/:arg/:n"))]
    Quote { arg: String, n: usize },
    /// Any passage of a source by byte range, highlighted.
    #[cfg_attr(test, at("/passage/:source/:start/:end"))]
    Passage {
        source: String,
        start: u32,
        end: u32,
    },
    /// What each source recommends, in document order (`?option=` lines them up on one option).
    #[cfg_attr(test, at("/recommendations"))]
    Recommendations,
    /// One recommendation, in focus on the recommendations view.
    #[cfg_attr(test, at("/recommendation/:id"))]
    Recommendation { id: String },
    /// The option × source matrix.
    #[cfg_attr(test, at("/compare"))]
    Compare,
    /// Options × sources at a glance: which stances each source's arguments take.
    #[cfg_attr(test, at("/overview"))]
    Overview,
    /// Two sources side by side on one option.
    #[cfg_attr(test, at("/compare/:option/:a/:b"))]
    SideBySide {
        option: String,
        a: String,
        b: String,
    },
    /// Search and filters over every argument.
    #[cfg_attr(test, at("/search"))]
    Search,
    /// Where the sources' figures, dates and names disagree.
    #[cfg_attr(test, at("/discrepancies"))]
    Discrepancies,
    /// Wording one source shares with another.
    #[cfg_attr(test, at("/shared-wording"))]
    SharedWording,
    /// Dated events the sources cite.
    #[cfg_attr(test, at("/timeline"))]
    Timeline,
    #[cfg_attr(test, at("/glossary"))]
    Glossary,
    #[cfg_attr(test, at("/about"))]
    About,
    /// Open a corpus file of one's own documents (issue 13).
    #[cfg_attr(test, at("/documents"))]
    Documents,
    /// The student's notebook (`?by=source` groups by source).
    #[cfg_attr(test, at("/notebook"))]
    Notebook,
    /// A printable handout of one option, or of every option (`id` "all").
    #[cfg_attr(test, at("/handout/:id"))]
    Handout { id: String },
    /// Slide `n` (counting from 1) of a presentation: of one option's slides, or of the
    /// whole set's when `deck` is `all` (`model::slides`).
    #[cfg_attr(test, at("/slides/:deck/:n"))]
    Slides { deck: String, n: usize },
    #[cfg_attr(test, not_found)]
    #[cfg_attr(test, at("/not-found"))]
    NotFound,
}

/// Where the app is: the route, and the raw query after `?` in the hash
/// (`#/option/border?stance=for`), which holds the filters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Here {
    pub route: Route,
    pub query: String,
}

impl Here {
    /// Reads a location hash. Anything that is not a route (`#main`, `#/nope`) is
    /// [`Route::NotFound`]; an empty hash is the home page.
    pub fn parse(hash: &str) -> Here {
        let h = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = h.split_once('?').unwrap_or((h, ""));
        let route = match path {
            "" => Route::Home,
            p if p.starts_with('/') => Route::from_path_str(p),
            _ => Route::NotFound,
        };
        Here {
            route,
            query: query.to_string(),
        }
    }
}

impl Route {
    /// One address of every kind of view, with real ids from `c` (the `pick`-th option,
    /// argument and recommendation, the `pick`-th source and the next): the walks and the
    /// generated tests start from it, so a new kind of view is listed here once (the
    /// match below fails to compile until it is).
    pub fn one_of_each(c: &crate::model::Corpus, pick: usize) -> Vec<Route> {
        let nth = |n: usize| pick % n.max(1);
        let o = c.options[nth(c.options.len())].id.clone();
        let (s, t) = (
            &c.sources[nth(c.sources.len())],
            &c.sources[(nth(c.sources.len()) + 1) % c.sources.len()],
        );
        let a = &c.arguments[nth(c.arguments.len())];
        let span = a.evidence[0].span;
        let mut v = vec![
            Route::Home,
            Route::Option { id: o.clone() },
            Route::Argument { id: a.id.clone() },
            Route::Source { id: s.id.clone() },
            Route::Quote {
                arg: a.id.clone(),
                n: 1,
            },
            Route::Passage {
                source: a.source.clone(),
                start: span.start,
                end: span.end,
            },
            Route::Recommendations,
            Route::Compare,
            Route::Overview,
            Route::SideBySide {
                option: o.clone(),
                a: s.id.clone(),
                b: t.id.clone(),
            },
            Route::Search,
            Route::Discrepancies,
            Route::SharedWording,
            Route::Timeline,
            Route::Glossary,
            Route::About,
            Route::Documents,
            Route::Notebook,
            Route::Handout { id: o.clone() },
            Route::Handout { id: "all".into() },
            Route::Slides { deck: o, n: 1 },
            Route::NotFound,
        ];
        if let Some(r) = c.recommendations.get(nth(c.recommendations.len())) {
            v.push(Route::Recommendation { id: r.id.clone() });
        }
        v.iter().for_each(|r| match r {
            Route::Home
            | Route::Option { .. }
            | Route::Argument { .. }
            | Route::Source { .. }
            | Route::Quote { .. }
            | Route::Passage { .. }
            | Route::Recommendations
            | Route::Recommendation { .. }
            | Route::Compare
            | Route::Overview
            | Route::SideBySide { .. }
            | Route::Search
            | Route::Discrepancies
            | Route::SharedWording
            | Route::Timeline
            | Route::Glossary
            | Route::About
            | Route::Documents
            | Route::Notebook
            | Route::Handout { .. }
            | Route::Slides { .. }
            | Route::NotFound => {}
        });
        v
    }

    /// Reads a path such as `/quote/akbar-border-1/2` (one trailing `/` is ignored,
    /// `%xx` escapes are decoded). Anything else is [`Route::NotFound`].
    fn from_path_str(path: &str) -> Route {
        Route::match_path(path).unwrap_or(Route::NotFound)
    }

    fn match_path(path: &str) -> Option<Route> {
        let path = path.strip_suffix('/').unwrap_or(path);
        let path = path.strip_prefix('/').unwrap_or(path);
        if path.is_empty() {
            return Some(Route::Home);
        }
        let mut segs = path.split('/');
        let first = segs.next()?;
        // Each segment decoded; a segment that is not UTF-8 matches nothing.
        let decode = |seg: &str| String::from_utf8(percent_decode_bytes(seg, false)).ok();
        let rest: Vec<String> = segs.map(decode).collect::<Option<_>>()?;
        if rest.iter().any(String::is_empty) {
            return None;
        }
        let r = match (first, rest.as_slice()) {
            ("recommendations", []) => Route::Recommendations,
            ("recommendation", [id]) => Route::Recommendation { id: id.clone() },
            ("compare", []) => Route::Compare,
            ("overview", []) => Route::Overview,
            ("search", []) => Route::Search,
            ("discrepancies", []) => Route::Discrepancies,
            ("shared-wording", []) => Route::SharedWording,
            ("timeline", []) => Route::Timeline,
            ("glossary", []) => Route::Glossary,
            ("about", []) => Route::About,
            ("documents", []) => Route::Documents,
            ("notebook", []) => Route::Notebook,
            ("not-found", []) => Route::NotFound,
            ("option", [id]) => Route::Option { id: id.clone() },
            ("argument", [id]) => Route::Argument { id: id.clone() },
            ("source", [id]) => Route::Source { id: id.clone() },
            ("handout", [id]) => Route::Handout { id: id.clone() },
            ("quote", [arg, n]) => Route::Quote {
                arg: arg.clone(),
                n: n.parse().ok()?,
            },
            ("passage", [source, start, end]) => Route::Passage {
                source: source.clone(),
                start: start.parse().ok()?,
                end: end.parse().ok()?,
            },
            ("slides", [deck, n]) => Route::Slides {
                deck: deck.clone(),
                n: n.parse().ok()?,
            },
            ("compare", [option, a, b]) => Route::SideBySide {
                option: option.clone(),
                a: a.clone(),
                b: b.clone(),
            },
            _ => return None,
        };
        Some(r)
    }

    /// The `href` for a plain `<a>` to this route: `#` and the path (a test checks it
    /// against the `Routable` derive's `to_path`).
    pub fn href(&self) -> String {
        let (n, start, end);
        let (name, parts): (&str, [Option<&str>; 3]) = match self {
            Route::Home => ("", [None; 3]),
            Route::Option { id } => ("option", [Some(id), None, None]),
            Route::Argument { id } => ("argument", [Some(id), None, None]),
            Route::Source { id } => ("source", [Some(id), None, None]),
            Route::Handout { id } => ("handout", [Some(id), None, None]),
            Route::Quote { arg, n: i } => {
                n = i.to_string();
                ("quote", [Some(arg), Some(&n), None])
            }
            Route::Passage {
                source,
                start: s,
                end: e,
            } => {
                (start, end) = (s.to_string(), e.to_string());
                ("passage", [Some(source), Some(&start), Some(&end)])
            }
            Route::Recommendations => ("recommendations", [None; 3]),
            Route::Recommendation { id } => ("recommendation", [Some(id), None, None]),
            Route::Compare => ("compare", [None; 3]),
            Route::Overview => ("overview", [None; 3]),
            Route::SideBySide { option, a, b } => ("compare", [Some(option), Some(a), Some(b)]),
            Route::Search => ("search", [None; 3]),
            Route::Discrepancies => ("discrepancies", [None; 3]),
            Route::SharedWording => ("shared-wording", [None; 3]),
            Route::Timeline => ("timeline", [None; 3]),
            Route::Glossary => ("glossary", [None; 3]),
            Route::About => ("about", [None; 3]),
            Route::Documents => ("documents", [None; 3]),
            Route::Notebook => ("notebook", [None; 3]),
            Route::NotFound => ("not-found", [None; 3]),
            Route::Slides { deck, n: i } => {
                n = i.to_string();
                ("slides", [Some(deck), Some(&n), None])
            }
        };
        let mut out = String::from("#/");
        out.push_str(name);
        for p in parts.into_iter().flatten() {
            out.push('/');
            percent_encode_into(&mut out, p, b"");
        }
        out
    }

    /// The `href` to this route with `filter` in the query ([`Route::href`] when
    /// nothing is filtered).
    pub fn href_filtered(&self, filter: &Filter) -> String {
        let mut href = self.href();
        let query = query_from_filter(filter);
        if !query.is_empty() {
            href.push('?');
            href.push_str(&query);
        }
        href
    }

    /// The title for the document and the `<h1>` of views that have a fixed one.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Home => "Policy options",
            Route::Option { .. } | Route::Argument { .. } => "Option",
            Route::Source { .. } | Route::Quote { .. } | Route::Passage { .. } => "Source",
            Route::Recommendations | Route::Recommendation { .. } => "Recommendations",
            Route::Compare => "Compare sources",
            Route::Overview => "At a glance",
            Route::SideBySide { .. } => "Two sources side by side",
            Route::Search => "Search the evidence",
            Route::Discrepancies => "Facts that differ",
            Route::SharedWording => "Shared wording",
            Route::Timeline => "Timeline",
            Route::Glossary => "Glossary",
            Route::About => "About",
            Route::Documents => "Your documents",
            Route::Notebook => "Your notebook",
            Route::Handout { .. } => "Handout",
            Route::NotFound => "Page not found",
            Route::Slides { .. } => "Slides",
        }
    }

    /// The view on screen, apart from which slide of a presentation it shows: stepping
    /// from slide to slide is not a change of view, so the app leaves focus and the
    /// document title to the slides view (which announces each slide itself) instead of
    /// moving focus to the heading at every step.
    pub fn view(&self) -> Route {
        match self {
            Route::Slides { deck, .. } => Route::Slides {
                deck: deck.clone(),
                n: 0,
            },
            r => r.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_routes() {
        let cases = [
            ("/", Route::Home),
            (
                "/option/border",
                Route::Option {
                    id: "border".into(),
                },
            ),
            (
                "/argument/akbar-border-1",
                Route::Argument {
                    id: "akbar-border-1".into(),
                },
            ),
            (
                "/quote/akbar-border-1/2",
                Route::Quote {
                    arg: "akbar-border-1".into(),
                    n: 2,
                },
            ),
            (
                "/passage/kakar/10/20",
                Route::Passage {
                    source: "kakar".into(),
                    start: 10,
                    end: 20,
                },
            ),
            (
                "/compare/border/akbar/kakar",
                Route::SideBySide {
                    option: "border".into(),
                    a: "akbar".into(),
                    b: "kakar".into(),
                },
            ),
            ("/search", Route::Search),
            ("/overview", Route::Overview),
            ("/about", Route::About),
            ("/documents", Route::Documents),
            ("/notebook", Route::Notebook),
            ("/handout/all", Route::Handout { id: "all".into() }),
            (
                "/slides/border/3",
                Route::Slides {
                    deck: "border".into(),
                    n: 3,
                },
            ),
            (
                "/slides/all/12",
                Route::Slides {
                    deck: "all".into(),
                    n: 12,
                },
            ),
        ];
        for (path, route) in cases {
            assert_eq!(Route::from_path_str(path), route, "{path}");
            assert_eq!(route.to_path(), path);
        }
    }

    #[test]
    fn reads_hashes_with_queries() {
        let here = Here::parse("#/option/border?stance=for&q=fence");
        assert_eq!(
            here.route,
            Route::Option {
                id: "border".into()
            }
        );
        assert_eq!(here.query, "stance=for&q=fence");
        assert_eq!(Here::parse("").route, Route::Home);
        assert_eq!(Here::parse("#").route, Route::Home);
        assert_eq!(Here::parse("#/").route, Route::Home);
        assert_eq!(Here::parse("#main").route, Route::NotFound);
        assert_eq!(Here::parse("#/search?").query, "");
        assert_eq!(
            Route::Quote {
                arg: "a".into(),
                n: 2
            }
            .href(),
            "#/quote/a/2"
        );
    }

    #[test]
    fn unknown_paths_are_not_found() {
        assert_eq!(Route::from_path_str("/nope"), Route::NotFound);
        assert_eq!(Route::from_path_str("/quote/x/notanumber"), Route::NotFound);
        assert_eq!(Route::from_path_str("/passage/x/1"), Route::NotFound);
        assert_eq!(Route::from_path_str("/slides/border"), Route::NotFound);
        assert_eq!(Route::from_path_str("/slides/border/x"), Route::NotFound);
        assert_eq!(Route::from_path_str("/slides/border/-1"), Route::NotFound);
        assert_eq!(Route::from_path_str("/slides/border/1/2"), Route::NotFound);
    }

    #[test]
    fn slide_addresses_read_and_print_back() {
        let here = Here::parse("#/slides/border/3");
        let slide = Route::Slides {
            deck: "border".into(),
            n: 3,
        };
        assert_eq!(here.route, slide);
        assert_eq!(slide.href(), "#/slides/border/3");
        assert_eq!(
            Here::parse("#/slides/all/12/").route.href(),
            "#/slides/all/12"
        );
        assert_eq!(
            Route::Slides {
                deck: "a b".into(),
                n: 1
            }
            .href(),
            "#/slides/a%20b/1"
        );
        // Slides of one presentation are one view; another presentation is another.
        let other = Route::Slides {
            deck: "border".into(),
            n: 4,
        };
        assert_eq!(slide.view(), other.view());
        assert_ne!(
            slide.view(),
            Route::Slides {
                deck: "all".into(),
                n: 3
            }
            .view()
        );
        assert_eq!(Route::About.view(), Route::About);
    }

    /// The app's matcher reads every path as the `Routable` derive's own recognizer does.
    #[test]
    fn matcher_agrees_with_the_routable_derive() {
        let c = crate::state::corpus();
        let mut routes = Route::one_of_each(c, 0);
        routes.push(Route::Passage {
            source: "kakar".into(),
            start: 0,
            end: u32::MAX,
        });
        for deck in c.options.iter().map(|o| o.id.as_str()).chain(["all"]) {
            for n in [0, 1, 2, 187, usize::MAX] {
                routes.push(Route::Slides {
                    deck: deck.into(),
                    n,
                });
            }
        }
        for o in c.options.iter() {
            routes.push(Route::Option {
                id: o.id.to_string(),
            });
            routes.push(Route::Handout {
                id: o.id.to_string(),
            });
            for a in c.sources.iter() {
                for b in c.sources.iter() {
                    routes.push(Route::SideBySide {
                        option: o.id.to_string(),
                        a: a.id.to_string(),
                        b: b.id.to_string(),
                    });
                }
            }
        }
        for s in c.sources.iter() {
            routes.push(Route::Source {
                id: s.id.to_string(),
            });
        }
        for r in c.recommendations.iter() {
            routes.push(Route::Recommendation { id: r.id.clone() });
        }
        for a in c.arguments.iter() {
            routes.push(Route::Argument {
                id: a.id.to_string(),
            });
            for n in 1..=a.evidence.len() {
                routes.push(Route::Quote {
                    arg: a.id.to_string(),
                    n,
                });
            }
        }
        for odd in ["a b", "a/b", "ü", "a,b", "%41", "x?y#z"] {
            routes.push(Route::Option { id: odd.into() });
            routes.push(Route::SideBySide {
                option: odd.into(),
                a: "a".into(),
                b: odd.into(),
            });
            routes.push(Route::Quote {
                arg: odd.into(),
                n: 3,
            });
            routes.push(Route::Slides {
                deck: odd.into(),
                n: 3,
            });
        }
        let mut paths: Vec<String> = Vec::new();
        for r in &routes {
            let p = r.to_path();
            assert_eq!(r.href(), format!("#{p}"));
            assert_eq!(Route::from_path_str(&p), *r, "{p}");
            paths.push(format!("{p}/"));
            paths.push(format!("{p}//"));
            paths.push(format!("{p}/x"));
            paths.push(
                p.rsplit_once('/')
                    .map_or(String::new(), |(h, _)| h.to_string()),
            );
        }
        paths.extend(
            [
                "",
                "/",
                "//",
                "///",
                "x",
                "about",
                "option/border",
                "/OPTION/border",
                "/option",
                "/option/",
                "/option//",
                "/option/bor%64er",
                "/option/a%2Fb",
                "/option/%ff",
                "/option/%zz",
                "/option/%",
                "/option/a b",
                "/quote/x/+1",
                "/quote/x/-1",
                "/quote/x/01",
                "/quote/x/1.0",
                "/quote/x/99999999999999999999999",
                "/passage/kakar/1/4294967296",
                "/passage/kakar//2",
                "/compare/a/b",
                "/compare/a/b/c/d",
                "/slides",
                "/slides/all",
                "/slides/all/",
                "/slides/all/x",
                "/slides/all/+3",
                "/slides/all/1/2",
                "/search/x",
                "/handout",
                "/handout/",
                "/handout/all/x",
                "/about/",
                "/not-found",
                "/option/border?x=1",
            ]
            .map(String::from),
        );
        for p in &paths {
            let derive = Route::recognize(p).unwrap_or(Route::NotFound);
            assert_eq!(Route::from_path_str(p), derive, "path {p:?}");
        }
    }
}
