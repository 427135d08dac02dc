//! Share: the current scenario's link, selectable and copyable, and on paper the date it was
//! printed (the section's text is part of the static page).

pub mod copy;
pub mod printed;
pub mod qr;
