//! The simulator agrees with the advice: one sentence that sets the contribution figures
//! beside the model to run now, so the page never shows a leader in money that silently
//! contradicts the headline.
//!
//! It sits above both [`assessment`](crate::assessment) and [`economics`](crate::economics)
//! and imports them; neither imports it. Before the assessment is answered it is the
//! simulator's own summary. Once answered, the model to run now is the focus: when it also
//! contributes most, the numbers back the advice; when another model contributes more, the
//! sentence names that model, the input whose tie between the two lies nearest, relatively,
//! to its current value, what the model to run now keeps that the figures do not price, and
//! what the leader still lacks on the ladder.

use crate::answers::{Answers, Own};
use crate::assessment::rules::{requirements, why_off, Condition};
use crate::assessment::{Assessment, ModelStatus};
use crate::economics::{
    first_letter, noun, summary, ties, Figure, Flip, Format, Inputs, Param, Simulation, Unit,
};
use crate::guide::Model;

/// How the contribution figures stand against the advice.
#[derive(Clone, Debug, PartialEq)]
enum Stance {
    /// No assessment yet: the contribution leader is the focus.
    Unanswered,
    /// The model to run now also contributes most.
    Agrees,
    /// Another model contributes more.
    Differs {
        /// What the model to run now keeps that the figures do not price.
        keeps: &'static str,
        /// Why the leader is not for this partner, when it lies above the target.
        off: Option<&'static str>,
        /// The leader's ladder requirements not met (or not answered) yet.
        lacks: Vec<Condition>,
    },
}

/// The story of one scenario: the focus model, the leader in money, the nearest tie between
/// them and the words around it.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    focus: Model,
    leader: Model,
    /// The input whose tie between the focus and the model it is compared with is nearest,
    /// relatively, to its current value, with the tie value and the current one.
    nearest: Option<(Param, f64, f64)>,
    years: usize,
    totals: [f64; 3],
    stance: Stance,
}

impl Story {
    /// Reads the advice (when answered) against the simulation of `inputs`.
    pub fn new(
        answers: &Answers,
        assessment: Option<&Assessment>,
        inputs: &Inputs,
        simulation: &Simulation,
    ) -> Story {
        let leader = simulation.leader();
        let totals = simulation.models().map(|r| r.total().contribution);
        let (focus, stance) = match assessment {
            None => (leader, Stance::Unanswered),
            Some(a) if a.model() == leader => (leader, Stance::Agrees),
            Some(a) => (
                a.model(),
                Stance::Differs {
                    keeps: keeps(answers, a.model(), leader),
                    off: (a.status(leader) == ModelStatus::Off)
                        .then(|| why_off(answers, a.target())),
                    lacks: requirements(leader)
                        .iter()
                        .copied()
                        .filter(|c| c.check(answers) != Some(true))
                        .collect(),
                },
            ),
        };
        // When the advice agrees, the tie that matters is with the runner-up.
        let rival = if focus == leader {
            runner_up(&totals, leader)
        } else {
            leader
        };
        Story {
            focus,
            leader,
            nearest: nearest_tie(inputs, focus, rival),
            years: simulation.years(),
            totals,
            stance,
        }
    }

    /// Stable name for `data-state`: `unanswered`, `agrees` or `differs`.
    pub fn state(&self) -> &'static str {
        match self.stance {
            Stance::Unanswered => "unanswered",
            Stance::Agrees => "agrees",
            Stance::Differs { .. } => "differs",
        }
    }

    /// The model the sensitivity chart measures: the model to run now once answered, the
    /// contribution leader before.
    pub fn focus(&self) -> Model {
        self.focus
    }

    /// The model with the highest total contribution.
    pub fn leader(&self) -> Model {
        self.leader
    }

    /// The input named as the nearest flip and its tie value (unrounded, real units), for
    /// `data-param` and `data-value`; `None` before the assessment or when no input ties.
    pub fn nearest(&self) -> Option<(Param, f64)> {
        match self.stance {
            Stance::Unanswered => None,
            Stance::Agrees | Stance::Differs { .. } => self.nearest.map(|(p, v, _)| (p, v)),
        }
    }

    /// The story in words, every number written by `fmt`.
    pub fn sentence(&self, fmt: Format) -> String {
        let total = |m: Model| fmt(Figure::Money(self.totals[m.index()]));
        let years = fmt(Figure::Years(self.years as f64));
        let years = if self.years == 1 {
            format!("{years} year")
        } else {
            format!("{years} years")
        };
        let holds = match self.nearest {
            Some((p, v, x)) => format!("it stops doing so {}.", where_it_stops(p, v, x, fmt)),
            None => "no single input within its range changes that.".to_owned(),
        };
        match &self.stance {
            Stance::Unanswered => summary(self.years, self.totals, fmt),
            Stance::Agrees => format!(
                "The numbers back the advice: {} contributes most over {years} ({}); {holds}",
                noun(self.focus),
                total(self.focus),
            ),
            Stance::Differs { keeps, off, lacks } => {
                let mut s = format!(
                    "{} contributes more here: {} against {} for {} over {years}; {holds} {} \
                     stays the model to run now: it {keeps}.",
                    first_letter(noun(self.leader), true),
                    total(self.leader),
                    total(self.focus),
                    noun(self.focus),
                    self.focus.name(),
                );
                if let Some(why) = off {
                    s.push(' ');
                    s.push_str(why);
                }
                if !lacks.is_empty() {
                    s.push_str(&format!(
                        " {} would {}: {}.",
                        first_letter(noun(self.leader), true),
                        if off.is_some() {
                            "also need"
                        } else {
                            "still need"
                        },
                        list(lacks),
                    ));
                }
                s
            }
        }
    }
}

