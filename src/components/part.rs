//! A part of a page hydrated by itself: [`Part`] draws the markup its parent made, as a
//! component of its own. Yew hydrates each component in a task of its own when its
//! scheduler may yield (vendor/README.md), so the home page's prerendered nodes are taken
//! over a part at a time rather than in one long task (issue 28: Lighthouse's total
//! blocking time; one task held the whole hydration, 45–60 ms on the test machine,
//! four times that on Lighthouse's slower CPU). One component type for every part: each
//! type of component links its own copy of Yew's component code (about 1 KB gzip).

use crate::model::PolicyOption;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PartProps {
    #[prop_or_default]
    pub children: Html,
    /// Or the card of this option, made in the part's own render (so in its own task).
    #[prop_or_default]
    pub card: Option<Card>,
}

/// An option record, the same if it is the same record (another one: another corpus).
#[derive(Clone, Copy)]
pub struct Card(pub &'static PolicyOption);

impl PartialEq for Card {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// Draws its children, or its card.
#[function_component(Part)]
pub fn part(props: &PartProps) -> Html {
    match props.card {
        Some(Card(option)) => super::option_card::card(option),
        None => props.children.clone(),
    }
}
