//! Component tests in a real browser (headless Chromium through chromedriver):
//! `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

mod support;

use partner_fit::ui;
use partner_fit_engine::Model;
use support::{all, mount, text};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn models_overview_renders_each_model_from_the_guide() {
    let (host, _state) = mount(ui::intro::models::ModelsOverview);
    let cards = all(&host, "[data-testid=model-card]");
    let ids: Vec<String> = cards
        .iter()
        .filter_map(|c| c.get_attribute("data-value"))
        .collect();
    assert_eq!(ids, ["referral", "cosell", "reseller"]);
    for (card, model) in cards.iter().zip(Model::ALL) {
        let text = text(card);
        let p = model.profile();
        for fact in [p.who_sells, p.who_owns, p.partner_gets, p.summary] {
            assert!(text.contains(fact), "{} card lacks {fact:?}", model.name());
        }
    }
}

#[wasm_bindgen_test]
fn booking_link_carries_the_scenario_link_encoded() {
    let link = ui::cta::booking_link("https://x.test/book", "https://app.test/?v=1&role=intro");
    assert_eq!(
        link,
        "https://x.test/book?scenario=https%3A%2F%2Fapp.test%2F%3Fv%3D1%26role%3Dintro"
    );
    let link = ui::cta::booking_link("https://x.test/book?src=pf", "a b");
    assert_eq!(link, "https://x.test/book?src=pf&scenario=a%20b");
}
