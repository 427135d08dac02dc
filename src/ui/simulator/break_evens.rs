//! Where reselling starts to beat referral, by discount and by volume, in words.

use std::fmt::Write;

use partner_fit_engine::economics::{BreakEven, Simulation};

use super::live_formats::figure;
use super::markup::escape;
use crate::ui::format::{js_number, Formats};

/// The two break-even sentences, each carrying its state and value for tests and hosts.
pub fn markup(s: &Simulation, f: &Formats) -> String {
    let b = s.break_evens();
    let write = |fig| figure(f, fig);
    let answers: [(&str, BreakEven, String); 2] = [
        (
            "breakeven-discount",
            b.discount(),
            b.discount_sentence(&write),
        ),
        ("breakeven-volume", b.volume(), b.volume_sentence(&write)),
    ];
    let mut out = String::new();
    for (testid, answer, sentence) in answers {
        let _ = write!(
            out,
            r#"<p class="sim-breakeven__answer" data-testid="{testid}" data-state="{}""#,
            answer.state()
        );
        if let Some(v) = answer.value() {
            let _ = write!(out, r#" data-value="{}""#, js_number(v));
        }
        let _ = write!(out, ">{}</p>", escape(&sentence));
    }
    out
}
