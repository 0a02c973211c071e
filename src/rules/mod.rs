//! The rules for the clinic's physiotherapists to review and sign: the
//! sheet, built from the clinic's protocol and configuration.
pub mod sheet;
