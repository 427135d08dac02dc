//! The stylesheet rules that show the visitor's marks on the static content, generated from
//! the engine's ids so no model, decision or path is spelled out by hand in CSS.
//!
//! The wasm sets [`Mark`] attributes on the root element; these rules match them against the
//! `data-*` attributes the sections carry. What a mark looks like lives in `style/content.css`
//! as custom properties (`--mark-*`); which element it applies to is decided here.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::Decision;
use partner_fit_engine::page::{branch, Mark, ROOT};
use partner_fit_engine::Model;

use crate::flow::paths::all_paths;

/// The selector of the root carrying `mark` with a value that holds `token`.
fn marked(mark: Mark, token: &str) -> String {
    format!("#{ROOT}[{}~={token}]", mark.attr())
}

/// The rules, one per line.
pub fn css() -> String {
    let mut rules = Vec::new();
    for m in Model::ALL {
        let now = marked(Mark::Now, m.id());
        let id = m.id();
        rules.push(format!(
            "{now} .when-now[data-model={id}]{{display:inline}}"
        ));
        rules.push(format!(
            "{now} .content-table :is(td,th)[data-model={id}]{{background:var(--mark-bg);box-shadow:var(--mark-edge)}}"
        ));
        rules.push(format!(
            "{} #compare-ladder :is(td,th)[data-model={id}]{{outline:var(--mark-rung)}}",
            marked(Mark::Rung, id)
        ));
    }
    for d in Decision::ALL {
        for yes in [true, false] {
            let token = branch(d, yes);
            let on = marked(Mark::Path, &token);
            rules.push(format!("{on} [data-branch={token}]{{border-style:solid;border-width:var(--mark-branch);background:var(--surface)}}"));
            rules.push(format!(
                "{on} [data-branch={token}] .flow__mark{{display:inline}}"
            ));
            rules.push(format!(
                "{on} [data-decision={}] .flow__box{{border-color:var(--accent);border-style:solid;box-shadow:var(--mark-node)}}",
                d.id()
            ));
        }
    }
    for (path, _) in all_paths() {
        let tokens: Vec<String> = path.iter().map(|&(d, yes)| branch(d, yes)).collect();
        let root: String = tokens
            .iter()
            .map(|t| format!("[{}~={t}]", Mark::Path.attr()))
            .collect();
        let span: String = tokens.iter().map(|t| format!("[data-path~={t}]")).collect();
        rules.push(format!("#{ROOT}{root} .when-path{span}{{display:inline}}"));
    }
    rules.join("\n")
}

/// The rules as a `<style>` element for the page's head.
pub fn style() -> String {
    view! { <style id="marks">{css()}</style> }.to_html()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_model_and_branch_has_its_rule_and_nothing_needs_escaping() {
        let css = css();
        for m in Model::ALL {
            assert!(css.contains(&format!("[data-now~={}]", m.id())));
            assert!(css.contains(&format!("[data-rung~={}]", m.id())));
        }
        for d in Decision::ALL {
            assert!(css.contains(&format!("[data-branch={}]", branch(d, true))));
            assert!(css.contains(&format!("[data-branch={}]", branch(d, false))));
        }
        assert!(!css.contains(['<', '>', '&', '"']), "{css}");
    }
}
