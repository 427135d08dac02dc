//! Every path through the flow in one sentence each, the diagram's text alternative; the
//! stylesheet shows the one the root's `data-path` names.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::{Decision, Outcome};
use partner_fit_engine::page::branch;
use partner_fit_engine::Model;

use super::decision::number;

/// Every complete walk through the flow: the branches taken and the model it ends at.
pub fn all_paths() -> Vec<(Vec<(Decision, bool)>, Model)> {
    let mut done = Vec::new();
    let mut open = vec![(vec![], Decision::ALL[0])];
    while let Some((taken, d)) = open.pop() {
        for yes in [true, false] {
            let mut next: Vec<(Decision, bool)> = taken.clone();
            next.push((d, yes));
            match if yes { d.yes() } else { d.no() } {
                Outcome::Model(m) => done.push((next, m)),
                Outcome::Ask(d) => open.push((next, d)),
            }
        }
    }
    done.sort_by_key(|(p, _)| p.len());
    done
}

/// The sentence for one path: "Your path: question 1, no; question 2, yes; it ends at Co-sell."
fn sentence(path: &[(Decision, bool)], end: Model) -> String {
    let steps: Vec<String> = path
        .iter()
        .map(|&(d, yes)| format!("question {}, {}", number(d), if yes { "yes" } else { "no" }))
        .collect();
    format!(
        "Your path: {}; it ends at {}.",
        steps.join("; "),
        end.name()
    )
}

/// One sentence per path, and the prompt shown before there is one.
#[component]
pub fn PathSummaries() -> impl IntoView {
    view! {
        <p data-testid="flow-summary">
            <span class="when-unmarked">"Answer questions 1 and 2 to see your path through the flow."</span>
            {all_paths().into_iter().map(|(path, end)| {
                let tokens: Vec<String> = path.iter().map(|&(d, yes)| branch(d, yes)).collect();
                view! { <span class="when-path" data-path=tokens.join(" ")>{sentence(&path, end)}</span> }
            }).collect_view()}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flow_has_four_paths_each_ending_at_its_model() {
        let paths = all_paths();
        assert_eq!(paths.len(), 4);
        assert_eq!(paths[0].1, Model::Referral);
        assert!(paths
            .iter()
            .any(|(p, m)| p.len() == 3 && *m == Model::Reseller));
    }
}
