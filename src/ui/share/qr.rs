//! The scenario link as a QR code on paper, so a printout reopens the scenario from a phone.
//! Drawn as one SVG path of the dark modules (no markup from strings); recomputed only when
//! a change is committed, never on each keystroke, since encoding costs far more than an input.

use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

use crate::ui::state::use_app_state;

/// Light modules around the code, as the QR standard asks for a reliable scan.
const QUIET_ZONE: i32 = 4;

/// A QR code's drawing: the side in modules (quiet zone included) and an SVG path with one
/// `h`-run per horizontal stretch of dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrDrawing {
    pub side: i32,
    pub path: String,
}

/// Draws `text` as a QR code; `None` when it is too long for any QR version (the link still
/// prints as text).
pub fn draw(text: &str) -> Option<QrDrawing> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!(
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            ));
        }
    }
    Some(QrDrawing {
        side: size + 2 * QUIET_ZONE,
        path,
    })
}

/// The print-only QR code of the current scenario's link.
#[component]
pub fn ScenarioQr() -> impl IntoView {
    let state = use_app_state();
    let drawing = Memo::new(move |_| {
        state.committed.track();
        state.share_link.with_untracked(|link| draw(link))
    });
    move || {
        drawing.get().map(|d| {
            view! {
                <svg
                    class="share__qr print-only"
                    data-testid="share-qr"
                    viewBox=format!("0 0 {0} {0}", d.side)
                    role="img"
                    aria-label="QR code of the link to this scenario"
                >
                    <rect width="100%" height="100%" fill="#fff" />
                    <path d=d.path fill="#000" />
                </svg>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test as test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    /// Reads the drawing back into a module grid, so the test checks the path, not the encoder.
    fn grid(d: &QrDrawing) -> Vec<Vec<bool>> {
        let n = d.side as usize;
        let mut cells = vec![vec![false; n]; n];
        for run in d.path.split('M').filter(|r| !r.is_empty()) {
            let nums: Vec<usize> = run
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .filter_map(|s| s.parse().ok())
                .collect();
            let (x, y, len) = (nums[0], nums[1], nums[2]);
            for cell in &mut cells[y][x..x + len] {
                assert!(!*cell, "runs overlap at row {y}");
                *cell = true;
            }
        }
        cells
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules_inside_a_quiet_zone() {
        let link = "https://example.com/partner-fit/?v=2&role=intro&own=must&acv=48000&cur=EUR";
        let d = draw(link).expect("a link fits in a QR code");
        let code = QrCode::encode_text(link, QrCodeEcc::Medium).unwrap();
        let cells = grid(&d);
        assert_eq!(d.side, code.size() + 8);
        for (y, row) in cells.iter().enumerate() {
            for (x, &dark) in row.iter().enumerate() {
                let (qx, qy) = (x as i32 - QUIET_ZONE, y as i32 - QUIET_ZONE);
                assert_eq!(dark, code.get_module(qx, qy), "module {qx},{qy}");
            }
        }
    }

    #[test]
    fn a_text_too_long_for_any_version_draws_nothing() {
        assert_eq!(draw(&"x".repeat(3_000)), None);
    }
}
