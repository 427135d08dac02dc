//! A table with one column per model, scrolling sideways inside its own focusable region on
//! narrow screens. Every cell carries its model in `data-model`, which the stylesheet matches
//! against the root's `data-now`.

use leptos::prelude::*;
use partner_fit_engine::Model;

/// The table `id` with its caption, header row and `children` rows.
#[component]
pub fn ModelTable(
    id: &'static str,
    caption: &'static str,
    /// The heading of the row-heading column.
    corner: &'static str,
    children: Children,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    view! {
        <div class="content-table__region" role="region" tabindex="0" aria-labelledby=caption_id.clone()>
            <table class="content-table content-table--models" id=id data-testid="compare-table">
                <caption id=caption_id.clone()>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="content-table__corner">{corner}</th>
                        {Model::ALL.map(|m| view! {
                            <th scope="col" class=format!("content-table__head content-table__head--{}", m.id()) data-model=m.id()>
                                {m.name()}
                                <span class="fit-badge when-now" data-model=m.id() data-testid="compare-fit" data-value=m.id()>"Your fit"</span>
                            </th>
                        })}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// A row: its heading and a cell per model.
#[component]
pub fn ModelRow(heading: &'static str, cell: impl Fn(Model) -> AnyView + 'static) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{heading}</th>
            {Model::ALL.map(|m| view! { <td data-model=m.id()>{cell(m)}</td> })}
        </tr>
    }
}
