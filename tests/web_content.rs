//! Component tests of the content sections (compare, method, share, FAQ, URL notice) in a
//! real browser: `cargo test --target wasm32-unknown-unknown --test web_content`.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use partner_fit::ui;
use partner_fit::ui::state::AppState;
use partner_fit_engine::assessment::scoring::WEIGHTS;
use partner_fit_engine::assessment::{assess, Own, Role};
use partner_fit_engine::guide::{Model, FAQ};
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

/// The model of each "Your fit" badge, and the model whose column each table marks, in
/// document order.
fn marked(host: &web_sys::HtmlElement) -> (Vec<String>, Vec<String>) {
    let badges = all(host, "[data-testid=compare-fit]")
        .iter()
        .filter_map(|b| b.get_attribute("data-value"))
        .collect();
    let columns = all(host, "[data-testid=compare-table]")
        .iter()
        .filter_map(|t| {
            let class = t.get_attribute("class")?;
            let fit = class.split(' ').find_map(|k| k.strip_prefix("fit-"))?;
            Some(fit.to_owned())
        })
        .collect();
    (badges, columns)
}

#[wasm_bindgen_test]
async fn compare_tables_mark_the_recommended_model_and_follow_the_answers() {
    let (host, state) = mount(ui::compare::CompareSection);
    let tables = all(&host, "[data-testid=compare-table]");
    assert_eq!(tables.len(), 3, "dimensions, assets and ladder");
    for table in &tables {
        let heads: Vec<String> = all(table, "thead th[data-model]")
            .iter()
            .filter_map(|th| th.get_attribute("data-model"))
            .collect();
        assert_eq!(heads, ["referral", "cosell", "reseller"]);
        assert!(table.query_selector("caption").unwrap().is_some());
        let region = table.parent_element().unwrap();
        assert_eq!(region.get_attribute("role").as_deref(), Some("region"));
        assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
    }
    assert_eq!(
        marked(&host),
        (vec![], vec![]),
        "nothing marked before an answer"
    );

    let mut seen = Vec::new();
    for (role, own) in [(Role::Intro, Own::Must), (Role::Resells, Own::Handover)] {
        let model = set_answers(state, role, own);
        seen.push(model);
        until(|| marked(&host).0.first().map(String::as_str) == Some(model.id())).await;
        let (badges, columns) = marked(&host);
        assert_eq!(
            badges,
            vec![model.id().to_owned(); 3],
            "one badge per table"
        );
        assert_eq!(columns, badges, "each table marks the badged column");
        for badge in all(&host, "[data-testid=compare-fit]") {
            let head = badge
                .closest("th")
                .unwrap()
                .expect("the badge sits in a header");
            assert_eq!(
                head.get_attribute("data-model").as_deref(),
                Some(model.id())
            );
        }
        let intro = text(&one(&host, "[data-testid=compare-intro]"));
        assert!(intro.contains(model.in_sentence()), "{intro}");
    }
    assert_ne!(seen[0], seen[1], "the mark must move between models");
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
    let (host, state) = mount(ui::share::ShareSection);
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
    let (host, state) = mount(ui::share::ShareSection);
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
    let (host, _state) = mount(ui::share::ShareSection);
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
    let (host, _state) = mount(ui::share::ShareSection);
    until(|| !share_field(&host).value().is_empty()).await;
    stub_clipboard(Some("return Promise.reject(new Error('denied'));"));
    click(&host, "[data-testid=copy-link]");
    until(|| !status(&host).is_empty()).await;
    restore_clipboard();
    assert!(status(&host).contains("Ctrl+C"), "{}", status(&host));
    assert_link_selected(&share_field(&host));
}

#[wasm_bindgen_test]
fn faq_renders_every_entry_of_the_guide_closed() {
    let (host, _state) = mount(ui::faq::FaqSection);
    let items = all(&host, "details[data-testid=faq-item]");
    assert_eq!(items.len(), FAQ.len());
    for (item, faq) in items.iter().zip(FAQ.iter()) {
        let summary = one(item, "summary");
        assert_eq!(text(&summary), faq.question);
        assert!(text(item).contains(faq.answer));
        assert!(!item.has_attribute("open"));
    }
}

#[wasm_bindgen_test]
fn method_lists_every_weight_with_its_points_and_reason() {
    let (host, _state) = mount(ui::method::MethodSection);
    let rows = all(&host, "tr[data-testid=weight]");
    assert_eq!(rows.len(), WEIGHTS.len());
    for (row, w) in rows.iter().zip(WEIGHTS) {
        let cells: Vec<String> = all(row, "th, td").iter().map(text).collect();
        assert_eq!(cells[0], w.question.prompt());
        assert_eq!(cells[2], w.model.name());
        assert_eq!(cells[3], w.points.to_string());
        assert_eq!(cells[4], w.reason);
    }
    let steps = all(&host, ".method__steps > li");
    assert_eq!(steps.len(), partner_fit_engine::economics::METHOD.len());
}
