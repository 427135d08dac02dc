//! Share: the current scenario's link, selectable and copyable (the section's text is part
//! of the static page).

pub mod copy;
