//! A table with one column per model, which marks the visitor's recommended model and
//! scrolls sideways inside its own focusable region on narrow screens.

use leptos::prelude::*;
use partner_fit_engine::Model;

/// One row: its heading and a cell per model, indexed by [`Model::index`].
pub struct Row {
    pub heading: &'static str,
    pub cells: [AnyView; 3],
}

/// The table; `fit` is the recommended model, `None` before the assessment has one.
#[component]
pub fn ModelTable(
    /// Unique id of the table; its caption's id is derived from it.
    id: &'static str,
    caption: &'static str,
    /// The heading of the row-heading column.
    corner: &'static str,
    #[prop(into)] fit: Signal<Option<Model>>,
    rows: Vec<Row>,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let region_label = caption_id.clone();
    // One class on the table marks the column (CSS matches the cells' `data-model`).
    let table_class = move || match fit.get() {
        Some(m) => format!("content-table content-table--models fit-{}", m.id()),
        None => "content-table content-table--models".to_owned(),
    };
    let heads = Model::ALL
        .map(|m| {
            view! {
                <th
                    scope="col"
                    class=format!("content-table__head content-table__head--{}", m.id())
                    data-model=m.id()
                >
                    {m.name()}
                    <Show when=move || fit.get() == Some(m)>
                        " "
                        <span class="fit-badge" data-testid="compare-fit" data-value=m.id()>
                            "Your fit"
                        </span>
                    </Show>
                </th>
            }
        })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|row| {
            let [a, b, c] = row.cells;
            view! {
                <tr>
                    <th scope="row">{row.heading}</th>
                    <td data-model="referral">{a}</td>
                    <td data-model="cosell">{b}</td>
                    <td data-model="reseller">{c}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="content-table__region" role="region" tabindex="0" aria-labelledby=region_label>
            <table class=table_class id=id data-testid="compare-table">
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="content-table__corner">{corner}</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
