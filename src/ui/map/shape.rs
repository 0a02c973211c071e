//! One region's hit area in one view (its path, its bounds and where its
//! badge sits): the type the generated `figure_data.rs` is written in.

use crate::base::regions::Region;

/// An axis-aligned box in view units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BBox {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl BBox {
    pub fn width(&self) -> f32 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f32 {
        self.y1 - self.y0
    }

    pub fn centre(&self) -> (f32, f32) {
        ((self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0)
    }
}

/// One region's hit area in one view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    pub region: Region,
    /// SVG path data (`M`, relative `c`, `Z`).
    pub d: &'static str,
    /// The exact bounds of the path.
    pub bbox: BBox,
    /// Where a badge (check mark, outcome symbol) sits: inside the shape.
    pub centre: (f32, f32),
}
