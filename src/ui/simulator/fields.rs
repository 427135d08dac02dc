//! The 24 simulator inputs: a labelled slider paired with a number field and its unit each.
//!
//! The fields are written once as markup; two handlers on the section serve them all
//! (reading `data-param` of the field an event came from), and one effect writes changed
//! values back into them. A reactive view per field would cost far more wasm for the same
//! behaviour: both controls update the scenario live on `input` and commit the URL on
//! `change`; text that is not a number is kept, flagged and described until corrected; a
//! typed value is clamped into range when the field is left.

use std::fmt::Write;

use leptos::ev::Event;
use leptos::prelude::*;
use partner_fit_engine::economics::{Currency, Inputs, Param, ParamSpec, Unit, USUAL_DISCOUNT};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use super::chart::track_percent;
use super::markup::escape;
use crate::ui::state::AppState;

/// The visible input groups: a legend and its parameters.
const GROUPS: [(&str, &[Param]); 3] = [
    (
        "Your deals",
        &[Param::Acv, Param::Gm, Param::Yrs, Param::Ret, Param::Exp],
    ),
    (
        "New customers a year",
        &[Param::NRef, Param::NCo, Param::NRes],
    ),
    (
        "Partner terms",
        &[
            Param::Uplift,
            Param::Fee,
            Param::FeeYrs,
            Param::Bounty,
            Param::Disc,
            Param::Spiff,
        ],
    ),
];

/// Whether `p` has a place in one of the visible [`GROUPS`]; every other parameter (costs
/// with sensible defaults) is folded away until asked for, so a new one always gets a field.
fn in_group(p: Param) -> bool {
    GROUPS.iter().any(|(_, params)| params.contains(&p))
}

/// How many slider steps a range may span before the slider covers only a practical part of
/// it: a slider from 0 to 100 million moves in leaps no one can aim.
const MAX_SLIDER_STEPS: i64 = 1_000;

/// The top of the slider for `spec`: the whole range when it is short, otherwise a practical
/// part of it around the default (the number field still takes any value in range).
pub fn slider_top(spec: &ParamSpec) -> i64 {
    if spec.max - spec.min <= MAX_SLIDER_STEPS * spec.step {
        return spec.max;
    }
    let practical = (spec.default * 5).max(spec.step * 50);
    let rounded = practical.div_euclid(spec.step) * spec.step;
    rounded.min(spec.max)
}

/// What a value of `unit` is counted in, after the number.
fn unit_text(unit: Unit, currency: &str) -> &str {
    match unit {
        Unit::Money => currency,
        Unit::Percent => "%",
        Unit::Count => "customers/yr",
        Unit::Years => "years",
    }
}

/// One field's markup, showing `raw`; the discount carries its typical band.
fn field(out: &mut String, param: Param, raw: i64, currency: &str) {
    let spec = param.spec();
    let (key, value) = (spec.key, spec.decimal(raw));
    let unit = unit_text(spec.unit, currency);
    let band = param == Param::Disc;
    let _ = write!(
        out,
        r#"<div class="sim-field" data-param="{key}"><div class="sim-field__head"><label class="sim-field__label" id="sim-{key}-label" for="sim-{key}">{}</label><span class="sim-field__entry"><input type="text" inputmode="decimal" class="sim-field__number" id="sim-{key}-num" aria-labelledby="sim-{key}-label sim-{key}-unit" aria-describedby="sim-{key}-help" value="{value}"><span class="sim-field__unit" id="sim-{key}-unit">{unit}</span></span></div><span class="sim-field__track{}"><input type="range" class="sim-field__range" id="sim-{key}" min="{}" max="{}" step="{}" value="{raw}" aria-describedby="sim-{key}-help" aria-valuetext="{value} {unit}"></span>"#,
        escape(spec.label),
        if band { " sim-field__track--band" } else { "" },
        spec.min,
        slider_top(spec).max(raw),
        spec.step,
    );
    if band {
        let (lo, hi) = USUAL_DISCOUNT;
        let _ = write!(
            out,
            r#"<span class="sim-field__band">typical: {}-{}%</span>"#,
            spec.decimal(lo),
            spec.decimal(hi)
        );
    }
    let _ = write!(
        out,
        r#"<p class="sim-field__help" id="sim-{key}-help">{}</p><p class="sim-field__error" id="sim-{key}-err" hidden>Enter a number, like 12.5; the value stays as it was.</p></div>"#,
        escape(spec.help)
    );
}

