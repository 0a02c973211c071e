//! Leaves: plain data and helpers every layer above may use, importing
//! nothing of the crate's but each other.
pub mod date;
pub mod english;
pub mod lang;
pub mod locks;
pub mod regions;
pub mod sorted_map;
pub mod text;
pub mod validation;
