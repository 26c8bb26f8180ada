//! Actors, places, agreements and terms, in our own words.

use crate::route::query_value;
use crate::state::corpus;
use yew::prelude::*;

/// The view (a plain function: it has no state; [`super::switch`] keys it by route).
/// `?at=<term>` (a search result's link) opens with that entry scrolled to and focused.
pub fn glossary(query: &str) -> Html {
    let c = corpus();
    let at = query_value(query, "at");
    html! {
        <article class="glossary-page" data-testid="glossary-page">
            <h1>{ "Glossary" }</h1>
            <p class="lede">{ "The people, groups, places, agreements and terms the sources use, with the other spellings they use for them." }</p>
            <dl class="glossary">
                { for c.glossary.iter().map(|t| html! {
                    <div key={t.term.to_string()} data-testid="glossary-term" data-term={t.term.to_string()}
                        tabindex="-1" data-scroll-target={(at.as_deref() == Some(&*t.term)).then_some("")}>
                        <dt>{ t.term.to_string() }</dt>
                        <dd>
                            { t.definition.to_string() }
                            if t.aliases.iter().any(|a| *a != t.term) {
                                <span class="aliases">{ format!(" Also written: {}.", t.aliases.iter().filter(|a| **a != t.term).map(|a| a.to_string()).collect::<Vec<_>>().join(", ")) }</span>
                            }
                        </dd>
                    </div>
                }) }
            </dl>
        </article>
    }
}
