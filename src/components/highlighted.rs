//! Text with search matches wrapped in `<mark>`, built from text segments (never raw HTML).

use crate::model::{highlight_terms, Term};
use yew::prelude::*;

/// Renders `text` with every case-insensitive match of `terms` marked.
pub fn highlighted(text: &str, terms: &[Term]) -> Html {
    if terms.is_empty() {
        return html! { { text.to_string() } };
    }
    html! {
        { for highlight_terms(text, terms).into_iter().map(|seg| if seg.hit {
            html! { <mark class="search-hit" data-testid="search-hit">{ seg.text.to_string() }</mark> }
        } else {
            html! { { seg.text.to_string() } }
        }) }
    }
}
