use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, PartialEq, Routable)]
enum Route {
    #[at("/")]
    Home,
    #[not_found]
    #[at("/404")]
    NotFound,
}

#[function_component(App)]
fn app() -> Html {
    let render = |r: Route| match r {
        Route::Home => html! { <h1 data-testid="hello">{ "Hello world" }</h1> },
        Route::NotFound => html! { <p>{ "Not found" }</p> },
    };
    use_effect_with((), |_| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("first-render");
        }
    });
    html! { <HashRouter><Switch<Route> {render} /></HashRouter> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
