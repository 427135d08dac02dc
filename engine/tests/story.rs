//! The figures beside the advice, through the public API only: the profiles the issue names.

use partner_fit_engine::assessment::{assess, Answers, Own, Role, Stage};
use partner_fit_engine::economics::{flips, simulate, tornado, Figure, Flip, Inputs, Param};
use partner_fit_engine::story::Story;
use partner_fit_engine::Model;

/// Formats like the page's `Intl.NumberFormat` helper, closely enough to read the sentences.
fn format(f: Figure) -> String {
    match f {
        Figure::Money(v) => format!("${v:.0}"),
        Figure::Percent(v) => format!("{v:.1}%"),
        Figure::Count(v) => format!("{v:.1}"),
        Figure::Years(v) => format!("{v:.0}"),
        Figure::Ratio(v) => format!("{v:.2}"),
    }
}

/// A seed startup whose partner only makes introductions (and who must own the customer,
/// the second question the flow needs), at the v2 defaults.
fn seed_intro() -> Story {
    let answers = Answers {
        role: Some(Role::Intro),
        own: Some(Own::Must),
        stage: Some(Stage::Seed),
        ..Answers::default()
    };
    let inputs = Inputs::default();
    Story::new(
        &answers,
        assess(&answers).as_ref(),
        &inputs,
        &simulate(&inputs),
    )
}

#[test]
fn seed_startup_partner_only_introduces() {
    let story = seed_intro();
    assert_eq!(story.focus(), Model::Referral);
    assert_eq!(story.leader(), Model::CoSell);
    assert_eq!(story.state(), "differs");
    assert_eq!(story.nearest().map(|(p, _)| p), Some(Param::NCo));
    assert_eq!(
        story.sentence(&format),
        "Co-sell contributes more here: $2004536 against $1446335 for referral over 5 years; it \
         stops doing so below 5.9 co-sold customers a year. Referral stays the model to run \
         now: it asks the partner only for introductions and keeps every deal with your own \
         team. The partner only makes introductions, so it cannot sell for you: referral is \
         where it leads. Co-sell would also need: a live, adopted integration; a named joint \
         workflow, at least roughly; a partner who does more than introduce."
    );
}

#[test]
fn the_tie_named_is_where_the_two_totals_meet() {
    let story = seed_intro();
    let (param, value) = story.nearest().expect("a tie");
    let at = Inputs::default().with_raw(param, 0);
    // The co-sell volume enters linearly: the totals at the tie, interpolated between two
    // runs on the raw grid, are equal.
    let (lo, hi) = (
        (value * 100.0).floor() as i64,
        (value * 100.0).ceil() as i64,
    );
    let gap = |raw: i64| {
        let s = simulate(&at.with_raw(param, raw));
        s.model(Model::CoSell).total().contribution - s.model(Model::Referral).total().contribution
    };
    let w = value * 100.0 - lo as f64;
    let interpolated = gap(lo) * (1.0 - w) + gap(hi) * w;
    assert!(interpolated.abs() < 1e-3, "{interpolated}");
}

#[test]
fn flips_follow_the_contract() {
    let f = flips(&Inputs::default());
    assert_eq!(f.leader(), Model::CoSell);
    let n_co = f.get(Param::NCo);
    assert_eq!(n_co.state(), "at");
    assert!(matches!(
        n_co,
        Flip::At {
            from: Model::CoSell,
            ..
        }
    ));
    // Co-sell leads at every horizon from 1 to 10 years.
    assert_eq!(f.get(Param::Yrs).state(), "none");
    assert_eq!(f.iter().count(), Param::COUNT);
}

#[test]
fn the_tornado_centres_on_the_focus_and_names_five_inputs() {
    let story = seed_intro();
    let t = tornado(&Inputs::default(), story.focus());
    assert_eq!(t.focus(), Model::Referral);
    assert!(t.base_gap() < 0.0);
    let text = t.sentence(&format);
    assert!(
        text.starts_with("Referral's lead over the best other model, now $-558201"),
        "{text}"
    );
    assert_eq!(text.matches(" at ").count(), 10, "{text}");
}
