//! Entry point: install the panic hook and mount the app into `#app`.

use wasm_bindgen::JsCast;

fn main() {
    // Release builds keep panic messages readable in the console.
    console_error_panic_hook::set_once();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => leptos::mount::mount_to(root, partner_fit::ui::App).forget(),
        None => leptos::mount::mount_to_body(partner_fit::ui::App),
    }
}
