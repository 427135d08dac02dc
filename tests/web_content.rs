//! Component tests of the small islands (share link, URL notice) in a real browser:
//! `cargo test --target wasm32-unknown-unknown --test web_content`. The guide's fixed content
//! is rendered at build time and tested natively in `site/tests/`.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use partner_fit::ui;
use partner_fit::ui::state::AppState;
use partner_fit_engine::assessment::{assess, Own, Role};
use partner_fit_engine::guide::Model;
use partner_fit_engine::scenario::decode;
use support::{all, click, mount, one, text};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets reactive updates and resolved promises reach the DOM, up to `done` or a bound.
async fn until(mut done: impl FnMut() -> bool) {
    for _ in 0..100 {
        if done() {
            return;
        }
        leptos::task::tick().await;
    }
}

fn set_answers(state: AppState, role: Role, own: Own) -> Model {
    state.scenario.update(|s| {
        s.answers.role = Some(role);
        s.answers.own = Some(own);
    });
    assess(&state.scenario.get_untracked().answers)
        .expect("role and own answered")
        .model()
}

#[wasm_bindgen_test]
async fn url_notice_lists_the_decoders_messages_and_dismiss_clears_it() {
    let (host, state) = mount(ui::notice::UrlNotice);
    assert!(all(&host, "[data-testid=url-notice]").is_empty());

    let decoded = decode("v=1&role=boss&disc=abc");
    let expected: Vec<String> = decoded.notices.iter().map(|n| n.message()).collect();
    assert!(expected.len() >= 2, "a tampered link yields notices");
    state.notices.set(decoded.notices);
    until(|| !all(&host, "[data-testid=url-notice]").is_empty()).await;
    let shown: Vec<String> = all(&host, "[data-testid=url-notice] li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(shown, expected);

    click(&host, "[data-testid=url-notice-dismiss]");
    until(|| all(&host, "[data-testid=url-notice]").is_empty()).await;
    assert!(all(&host, "[data-testid=url-notice]").is_empty());
    assert!(state.notices.get_untracked().is_empty());
}

fn share_field(host: &web_sys::HtmlElement) -> web_sys::HtmlInputElement {
    one(host, "[data-testid=share-link]").unchecked_into()
}

fn status(host: &web_sys::HtmlElement) -> String {
    text(&one(host, "[data-testid=copy-status]"))
}

#[wasm_bindgen_test]
async fn share_field_holds_the_current_link() {
    let (host, state) = mount(ui::share::copy::CopyLink);
    let field = share_field(&host);
    until(|| !field.value().is_empty()).await;
    assert!(field.read_only());
    assert_eq!(field.value(), state.share_link.get_untracked());

    set_answers(state, Role::Deals, Own::Prefer);
    until(|| field.value().contains("role=deals")).await;
    assert_eq!(field.value(), state.share_link.get_untracked());
    assert!(field.value().contains("own=prefer"));
}

/// Replaces `navigator.clipboard` for one test (`None`: the API is missing).
fn stub_clipboard(write_text_body: Option<&str>) {
    let value = match write_text_body {
        Some(body) => {
            let api = js_sys::Object::new();
            let write = js_sys::Function::new_with_args("t", body);
            js_sys::Reflect::set(&api, &"writeText".into(), &write).unwrap();
            JsValue::from(api)
        }
        None => JsValue::UNDEFINED,
    };
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &value).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Reflect::define_property(&window().navigator(), &"clipboard".into(), &descriptor)
        .unwrap();
}

fn restore_clipboard() {
    js_sys::Reflect::delete_property(&window().navigator(), &"clipboard".into()).unwrap();
}

fn assert_link_selected(field: &web_sys::HtmlInputElement) {
    let active = document().active_element().expect("something has focus");
    assert!(active.is_same_node(Some(field)), "the field has focus");
    assert_eq!(field.selection_start().unwrap(), Some(0));
    assert_eq!(
        field.selection_end().unwrap(),
        Some(field.value().encode_utf16().count() as u32)
    );
}

#[wasm_bindgen_test]
async fn copy_writes_the_link_to_the_clipboard_and_confirms() {
    let (host, state) = mount(ui::share::copy::CopyLink);
    stub_clipboard(Some("globalThis.__pfCopied = t; return Promise.resolve();"));
    click(&host, "[data-testid=copy-link]");
    until(|| !status(&host).is_empty()).await;
    restore_clipboard();
    let copied = js_sys::Reflect::get(&js_sys::global(), &"__pfCopied".into()).unwrap();
    assert_eq!(copied.as_string(), Some(state.share_link.get_untracked()));
    assert_eq!(status(&host), "Link copied.");

    // A newer scenario makes the confirmation stale, so it disappears.
    set_answers(state, Role::Intro, Own::Must);
    until(|| status(&host).is_empty()).await;
    assert_eq!(status(&host), "");
}

#[wasm_bindgen_test]
async fn copy_selects_the_link_when_the_clipboard_api_is_missing() {
    let (host, _state) = mount(ui::share::copy::CopyLink);
    // Leptos sets an input's value after mounting; the selection must come after it.
    until(|| !share_field(&host).value().is_empty()).await;
    stub_clipboard(None);
    click(&host, "[data-testid=copy-link]");
    restore_clipboard();
    until(|| !status(&host).is_empty()).await;
    assert!(status(&host).contains("Ctrl+C"), "{}", status(&host));
    assert_link_selected(&share_field(&host));
}

#[wasm_bindgen_test]
async fn copy_selects_the_link_when_the_browser_refuses() {
    let (host, _state) = mount(ui::share::copy::CopyLink);
    until(|| !share_field(&host).value().is_empty()).await;
    stub_clipboard(Some("return Promise.reject(new Error('denied'));"));
    click(&host, "[data-testid=copy-link]");
    until(|| !status(&host).is_empty()).await;
    restore_clipboard();
    assert!(status(&host).contains("Ctrl+C"), "{}", status(&host));
    assert_link_selected(&share_field(&host));
}
