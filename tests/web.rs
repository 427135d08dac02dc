//! Component tests in a real browser (headless Chromium through chromedriver):
//! `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use partner_fit::ui;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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
