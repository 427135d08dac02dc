//! Helpers shared by the browser test files (each includes this with `mod support;`): mounting
//! a component as the page would, and reading and clicking the DOM it renders.
#![allow(
    dead_code,
    reason = "each test binary compiles this module but uses only some of its helpers"
)]

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use partner_fit::ui::state::{provide_app_state, AppState};
use partner_fit_engine::page::RESULT_PARTS;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

/// The results' fixed parts as the build step renders them into the page (`site/`; its tests
/// keep this copy current).
const RESULT_PARTS_HTML: &str = include_str!("../fixtures/result-parts.html");

/// Mounts `f` into a new container under a fresh [`AppState`] read from an empty query string,
/// as on a first visit, on a page that holds the results' fixed parts. Earlier tests'
/// containers are removed so element ids stay unique.
pub fn mount<F, N>(f: F) -> (HtmlElement, AppState)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let doc = document();
    let body = doc.body().unwrap();
    if doc.get_element_by_id(RESULT_PARTS).is_none() {
        body.insert_adjacent_html("beforeend", RESULT_PARTS_HTML)
            .unwrap();
    }
    for old in all(&body, ".test-host") {
        old.remove();
    }
    let path = window().location().pathname().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&path))
        .unwrap();
    let host: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    host.set_class_name("test-host");
    body.append_child(&host).unwrap();
    let slot = Rc::new(Cell::new(None));
    let provided = slot.clone();
    leptos::mount::mount_to(host.clone(), move || {
        provided.set(Some(provide_app_state()));
        f()
    })
    .forget();
    (host, slot.get().expect("the app state was provided"))
}

/// Every element under `root` matching `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(JsCast::unchecked_into)
        .collect()
}

/// The element under `root` matching `selector`; fails the test unless there is exactly one.
#[track_caller]
pub fn one(root: &Element, selector: &str) -> Element {
    let mut found = all(root, selector);
    assert_eq!(found.len(), 1, "expected exactly one {selector}");
    found.remove(0)
}

/// Clicks the one element under `root` matching `selector`, as a visitor would.
#[track_caller]
pub fn click(root: &Element, selector: &str) {
    one(root, selector).unchecked_into::<HtmlElement>().click();
}

/// The text of `el` and its descendants, empty when there is none.
pub fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

/// The value of attribute `name`, empty when it is absent.
pub fn attr(el: &Element, name: &str) -> String {
    el.get_attribute(name).unwrap_or_default()
}

/// Lets the reactive system run the effects a change scheduled.
pub async fn settle() {
    for _ in 0..4 {
        leptos::task::tick().await;
    }
}
