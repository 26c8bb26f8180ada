//! Two sources' arguments on one option, in two columns.

use crate::components::argument_item::Show;
use crate::components::not_found::not_found;
use crate::components::position::position_text;
use crate::components::stance_groups::stance_groups;
use crate::model::{corpus, Argument, PolicyOption, Source};
use crate::route::Route;
use crate::state::AppState;
use yew::prelude::*;

/// Sources `a` and `b` side by side on `option`, arguments open as `state` says (a
/// plain function: it has no state of its own).
pub fn side_by_side(option: &str, a: &str, b: &str, state: &AppState) -> Html {
    let c = corpus();
    let Some(option) = c.option(option) else {
        return not_found(&format!(
            "There is no policy option with the id “{option}”."
        ));
    };
    let (Some(a), Some(b)) = (c.source(a), c.source(b)) else {
        return not_found(&format!("There is no source with the id “{a}” or “{b}”."));
    };
    html! {
        <article class="side-by-side" data-testid="side-by-side">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href={Route::Compare.href()}>{ "Compare" }</a>{ " › " }
                <a href={Route::Option { id: option.id.clone() }.href()}>{ option.label.as_str() }</a>
            </nav>
            <h1>{ format!("{}: {} and {}", option.label, a.short, b.short) }</h1>
            <div class="columns">
                { column(option, a, state) }
                if a.id != b.id { { column(option, b, state) } }
            </div>
        </article>
    }
}

/// One source's position and arguments on `option`.
fn column(option: &'static PolicyOption, s: &'static Source, state: &AppState) -> Html {
    let c = corpus();
    let args: Vec<&'static Argument> = c.arguments_on(&option.id, &s.id).collect();
    let heading = format!("col-{}", s.id);
    html! {
        <section class="column" aria-labelledby={heading.clone()} data-testid="side-column" data-source={s.id.clone()}>
            <h2 id={heading}><a href={Route::Source { id: s.id.clone() }.href()}>{ s.short.as_str() }</a></h2>
            <p class="position-line">{ position_text(c.position(&option.id, &s.id)) }</p>
            if args.is_empty() {
                <p class="muted">{ "This source gives no arguments on this option." }</p>
            }
            { stance_groups(&args, state, &[], Show::default(), None) }
        </section>
    }
}
