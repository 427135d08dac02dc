//! Build step: writes the guide's fixed content into a built `index.html`, in place.
//!
//! Trunk runs it as a post-build hook (`scripts/post_build.py`) on the staged page, so the
//! served and the released page both carry the content before any wasm runs.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: partner-fit-site <built index.html>");
        return ExitCode::FAILURE;
    };
    let page = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {path}: {e}"))
        .and_then(|template| partner_fit_site::render_into(&template).map_err(|e| e.to_string()))
        .and_then(|page| {
            std::fs::write(&path, page).map_err(|e| format!("cannot write {path}: {e}"))
        });
    match page {
        Ok(()) => {
            println!("partner-fit-site: guide content rendered into {path}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("partner-fit-site: {e}");
            ExitCode::FAILURE
        }
    }
}
