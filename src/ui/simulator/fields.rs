//! The simulator's inputs in their groups, the costs folded away until asked for.

use leptos::prelude::*;
use partner_fit_engine::economics::{Currency, Param};

use super::field::SimField;

/// The visible input groups: a legend and its parameters.
const GROUPS: [(&str, &[Param]); 3] = [
    (
        "Your deals",
        &[
            Param::Acv,
            Param::Gm,
            Param::Yrs,
            Param::Ret,
            Param::Exp,
            Param::Rate,
        ],
    ),
    (
        "New customers a year",
        &[Param::NRef, Param::NCo, Param::NRes],
    ),
    (
        "Partner terms",
        &[
            Param::Uplift,
            Param::Fee,
            Param::FeeYrs,
            Param::Bounty,
            Param::Disc,
            Param::Spiff,
        ],
    ),
];

/// Whether `p` has a place in one of the visible [`GROUPS`]; every other parameter (costs
/// with sensible defaults) is folded away, so a new one always gets a field.
fn in_group(p: Param) -> bool {
    GROUPS.iter().any(|(_, params)| params.contains(&p))
}

/// A field per parameter: the groups, then the costs in a `<details>`.
#[component]
pub fn SimFields(currency: Memo<Currency>) -> impl IntoView {
    let field = move |param| view! { <SimField param currency /> };
    let groups = GROUPS.map(|(legend, params)| {
        view! {
            <fieldset class="sim-group">
                <legend>{legend}</legend>
                {params.iter().copied().map(field).collect_view()}
            </fieldset>
        }
    });
    let costs = Param::ALL.into_iter().filter(|&p| !in_group(p)).map(field);
    view! {
        {groups.into_iter().collect_view()}
        <details class="sim-group sim-advanced">
            <summary>"Programme and running costs"</summary>
            {costs.collect_view()}
        </details>
    }
}
