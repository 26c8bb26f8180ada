//! The baseline for `make bench`: a hello-world Yew page, nothing else.

use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    use_effect_with((), |_| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("first-render");
        }
    });
    html! { <h1 data-testid="hello">{ "Hello world" }</h1> }
}

fn main() {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("app-start");
    }
    yew::Renderer::<App>::new().render();
}
