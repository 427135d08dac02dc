//! Component tests of the assessment and the results, in a real browser:
//! real clicks on the rendered inputs, then assertions on the DOM the engine's results drive.
#![cfg(target_arch = "wasm32")]

mod support;

use std::cell::RefCell;
use std::rc::Rc;
use std::task::{Poll, Waker};

use leptos::prelude::*;
use partner_fit::ui::{assessment, results};
use partner_fit_engine::assessment::Question;
use support::{all, attr, click, mount, one, settle, text};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Resolves after the next animation frame, where the app moves the focus.
async fn next_frame() {
    let state: Rc<RefCell<(bool, Option<Waker>)>> = Rc::default();
    let frame = state.clone();
    request_animation_frame(move || {
        let mut frame = frame.borrow_mut();
        frame.0 = true;
        if let Some(waker) = frame.1.take() {
            waker.wake();
        }
    });
    std::future::poll_fn(move |cx| {
        let mut state = state.borrow_mut();
        if state.0 {
            Poll::Ready(())
        } else {
            state.1 = Some(cx.waker().clone());
            Poll::Pending
        }
    })
    .await;
}

/// Clicks the assessment input answering `key` with `id`.
async fn answer(host: &web_sys::Element, key: &str, id: &str) {
    click(host, &format!("#q-{key}-{id}"));
    settle().await;
}

/// The assessment and the results side by side, as on the page.
fn page() -> impl IntoView {
    view! {
        <assessment::AssessmentSection />
        <results::ResultsSection />
    }
}

#[wasm_bindgen_test]
async fn every_question_is_asked_once_with_the_engines_answers() {
    let (host, _state) = mount(page);
    let asked: Vec<String> = all(&host, "[data-testid=question]")
        .iter()
        .map(|f| attr(f, "data-value"))
        .collect();
    let mut sorted = asked.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), Question::ALL.len(), "asked: {asked:?}");
    for q in Question::ALL {
        let field = one(
            &host,
            &format!("[data-testid=question][data-value={}]", q.key()),
        );
        assert!(text(&field).contains(q.prompt()));
        let kind = if q.is_multi() { "checkbox" } else { "radio" };
        let inputs = all(&field, &format!("input[type={kind}]"));
        assert_eq!(inputs.len(), q.choices().len(), "{}", q.key());
    }
}

#[wasm_bindgen_test]
async fn results_wait_for_role_and_own_then_intro_means_referral() {
    let (host, _state) = mount(page);
    assert!(all(&host, "[data-testid=recommended-model]").is_empty());
    one(&host, "[data-testid=results-missing]");
    answer(&host, "role", "intro").await;
    assert!(all(&host, "[data-testid=recommended-model]").is_empty());
    answer(&host, "own", "handover").await;
    let model = one(&host, "[data-testid=recommended-model]");
    assert_eq!(attr(&model, "data-value"), "referral");
    assert_eq!(all(&host, "[data-testid=fit-score]").len(), 3);
    // The recommended model carries the flow bonus, so it scores highest.
    let referral = one(&host, "[data-testid=fit-score][data-model=referral]");
    let cosell = one(&host, "[data-testid=fit-score][data-model=cosell]");
    let score = |el: &web_sys::Element| attr(el, "data-value").parse::<u32>().unwrap();
    assert!(score(&referral) > score(&cosell));
    assert!(text(&referral).contains("Recommended"));
}

