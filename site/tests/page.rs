//! The built page carries the guide: rendered from a minimal template (as Trunk leaves it,
//! minified), every fixed section is there with the engine's content, without any wasm.

use partner_fit_engine::assessment::scoring::WEIGHTS;
use partner_fit_engine::assessment::Question;
use partner_fit_engine::economics::{Param, METHOD};
use partner_fit_engine::guide::{
    Conflict, Mistake, CREDIT_RULES, DIMENSIONS, FAQ, INTENT_TEST, LADDER,
};
use partner_fit_engine::page::{Island, RESULT_PARTS, ROOT};
use partner_fit_engine::Model;
use partner_fit_site::render_into;

const TEMPLATE: &str = "<!DOCTYPE html><html><head><meta charset=utf-8>\
    <meta content=https://book.example/audit name=partnerfit:booking-url></head>\
    <body><div id=site></div></body></html>";

fn page() -> String {
    render_into(TEMPLATE).expect("the template has what the renderer needs")
}

fn count(page: &str, needle: &str) -> usize {
    page.matches(needle).count()
}

/// `text` as the page escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn every_fixed_section_is_in_the_page_with_the_guides_text() {
    let page = page();
    for id in [
        "models", "flow", "compare", "quadrant", "method", "share", "faq",
    ] {
        assert_eq!(count(&page, &format!("id=\"{id}\"")), 1, "section {id}");
    }
    assert_eq!(count(&page, &format!("<main id=\"{ROOT}\"")), 1);
    for m in Model::ALL {
        let p = m.profile();
        for text in [
            p.summary,
            p.definition,
            p.who_sells,
            p.who_owns,
            p.partner_gets,
        ] {
            assert!(page.contains(&escaped(text)), "{text}");
        }
    }
    assert_eq!(count(&page, "data-testid=\"compare-table\""), 3);
    for d in &DIMENSIONS {
        assert!(page.contains(&escaped(d.name)));
        for v in d.values {
            assert!(page.contains(&escaped(v)), "{v}");
        }
    }
    for r in &LADDER {
        assert!(page.contains(&escaped(r.proves)) && page.contains(&escaped(r.earns)));
    }
    for c in Conflict::ALL {
        assert!(page.contains(&escaped(c.rule())));
    }
    for r in CREDIT_RULES {
        assert!(page.contains(&escaped(r)), "{r}");
    }
    assert!(page.contains(&escaped(INTENT_TEST)));
    assert!(page.contains(&escaped(partner_fit_engine::assessment::ADVICE)));
    assert_eq!(count(&page, "data-testid=\"mistake\""), Mistake::ALL.len());
    assert_eq!(count(&page, "data-testid=\"flow-node\""), 3);
    let answers: usize = [
        Question::Role,
        Question::Own,
        Question::Motion,
        Question::Reach,
    ]
    .iter()
    .map(|q| q.choices().len())
    .sum();
    assert_eq!(count(&page, "data-testid=\"flow-answer\""), answers);
    assert_eq!(count(&page, "data-testid=\"weight\""), WEIGHTS.len());
    for w in WEIGHTS {
        assert!(page.contains(&escaped(w.reason)), "{}", w.reason);
    }
}

#[test]
fn how_we_calculate_says_where_each_input_comes_from() {
    let page = page();
    assert_eq!(count(&page, "data-testid=\"input-basis\""), Param::COUNT);
    for p in Param::ALL {
        let spec = p.spec();
        let row = format!(
            "data-testid=\"input-basis\" data-key=\"{}\" data-basis=\"{}\"",
            spec.key,
            spec.basis.id()
        );
        assert_eq!(count(&page, &row), 1, "{row}");
        assert!(
            page.contains(&escaped(spec.basis_note)),
            "{}",
            spec.basis_note
        );
    }
    for step in METHOD {
        assert!(page.contains(&escaped(step.title)), "{}", step.title);
    }
    assert!(page.contains("20% to 40%"), "the discount's typical range");
}

#[test]
fn the_faq_is_closed_and_also_structured_data() {
    let page = page();
    assert_eq!(count(&page, "<details data-testid=\"faq-item\""), FAQ.len());
    assert!(
        !page.contains("\" open") && !page.contains("<details open"),
        "every entry starts closed"
    );
    let (head, body) = page.split_once("</head>").expect("a head");
    assert!(head.contains("<script type=\"application/ld+json\">"));
    assert!(head.contains("\"@type\":\"FAQPage\""));
    for f in &FAQ {
        assert!(body.contains(&escaped(f.question)) && body.contains(&escaped(f.answer)));
        let json = serde_json::to_string(f.question).expect("a string");
        assert!(head.contains(&json), "structured data lacks {}", f.question);
    }
}

#[test]
fn islands_have_their_places_and_calls_to_action_lead_to_the_booking_page() {
    let page = page();
    for island in Island::ALL {
        assert_eq!(count(&page, &format!("id=\"{}\"", island.id())), 1);
    }
    assert_eq!(
        count(&page, &format!("<template id=\"{RESULT_PARTS}\">")),
        1
    );
    assert_eq!(count(&page, "href=\"https://book.example/audit\""), 2);
    assert!(page.contains("Only the assessment and the margin simulator need JavaScript"));
    assert!(!page.contains("<!>"), "no hydration markers");
    assert!(
        !page.contains("<div id=site>"),
        "the placeholder is replaced"
    );
}

#[test]
fn the_hero_links_and_the_start_failed_notes_work_without_the_wasm() {
    let page = page();
    // The hero's links have their targets in the static page, once each.
    for target in ["assessment", "simulator"] {
        assert!(page.contains(&format!("href=\"#{target}\"")));
        assert_eq!(count(&page, &format!("id=\"{target}\"")), 1, "{target}");
    }
    // One hidden note with its Retry per island that needs the wasm, for the loader to reveal.
    assert_eq!(count(&page, "data-start-failed-note"), 2);
    assert_eq!(count(&page, "data-retry"), 2);
    // The three paths, drawn with a text alternative naming each model.
    assert!(page.contains("class=\"hero-paths\""));
    for m in Model::ALL {
        assert!(
            page.contains(&format!("hero-arrow-{}", m.id())),
            "{}",
            m.id()
        );
    }
    assert!(page.contains("Referral: the partner hands you a lead"));
    // On paper the booking address is printed as text.
    assert!(page.contains("book a Partner Audit: https://book.example/audit"));
}

#[test]
fn a_page_without_its_placeholder_or_booking_url_is_refused() {
    use partner_fit_site::Error;
    assert_eq!(
        render_into("<head><meta content=https://b.example name=partnerfit:booking-url></head>"),
        Err(Error::NoPlaceholder)
    );
    assert_eq!(
        render_into("<head></head><div id=site></div>"),
        Err(Error::NoBookingUrl)
    );
}
