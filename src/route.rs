//! Every view has a hash URL (`#/...`), so links work offline and from `file://`.

use yew_router::Routable;

#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// All options as cards.
    #[at("/")]
    Home,
    /// One option: its arguments grouped by source.
    #[at("/option/:id")]
    Option { id: String },
    /// One argument, open on its option page.
    #[at("/argument/:id")]
    Argument { id: String },
    /// A source: its details, positions and full text.
    #[at("/source/:id")]
    Source { id: String },
    /// An argument's quote, highlighted in its source (`n` counts from 1).
    #[at("/quote/:arg/:n")]
    Quote { arg: String, n: usize },
    /// Any passage of a source by byte range, highlighted.
    #[at("/passage/:source/:start/:end")]
    Passage {
        source: String,
        start: u32,
        end: u32,
    },
    /// The option × source matrix.
    #[at("/compare")]
    Compare,
    /// Two sources side by side on one option.
    #[at("/compare/:option/:a/:b")]
    SideBySide {
        option: String,
        a: String,
        b: String,
    },
    /// Search and filters over every argument.
    #[at("/search")]
    Search,
    /// Where the sources' figures, dates and names disagree.
    #[at("/discrepancies")]
    Discrepancies,
    /// Wording one source shares with another.
    #[at("/shared-wording")]
    SharedWording,
    /// Dated events the sources cite.
    #[at("/timeline")]
    Timeline,
    #[at("/glossary")]
    Glossary,
    #[at("/about")]
    About,
    #[not_found]
    #[at("/not-found")]
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
            p if p.starts_with('/') => Route::recognize(p).unwrap_or(Route::NotFound),
            _ => Route::NotFound,
        };
        Here {
            route,
            query: query.to_string(),
        }
    }
}

impl Route {
    /// The `href` for a plain `<a>` to this route (for links that need ARIA attributes,
    /// which the router's `Link` does not pass through).
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }

    /// The title for the document and the `<h1>` of views that have a fixed one.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Home => "Policy options",
            Route::Option { .. } | Route::Argument { .. } => "Option",
            Route::Source { .. } | Route::Quote { .. } | Route::Passage { .. } => "Source",
            Route::Compare => "Compare sources",
            Route::SideBySide { .. } => "Two sources side by side",
            Route::Search => "Search the evidence",
            Route::Discrepancies => "Facts that differ",
            Route::SharedWording => "Shared wording",
            Route::Timeline => "Timeline",
            Route::Glossary => "Glossary",
            Route::About => "About",
            Route::NotFound => "Page not found",
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
            ("/about", Route::About),
        ];
        for (path, route) in cases {
            assert_eq!(Route::recognize(path), Some(route.clone()), "{path}");
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
        assert_eq!(Route::recognize("/nope"), Some(Route::NotFound));
        assert_eq!(
            Route::recognize("/quote/x/notanumber"),
            Some(Route::NotFound)
        );
        assert_eq!(Route::recognize("/passage/x/1"), Some(Route::NotFound));
    }
}
