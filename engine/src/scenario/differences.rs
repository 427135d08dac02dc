//! What differs between two scenarios, so the comparison view can point at the answers and
//! inputs that set A and B apart.

use super::Scenario;
use crate::answers::Question;
use crate::economics::Param;

/// The questions, simulator inputs and currency on which two scenarios differ.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Differences {
    /// Questions answered differently (one unanswered counts), in [`Question::ALL`] order.
    pub questions: Vec<Question>,
    /// Inputs with different values, in [`Param::ALL`] order.
    pub params: Vec<Param>,
    /// Whether the display currencies differ.
    pub currency: bool,
}

/// Where `a` and `b` differ; empty lists and `currency: false` when they are equal.
pub fn differences(a: &Scenario, b: &Scenario) -> Differences {
    let questions = Question::ALL
        .into_iter()
        .filter(|&q| match q {
            Question::Seg => a.answers.seg != b.answers.seg,
            _ => a.answers.answer_id(q) != b.answers.answer_id(q),
        })
        .collect();
    let params = Param::ALL
        .into_iter()
        .filter(|&p| a.inputs.raw(p) != b.inputs.raw(p))
        .collect();
    Differences {
        questions,
        params,
        currency: a.currency != b.currency,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{answers, Segment, Segments};
    use crate::economics::Currency;

    fn scenario(spec: &str) -> Scenario {
        Scenario {
            answers: answers(spec),
            ..Scenario::default()
        }
    }

    #[test]
    fn equal_scenarios_have_no_differences() {
        let s = scenario("role=deals own=must seg=small+remote");
        assert_eq!(differences(&s, &s), Differences::default());
        let d = Scenario::default();
        assert_eq!(differences(&d, &d), Differences::default());
    }

    #[test]
    fn lists_differences_in_the_format_order_whichever_side_has_them() {
        let mut a = scenario("role=deals own=must stage=seed seg=small");
        let mut b = scenario("role=intro own=must api=yes seg=small+remote");
        a.inputs.set_raw(Param::ResRun, 1);
        a.inputs.set_raw(Param::Disc, 2_500);
        b.inputs.set_raw(Param::Acv, 6_000);
        b.currency = Currency::parse("EUR").unwrap_or_default();
        let expected = Differences {
            questions: vec![
                Question::Role,
                Question::Stage,
                Question::Api,
                Question::Seg,
            ],
            params: vec![Param::Acv, Param::Disc, Param::ResRun],
            currency: true,
        };
        assert_eq!(differences(&a, &b), expected);
        assert_eq!(differences(&b, &a), expected);
    }

    #[test]
    fn an_unanswered_question_differs_from_an_answered_one() {
        let a = scenario("");
        let mut b = scenario("others=no");
        b.answers.seg = Segments::from_iter([Segment::Strategic]);
        let d = differences(&a, &b);
        assert_eq!(d.questions, [Question::Seg, Question::Others]);
        assert!(d.params.is_empty() && !d.currency);
    }
}
