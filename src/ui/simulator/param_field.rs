//! One simulator input: a labelled slider paired with a number field and its unit.

use leptos::prelude::*;
use partner_fit_engine::economics::{Param, ParamSpec, Unit};

use super::chart::track_percent;
use super::live_formats::LiveFormats;
use crate::ui::state::use_app_state;

/// How many slider steps a range may span before the slider covers only a practical part of
/// it: a slider from 0 to 100 million moves in leaps no one can aim.
const MAX_SLIDER_STEPS: i64 = 1_000;

/// The top of the slider for `spec`: the whole range when it is short, otherwise a practical
/// part of it around the default (the number field still takes any value in range).
fn slider_top(spec: &ParamSpec) -> i64 {
    if spec.max - spec.min <= MAX_SLIDER_STEPS * spec.step {
        return spec.max;
    }
    let practical = (spec.default * 5).max(spec.step * 50);
    let rounded = practical.div_euclid(spec.step) * spec.step;
    rounded.min(spec.max)
}

/// What a value of `unit` is counted in, after the number.
fn unit_text(unit: Unit, currency: &str) -> String {
    match unit {
        Unit::Money => currency.to_owned(),
        Unit::Percent => "%".to_owned(),
        Unit::Count => "customers/yr".to_owned(),
        Unit::Years => "years".to_owned(),
    }
}

/// A slider and a number field for `param`, in sync through the scenario: both update it live
/// on `input` and commit the URL on `change`. `band` marks a typical range (raw units) behind
/// the slider track.
#[component]
pub fn ParamField(
    param: Param,
    fmt: LiveFormats,
    #[prop(default = None)] band: Option<(i64, i64)>,
) -> impl IntoView {
    let state = use_app_state();
    let spec = param.spec();
    let key = spec.key;
    let raw = Memo::new(move |_| state.scenario.with(|s| s.inputs.raw(param)));
    // Text being typed, shown as typed until the field is left (then the clamped value shows).
    let draft = RwSignal::new(None::<String>);
    let invalid = RwSignal::new(false);
    // A value typed beyond the practical slider range widens the slider to reach it.
    let top = RwSignal::new(slider_top(spec).max(raw.get_untracked()));
    let unit = move || unit_text(spec.unit, fmt.shown.get().as_str());

    let set = move |value: i64| {
        state.scenario.try_update(|s| {
            s.inputs.set_raw(param, value);
        });
    };
    let on_slide = move |ev: leptos::ev::Event| {
        if let Ok(value) = event_target_value(&ev).parse::<i64>() {
            draft.try_set(None);
            invalid.try_set(false);
            set(value);
        }
    };
    let on_type = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let parsed = spec.parse_decimal(&text);
        draft.try_set(Some(text));
        invalid.try_set(parsed.is_none());
        if let Some(value) = parsed {
            set(value);
            top.try_update(|t| *t = (*t).max(value.min(spec.max)));
        }
    };
    let on_commit = move |_| {
        if !invalid.get_untracked() {
            draft.try_set(None);
        }
        state.commit();
    };

    let (range_id, num_id) = (format!("sim-{key}"), format!("sim-{key}-num"));
    let (label_id, unit_id) = (format!("sim-{key}-label"), format!("sim-{key}-unit"));
    let (help_id, err_id) = (format!("sim-{key}-help"), format!("sim-{key}-err"));
    let labelled_by = format!("{label_id} {unit_id}");
    let described = {
        let (help_id, err_id) = (help_id.clone(), err_id.clone());
        move || {
            if invalid.get() {
                format!("{help_id} {err_id}")
            } else {
                help_id.clone()
            }
        }
    };
    let band_view = band.map(|(lo, hi)| {
        view! {
            <span class="sim-field__band">
                {format!("typical: {}-{}%", spec.decimal(lo), spec.decimal(hi))}
            </span>
        }
    });
    let band_lo = band.map(|(lo, _)| track_percent(lo, spec.min, spec.max).to_string());
    let band_hi = band.map(|(_, hi)| track_percent(hi, spec.min, spec.max).to_string());

    view! {
        <div class="sim-field" data-param=key>
            <div class="sim-field__head">
                <label class="sim-field__label" id=label_id for=range_id.clone()>
                    {spec.label}
                </label>
                <span class="sim-field__entry">
                    <input
                        type="text"
                        inputmode="decimal"
                        class="sim-field__number"
                        id=num_id
                        aria-labelledby=labelled_by
                        aria-describedby=described
                        aria-invalid=move || invalid.get().then_some("true")
                        prop:value=move || draft.get().unwrap_or_else(|| spec.decimal(raw.get()))
                        on:input=on_type
                        on:change=on_commit
                    />
                    <span class="sim-field__unit" id=unit_id>
                        {unit}
                    </span>
                </span>
            </div>
            <span
                class="sim-field__track"
                class:sim-field__track--band=band.is_some()
                style:--band-lo=band_lo
                style:--band-hi=band_hi
            >
                <input
                    type="range"
                    class="sim-field__range"
                    id=range_id
                    min=spec.min
                    max=move || top.get()
                    step=spec.step
                    prop:value=move || raw.get().to_string()
                    aria-describedby=help_id.clone()
                    aria-valuetext=move || format!("{} {}", spec.decimal(raw.get()), unit())
                    on:input=on_slide
                    on:change=on_commit
                />
            </span>
            {band_view}
            <p class="sim-field__help" id=help_id>
                {spec.help}
            </p>
            {move || {
                invalid
                    .get()
                    .then(|| {
                        view! {
                            <p class="sim-field__error" id=err_id.clone()>
                                "Enter a number, like 12.5; the value stays as it was."
                            </p>
                        }
                    })
            }}
        </div>
    }
}
