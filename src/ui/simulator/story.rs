//! The simulator's headline sentence: its figures set beside the advice, so a model that
//! earns most in money never silently contradicts the model the assessment says to run now.

use leptos::prelude::*;

use crate::ui::format::js_number;
use crate::ui::live_formats::{figure, LiveFormats};
use crate::ui::state::use_app_state;

/// The story in words, with its state, the two models and the nearest tie for tests and hosts.
#[component]
pub fn StorySentence(fmt: LiveFormats) -> impl IntoView {
    let story = use_app_state().story;
    let text =
        Signal::derive(move || fmt.with(|f| story.with(|s| s.sentence(&|fig| figure(f, fig)))));
    view! {
        <p
            class="sim-story"
            id="sim-story"
            data-testid="chart-summary"
            data-state=Signal::derive(move || story.with(|s| s.state().to_owned()))
            data-focus=Signal::derive(move || story.with(|s| s.focus().id().to_owned()))
            data-leader=Signal::derive(move || story.with(|s| s.leader().id().to_owned()))
            data-param=Signal::derive(move || story.with(|s| s.nearest().map(|(p, _)| p.spec().key.to_owned())))
            data-value=Signal::derive(move || story.with(|s| s.nearest().map(|(_, v)| js_number(v))))
        >
            {text}
        </p>
    }
}
