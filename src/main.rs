//! Entry point: install the panic hook (dev builds) and start the islands on the page rendered
//! at build time.

fn main() {
    // Dev builds print a panic's message in the console. Release builds abort on a panic
    // without one (`-Cpanic=immediate-abort`, scripts/test.sh), so the hook would ship unused.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    partner_fit::ui::start();
}
