//! The method in plain words, for the UI's "How we calculate".

/// One step of the published method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub title: &'static str,
    pub text: &'static str,
}

/// The economics method, step by step, as the page shows it. It says in words what
/// [`simulate`](super::simulate) computes; the module documentation gives the formulas.
pub const METHOD: &[Step] = &[
    Step {
        title: "Deals and customers",
        text: "Each model brings its own number of new customers a year. A referral or reseller \
               deal is worth the typical first-year value; a co-sold deal is larger by the \
               co-sell uplift.",
    },
    Step {
        title: "Customers stay and grow",
        text: "Each year a customer renews with the retention rate, and one who renews grows by \
               the expansion rate. So in each later year a customer is expected to pay its \
               previous year's amount times retention times one plus expansion.",
    },
    Step {
        title: "A new group every year",
        text: "A new group of customers signs in every year of the horizon. A year's list \
               revenue adds up every group signed so far, each at its own age.",
    },
    Step {
        title: "What the partner takes",
        text: "Referral: the fee on each referred customer's revenue for as many years as the \
               fee is paid, plus the bounty per new customer. Co-sell: the spiff per co-sold \
               customer. Reseller: the wholesale discount on all its list revenue, every year, \
               for as long as the customer stays.",
    },
    Step {
        title: "The marketplace",
        text: "When you sell through a cloud marketplace, it keeps its fee on the list revenue \
               of every model.",
    },
    Step {
        title: "Net revenue",
        text: "List revenue less the partner's take and the marketplace fee: the money that \
               actually reaches you.",
    },
    Step {
        title: "Your costs",
        text: "Cost of goods is the part of list revenue your gross margin does not cover; it is \
               the same whoever sold the customer. Cost to sell is your sales effort on each new \
               referral or co-sell deal, as a share of its first-year value; a reseller sells \
               on its own, so it costs you none. Support is a share of list revenue, less the \
               part a reseller carries for its customers. Each programme costs its set-up in \
               the first year and its running cost every year.",
    },
    Step {
        title: "Contribution",
        text: "Net revenue less cost of goods, cost to sell, support and programme cost: what \
               the model adds to your profit each year. The chart adds it up year by year; the \
               table sums it over the horizon.",
    },
    Step {
        title: "Effective take and what you keep",
        text: "Effective take is everything the partner earned over the horizon as a share of \
               the list revenue. What you keep is net revenue as a share of list revenue; it \
               places each model on the margin axis of the control versus margin chart.",
    },
    Step {
        title: "Break-even discount",
        text: "Each point of reseller discount costs exactly one percent of the reseller's list \
               revenue, so the discount at which reselling and referral contribute the same \
               follows directly. Below it reselling is ahead. If reselling trails even with no \
               discount, or leads even at 100%, we say so.",
    },
    Step {
        title: "Break-even volume",
        text: "At the current discount, each reseller customer signed a year adds the same \
               contribution, while the programme costs the same whatever the volume. So the \
               number of new reseller customers a year at which reselling catches up with \
               referral follows directly too, and we give it per referred customer as well. If \
               a reseller customer adds nothing at that discount, no volume helps.",
    },
    Step {
        title: "Present value",
        text: "Money earned later is worth less than money today. We count each year's \
               contribution at the end of that year and divide it by one plus the discount \
               rate, once for every year from now: after one year by 1.1 at 10%, after two by \
               1.21. The present value adds these up over the horizon; at a 0% rate it is the \
               plain total.",
    },
    Step {
        title: "Payback",
        text: "The first year in which the contribution added up since the start is no longer \
               negative, so the programme has earned back its set-up and running costs. If it \
               is still negative in the last year, the model does not pay back within the \
               horizon.",
    },
    Step {
        title: "The book at the end",
        text: "The horizon stops the count, not the business. For its last year we show the \
               customers still expected to be paying (every group signed, each thinned by \
               retention for every year it has been there), their list revenue, what the \
               partner takes and what you keep as contribution. A reseller still takes its \
               discount on every one of those invoices, and will next year too.",
    },
    Step {
        title: "What you would have to believe",
        text: "For each input, with every other held, we find the value nearest to yours at \
               which a different model would contribute most over the horizon. Most totals \
               move in a straight line with an input (volumes, deal value, fees, discount, \
               costs), so that value is where two lines cross; the discount rate changes only \
               the present value, so it never changes the leader. Retention and expansion \
               compound over the years, so we step across the range and then narrow the \
               interval until the value is known to a billionth of itself. Whole \
               years are tried one by one. When no value in the range changes the leader, we \
               say so.",
    },
    Step {
        title: "What moves the gap most",
        text: "Every input has a typical range. We move each to the low and then the high end \
               of it, with everything else held, and measure how far the model in focus (the \
               one to run now once you have answered, the top contributor before) leads or \
               trails the best other model. The inputs are listed by how much that gap swings \
               across the range, largest first.",
    },
    Step {
        title: "The figures beside the advice",
        text: "When another model contributes more than the one to run now, we name it, the \
               input whose tie between the two lies nearest to its current value in \
               proportion, and what the model to run now keeps that no figure prices: the \
               customer with its data and renewals, or the prerequisites the other model still \
               lacks on the ladder.",
    },
    Step {
        title: "What this leaves out",
        text: "These are expected values, not a forecast: a customer's renewal is counted as a \
               probability. Only the present value discounts money over time; the totals, \
               shares and break-evens add the years up as they are. Taxes and payment terms are \
               left out, and every customer of a model is assumed to be the typical one.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_complete_sentences() {
        for step in METHOD {
            assert!(!step.title.is_empty() && !step.title.ends_with('.'));
            assert!(
                step.text.ends_with('.') && !step.text.contains("  "),
                "{}",
                step.title
            );
        }
    }
}