/// The best model other than `leader`.
fn runner_up(totals: &[f64; 3], leader: Model) -> Model {
    Model::ALL
        .into_iter()
        .filter(|&m| m != leader)
        .fold(None, |best: Option<Model>, m| match best {
            Some(b) if totals[b.index()] >= totals[m.index()] => Some(b),
            _ => Some(m),
        })
        .unwrap_or(leader)
}

/// Over every input, the tie between `a` and `b` nearest its current value, measured in
/// proportion to that value (or to the slider step when the value is zero), so "10 % fewer
/// customers" and "10 % lower margin" weigh the same. `(param, tie, current)`.
fn nearest_tie(inputs: &Inputs, a: Model, b: Model) -> Option<(Param, f64, f64)> {
    if a == b {
        return None;
    }
    let mut best: Option<(f64, Param, f64, f64)> = None;
    for (p, flip) in Param::ALL.into_iter().zip(ties(inputs, a, b)) {
        let Flip::At { value, .. } = flip else {
            continue;
        };
        let x = inputs.value(p);
        let s = p.spec();
        let step = s.step as f64 / s.unit.scale() as f64;
        let distance = (value - x).abs() / x.abs().max(step);
        if best.is_none_or(|(d, ..)| distance < d) {
            best = Some((distance, p, value, x));
        }
    }
    best.map(|(_, p, v, x)| (p, v, x))
}

/// "below 10.3 resold customers a year"; whole years read "at or below 3 years", since the
/// value itself already changes the order.
fn where_it_stops(p: Param, value: f64, current: f64, fmt: Format) -> String {
    let down = value < current;
    let side = match (p.spec().unit, down) {
        (Unit::Years, true) => "at or below",
        (Unit::Years, false) => "at or above",
        (_, true) => "below",
        (_, false) => "above",
    };
    format!("{side} {}", p.phrase(value, fmt))
}

/// What `now` keeps, compared with `leader`, that the contribution figures do not price.
fn keeps(a: &Answers, now: Model, leader: Model) -> &'static str {
    match (now, leader) {
        (Model::Referral | Model::CoSell, Model::Reseller) => match a.own {
            Some(Own::Must) => {
                "keeps the customer you must own, with its data and its renewals, which a \
                 reseller would take"
            }
            Some(Own::Prefer) => {
                "keeps the customer you would rather own, with its data and its renewals, which \
                 a reseller would take"
            }
            Some(Own::Handover) | None => {
                "keeps the customer, its data and its renewals in your hands, where a reseller \
                 would own them"
            }
        },
        (Model::Referral, _) => {
            "asks the partner only for introductions and keeps every deal with your own team"
        }
        (Model::CoSell, _) => {
            "puts the partner's sellers in your deals on the integration and joint workflow you \
             already have, which a referral leaves unused"
        }
        (Model::Reseller, _) => {
            "reaches customers you cannot staff, through a partner able to sell and support them"
        }
    }
}

