//! Two sources' arguments on one option, in two columns.

use crate::components::argument_item::{argument_item, Show};
use crate::components::stance_badge::stance_badge;
use crate::model::{corpus, Stance};
use crate::pages::not_found;
use crate::route::Route;
use crate::state::AppState;
use yew::prelude::*;

/// Sources `a` and `b` side by side on `option`, arguments open as `state` says (a
/// plain function: it has no state of its own).
pub fn side_by_side(option: &str, a: &str, b: &str, state: Option<&AppState>) -> Html {
    let c = corpus();
    let Some(option) = c.option(option) else {
        return not_found(format!("There is no policy option with the id “{option}”."));
    };
    let (Some(a), Some(b)) = (c.source(a), c.source(b)) else {
        return not_found(format!("There is no source with the id “{a}” or “{b}”."));
    };
    let column = |s: &'static crate::model::Source| {
        let args: Vec<_> = c.arguments_on(&option.id, &s.id).collect();
        html! {
            <section class="column" aria-labelledby={format!("col-{}", s.id)} data-testid="side-column" data-source={s.id.to_string()}>
                <h2 id={format!("col-{}", s.id)}><a href={Route::Source { id: s.id.to_string() }.href()}>{ s.short.to_string() }</a></h2>
                <p class="position-line">{ c.position(&option.id, &s.id).map_or_else(|| "Not discussed".to_string(), |p| p.summary.to_string()) }</p>
                if args.is_empty() {
                    <p class="muted">{ "This source gives no arguments on this option." }</p>
                }
                { for Stance::ALL.into_iter().filter(|st| args.iter().any(|x| x.stance == *st)).map(|st| html! {
                    <div key={st.as_str()} class="stance-group">
                        <h3>{ stance_badge(st) }</h3>
                        <ul class="arguments">
                            { for args.iter().filter(|x| x.stance == st).map(|x| argument_item(x, state, &[], Show::default())) }
                        </ul>
                    </div>
                }) }
            </section>
        }
    };
    html! {
        <article class="side-by-side" data-testid="side-by-side">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href={Route::Compare.href()}>{ "Compare" }</a>{ " › " }
                <a href={Route::Option { id: option.id.to_string() }.href()}>{ option.label.to_string() }</a>
            </nav>
            <h1>{ format!("{}: {} and {}", option.label, a.short, b.short) }</h1>
            <div class="columns">
                { column(a) }
                { if a.id != b.id { column(b) } else { html! {} } }
            </div>
        </article>
    }
}
