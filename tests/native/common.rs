//! What several native tests share: proptest's configuration, and rendering the view
//! for an address natively (Yew's server renderer).

use policy_options_explainer::route::Here;
use policy_options_explainer::shown::corpus;
use policy_options_explainer::testing::{switch, State};
use proptest::test_runner::{Config, RngSeed};
use yew::prelude::*;

/// `cases` cases from `seed` (or `PROPTEST_SEED` when set, to try others); nothing
/// written to disk on failure (the failing input is in the message).
pub fn config(cases: u32, seed: u64) -> Config {
    let seed = std::env::var("PROPTEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(seed);
    Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        ..Config::default()
    }
}

/// `s` with every argument of the corpus shown open (so their quotes render too).
pub fn all_open(mut s: State) -> State {
    s.open
        .extend(corpus().arguments.iter().map(|a| a.id.clone()));
    s
}

/// Renders the view the app shows for `hash` with `state` to HTML, natively.
pub fn render(hash: &str, state: State) -> String {
    #[derive(Properties, PartialEq)]
    struct Props {
        hash: String,
        state: State,
    }
    #[function_component]
    fn View(p: &Props) -> Html {
        let s = p.state.clone();
        let state = use_reducer(move || s);
        switch(&Here::parse(&p.hash), &state)
    }
    let props = Props {
        hash: hash.to_string(),
        state,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let local = tokio::task::LocalSet::new();
    runtime.block_on(local.run_until(yew::LocalServerRenderer::<View>::with_props(props).render()))
}
