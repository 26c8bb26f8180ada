//! Look-ups in a [`Corpus`] by id, and the records that belong together.

use super::schema::*;

impl Corpus {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn option(&self, id: &str) -> Option<&PolicyOption> {
        self.options.iter().find(|o| o.id == id)
    }

    pub fn argument(&self, id: &str) -> Option<&Argument> {
        self.arguments.iter().find(|a| a.id == id)
    }

    /// What `source` says overall on `option`, if it discusses it.
    pub fn position(&self, option: &str, source: &str) -> Option<&Position> {
        self.positions
            .iter()
            .find(|p| p.option == option && p.source == source)
    }

    /// Arguments on `option` from `source`, in corpus order.
    pub fn arguments_on<'a>(
        &'a self,
        option: &'a str,
        source: &'a str,
    ) -> impl Iterator<Item = &'a Argument> + 'a {
        self.arguments
            .iter()
            .filter(move |a| a.option == option && a.source == source)
    }

    /// Every argument whose evidence quotes `source`, with the evidence index.
    pub fn evidence_in<'a>(
        &'a self,
        source: &'a str,
    ) -> impl Iterator<Item = (&'a Argument, usize, &'a Evidence)> + 'a {
        self.arguments
            .iter()
            .filter(move |a| a.source == source)
            .flat_map(|a| a.evidence.iter().enumerate().map(move |(i, e)| (a, i, e)))
    }
}
