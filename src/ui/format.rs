//! Number formatting through the browser's `Intl.NumberFormat`, never Rust's float
//! formatting (which would add about 25 KB to the wasm and ignore the visitor's locale).

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Formatters for one currency, built once per currency change (constructing an
/// `Intl.NumberFormat` is far costlier than calling one).
#[derive(Clone, Debug)]
pub struct Formats {
    money: Option<Function>,
    money_compact: Option<Function>,
    decimal: Option<Function>,
    percent: Option<Function>,
}

/// Builds `new Intl.NumberFormat(undefined, options)`; `None` if the browser rejects the
/// options (an unknown currency code throws a `RangeError`).
fn number_format(options: &[(&str, JsValue)]) -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor: Function = Reflect::get(&intl, &"NumberFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let opts = Object::new();
    for (key, value) in options {
        Reflect::set(&opts, &(*key).into(), value).ok()?;
    }
    let args = Array::of2(&JsValue::UNDEFINED, &opts);
    let nf = Reflect::construct(&ctor, &args).ok()?;
    Reflect::get(&nf, &"format".into()).ok()?.dyn_into().ok()
}

fn call(f: &Option<Function>, v: f64) -> Option<String> {
    f.as_ref()?
        .call1(&JsValue::NULL, &JsValue::from_f64(v))
        .ok()?
        .as_string()
}

/// Whether the browser can format amounts in `code` (the URL may carry any 3-letter code).
pub fn currency_supported(code: &str) -> bool {
    number_format(&[("style", "currency".into()), ("currency", code.into())]).is_some()
}

impl Formats {
    /// Formatters for amounts in `currency` (falls back to plain numbers if unsupported).
    pub fn new(currency: &str) -> Formats {
        let money = |extra: &[(&str, JsValue)]| {
            let mut o = vec![
                ("style", JsValue::from("currency")),
                ("currency", currency.into()),
                ("maximumFractionDigits", 0.into()),
            ];
            o.extend(extra.iter().cloned());
            number_format(&o)
        };
        Formats {
            money: money(&[]),
            // The minimum spelled out: WebKit otherwise keeps the currency's own as far as
            // the maximum allows and writes "€8.0M" where Chromium and Firefox write "€8M".
            money_compact: money(&[
                ("notation", "compact".into()),
                ("minimumFractionDigits", 0.into()),
                ("maximumFractionDigits", 1.into()),
            ]),
            decimal: number_format(&[("maximumFractionDigits", 2.into())]),
            percent: number_format(&[
                ("style", "percent".into()),
                ("maximumFractionDigits", 1.into()),
            ]),
        }
    }

    /// An amount, in whole currency units: "$24,000".
    pub fn money(&self, v: f64) -> String {
        call(&self.money, v)
            .or_else(|| call(&self.decimal, v))
            .unwrap_or_default()
    }

    /// An amount in compact notation for chart axes: "$1.4M".
    pub fn money_compact(&self, v: f64) -> String {
        call(&self.money_compact, v).unwrap_or_else(|| self.money(v))
    }

    /// A plain number with at most two decimals: "11.04".
    pub fn number(&self, v: f64) -> String {
        call(&self.decimal, v).unwrap_or_default()
    }

    /// A percentage given in percent (not as a fraction): 33.7 → "33.7%".
    pub fn percent(&self, v: f64) -> String {
        call(&self.percent, v / 100.0).unwrap_or_default()
    }
}

/// The shortest JavaScript representation of `v`, for `data-value` attributes that tests read
/// back exactly (JS's own `Number#toString`, so no Rust float formatting is linked in).
pub fn js_number(v: f64) -> String {
    js_sys::Number::from(v)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}