#[wasm_bindgen_test]
async fn deals_and_must_own_lead_to_co_sell_from_referral_now_and_the_answer_can_change() {
    let (host, _state) = mount(page);
    answer(&host, "role", "deals").await;
    answer(&host, "own", "must").await;
    let model = one(&host, "[data-testid=recommended-model]");
    assert_eq!(attr(&model, "data-value"), "referral");
    let target = one(&host, "[data-testid=target-model]");
    assert_eq!(attr(&target, "data-value"), "cosell");
    assert!(text(&target)
        .starts_with("Start with referral now; this partner can take you to co-sell once:"));
    let status: Vec<(String, String)> = all(&host, "[data-testid=model-status]")
        .iter()
        .map(|s| (attr(s, "data-model"), attr(s, "data-value")))
        .collect();
    assert_eq!(
        status,
        [
            ("referral".to_owned(), "now".to_owned()),
            ("cosell".to_owned(), "target".to_owned()),
            ("reseller".to_owned(), "off".to_owned())
        ]
    );
    assert_eq!(
        attr(&one(&host, "[data-testid=ladder-rung]"), "data-value"),
        "referral"
    );
    // The smallest set applies the missing prerequisites at once: now becomes the target.
    click(&host, "[data-testid=apply-smallest]");
    settle().await;
    assert_eq!(attr(&model, "data-value"), "cosell");
    assert!(all(&host, "[data-testid=smallest-set]").is_empty());
    answer(&host, "int", "none").await;
    assert_eq!(attr(&model, "data-value"), "referral");
    // Changing an earlier answer updates the same result in place.
    answer(&host, "role", "intro").await;
    assert_eq!(attr(&model, "data-value"), "referral");
    let checked = all(&host, "input[name=q-role]")
        .into_iter()
        .filter(|i| i.unchecked_ref::<web_sys::HtmlInputElement>().checked())
        .count();
    assert_eq!(checked, 1);
}

#[wasm_bindgen_test]
async fn handing_over_with_an_unproven_motion_raises_the_red_flag() {
    let (host, _state) = mount(page);
    answer(&host, "role", "deals").await;
    answer(&host, "own", "handover").await;
    assert!(all(
        &host,
        "[data-testid=red-flag][data-value=resell-before-proven]"
    )
    .is_empty());
    // Still possible while the motion is unanswered.
    one(
        &host,
        "[data-testid=red-flag-awaiting][data-value=resell-before-proven]",
    );
    answer(&host, "motion", "no").await;
    let flag = one(
        &host,
        "[data-testid=red-flag][data-value=resell-before-proven]",
    );
    assert!(text(&flag).contains("Fix:"));
}

#[wasm_bindgen_test]
async fn next_and_back_move_through_the_steps() {
    let (host, _state) = mount(page);
    let heading = one(&host, "[data-testid=assessment-step]");
    assert!(text(&heading).starts_with("Step 1 of 4"));
    let visible = |key: &str| {
        let field = one(&host, &format!("[data-testid=question][data-value={key}]"));
        field.closest("[hidden]").unwrap().is_none()
    };
    assert!(visible("role") && !visible("int"));
    click(&host, "[data-testid=step-next]");
    settle().await;
    assert!(
        text(&heading).starts_with("Step 2 of 4"),
        "{}",
        text(&heading)
    );
    assert_eq!(
        attr(&one(&host, "[data-testid=assessment-progress]"), "value"),
        "2"
    );
    assert!(!visible("role") && visible("int"));
    click(&host, "[data-testid=step-back]");
    settle().await;
    assert!(text(&heading).starts_with("Step 1 of 4"));
}

#[wasm_bindgen_test]
async fn segments_are_checkboxes_and_each_gets_a_layer() {
    let (host, _state) = mount(page);
    answer(&host, "role", "deals").await;
    answer(&host, "own", "must").await;
    answer(&host, "int", "live").await;
    answer(&host, "jvp", "rough").await;
    answer(&host, "seg", "small").await;
    answer(&host, "seg", "strategic").await;
    let layers: Vec<(String, String)> = all(&host, "[data-testid=layer]")
        .iter()
        .map(|l| (attr(l, "data-segment"), attr(l, "data-value")))
        .collect();
    assert_eq!(
        layers,
        [
            ("small".to_owned(), "referral".to_owned()),
            ("strategic".to_owned(), "cosell".to_owned())
        ]
    );
    // Unticking a segment removes its layer.
    answer(&host, "seg", "small").await;
    assert_eq!(all(&host, "[data-testid=layer]").len(), 1);
}

