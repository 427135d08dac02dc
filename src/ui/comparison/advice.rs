//! What the advice says in A and in B (the model to run now, where the partner can lead) beside
//! what the figures say (the model that contributes most), so a change that moves one and not
//! the other shows.

use leptos::prelude::*;
use partner_fit_engine::assessment::Assessment;
use partner_fit_engine::economics::Simulation;
use partner_fit_engine::Model;

use crate::ui::state::use_app_state;

/// A row of the advice: its `data-kind`, label, and how it is read from an assessment.
type Row = (&'static str, &'static str, fn(&Assessment) -> Model);

const ROWS: [Row; 2] = [
    ("now", "Run now", Assessment::model),
    ("target", "Target", Assessment::target),
];

/// The advice of both scenarios in one small table; `sim_a` is A's simulation.
#[component]
pub fn AdvicePair(sim_a: Signal<Simulation>) -> impl IntoView {
    let state = use_app_state();
    let (a, b) = (state.pinned_assessment, state.assessment);
    let rows = ROWS.map(|(kind, label, read)| {
        let cell = move |side: &'static str, assessed: Memo<Option<Assessment>>| {
            let model = Memo::new(move |_| assessed.with(|x| x.as_ref().map(read)));
            view! {
                <td
                    data-testid="compare-advice"
                    data-kind=kind
                    data-scenario=side
                    data-value=move || model.get().map(Model::id)
                >
                    {move || model.get().map_or("Not assessed: answer the first two questions", Model::name)}
                </td>
            }
        };
        view! {
            <tr>
                <th scope="row">{label}</th>
                {cell("a", a)}
                {cell("b", b)}
            </tr>
        }
    });
    // The figures' side of the story: the model that contributes most over each horizon.
    let leader = move |side: &'static str, sim: Signal<Simulation>| {
        let model = Memo::new(move |_| sim.with(Simulation::leader));
        view! {
            <td data-testid="compare-advice" data-kind="leader" data-scenario=side data-value=move || model.get().id()>
                {move || model.get().name()}
            </td>
        }
    };
    view! {
        <table class="versus__advice">
            <caption>"The advice"</caption>
            <thead>
                <tr>
                    <td></td>
                    <th scope="col">"A"</th>
                    <th scope="col">"B"</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().collect_view()}
                <tr>
                    <th scope="row">"Contributes most"</th>
                    {leader("a", sim_a)}
                    {leader("b", state.simulation.into())}
                </tr>
            </tbody>
        </table>
    }
}
