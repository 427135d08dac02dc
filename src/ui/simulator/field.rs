//! One simulator input: a labelled slider paired with a number field and its unit.
//!
//! Both controls update the scenario live on `input` and commit the URL on `change`. What the
//! visitor types stays in the number field until it is left, even "12." or text that is not
//! a number (flagged and described until corrected); a typed value is clamped into range when
//! the field is left.

use leptos::prelude::*;
use partner_fit_engine::economics::{Currency, Param, ParamSpec, Unit, USUAL_DISCOUNT};

use super::chart::track_percent;
use crate::ui::state::use_app_state;

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
pub(crate) fn unit_text(unit: Unit, currency: Currency) -> String {
    match unit {
        Unit::Money => currency.as_str(),
        Unit::Percent => "%",
        Unit::Count => "customers/yr",
        Unit::Years => "years",
    }
    .to_owned()
}

/// The typical discount band's ends along the discount slider, in percent of its track.
fn band() -> (String, String) {
    let disc = Param::Disc.spec();
    let percent = |v| track_percent(v, disc.min, disc.max).to_string();
    (percent(USUAL_DISCOUNT.0), percent(USUAL_DISCOUNT.1))
}

/// The field of `param`, with amounts counted in `currency`; the discount carries its
/// typical band.
#[component]
pub fn SimField(param: Param, currency: Memo<Currency>) -> impl IntoView {
    let state = use_app_state();
    let spec = param.spec();
    let key = spec.key;
    let (label_id, unit_id) = (format!("sim-{key}-label"), format!("sim-{key}-unit"));
    let (help_id, err_id) = (format!("sim-{key}-help"), format!("sim-{key}-err"));
    let raw = Memo::new(move |_| state.scenario.with(|s| s.inputs.raw(param)));
    // The slider widens to reach a typed value beyond its practical top, and stays wide.
    let top = Memo::new(move |prev: Option<&i64>| {
        prev.copied().unwrap_or(slider_top(spec)).max(raw.get())
    });
    // The number field's text while the visitor types in it; `None` shows the value.
    let typed = RwSignal::new(None::<String>);
    let invalid = Signal::derive(move || {
        typed.with(|t| {
            t.as_deref()
                .is_some_and(|t| spec.parse_decimal(t).is_none())
        })
    });
    let unit = Signal::derive(move || unit_text(spec.unit, currency.get()));
    let text = Signal::derive(move || typed.get().unwrap_or_else(|| spec.decimal(raw.get())));
    let value_text = Signal::derive(move || format!("{} {}", spec.decimal(raw.get()), unit.get()));
    let set = move |v: i64| {
        state.scenario.update(|s| {
            s.inputs.set_raw(param, v);
        });
    };
    let described = {
        let (help, both) = (help_id.clone(), format!("{help_id} {err_id}"));
        Signal::derive(move || {
            if invalid.get() {
                both.clone()
            } else {
                help.clone()
            }
        })
    };
    let with_band = param == Param::Disc;
    let (band_lo, band_hi) = with_band.then(band).unzip();
    // Where the default comes from and the usual span, so the visitor knows which figures to
    // replace with their own first.
    let (lo, hi) = spec.typical;
    let typical = Signal::derive(move || {
        let unit = unit.get();
        let sep = if unit == "%" { "" } else { " " };
        format!(
            "Typical {}-{}{sep}{unit}",
            spec.decimal(lo),
            spec.decimal(hi)
        )
    });
    view! {
        <div class="sim-field" data-param=key>
            <div class="sim-field__head">
                <label class="sim-field__label" id=label_id.clone() for=format!("sim-{key}")>
                    {spec.label}
                </label>
                <span class="sim-field__entry">
                    <input
                        type="text"
                        inputmode="decimal"
                        class="sim-field__number"
                        id=format!("sim-{key}-num")
                        aria-labelledby=format!("{label_id} {unit_id}")
                        aria-describedby=described
                        aria-invalid=Signal::derive(move || invalid.get().then(|| "true".to_owned()))
                        prop:value=text
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            let parsed = spec.parse_decimal(&text);
                            typed.set(Some(text));
                            if let Some(v) = parsed {
                                set(v);
                            }
                        }
                        on:change=move |_| {
                            // A number gives way to the value, clamped; other text stays.
                            if !invalid.get_untracked() {
                                typed.set(None);
                            }
                            state.commit();
                        }
                    />
                    <span class="sim-field__unit" id=unit_id>
                        {unit}
                    </span>
                </span>
            </div>
            // The band's ends go through the CSSOM, which the CSP allows (style attributes it does not).
            <span
                class="sim-field__track"
                class:sim-field__track--band=with_band
                style:--band-lo=band_lo
                style:--band-hi=band_hi
            >
                <input
                    type="range"
                    class="sim-field__range"
                    id=format!("sim-{key}")
                    min=spec.min
                    max=top
                    step=spec.step
                    prop:value=Signal::derive(move || raw.get().to_string())
                    aria-describedby=help_id.clone()
                    aria-valuetext=value_text
                    on:input=move |ev| {
                        if typed.with_untracked(Option::is_some) {
                            typed.set(None);
                        }
                        if let Ok(v) = event_target_value(&ev).parse() {
                            set(v);
                        }
                    }
                    on:change=move |_| state.commit()
                />
            </span>
            <p class="sim-field__help" id=help_id>
                {spec.help}
                " "
                <span class="sim-field__basis" data-basis=spec.basis.id()>
                    <span class="sim-field__band" class:sim-field__band--guide=with_band>{typical}</span>
                    " · " {spec.basis.label()} ": " {spec.basis_note} "."
                </span>
            </p>
            <p class="sim-field__error" id=err_id hidden=Signal::derive(move || !invalid.get())>
                "Enter a number, like 12.5; the value stays as it was."
            </p>
        </div>
    }
}
