//! Actors, places, agreements and terms, in our own words.

use crate::state::corpus;
use yew::prelude::*;

/// The view (a plain function: it has no state; [`super::switch`] keys it by route).
pub fn glossary() -> Html {
    let c = corpus();
    html! {
        <article class="glossary-page" data-testid="glossary-page">
            <h1>{ "Glossary" }</h1>
            <p class="lede">{ "The people, groups, places, agreements and terms the sources use, with the other spellings they use for them." }</p>
            <dl class="glossary">
                { for c.glossary.iter().map(|t| html! {
                    <div key={t.term.to_string()} data-testid="glossary-term">
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
