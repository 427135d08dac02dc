//! The results' fixed parts (a red flag with its fix, a conflict's rule, a payment line, a
//! ladder rung), rendered with the page at build time into a `<template>`: the cards copy
//! the parts that apply instead of carrying their text and views in the wasm.

use leptos::html::ElementType;
use leptos::prelude::*;
use partner_fit_engine::page::RESULT_PARTS;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement, Node};

/// A copy of the page's part matching `selector`; `None` if the page lacks it.
fn part(selector: &str) -> Option<Node> {
    let parts: HtmlTemplateElement = document()
        .get_element_by_id(RESULT_PARTS)?
        .dyn_into()
        .ok()?;
    let found = parts.content().query_selector(selector).ok()??;
    found.clone_node_with_deep(true).ok()
}

/// Replaces the children of `list` with copies of the parts `selectors` name, in their order.
pub fn fill(list: &Element, selectors: &[String]) {
    let nodes: js_sys::Array = selectors.iter().filter_map(|s| part(s)).collect();
    list.replace_children_with_node(&nodes);
}

/// Keeps the children of `list` copies of the parts `selectors` name, in their order: a
/// list whose rows hold no state, redrawn whole when the selectors change.
pub fn show_parts<E>(list: NodeRef<E>, selectors: impl Fn() -> Vec<String> + 'static)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    Effect::new(move || {
        if let Some(el) = list.get() {
            fill(el.unchecked_ref(), &selectors());
        }
    });
}
