//! Entry point: install the panic hook and start the islands on the page rendered at build
//! time.

fn main() {
    // Release builds keep panic messages readable in the console.
    console_error_panic_hook::set_once();
    partner_fit::ui::start();
}
