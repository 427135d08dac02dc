//! The number formatters of the scenario's currency, rebuilt only when the currency changes.

use leptos::prelude::*;
use partner_fit_engine::economics::{Currency, Figure};

use crate::ui::format::{currency_supported, Formats};

/// A cheap handle to [`Formats`] for the currency amounts are shown in: building an
/// `Intl.NumberFormat` costs far more than using one, and slider moves must stay instant.
#[derive(Clone, Copy)]
pub struct LiveFormats {
    /// The scenario's currency (any three letters a link may carry).
    pub chosen: Memo<Currency>,
    /// The currency amounts are shown in: the chosen one, or USD when the browser lacks it.
    pub shown: Memo<Currency>,
    cache: StoredValue<(Currency, Formats), LocalStorage>,
}

/// `c` when the browser can format it, otherwise the default currency.
fn showable(c: Currency) -> Currency {
    if currency_supported(c.as_str()) {
        c
    } else {
        Currency::default()
    }
}

impl LiveFormats {
    /// Follows `chosen`: the scenario's currency (one for the page, in `AppState`) or that of
    /// the scenario kept as A.
    pub fn new(chosen: Memo<Currency>) -> LiveFormats {
        let shown = Memo::new(move |_| showable(chosen.get()));
        let first = shown.get_untracked();
        LiveFormats {
            chosen,
            shown,
            cache: StoredValue::new_local((first, Formats::new(first.as_str()))),
        }
    }

    /// Runs `f` with the current formatters; reactive in the currency.
    pub fn with<R>(self, f: impl FnOnce(&Formats) -> R) -> R {
        let c = self.shown.get();
        if self.cache.with_value(|(cached, _)| *cached != c) {
            self.cache.set_value((c, Formats::new(c.as_str())));
        }
        self.cache.with_value(|(_, formats)| f(formats))
    }
}

/// Writes one of the engine's figures the way the page shows numbers.
pub fn figure(f: &Formats, fig: Figure) -> String {
    match fig {
        Figure::Money(v) => f.money(v),
        Figure::Percent(v) => f.percent(v),
        Figure::Count(v) | Figure::Years(v) | Figure::Ratio(v) => f.number(v),
    }
}
