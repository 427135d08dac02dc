//! The results' fixed parts: every one is in the built page, and the browser component tests'
//! copy of them (`tests/fixtures/result-parts.html`, which `tests/support` puts in the test
//! page) is what this crate renders. `PF_BLESS=1` rewrites the copy.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::{trigger, Flag};
use partner_fit_engine::guide::{Conflict, COMPENSATION, LADDER};
use partner_fit_engine::page::RESULT_PARTS;
use partner_fit_engine::Model;
use partner_fit_site::result_parts::ResultParts;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/result-parts.html"
);

/// The parts as the page holds them (without the hydration markers the page drops).
fn parts() -> String {
    view! { <ResultParts /> }.to_html().replace("<!>", "")
}

/// `text` as the page escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn every_part_is_there_once_with_the_guides_text() {
    let html = parts();
    assert!(html.starts_with(&format!("<template id=\"{RESULT_PARTS}\">")));
    let once = |needle: String| assert_eq!(html.matches(&needle).count(), 1, "{needle}");
    for f in Flag::ALL {
        once(format!(
            "data-testid=\"red-flag\" data-value=\"{}\"",
            f.id()
        ));
        for text in [f.title(), f.why(), f.fix()] {
            assert!(html.contains(&escaped(text)), "{text}");
        }
    }
    for c in Conflict::ALL {
        once(format!(
            "data-testid=\"conflict\" data-value=\"{}\"",
            c.id()
        ));
        for text in [c.name(), c.rule(), trigger(c)] {
            assert!(html.contains(&escaped(text)), "{text}");
        }
    }
    for m in Model::ALL {
        once(format!(
            "data-testid=\"compensation\" data-model=\"{}\"",
            m.id()
        ));
        once(format!("data-rung=\"{}\"", m.id()));
        assert!(html.contains(&escaped(COMPENSATION[m.index()])));
        assert!(html.contains(&escaped(LADDER[m.index()].proves)));
        assert!(html.contains(&escaped(LADDER[m.index()].earns)));
    }
}

#[test]
fn the_component_tests_copy_is_current() {
    let html = parts();
    if std::env::var_os("PF_BLESS").is_some() {
        std::fs::write(FIXTURE, &html).expect("the fixture is writable");
    }
    let copy = std::fs::read_to_string(FIXTURE).expect("the fixture exists");
    assert!(
        copy == html,
        "tests/fixtures/result-parts.html is stale: rerun with PF_BLESS=1"
    );
}
