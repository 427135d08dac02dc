//! One part of the current assessment as a memo of its own.

use leptos::prelude::*;
use partner_fit_engine::assessment::Assessment;

use crate::ui::state::use_app_state;

/// `part` of the current assessment, notifying only when that part changed, so a card
/// touches the DOM only where its content did. `T::default()` while there is no assessment,
/// when the cards are on their way out.
pub fn assessed<T>(part: impl Fn(&Assessment) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Default + PartialEq + Send + Sync + 'static,
{
    let state = use_app_state();
    Memo::new(move |_| {
        state
            .assessment
            .with(|a| a.as_ref().map(&part).unwrap_or_default())
    })
}
