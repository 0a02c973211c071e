//! The body map: its geometry, plain data built and tested natively (the
//! figure, the shapes it is drawn in, where the arrow keys move), and the
//! components that draw it.
pub mod figure;
mod figure_data;
pub mod keys;
pub mod shape;

in_the_browser! {
    pub mod body_map;
    pub mod labels;
    pub mod region_path;
}
