//! The intro screen: what the three models are.

pub mod models;
