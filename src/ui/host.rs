//! Host-page integration without tracking: the current scenario and its results as a plain
//! JS object, sent as a `partnerfit:change` event on `document` and, when embedded
//! (`?embed=1`), posted to the parent frame with the page's height so the host can size
//! the iframe. Nothing leaves the browser.

use leptos::prelude::*;
use partner_fit_engine::assessment::{Answers, Assessment, Question};
use partner_fit_engine::economics::{Metric, Param, Simulation};
use partner_fit_engine::scenario::Scenario;
use partner_fit_engine::Model;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::state::AppState;

/// A value of the object hosts receive (its shape is documented in the README), turned into
/// a plain JS value directly: no serialization framework for one small object.
enum Value<'a> {
    Null,
    Num(f64),
    Str(&'a str),
    List(Vec<Value<'a>>),
    /// An object from key/value pairs, in the given order: unlike a `BTreeMap` it needs no
    /// sorting code.
    Obj(Vec<(&'static str, Value<'a>)>),
}

impl Value<'_> {
    /// The JS value: `null`, a number, a string, an array or a plain object.
    fn to_js(&self) -> JsValue {
        match self {
            Value::Null => JsValue::NULL,
            Value::Num(n) => JsValue::from_f64(*n),
            Value::Str(t) => JsValue::from_str(t),
            Value::List(items) => items
                .iter()
                .map(Value::to_js)
                .collect::<js_sys::Array>()
                .into(),
            Value::Obj(pairs) => {
                let obj = js_sys::Object::new();
                for (k, v) in pairs {
                    let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), &v.to_js());
                }
                obj.into()
            }
        }
    }
}

impl<'a> From<Option<&'a str>> for Value<'a> {
    fn from(s: Option<&'a str>) -> Self {
        s.map_or(Value::Null, Value::Str)
    }
}

/// Answer id per answered question key, `seg` as a list.
fn answers(a: &Answers) -> Value<'static> {
    let mut out = Vec::new();
    for q in Question::ALL {
        if let Some(id) = a.answer_id(q) {
            out.push((q.key(), Value::Str(id)));
        }
    }
    if !a.seg.is_empty() {
        let segments = a.seg.iter().map(|s| Value::Str(s.id())).collect();
        out.push((Question::Seg.key(), Value::List(segments)));
    }
    Value::Obj(out)
}

/// Horizon totals per model id and metric id, with the present value and the payback year
/// (`null` when not within the horizon).
fn totals(sim: &Simulation) -> Value<'static> {
    let mut out = Vec::new();
    for m in Model::ALL {
        let run = sim.model(m);
        let total = run.total();
        let mut metrics = Vec::new();
        for k in Metric::HEADLINE {
            metrics.push((k.id(), Value::Num(total.get(k))));
        }
        metrics.push(("npv", Value::Num(run.npv())));
        let payback = run
            .payback()
            .value()
            .map_or(Value::Null, |y| Value::Num(y.into()));
        metrics.push(("payback", payback));
        out.push((m.id(), Value::Obj(metrics)));
    }
    Value::Obj(out)
}

/// What hosts receive of one scenario: answers, currency, inputs, the advice and the figures.
/// The same shape serves the current scenario (at the top level) and A (`compare`).
fn scenario_fields<'a>(
    scenario: &'a Scenario,
    assessed: Option<&Assessment>,
    sim: &Simulation,
) -> Vec<(&'static str, Value<'a>)> {
    let mut inputs = Vec::new();
    for p in Param::ALL {
        inputs.push((p.spec().key, Value::Num(scenario.inputs.value(p))));
    }
    let mut breakeven = Vec::new();
    let be = sim.break_evens();
    for (k, b) in [("discount", be.discount()), ("volume", be.volume())] {
        let value = b.value().map_or(Value::Null, Value::Num);
        let pair = vec![("state", Value::Str(b.state())), ("value", value)];
        breakeven.push((k, Value::Obj(pair)));
    }
    let mut scores = Vec::new();
    let mut flags = Vec::new();
    if let Some(a) = assessed {
        for m in Model::ALL {
            scores.push((m.id(), Value::Num(a.score(m).score.into())));
        }
        for f in &a.flags {
            flags.push(Value::Str(f.id()));
        }
    }
    vec![
        ("answers", answers(&scenario.answers)),
        ("currency", Value::Str(scenario.currency.as_str())),
        ("inputs", Value::Obj(inputs)),
        ("recommendation", assessed.map(|a| a.model().id()).into()),
        ("target", assessed.map(|a| a.target().id()).into()),
        ("scores", Value::Obj(scores)),
        ("flags", Value::List(flags)),
        ("rung", assessed.map(|a| a.ladder.rung.id()).into()),
        ("totals", totals(sim)),
        ("breakeven", Value::Obj(breakeven)),
    ]
}

/// The snapshot of the current state as a JS value; `compare` holds A, or `null`.
fn snapshot(state: AppState) -> Option<JsValue> {
    let scenario = state.scenario.try_get_untracked()?;
    let link = state.share_link.try_get_untracked()?;
    let sim = state.simulation.try_get_untracked()?;
    // Read in place: a clone of an assessment would bring its own code.
    let mut fields = state
        .assessment
        .try_with_untracked(|a| scenario_fields(&scenario, a.as_ref(), &sim))?;
    let pinned = state.pinned.try_get_untracked()?;
    let compare = match (&pinned, state.pinned_simulation.try_get_untracked()?) {
        (Some(a), Some(a_sim)) => Value::Obj(
            state
                .pinned_assessment
                .try_with_untracked(|assessed| scenario_fields(a, assessed.as_ref(), &a_sim))?,
        ),
        _ => Value::Null,
    };
    fields.push(("compare", compare));
    let mut snap = vec![("version", Value::Num(1.0)), ("link", Value::Str(&link))];
    snap.extend(fields);
    Some(Value::Obj(snap).to_js())
}

/// Tells the host page about every committed change, and when embedded keeps the parent
/// informed of the page height.
pub fn start(state: AppState) {
    if state.embed {
        start_embed();
    }
    Effect::watch(
        move || state.committed.get(),
        move |_, _, _| announce(state),
        false,
    );
}

/// Tells the host page about a committed change (event on `document`, message to the parent
/// frame when embedded).
fn announce(state: AppState) {
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

/// The meta tag beside the booking URL that lists the parent origins the embedded page may
/// post to, separated by spaces (see the README).
const PARENT_ORIGINS: &str = "partnerfit:parent-origins";

/// The origins messages go to: those of the meta tag, or the page's own origin when it lists
/// none. A frame never posts to `*`: what the visitor typed goes only to hosts the consultancy
/// named.
fn parent_origins() -> Vec<String> {
    let listed = document()
        .query_selector(&format!("meta[name='{PARENT_ORIGINS}']"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    let origins: Vec<String> = listed
        .split_ascii_whitespace()
        .filter(|o| o.starts_with("https://") || o.starts_with("http://"))
        .map(str::to_owned)
        .collect();
    if origins.is_empty() {
        window().location().origin().into_iter().collect()
    } else {
        origins
    }
}

/// Posts `{ type, detail }` to the parent frame, once per allowed origin (the browser drops a
/// message whose origin does not match the parent's).
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
    for origin in parent_origins() {
        let _ = parent.post_message(&msg, &origin);
    }
}

/// Embedded mode: hides the site chrome and keeps the parent informed of the page height.
fn start_embed() {
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
