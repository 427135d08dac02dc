//! The simulator's inputs as the engine's table holds them: default, typical range and where
//! each default comes from, so a visitor knows which figures to replace with their own.

use leptos::prelude::*;
use partner_fit_engine::economics::{Param, ParamSpec, Unit};

/// `raw` in the input's real units with its unit, digits grouped by thousands ("24,000",
/// "12.5%", "5 years"); money carries no symbol, since the visitor picks the currency.
fn shown(spec: &ParamSpec, raw: i64) -> String {
    let decimal = spec.decimal(raw);
    let (sign, digits) = match decimal.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", decimal.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut grouped = String::from(sign);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if !fraction.is_empty() {
        grouped.push('.');
        grouped.push_str(fraction);
    }
    match spec.unit {
        Unit::Percent => grouped + "%",
        Unit::Years if raw == 1 => grouped + " year",
        Unit::Years => grouped + " years",
        Unit::Money | Unit::Count => grouped,
    }
}

/// Every simulator input with its default, typical range and basis, in a disclosure.
#[component]
pub fn Inputs() -> impl IntoView {
    view! {
        <details class="method__weights">
            <summary>"Show where each input's default comes from ("{Param::COUNT}" inputs)"</summary>
            <p>
                "Guide: from the guide. Convention: a practice widely used in SaaS finance. "
                "Assumption: ours, to be replaced with your own figure. The typical range is how far "
                "the sensitivity chart moves each input. Money is in your display currency."
            </p>
            <div class="content-table__region" role="region" tabindex="0" aria-labelledby="inputs-caption">
                <table class="content-table content-table--inputs">
                    <caption id="inputs-caption">"The simulator's inputs, their defaults and their basis"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Input"</th>
                            <th scope="col">"Default"</th>
                            <th scope="col">"Typical range"</th>
                            <th scope="col">"Basis"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {Param::ALL.map(|p| {
                            let spec = p.spec();
                            let (low, high) = spec.typical;
                            view! {
                                <tr data-testid="input-basis" data-key=spec.key data-basis=spec.basis.id()>
                                    <th scope="row">{spec.label}</th>
                                    <td class="content-table__num">{shown(spec, spec.default)}</td>
                                    <td class="content-table__num">{shown(spec, low)}" to "{shown(spec, high)}</td>
                                    <td>{spec.basis.label()}": "{spec.basis_note}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_as_people_write_them() {
        assert_eq!(shown(Param::Acv.spec(), 24_000), "24,000");
        assert_eq!(shown(Param::Acv.spec(), 100_000_000), "100,000,000");
        assert_eq!(shown(Param::Acv.spec(), 999), "999");
        assert_eq!(shown(Param::Disc.spec(), 1_250), "12.5%");
        assert_eq!(shown(Param::Exp.spec(), -500), "-5%");
        assert_eq!(shown(Param::NRef.spec(), 850), "8.5");
        assert_eq!(shown(Param::Yrs.spec(), 1), "1 year");
        assert_eq!(shown(Param::Yrs.spec(), 5), "5 years");
    }
}
