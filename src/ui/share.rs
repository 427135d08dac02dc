//! Share: the current scenario's link, selectable and copyable, and on paper its QR code
//! (the section's text is part of the static page).

pub mod copy;
pub mod printed;