/// "a; b; c": semicolons, since a condition's words may hold a comma ("a live, adopted
/// integration").
fn list(conditions: &[Condition]) -> String {
    let texts: Vec<&str> = conditions.iter().map(|c| c.text()).collect();
    texts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{answers, Question};
    use crate::assessment::assess;
    use crate::economics::{arbitrary_inputs, simulate};
    use proptest::prelude::*;

    fn tag(f: Figure) -> String {
        let (tag, v) = match f {
            Figure::Money(v) => ("money", v),
            Figure::Percent(v) => ("pct", v),
            Figure::Count(v) => ("count", v),
            Figure::Years(v) => ("years", v),
            Figure::Ratio(v) => ("ratio", v),
        };
        format!("<{tag} {}>", (v * 10.0).round() as i64)
    }

    fn story(spec: &str, inputs: Inputs) -> Story {
        let a = answers(spec);
        Story::new(&a, assess(&a).as_ref(), &inputs, &simulate(&inputs))
    }

    #[test]
    fn before_the_assessment_it_is_the_simulator_summary() {
        let i = Inputs::default();
        let s = story("", i);
        assert_eq!(s.state(), "unanswered");
        assert_eq!(s.focus(), s.leader());
        assert_eq!(s.nearest(), None);
        assert_eq!(s.sentence(&tag), simulate(&i).summary(&tag));
    }

    #[test]
    fn seed_startup_whose_partner_only_introduces() {
        let s = story("role=intro own=must stage=seed", Inputs::default());
        assert_eq!(s.focus(), Model::Referral);
        if s.leader() == Model::Referral {
            assert_eq!(s.state(), "agrees");
            assert!(s.sentence(&tag).starts_with("The numbers back the advice"));
            return;
        }
        assert_eq!(s.state(), "differs");
        let (param, value) = s.nearest().expect("a flip point between the two");
        let text = s.sentence(&tag);
        let leader = first_letter(noun(s.leader()), true);
        assert!(
            text.starts_with(&format!("{leader} contributes more here")),
            "{text}"
        );
        assert!(text.contains("it stops doing so"), "{text}");
        assert!(
            text.contains("Referral stays the model to run now"),
            "{text}"
        );
        assert!(text.contains("only makes introductions"), "{text}");
        assert!(text.contains(Condition::RoleBeyondIntro.text()), "{text}");
        // The tie named is a real one: at that value the two totals meet.
        let moved = Inputs::default();
        let t = crate::economics::ties(&moved, Model::Referral, s.leader())[param as usize];
        assert_eq!(t.value(), Some(value));
    }

    #[test]
    fn a_leader_that_takes_the_customer_is_named_with_what_it_takes() {
        // Thirty resold customers a year put reselling ahead; a customer that must be owned
        // keeps co-sell.
        let s = story(
            "role=deals own=must int=live jvp=written",
            Inputs::default().with_raw(Param::NRes, 3_000),
        );
        assert_eq!((s.focus(), s.leader()), (Model::CoSell, Model::Reseller));
        let text = s.sentence(&tag);
        assert!(text.contains("keeps the customer you must own"), "{text}");
        assert!(text.contains("Reselling hands over the customer"), "{text}");
        assert!(
            text.contains("it stops doing so below a gross margin of"),
            "{text}"
        );
    }

    #[test]
    fn when_the_leader_is_the_advice_the_numbers_back_it() {
        let s = story(
            "role=deals own=must int=live jvp=written",
            Inputs::default().with_raw(Param::NCo, 5_000),
        );
        assert_eq!(s.state(), "agrees");
        let text = s.sentence(&tag);
        assert!(
            text.starts_with(
                "The numbers back the advice: co-sell contributes most over <years 50> years"
            ),
            "{text}"
        );
        assert!(s.nearest().is_some());
    }

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(list(&[]), "");
        assert_eq!(list(&[Condition::IntLive]), Condition::IntLive.text());
        assert_eq!(
            list(&[Condition::IntLive, Condition::JvpNamed, Condition::DregYes]),
            format!(
                "{}; {}; {}",
                Condition::IntLive.text(),
                Condition::JvpNamed.text(),
                Condition::DregYes.text()
            )
        );
    }

    /// Any answers to the single-choice questions (each possibly unanswered) and any inputs,
    /// each often at an end of its range.
    fn scenario() -> impl Strategy<Value = (Answers, Inputs)> {
        let answers = proptest::collection::vec(0usize..5, Question::ALL.len()).prop_map(|picks| {
            let mut a = Answers::default();
            for (q, pick) in Question::ALL.into_iter().zip(picks) {
                if q.is_multi() {
                    continue;
                }
                let choices = q.choices();
                a.set_answer_id(q, choices.get(pick).map(|c| c.id));
            }
            a
        });
        let inputs = arbitrary_inputs();
        (answers, inputs)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn the_story_never_silently_contradicts_the_headline((a, i) in scenario()) {
            let assessment = assess(&a);
            let sim = simulate(&i);
            let s = Story::new(&a, assessment.as_ref(), &i, &sim);
            let text = s.sentence(&tag);
            prop_assert_eq!(s.leader(), sim.leader());
            match assessment {
                None => prop_assert_eq!(s.state(), "unanswered"),
                Some(adv) if adv.model() == sim.leader() => {
                    prop_assert_eq!(s.state(), "agrees");
                    prop_assert!(text.starts_with("The numbers back the advice"), "{}", text);
                }
                Some(adv) => {
                    prop_assert_eq!(s.state(), "differs");
                    prop_assert_eq!(s.focus(), adv.model());
                    let named = format!("{} contributes more here", first_letter(noun(s.leader()), true));
                    prop_assert!(text.starts_with(&named), "{}", text);
                    let stays = format!("{} stays the model to run now", adv.model().name());
                    prop_assert!(text.contains(&stays), "{}", text);
                    prop_assert_eq!(s.nearest().is_some(), text.contains("it stops doing so"));
                }
            }
        }
    }
}
