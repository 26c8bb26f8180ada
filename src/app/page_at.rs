//! The page for one address on its own, for the native tests: they render it to HTML
//! with Yew's server renderer (`tests/generated.rs`), where [`App`](super::App) would
//! need a browser for the address. Host only: never in the browser bundle.

use crate::model::corpus;
use crate::pages::switch;
use crate::route::Here;
use crate::state::State;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// A location hash, as the browser gives it (`#/option/border?stance=for`).
    pub hash: AttrValue,
    /// Every argument's evidence open (so highlighted quotes are rendered too).
    #[prop_or_default]
    pub open: bool,
}

/// What `<main>` shows for `hash`.
#[function_component(PageAt)]
pub fn page_at(props: &Props) -> Html {
    let open = props.open;
    let state = use_reducer(move || {
        let mut s = State::default();
        if open {
            for a in corpus().arguments.iter() {
                s.open.insert(a.id.clone());
            }
        }
        s
    });
    switch(&Here::parse(&props.hash), &state)
}
