//! Host-page integration without tracking: the current scenario and its results as a plain
//! JS object, sent as a `partnerfit:change` event on `document` and, when embedded
//! (`?embed=1`), posted to the parent frame with the page's height so the host can size
//! the iframe. Nothing leaves the browser.

use leptos::prelude::*;
use partner_fit_engine::assessment::{Answers, Question};
use partner_fit_engine::economics::{Metric, Param, Simulation};
use partner_fit_engine::Model;
use serde::{Serialize, Serializer};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::state::AppState;

/// The object hosts receive; its shape is documented in the README.
#[derive(Serialize)]
struct Snapshot<'a> {
    /// Format version of this object.
    version: u32,
    /// The shareable link of the scenario.
    link: &'a str,
    /// Answer id per answered question key (`seg` as a list).
    answers: Pairs<AnswerValue>,
    /// Currency code of the amounts.
    currency: &'a str,
    /// Simulator input per URL key, in real units (percent, customers, money, years).
    inputs: Pairs<f64>,
    /// `referral`, `cosell` or `reseller`; absent until role and own are answered.
    recommendation: Option<&'static str>,
    /// Fit score per model id.
    scores: Pairs<u8>,
    /// Red flag ids.
    flags: Vec<&'static str>,
    /// The ladder rung earned now.
    rung: Option<&'static str>,
    /// Horizon totals per model id and metric id.
    totals: Pairs<Pairs<f64>>,
    /// Break-even answers: state and value.
    breakeven: Pairs<BreakEvenValue>,
}

/// A JS object from key/value pairs, in the given order. Unlike a `BTreeMap` it needs no
/// sorting, whose per-type code was the largest part of this module in the wasm build.
struct Pairs<V>(Vec<(&'static str, V)>);

impl<V: Serialize> Serialize for Pairs<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<V> FromIterator<(&'static str, V)> for Pairs<V> {
    fn from_iter<I: IntoIterator<Item = (&'static str, V)>>(iter: I) -> Self {
        Pairs(iter.into_iter().collect())
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum AnswerValue {
    One(&'static str),
    Many(Vec<&'static str>),
}

#[derive(Serialize)]
struct BreakEvenValue {
    state: &'static str,
    value: Option<f64>,
}

fn answers(a: &Answers) -> Pairs<AnswerValue> {
    let mut out: Pairs<_> = Question::ALL
        .into_iter()
        .filter_map(|q| Some((q.key(), AnswerValue::One(a.answer_id(q)?))))
        .collect();
    if !a.seg.is_empty() {
        let segments = a.seg.iter().map(|s| s.id()).collect();
        out.0
            .push((Question::Seg.key(), AnswerValue::Many(segments)));
    }
    out
}

fn totals(sim: &Simulation) -> Pairs<Pairs<f64>> {
    Model::ALL
        .into_iter()
        .map(|m| {
            let total = sim.model(m).total();
            (
                m.id(),
                Metric::HEADLINE
                    .into_iter()
                    .map(|k| (k.id(), total.get(k)))
                    .collect(),
            )
        })
        .collect()
}

/// The snapshot of the current state as a JS value.
fn snapshot(state: AppState) -> Option<JsValue> {
    let scenario = state.scenario.try_get_untracked()?;
    let link = state.share_link.try_get_untracked()?;
    let sim = state.simulation.try_get_untracked()?;
    let assessment = state.assessment.try_get_untracked()?;
    let be = sim.break_evens();
    let snap = Snapshot {
        version: 1,
        link: &link,
        answers: answers(&scenario.answers),
        currency: scenario.currency.as_str(),
        inputs: Param::ALL
            .into_iter()
            .map(|p| (p.spec().key, scenario.inputs.value(p)))
            .collect(),
        recommendation: assessment.as_ref().map(|a| a.model().id()),
        scores: assessment
            .as_ref()
            .map(|a| {
                Model::ALL
                    .into_iter()
                    .map(|m| (m.id(), a.score(m).score))
                    .collect()
            })
            .unwrap_or_else(|| Pairs(Vec::new())),
        flags: assessment
            .as_ref()
            .map(|a| a.flags.iter().map(|f| f.id()).collect())
            .unwrap_or_default(),
        rung: assessment.as_ref().map(|a| a.ladder.rung.id()),
        totals: totals(&sim),
        breakeven: [("discount", be.discount()), ("volume", be.volume())]
            .into_iter()
            .map(|(k, b)| {
                (
                    k,
                    BreakEvenValue {
                        state: b.state(),
                        value: b.value(),
                    },
                )
            })
            .collect(),
    };
    // Plain objects rather than ES `Map`s for the keyed parts, and `null` rather than
    // `undefined` for what is not there yet, as the README documents.
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    snap.serialize(&serializer).ok()
}

/// Tells the host page about a committed change (event on `document`, message to the parent
/// frame when embedded).
pub fn announce(state: AppState) {
    let Some(detail) = snapshot(state) else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(doc) = window.document() {
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&detail);
        if let Ok(event) =
            web_sys::CustomEvent::new_with_event_init_dict("partnerfit:change", &init)
        {
            let _ = doc.dispatch_event(&event);
        }
    }
    if state.embed {
        post_to_parent("partnerfit:change", &detail);
    }
}

/// Posts `{ type, detail }` to the parent frame; any origin may listen, and the object holds
/// only what the visitor typed and what the page computed from it.
fn post_to_parent(kind: &str, detail: &JsValue) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&msg, &"detail".into(), detail);
    let _ = parent.post_message(&msg, "*");
}

/// Embedded mode: hides the site chrome and keeps the parent informed of the page height.
pub fn start_embed() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = doc.document_element() {
        let _ = root.class_list().add_1("embed");
    }
    let post_height = move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let height = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &height,
                &"height".into(),
                &JsValue::from(el.scroll_height()),
            );
            post_to_parent("partnerfit:height", &height);
        }
    };
    post_height();
    let callback = Closure::<dyn FnMut()>::new(post_height);
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
        doc.body(),
    ) {
        observer.observe(&body);
    }
    // The observer lives as long as the page.
    callback.forget();
}
