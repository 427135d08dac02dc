//! A table with one column per model, which marks the visitor's recommended model and
//! scrolls sideways inside its own focusable region on narrow screens.

use leptos::prelude::*;
use partner_fit_engine::Model;

use crate::ui::results::markup::Html;

/// A table of the comparison: its texts and its rows as markup.
#[derive(Clone, Copy)]
pub struct Table {
    /// Unique id of the table; its caption's id is derived from it.
    pub id: &'static str,
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
fn head(corner: &str, fit: Option<Model>) -> String {
    let mut h = Html::default();
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
    h.raw("</tr>").done()
}

/// The table; `fit` is the recommended model, `None` before the assessment has one. Only
/// the table's class and its header row follow `fit`; the body is set once.
pub fn model_table(
    table: Table,
    fit: impl Fn() -> Option<Model> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let caption_id = format!("{}-caption", table.id);
    let region_label = caption_id.clone();
    // One class on the table marks the column (CSS matches the cells' `data-model`).
    let class = move || match fit() {
        Some(m) => format!("content-table content-table--models fit-{}", m.id()),
        None => "content-table content-table--models".to_owned(),
    };
    view! {
        <div class="content-table__region" role="region" tabindex="0" aria-labelledby=region_label>
            <table class=class id=table.id data-testid="compare-table">
                <caption id=caption_id>{table.caption}</caption>
                <thead inner_html=move || head(table.corner, fit()) />
                <tbody inner_html=(table.rows)() />
            </table>
        </div>
    }
}