/// Every field in its group, the costs folded in a `<details>`, showing `inputs`.
pub fn markup(inputs: &Inputs, currency: &str) -> String {
    let mut out = String::new();
    for (legend, params) in GROUPS {
        let _ = write!(
            out,
            r#"<fieldset class="sim-group"><legend>{legend}</legend>"#
        );
        for &p in params {
            field(&mut out, p, inputs.raw(p), currency);
        }
        out.push_str("</fieldset>");
    }
    out.push_str(
        r#"<details class="sim-group sim-advanced"><summary>Programme and running costs</summary>"#,
    );
    for p in Param::ALL.into_iter().filter(|&p| !in_group(p)) {
        field(&mut out, p, inputs.raw(p), currency);
    }
    out.push_str("</details>");
    out
}

/// What the fields show, against which the effect finds what to rewrite. Bit `p` of a mask
/// is parameter `p`.
struct Shown {
    inputs: Inputs,
    currency: Currency,
    /// Number fields showing what the visitor typed, left alone until the field is left.
    typed: u32,
    /// Number fields whose text is not a number.
    invalid: u32,
    /// Number fields that may not show the value (typed into since their last write), to
    /// rewrite once they are released.
    stale: u32,
}

fn bit(p: Param) -> u32 {
    1 << p as u32
}

fn by_id<T: JsCast>(id: &str) -> Option<T> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// The field an input event came from: its parameter and the control.
fn source(ev: &Event) -> Option<(Param, HtmlInputElement)> {
    let control: HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let key = control
        .closest("[data-param]")
        .ok()??
        .get_attribute("data-param")?;
    Some((Param::from_key(&key)?, control))
}

/// Writes `raw` into the slider of `p` (widening it when a typed value lies beyond its
/// practical top), the unit, and the number field when `number`.
fn show(p: Param, raw: i64, currency: &str, number: bool) {
    let spec = p.spec();
    let (key, value) = (spec.key, spec.decimal(raw));
    let unit = unit_text(spec.unit, currency);
    if let Some(range) = by_id::<HtmlInputElement>(&format!("sim-{key}")) {
        if range.max().parse::<i64>().is_ok_and(|top| raw > top) {
            range.set_max(&raw.to_string());
        }
        range.set_value(&raw.to_string());
        let _ = range.set_attribute("aria-valuetext", &format!("{value} {unit}"));
    }
    if number {
        if let Some(field) = by_id::<HtmlInputElement>(&format!("sim-{key}-num")) {
            field.set_value(&value);
        }
    }
    if let Some(el) = by_id::<Element>(&format!("sim-{key}-unit")) {
        el.set_text_content(Some(unit));
    }
}

/// Flags the number field of `p` as holding text that is not a number, or clears the flag.
fn flag(p: Param, invalid: bool) {
    let key = p.spec().key;
    if let Some(field) = by_id::<Element>(&format!("sim-{key}-num")) {
        let described = if invalid {
            let _ = field.set_attribute("aria-invalid", "true");
            format!("sim-{key}-help sim-{key}-err")
        } else {
            let _ = field.remove_attribute("aria-invalid");
            format!("sim-{key}-help")
        };
        let _ = field.set_attribute("aria-describedby", &described);
    }
    if let Some(error) = by_id::<Element>(&format!("sim-{key}-err")) {
        let _ = error.toggle_attribute_with_force("hidden", !invalid);
    }
}

