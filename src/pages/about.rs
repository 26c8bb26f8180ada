//! What the app is, its sources, how the evidence was extracted and checked, and what it does not do.

use crate::model::cite::authors_line;
use crate::route::Route;
use crate::state::{corpus, own_name};
use yew::prelude::*;

/// The view (a plain function: it has no state; [`super::switch`] keys it by route).
pub fn about() -> Html {
    let c = corpus();
    html! {
        <article class="about-page" data-testid="about-page">
            <h1>{ "About this app" }</h1>
            if let Some(name) = own_name() {
                <p class="lede" data-testid="about-own">
                    { "Policy Options Explainer lays out the courses of action that the sources in “" }<bdi>{ name }</bdi>
                    { "” discuss, and the arguments each source gives for \
                       and against them, each backed by quotes you can read in the source's own text. Whoever made this corpus \
                       file chose the documents and wrote the claims; the app checked that every quote is a piece of its source's text." }
                </p>
            } else {
                <p class="lede">
                    { "Policy Options Explainer lays out the courses of action that four sources discuss for Pakistan's response to the \
                       Tehrik-e-Taliban Pakistan (TTP) after the Taliban took power in Afghanistan in 2021, and the arguments each source \
                       gives for and against them, each backed by quotes you can read in the source's own text." }
                </p>
            }
            <h2>{ "What it does not do" }</h2>
            <p data-testid="no-judgement">
                { "The app does not score, rank, rate or predict anything. It does not say which option works, which source is more \
                   credible or how many arguments an option has. Options and sources appear in a fixed order that carries no judgement, \
                   and stances are shown as words with shapes, not as good or bad colours." }
            </p>
            <h2>{ "The sources" }</h2>
            <ul>
                { for c.sources.iter().map(|s| html! {
                    <li key={s.id.to_string()}>
                        <a href={Route::Source { id: s.id.to_string() }.href()}>{ s.title.to_string() }</a>
                        { format!(" — {} ({}). {}", authors_line(&s.authors), s.kind, s.method) }
                    </li>
                }) }
            </ul>
            // How the built-in documents were read and checked (issue 13: only for them).
            if own_name().is_none() {
                <h2>{ "How the evidence was extracted" }</h2>
                <p>
                    { "Each source was read whole. For every option a source discusses, the arguments it gives on each side were recorded \
                       with a claim in our own neutral words and one or more quotes copied exactly from the source. Each quote is typed as a \
                       statistic, an event, an expert interview, an official statement, cited scholarship, the author's assessment or a \
                       recommendation, and says whose view it is: the author's, an interviewee's, an official's or a cited author's." }
                </p>
                <p>
                    { "Every argument and position was then read twice against the whole paragraph and section it comes from, by two \
                       readers working independently, and each disagreement was settled against the text: whether the passage is really \
                       about that option, whether its stance shows in its own quotes, whether the claim is no stronger and no weaker than \
                       the source, and whose view it is. Every passage in which a source recommends a course of action is listed, once, \
                       on the " }
                    <a href={Route::Recommendations.href()}>{ "Recommendations" }</a>
                    { " page." }
                </p>
                <h2>{ "How the quotes are checked" }</h2>
                <p>
                    { "The source texts are kept byte for byte as supplied, and their SHA-256 checksums are checked. When the app is built, \
                       every quote is looked up in its source after a small normalisation: markup such as bold marks, superscript tags and \
                       heading marks is dropped and runs of spaces and line breaks count as one space. Nothing else is changed: not letter \
                       case, not quotation marks, not spelling. If any quote is not found, the build and the tests fail." }
                </p>
                <p>
                    { "The sources contain errors, inconsistent figures and passages borrowed from each other. They are kept as printed; \
                       the pages " }
                    <a href={Route::Discrepancies.href()}>{ "Facts that differ" }</a>
                    { " and " }
                    <a href={Route::SharedWording.href()}>{ "Shared wording" }</a>
                    { " point them out." }
                </p>
            }
            <h2>{ "Using it" }</h2>
            <ul>
                <li>{ "Every view has its own address, including filtered and searched views, so you can bookmark or share it." }</li>
                <li>{ "Keyboard: Tab moves between links and controls; j and k step through cards, arguments and entries, and Enter opens the one you are on. \
                       In presenter mode the arrow keys and Page Up / Page Down do the same and the type is larger." }</li>
                <li>{ "It works offline: nothing is loaded from the network, and the sources are built into the app." }</li>
                <li>{ "To read your own documents in it, open a corpus file on the " }<a href={Route::Documents.href()}>{ "Your documents" }</a>{ " page." }</li>
            </ul>
            <h2>{ "Your notebook and what is stored" }</h2>
            <p data-testid="about-storage">
                { "“Add argument to notebook” and “Add quote to notebook” keep an argument or a quote, with your private note and the citation style you chose, in your " }
                <a href={Route::Notebook.href()}>{ "notebook" }</a>
                { ". It is stored only in this browser on this device, in its local storage (under the name \
                   “policy-options-explainer.notebook”; documents you open on the Your documents page have a notebook of their own), \
                   and never leaves the device: the app sends nothing anywhere, and its Markdown, CSV and notebook files are made in \
                   the browser. Clearing the browser's data for this page deletes it; the notebook file keeps a copy you can import \
                   again. The same storage keeps only three other things: whether presenter mode is on, the colour theme you chose, \
                   and the documents you opened, until you go back to the built-in ones." }
            </p>
        </article>
    }
}
