//! A part of a page hydrated by itself: [`Part`] draws the markup its parent made, as a
//! component of its own. Yew hydrates each component in a task of its own when its
//! scheduler may yield (vendor/README.md), so the home page's prerendered nodes are taken
//! over a part at a time rather than in one long task (issue 28: Lighthouse's total
//! blocking time; one task held the whole hydration, 45–60 ms on the test machine,
//! four times that on Lighthouse's slower CPU). One component type for every part: each
//! type of component links its own copy of Yew's component code (about 1 KB gzip).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PartProps {
    pub children: Html,
}

/// Draws its children.
#[function_component(Part)]
pub fn part(props: &PartProps) -> Html {
    props.children.clone()
}