/// The fields' handlers and their write-back, sharing what the fields show.
#[derive(Clone, Copy)]
pub struct Fields {
    shown: StoredValue<Shown>,
}

impl Fields {
    /// Starts from fields written by [`markup`] with `inputs` and `currency`.
    pub fn new(inputs: Inputs, currency: Currency) -> Fields {
        Fields {
            shown: StoredValue::new(Shown {
                inputs,
                currency,
                typed: 0,
                invalid: 0,
                stale: 0,
            }),
        }
    }

    /// Sets the invalid flag of `p`, touching the page only when it changes.
    fn set_invalid(self, p: Param, invalid: bool) {
        let was = self
            .shown
            .try_update_value(|s| {
                let was = s.invalid & bit(p) != 0;
                s.invalid = if invalid {
                    s.invalid | bit(p)
                } else {
                    s.invalid & !bit(p)
                };
                was
            })
            .unwrap_or(invalid);
        if was != invalid {
            flag(p, invalid);
        }
    }

    /// An `input` event from a field: the scenario follows the slider, or the typed text
    /// when it is a number.
    pub fn input(self, state: AppState, ev: &Event) {
        let Some((p, control)) = source(ev) else {
            return;
        };
        let value = if control.type_() == "range" {
            self.shown.try_update_value(|s| s.typed &= !bit(p));
            self.set_invalid(p, false);
            control.value().parse::<i64>().ok()
        } else {
            self.shown.try_update_value(|s| {
                s.typed |= bit(p);
                s.stale |= bit(p);
            });
            let parsed = p.spec().parse_decimal(&control.value());
            self.set_invalid(p, parsed.is_none());
            parsed
        };
        if let Some(v) = value {
            state.scenario.try_update(|s| {
                s.inputs.set_raw(p, v);
            });
        }
    }

    /// A `change` event from a field: typed text that is a number gives way to the value,
    /// clamped into range, and the URL is committed.
    pub fn change(self, state: AppState, ev: &Event) {
        let Some((p, control)) = source(ev) else {
            return;
        };
        let release = self
            .shown
            .try_update_value(|s| {
                let valid = s.invalid & bit(p) == 0;
                if valid {
                    s.typed &= !bit(p);
                }
                valid && control.type_() != "range"
            })
            .unwrap_or(false);
        if release {
            if let Some(raw) = state.scenario.try_with_untracked(|s| s.inputs.raw(p)) {
                control.set_value(&p.spec().decimal(raw));
            }
        }
        state.commit();
    }

    /// Writes what changed since the last call into the fields, leaving typed text alone.
    pub fn sync(self, inputs: Inputs, currency: Currency) {
        self.shown.try_update_value(|s| {
            for p in Param::ALL {
                let raw = inputs.raw(p);
                let changed = raw != s.inputs.raw(p)
                    || (p.spec().unit == Unit::Money && currency != s.currency);
                let number = s.typed & bit(p) == 0 && (changed || s.stale & bit(p) != 0);
                if changed || number {
                    show(p, raw, currency.as_str(), number);
                }
                if number {
                    s.stale &= !bit(p);
                }
            }
            s.inputs = inputs;
            s.currency = currency;
        });
    }
}

/// The typical discount band's ends along the discount slider, in percent of its track, for
/// the custom properties the band is drawn from (the strict CSP rules out style attributes in
/// markup).
pub fn band() -> (String, String) {
    let disc = Param::Disc.spec();
    let percent = |v| track_percent(v, disc.min, disc.max).to_string();
    (percent(USUAL_DISCOUNT.0), percent(USUAL_DISCOUNT.1))
}

/// Sets the band's custom properties on the element `id` through the CSSOM, which the CSP
/// allows, once the element is in the document.
pub fn draw_band(id: &str) {
    let Some(el) = by_id::<HtmlElement>(id) else {
        return;
    };
    let (lo, hi) = band();
    let style = el.style();
    let _ = style.set_property("--band-lo", &lo);
    let _ = style.set_property("--band-hi", &hi);
}
