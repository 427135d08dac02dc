//! The margin simulator's published figures, through the public API only.

use partner_fit_engine::economics::{simulate, BreakEven, Figure, Inputs, Param, METHOD};
use partner_fit_engine::Model;

/// Formats like the page's `Intl.NumberFormat` helper: whole currency units, percentages with
/// at most one decimal, counts with exactly one.
fn format(f: Figure) -> String {
    match f {
        Figure::Money(v) => format!("${v:.0}"),
        Figure::Percent(v) if (v * 10.0).round() % 10.0 == 0.0 => format!("{v:.0}%"),
        Figure::Percent(v) => format!("{v:.1}%"),
        Figure::Count(v) => format!("{v:.1}"),
        Figure::Years(v) => format!("{v:.0}"),
        Figure::Ratio(v) => format!("{v:.2}"),
    }
}

#[track_caller]
fn assert_tenths(b: BreakEven, tenths: f64) {
    let v = b.value().unwrap_or(f64::NAN);
    assert_eq!((v * 10.0).round(), tenths, "{b:?}");
}

/// The defaults of link format v1, which these figures were first published with.
fn v1_defaults() -> Inputs {
    Inputs::default()
        .with_raw(Param::NCo, 600)
        .with_raw(Param::NRes, 1_200)
        .with_raw(Param::Spiff, 1_000)
}

#[test]
fn v2_default_totals_over_five_years() {
    let s = simulate(&Inputs::default());
    let contribution = |m| s.model(m).total().contribution.round();
    assert_eq!(contribution(Model::Referral), 1_446_335.0);
    assert_eq!(contribution(Model::CoSell), 2_004_536.0);
    assert_eq!(contribution(Model::Reseller), 1_009_575.0);
    let b = *s.break_evens();
    assert_tenths(b.discount(), 125.0);
    assert_tenths(b.volume(), 110.0);
    let reseller = s.model(Model::Reseller);
    assert_eq!(reseller.npv().round(), 711_034.0);
    assert_eq!(
        (reseller.payback().state(), reseller.payback().value()),
        ("at", Some(1))
    );
    // The discount keeps being paid on the book the horizon leaves.
    assert_eq!(reseller.book().partner.round(), 232_386.0);
}

#[test]
fn v1_default_totals_over_five_years() {
    let s = simulate(&v1_defaults());
    let contribution = |m| s.model(m).total().contribution.round();
    assert_eq!(contribution(Model::Referral), 1_446_335.0);
    assert_eq!(contribution(Model::CoSell), 1_452_152.0);
    assert_eq!(contribution(Model::Reseller), 1_584_363.0);
    for m in Model::ALL {
        assert_eq!(s.model(m).cumulative().len(), 5);
    }
}

#[test]
fn v1_default_break_evens() {
    let b = *simulate(&v1_defaults()).break_evens();
    assert_eq!((b.discount().state(), b.volume().state()), ("at", "at"));
    assert_tenths(b.discount(), 337.0);
    assert_tenths(b.volume(), 110.0);
    assert_eq!(
        b.sentence(&format),
        "Reselling contributes more than referral below a 33.7% discount, or from 11.0 resold \
         customers a year at 30% (1.38 for each referred one)."
    );
}

#[test]
fn a_higher_discount_moves_the_answers() {
    let s = simulate(&v1_defaults().with_raw(Param::Disc, 4_000));
    assert!(s.model(Model::Reseller).total().contribution < 1_446_335.0);
    assert_tenths(s.break_evens().discount(), 337.0);
    assert_eq!(
        s.break_evens().volume_sentence(&format),
        "At a 40% discount, reselling contributes more than referral from 14.1 resold customers \
         a year, 1.76 for each referred one."
    );
}

#[test]
fn method_reads_as_steps() {
    assert!(METHOD.len() >= 10);
    assert!(METHOD.iter().any(|s| s.title == "Break-even discount"));
}