#[wasm_bindgen_test]
async fn applying_a_change_changes_the_result() {
    let (host, _state) = mount(page);
    answer(&host, "role", "deals").await;
    answer(&host, "own", "must").await;
    answer(&host, "int", "built").await;
    answer(&host, "jvp", "rough").await;
    assert_eq!(
        attr(&one(&host, "[data-testid=ladder-rung]"), "data-value"),
        "referral"
    );
    let change = all(&host, "[data-testid=change]")
        .into_iter()
        .find(|c| {
            text(c).contains(
                "With a live, adopted integration, you would run co-sell now instead of referral.",
            )
        })
        .expect("the integration change is offered");
    click(&change, "button");
    settle().await;
    assert_eq!(
        attr(&one(&host, "[data-testid=ladder-rung]"), "data-value"),
        "cosell"
    );
    // The page's rungs are marked: the one below earned, co-sell the current step.
    let rung = |m: &str| one(&host, &format!(".ladder [data-rung={m}]"));
    assert_eq!(attr(&rung("cosell"), "aria-current"), "step");
    assert!(rung("cosell").class_list().contains("is-earned"));
    assert_eq!(attr(&rung("referral"), "aria-current"), "false");
    let marks: Vec<String> = ["referral", "cosell", "reseller"]
        .map(|m| text(&one(&rung(m), ".ladder__mark")))
        .into();
    assert_eq!(marks, ["Earned", "Earned now", "Not yet"]);
    let live: web_sys::HtmlInputElement = one(&host, "#q-int-live").unchecked_into();
    assert!(live.checked());
}

#[wasm_bindgen_test]
async fn an_open_score_disclosure_stays_open_when_an_answer_changes() {
    let (host, _state) = mount(page);
    answer(&host, "role", "deals").await;
    answer(&host, "own", "must").await;
    let why = |model: &str| {
        one(
            &host,
            &format!("[data-testid=fit-score][data-model={model}] details.score__why"),
        )
    };
    why("cosell").set_attribute("open", "").unwrap();
    let before = text(&why("cosell"));
    answer(&host, "int", "live").await;
    assert!(
        why("cosell").has_attribute("open"),
        "the opened one stays open"
    );
    assert!(
        !why("referral").has_attribute("open"),
        "the others stay closed"
    );
    assert_ne!(
        text(&why("cosell")),
        before,
        "its contents follow the answers"
    );
}

#[wasm_bindgen_test]
async fn next_puts_the_keyboard_on_the_new_steps_heading() {
    let (host, _state) = mount(page);
    // The page's effects start in the task after the mount, as before any visitor's click.
    settle().await;
    click(&host, "[data-testid=step-next]");
    settle().await;
    next_frame().await;
    let active = document().active_element().expect("something has focus");
    assert_eq!(active.id(), "assessment-step-title");
    assert!(text(&active).starts_with("Step 2 of 4"));
}

#[wasm_bindgen_test]
async fn a_link_in_the_results_opens_its_question_with_the_keyboard_on_the_first_answer() {
    let (host, _state) = mount(page);
    answer(&host, "role", "deals").await;
    answer(&host, "own", "must").await;
    click(&host, "[data-testid=unanswered][data-value=int] button");
    settle().await;
    next_frame().await;
    assert_eq!(
        attr(&one(&host, "[data-testid=assessment-step]"), "data-value"),
        "1"
    );
    let first = Question::Int.choices()[0].id;
    let active = document().active_element().expect("something has focus");
    assert_eq!(active.id(), format!("q-int-{first}"));
}

#[wasm_bindgen_test]
async fn an_applied_change_is_announced_and_the_keyboard_goes_to_its_heading() {
    let (host, _state) = mount(page);
    answer(&host, "role", "deals").await;
    answer(&host, "own", "must").await;
    let change = all(&host, "[data-testid=change]")
        .into_iter()
        .next()
        .expect("a change is offered");
    let sentence = text(&one(&change, "p"));
    click(&change, "button");
    settle().await;
    next_frame().await;
    let status = one(&host, "#results [role=status]");
    assert_eq!(text(&status), format!("Applied: {sentence}"));
    let active = document().active_element().expect("something has focus");
    assert_eq!(active.id(), "changes-title");
}

#[wasm_bindgen_test]
async fn clearing_an_answer_unticks_it_and_keeps_the_keyboard_in_the_question() {
    let (host, _state) = mount(page);
    answer(&host, "role", "deals").await;
    let field = one(&host, "[data-testid=question][data-value=role]");
    click(&field, ".q__clear");
    settle().await;
    next_frame().await;
    assert!(all(&field, "input:checked").is_empty());
    assert!(all(&field, ".q__clear").is_empty(), "nothing left to clear");
    let first = Question::Role.choices()[0].id;
    let active = document().active_element().expect("something has focus");
    assert_eq!(active.id(), format!("q-role-{first}"));
}
