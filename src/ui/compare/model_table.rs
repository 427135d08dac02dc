//! A table with one column per model, which marks the visitor's recommended model and
//! scrolls sideways inside its own focusable region on narrow screens.

use leptos::prelude::*;
use partner_fit_engine::Model;

use crate::ui::legacy_markup::Html;
use crate::ui::state::AppState;

/// A table of the comparison: its texts and its rows as markup.
#[derive(Clone, Copy)]
pub struct Table {
    /// Unique id of the table.
    pub id: &'static str,
    /// The id of its caption, which labels the scrolling region.
    pub caption_id: &'static str,
    /// The heading above the table.
    pub title: &'static str,
    /// A sentence between the heading and the table (none when empty).
    pub note: &'static str,
    pub caption: &'static str,
    /// The heading of the row-heading column.
    pub corner: &'static str,
    /// The body rows, built once by [`row`].
    pub rows: fn() -> String,
}

/// Appends a row: its heading and a cell per model, each with the model in `data-model`
/// (which the table's `fit-<model>` class marks).
pub fn row(h: &mut Html, heading: &str, cell: impl Fn(&mut Html, Model)) {
    h.fill(r#"<tr><th scope="row">{}</th>"#, &[heading]);
    for m in Model::ALL {
        h.fill(r#"<td data-model="{}">"#, &[m.id()]);
        cell(h, m);
        h.raw("</td>");
    }
    h.raw("</tr>");
}

/// The header row, with the "Your fit" badge in the column of `fit`.
fn head(h: &mut Html, corner: &str, fit: Option<Model>) {
    h.fill(
        r#"<tr><th scope="col" class="content-table__corner">{}</th>"#,
        &[corner],
    );
    for m in Model::ALL {
        let id = m.id();
        h.fill(
            r#"<th scope="col" class="content-table__head content-table__head--{}" data-model="{}">{}"#,
            &[id, id, m.name()],
        );
        if fit == Some(m) {
            h.fill(
                r#" <span class="fit-badge" data-testid="compare-fit" data-value="{}">Your fit</span>"#,
                &[id],
            );
        }
        h.raw("</th>");
    }
    h.raw("</tr>");
}

/// The table itself; one class on it marks the column of `fit` (CSS matches the cells'
/// `data-model`).
fn markup(table: Table, rows: &str, fit: Option<Model>) -> String {
    let mut h = Html::default();
    h.raw(r#"<table class="content-table content-table--models"#);
    if let Some(m) = fit {
        h.fill(" fit-{}", &[m.id()]);
    }
    h.fill(
        r#"" id="{}" data-testid="compare-table"><caption id="{}">{}</caption><thead>"#,
        &[table.id, table.caption_id, table.caption],
    );
    head(&mut h, table.corner, fit);
    h.raw("</thead><tbody>")
        .raw(rows)
        .raw("</tbody></table>")
        .done()
}

/// The table in its scrolling region, marking the recommended model once the assessment has
/// one. The table is markup rewritten when the assessment changes; its rows are built once.
pub fn model_table(table: Table, state: AppState) -> impl IntoView {
    let rows = (table.rows)();
    let fit = move || state.assessment.with(|a| a.as_ref().map(|a| a.model()));
    view! {
        <div
            class="content-table__region"
            role="region"
            tabindex="0"
            aria-labelledby=table.caption_id
            inner_html=Signal::derive(move || markup(table, &rows, fit()))
        />
    }
}
