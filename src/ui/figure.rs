//! The body map's geometry as plain data: a friendly human figure in a front
//! and a back view, and for every region the outline of its hit area.
//!
//! No Yew here, so this compiles and is tested natively; `body_map` renders it.
//!
//! Both views share one coordinate system, [`VIEW_BOX`] (200 × 440 user
//! units). Left and right are the visitor's own: the front view shows their
//! left on the viewer's right, the back view on the viewer's left.
//!
//! Sizes: every hit area is at least [`MIN_TARGET_UNITS`] units wide and high,
//! so a view drawn 160 CSS px wide (two side by side, with a mouse) gives
//! 24 × 24 px targets and one drawn 294 px wide (one side at a time, on touch
//! screens) 44 × 44 px. Small parts (jaw, wrist and hand, ankle) are drawn a
//! little generously for that.
//!
//! The paths use `M`, relative `c` and `Z` only, with numbers written as
//! short as SVG allows (`.5`, `1.5-2`). They were generated from a handful of
//! anchor points (Catmull-Rom curves, mirrored about x = 100, every point on a
//! 0.1 unit grid), so neighbouring regions share their borders and tile the body.

use crate::regions::{Region, Side};

/// The `viewBox` of each view.
pub const VIEW_BOX: &str = "0 0 200 440";
pub const VIEW_WIDTH: f32 = 200.0;
pub const VIEW_HEIGHT: f32 = 440.0;

/// The smallest width and height of a hit area, in user units: 24 CSS px when
/// a view is drawn 160 px wide, 44 px at 294 px.
pub const MIN_TARGET_UNITS: f32 = 30.0;

/// Which way the figure faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Front,
    Back,
}

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

/// How a text is aligned on its anchor point (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::End => "end",
        }
    }
}

/// Where "your left" / "your right" goes in a view: beside the head.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SideLabel {
    pub side: Side,
    pub x: f32,
    /// Baseline of the first line.
    pub y: f32,
    pub anchor: Anchor,
}

/// Line height for a side label that wraps onto a second line.
pub const SIDE_LABEL_LINE: f32 = 16.0;

const LABEL_Y: f32 = 24.0;
const LABEL_VIEWER_LEFT: f32 = 5.0;
const LABEL_VIEWER_RIGHT: f32 = 195.0;

/// How a region is shown: chosen by the visitor, or its result on the result
/// page. The result page maps outcome levels onto these. Each mark has its own
/// symbol and (except `Selected` and `Go`, which are solid) its own pattern, so
/// none depends on colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionMark {
    /// The visitor chose this region (selection step). Solid accent, check.
    Selected,
    /// Likely suitable. Solid tint, check.
    Go,
    /// Possible, but talk to the clinic first. Diagonal stripes, "!".
    Caution,
    /// Not yet: possible from a later date. Dots, clock hands.
    Wait,
    /// Not for this area / see a doctor first. Cross-hatch, "×".
    Stop,
}

impl RegionMark {
    /// Marks in legend order.
    pub const ALL: [RegionMark; 5] = [
        RegionMark::Selected,
        RegionMark::Go,
        RegionMark::Caution,
        RegionMark::Wait,
        RegionMark::Stop,
    ];

    /// The class suffix and `data-mark` value: `selected`, `go`, `caution`, `wait`, `stop`.
    pub fn id(self) -> &'static str {
        match self {
            RegionMark::Selected => "selected",
            RegionMark::Go => "go",
            RegionMark::Caution => "caution",
            RegionMark::Wait => "wait",
            RegionMark::Stop => "stop",
        }
    }

    /// Whether the mark draws a pattern over its fill (pattern id suffix = [`id`](Self::id)).
    pub fn has_pattern(self) -> bool {
        matches!(
            self,
            RegionMark::Caution | RegionMark::Wait | RegionMark::Stop
        )
    }

    /// The badge symbol, path data centred on 0,0, drawn in a circle of
    /// radius [`BADGE_RADIUS`].
    pub fn glyph(self) -> &'static str {
        match self {
            RegionMark::Selected | RegionMark::Go => "M-3.6 0.3L-1.1 2.8L3.8-2.4",
            RegionMark::Caution => "M0-3.9V0.6M0 3.4V3.5",
            RegionMark::Wait => "M0-4V0L2.8 2",
            RegionMark::Stop => "M-3-3L3 3M3-3L-3 3",
        }
    }
}

/// Radius of the badge disc, in view units.
pub const BADGE_RADIUS: f32 = 7.5;

impl View {
    pub const ALL: [View; 2] = [View::Front, View::Back];

    /// `front` or `back`.
    pub fn id(self) -> &'static str {
        match self {
            View::Front => "front",
            View::Back => "back",
        }
    }

    /// The regions this view shows, head to foot, the visitor's left first.
    pub fn shapes(self) -> &'static [Shape] {
        match self {
            View::Front => FRONT_SHAPES,
            View::Back => BACK_SHAPES,
        }
    }

    /// The hit area of `region` in this view, if the view shows it.
    pub fn shape(self, region: Region) -> Option<&'static Shape> {
        self.shapes().iter().find(|s| s.region == region)
    }

    /// The body's outline (drawn under the regions for the parts that are no
    /// region, e.g. the belly, and over them as the crisp outer contour).
    pub fn outline(self) -> &'static str {
        OUTLINE
    }

    /// "your right" and "your left", in the order they appear left to right.
    pub fn side_labels(self) -> [SideLabel; 2] {
        let (on_viewer_left, on_viewer_right) = match self {
            View::Front => (Side::Right, Side::Left),
            View::Back => (Side::Left, Side::Right),
        };
        [
            SideLabel {
                side: on_viewer_left,
                x: LABEL_VIEWER_LEFT,
                y: LABEL_Y,
                anchor: Anchor::Start,
            },
            SideLabel {
                side: on_viewer_right,
                x: LABEL_VIEWER_RIGHT,
                y: LABEL_Y,
                anchor: Anchor::End,
            },
        ]
    }
}

/// The view where `region` takes part in the keyboard order: the front when it
/// shows the region, else the back. The other view's copy is still clickable
/// and announced, just not a second tab stop.
pub fn primary_view(region: Region) -> View {
    if View::Front.shape(region).is_some() {
        View::Front
    } else {
        View::Back
    }
}

/// A coordinate or length as SVG attribute text, written as `f32`'s `Display`
/// writes it ("113.5", "59"), for values with at most one decimal, as all of
/// this file's are (a test checks every one). Integer formatting only, so the
/// widget ships no float formatter.
pub fn svg_number(value: f32) -> String {
    let tenths = (value * 10.0).round() as i32;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, decimal) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    if decimal == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{decimal}")
    }
}

/// Splits a side label into at most two lines at its first space, so that
/// "your right" fits beside the head.
pub fn label_lines(text: &str) -> (&str, Option<&str>) {
    match text.trim().split_once(char::is_whitespace) {
        Some((first, rest)) => (first, Some(rest.trim_start())),
        None => (text.trim(), None),
    }
}

// ---------------------------------------------------------------------------
// Generated geometry below. Viewer's right half designed by hand as anchor
// points, mirrored for the other half.

/// The body's outline, drawn under the regions (both views).
pub const OUTLINE: &str = "M100 9c5.5 0 12.3 1.2 16.5 3.5c4.2 2.3 6.8 7 8.5 10.5c1.7 3.5.6 8.5 1.5 10.5c.9 2 3.1 0 4 1.5c.9 1.5 1.5 4.9 1.5 7.5c0 2.6-.7 6.1-1.5 8c-.8 1.9-2.1 1.7-3.5 3.5c-1.4 1.8-3.3 5-5 7.5c-2 2.3-4.9 4.3-6 7c-1.1 2.7-1.2 6.2-.5 9.5c.7 3.3 3 7 4.5 10.5c4.3 1.5 8.5 3.1 13 4.5c4.5 1.4 9.6 2.1 14 4c4.4 1.9 9.5 4 12.5 7.5c3 3.5 4.4 8.6 5.5 13.5c1.1 4.9.5 9.3 1 16c.5 6.7 1.1 16.3 1.8 24c.6 7.7 1.2 15.7 2.2 22c1 6.3 2.9 10.7 3.8 16c.8 5.3.7 9.5 1.2 16c.5 6.5 1.4 15.3 2 23c.6 7.7.8 17.9 1.5 23c.7 5.1 1.3 5.2 2.5 7.5c1.2 2.3 3.2 4.2 4.5 6.5c1.3 2.3 2.7 5.2 3.1 7.5c.3 2.3-.2 4.7-1 6c-.8 1.3-2.9-.4-3.6 1.5c-.7 1.9 0 6.5-.4 10c-.4 3.5-.7 7.8-2 11c-1.3 3.2-3.5 6.8-5.6 8c-2.1 1.2-5.1.8-7-.5c-1.9-1.3-3.2-4.1-4.5-7.5c-1.3-3.4-2.2-8-3-13c-.8-5-1.5-10.8-2-17c-.5-6.2.1-12.8-1-20c-1.1-7.2-3.7-15.3-5.5-23c-1.8-7.7-3.7-16.5-5-23c-1.3-6.5-2.2-10.7-2.8-16c-.4-5.3.3-9.7-.2-16c-.5-6.3-1.8-15.7-2.8-22c-.9-6.3-1.8-11.1-2.7-16c-.9-4.9-1.7-9-2.5-13.5c.1 7.2.4 15.1.2 21.5c-.2 6.4-.9 10.3-1.6 17c-.7 6.7-2.5 16.8-2.6 23c-.1 6.2.9 8.7 2 14c1.1 5.3 3.2 11.8 4.6 18c1.4 6.2 3.3 12.3 4.1 19c.8 6.7.9 12.8.7 21c-.2 8.2-1.6 21-2.2 28c-.5 7-1 8.7-1.2 14c-.2 5.3.2 11.7.2 18c0 6.3-.3 14.5-.2 20c.1 5.5 1 7 .8 13c-.3 6-1.6 16.8-2 23c-.5 6.2-1.1 9-.6 14c.6 5 2.5 12 3.8 16c1.3 4 2.9 5.2 4 8c1.1 2.8 2.4 6 2.5 9c.1 3-.3 6.8-2 9c-1.7 2.2-4.9 3.8-8.5 4.5c-3.6.7-9.1.3-13 0c-3.9-.3-7.9-.4-10.5-2c-2.6-1.6-4.2-4.4-5-7.5c-.8-3.1-.3-7.5 0-11c.3-3.5.8-5.7 1.5-10c.7-4.3 2.5-11 2.8-16c.2-5-.8-7.8-1.6-14c-.7-6.2-2.4-17-3-23c-.5-6 0-7.5-.2-13c-.2-5.5-.9-13.7-1.2-20c-.4-6.3-.3-12.7-.8-18c-.5-5.3-1.6-8-2.2-14c-.7-6-.8-15.3-1.8-22c-1-6.7-2.7-12-4-18c-1.3 6-3 11.3-4 18c-1 6.7-1.1 16-1.8 22c-.6 6-1.7 8.7-2.2 14c-.5 5.3-.4 11.7-.8 18c-.3 6.3-1 14.5-1.2 20c-.2 5.5.3 7-.2 13c-.6 6-2.3 16.8-3 23c-.8 6.2-1.8 9-1.6 14c.3 5 2.1 11.7 2.8 16c.7 4.3 1.2 6.5 1.5 10c.3 3.5.8 7.9 0 11c-.8 3.1-2.4 5.9-5 7.5c-2.6 1.6-6.6 1.7-10.5 2c-3.9.3-9.4.7-13 0c-3.6-.7-6.8-2.3-8.5-4.5c-1.7-2.2-2.1-6-2-9c.1-3 1.4-6.2 2.5-9c1.1-2.8 2.7-4 4-8c1.3-4 3.2-11 3.8-16c.5-5-.1-7.8-.6-14c-.4-6.2-1.7-17-2-23c-.2-6 .7-7.5.8-13c.1-5.5-.2-13.7-.2-20c0-6.3.4-12.7.2-18c-.2-5.3-.7-7-1.2-14c-.6-7-2-19.8-2.2-28c-.2-8.2-.1-14.3.7-21c.8-6.7 2.7-12.8 4.1-19c1.4-6.2 3.5-12.7 4.6-18c1.1-5.3 2.1-7.8 2-14c-.1-6.2-1.9-16.3-2.6-23c-.7-6.7-1.4-10.6-1.6-17c-.2-6.4.1-14.3.2-21.5c-.8 4.5-1.6 8.6-2.5 13.5c-.9 4.9-1.8 9.7-2.7 16c-1 6.3-2.3 15.7-2.8 22c-.5 6.3.2 10.7-.2 16c-.6 5.3-1.5 9.5-2.8 16c-1.3 6.5-3.2 15.3-5 23c-1.8 7.7-4.4 15.8-5.5 23c-1.1 7.2-.5 13.8-1 20c-.5 6.2-1.2 12-2 17c-.8 5-1.7 9.6-3 13c-1.3 3.4-2.6 6.2-4.5 7.5c-1.9 1.3-4.9 1.7-7 .5c-2.1-1.2-4.3-4.8-5.6-8c-1.3-3.2-1.6-7.5-2-11c-.4-3.5.3-8.1-.4-10c-.7-1.9-2.8-.2-3.6-1.5c-.8-1.3-1.3-3.7-1-6c.4-2.3 1.8-5.2 3.1-7.5c1.3-2.3 3.3-4.2 4.5-6.5c1.2-2.3 1.8-2.4 2.5-7.5c.7-5.1.9-15.3 1.5-23c.6-7.7 1.5-16.5 2-23c.5-6.5.4-10.7 1.2-16c.9-5.3 2.8-9.7 3.8-16c1-6.3 1.6-14.3 2.2-22c.7-7.7 1.3-17.3 1.8-24c.5-6.7-.1-11.1 1-16c1.1-4.9 2.5-10 5.5-13.5c3-3.5 8.1-5.6 12.5-7.5c4.4-1.9 9.5-2.6 14-4c4.5-1.4 8.7-3 13-4.5c1.5-3.5 3.8-7.2 4.5-10.5c.7-3.3.6-6.8-.5-9.5c-1.1-2.7-4-4.7-6-7c-1.7-2.5-3.6-5.7-5-7.5c-1.4-1.8-2.7-1.6-3.5-3.5c-.8-1.9-1.5-5.4-1.5-8c0-2.6.6-6 1.5-7.5c.9-1.5 3.1.5 4-1.5c.9-2-.2-7 1.5-10.5c1.7-3.5 4.3-8.2 8.5-10.5c4.2-2.3 11-3.5 16.5-3.5Z";

/// Front view: the visitor faces the viewer, so their left is on the viewer's right.
const FRONT_SHAPES: &[Shape] = &[
    Shape {
        region: Region::Head,
        d: "M100 9c5.5 0 12.3 1.2 16.5 3.5c4.2 2.3 6.8 7 8.5 10.5c1.7 3.5.6 8.5 1.5 10.5c-4.5 3.5-9.1 8-13.5 10.5c-4.4 2.5-8.7 4.5-13 4.5c-4.3 0-8.6-2-13-4.5c-4.4-2.5-9-7-13.5-10.5c.9-2-.2-7 1.5-10.5c1.7-3.5 4.3-8.2 8.5-10.5c4.2-2.3 11-3.5 16.5-3.5Z",
        bbox: BBox { x0: 73.5, y0: 9.0, x1: 126.5, y1: 48.5 },
        centre: (100.0, 28.0),
    },
    Shape {
        region: Region::Jaw(Side::Left),
        d: "M126.5 33.5c.9 2 3.1 0 4 1.5c.9 1.5 1.5 4.9 1.5 7.5c0 2.6-.7 6.1-1.5 8c-.8 1.9-2.1 1.7-3.5 3.5c-1.4 1.8-3.3 5-5 7.5c-3 2.8-5.3 6.6-9 8.5c-3.7 1.9-8.7 3-13 3c0-8.2 0-16.3 0-24.5c4.3 0 8.6-2 13-4.5c4.4-2.5 9-7 13.5-10.5Z",
        bbox: BBox { x0: 100.0, y0: 33.5, x1: 132.0, y1: 73.0 },
        centre: (113.5, 59.0),
    },
    Shape {
        region: Region::Jaw(Side::Right),
        d: "M73.5 33.5c4.5 3.5 9.1 8 13.5 10.5c4.4 2.5 8.7 4.5 13 4.5c0 8.2 0 16.3 0 24.5c-4.3 0-9.3-1.1-13-3c-3.7-1.9-6-5.7-9-8.5c-1.7-2.5-3.6-5.7-5-7.5c-1.4-1.8-2.7-1.6-3.5-3.5c-.8-1.9-1.5-5.4-1.5-8c0-2.6.6-6 1.5-7.5c.9-1.5 3.1.5 4-1.5Z",
        bbox: BBox { x0: 68.0, y0: 33.5, x1: 100.0, y1: 73.0 },
        centre: (86.5, 59.0),
    },
    Shape {
        region: Region::Neck,
        d: "M100 73c4.3 0 9.3-1.1 13-3c3.7-1.9 6-5.7 9-8.5c-2 2.3-4.9 4.3-6 7c-1.1 2.7-1.2 6.2-.5 9.5c.7 3.3 3 7 4.5 10.5c-3.3 1.7-6.7 3.7-10 5c-3.3 1.3-6.7 2.5-10 2.5c-3.3 0-6.7-1.2-10-2.5c-3.3-1.3-6.7-3.3-10-5c1.5-3.5 3.8-7.2 4.5-10.5c.7-3.3.6-6.8-.5-9.5c-1.1-2.7-4-4.7-6-7c3 2.8 5.3 6.6 9 8.5c3.7 1.9 8.7 3 13 3Z",
        bbox: BBox { x0: 78.0, y0: 61.5, x1: 122.0, y1: 96.0 },
        centre: (100.0, 83.0),
    },
    Shape {
        region: Region::Shoulder(Side::Left),
        d: "M120 88.5c4.3 1.5 8.5 3.1 13 4.5c4.5 1.4 9.6 2.1 14 4c4.4 1.9 9.5 4 12.5 7.5c3 3.5 4.4 8.6 5.5 13.5c1.1 4.9.5 9.3 1 16c-10.4 2.1-20.1.3-29-5.5c-1.5-3.5-3.2-6.4-4.5-10.5c-1.3-4.1-.9-9.1-3-14c-2.1-4.9-6.3-10.3-9.5-15.5Z",
        bbox: BBox { x0: 120.0, y0: 88.5, x1: 166.0, y1: 134.8 },
        centre: (147.0, 111.0),
    },
    Shape {
        region: Region::Shoulder(Side::Right),
        d: "M80 88.5c-3.2 5.2-7.4 10.6-9.5 15.5c-2.1 4.9-1.7 9.9-3 14c-1.3 4.1-3 7-4.5 10.5c-8.9 5.8-18.6 7.6-29 5.5c.5-6.7-.1-11.1 1-16c1.1-4.9 2.5-10 5.5-13.5c3-3.5 8.1-5.6 12.5-7.5c4.4-1.9 9.5-2.6 14-4c4.5-1.4 8.7-3 13-4.5Z",
        bbox: BBox { x0: 34.0, y0: 88.5, x1: 80.0, y1: 134.8 },
        centre: (53.0, 111.0),
    },
    Shape {
        region: Region::Chest,
        d: "M100 96c3.3 0 6.7-1.2 10-2.5c3.3-1.3 6.7-3.3 10-5c3.2 5.2 7.4 10.6 9.5 15.5c2.1 4.9 1.7 9.9 3 14c1.3 4.1 3 7 4.5 10.5c.1 7.2.4 15.1.2 21.5c-.2 6.4-.9 10.3-1.6 17c-5.9 1.8-11.7 4.3-17.6 5.5c-5.9 1.2-12 1.5-18 1.5c-6 0-12.1-.3-18-1.5c-5.9-1.2-11.7-3.7-17.6-5.5c-.7-6.7-1.4-10.6-1.6-17c-.2-6.4.1-14.3.2-21.5c1.5-3.5 3.2-6.4 4.5-10.5c1.3-4.1.9-9.1 3-14c2.1-4.9 6.3-10.3 9.5-15.5c3.3 1.7 6.7 3.7 10 5c3.3 1.3 6.7 2.5 10 2.5Z",
        bbox: BBox { x0: 62.7, y0: 88.5, x1: 137.3, y1: 174.0 },
        centre: (100.0, 134.4),
    },
    Shape {
        region: Region::UpperArm(Side::Left),
        d: "M137 128.5c8.9 5.8 18.6 7.6 29 5.5c.5 6.7 1.1 16.3 1.8 24c.6 7.7 1.2 15.7 2.2 22c-8.3 2.7-16.7 2.7-25 0c-.5-6.3-1.8-15.7-2.8-22c-.9-6.3-1.8-11.1-2.7-16c-.9-4.9-1.7-9-2.5-13.5Z",
        bbox: BBox { x0: 137.0, y0: 128.5, x1: 170.0, y1: 182.0 },
        centre: (154.5, 156.8),
    },
    Shape {
        region: Region::UpperArm(Side::Right),
        d: "M63 128.5c-.8 4.5-1.6 8.6-2.5 13.5c-.9 4.9-1.8 9.7-2.7 16c-1 6.3-2.3 15.7-2.8 22c-8.3 2.7-16.7 2.7-25 0c1-6.3 1.6-14.3 2.2-22c.7-7.7 1.3-17.3 1.8-24c10.4 2.1 20.1.3 29-5.5Z",
        bbox: BBox { x0: 30.0, y0: 128.5, x1: 63.0, y1: 182.0 },
        centre: (45.5, 156.8),
    },
    Shape {
        region: Region::Elbow(Side::Left),
        d: "M145 180c8.3 2.7 16.7 2.7 25 0c1 6.3 2.9 10.7 3.8 16c.8 5.3.7 9.5 1.2 16c-9 2.7-18 2.7-27 0c-1.3-6.5-2.2-10.7-2.8-16c-.4-5.3.3-9.7-.2-16Z",
        bbox: BBox { x0: 145.0, y0: 180.0, x1: 175.0, y1: 214.0 },
        centre: (159.7, 197.5),
    },
    Shape {
        region: Region::Elbow(Side::Right),
        d: "M55 180c-.5 6.3.2 10.7-.2 16c-.6 5.3-1.5 9.5-2.8 16c-9 2.7-18 2.7-27 0c.5-6.5.4-10.7 1.2-16c.9-5.3 2.8-9.7 3.8-16c8.3 2.7 16.7 2.7 25 0Z",
        bbox: BBox { x0: 25.0, y0: 180.0, x1: 55.0, y1: 214.0 },
        centre: (40.3, 197.5),
    },
    Shape {
        region: Region::Forearm(Side::Left),
        d: "M148 212c9 2.7 18 2.7 27 0c.5 6.5 1.4 15.3 2 23c.6 7.7.8 17.9 1.5 23c-6.7 2-13.3 2-20 0c-1.1-7.2-3.7-15.3-5.5-23c-1.8-7.7-3.7-16.5-5-23Z",
        bbox: BBox { x0: 148.0, y0: 212.0, x1: 178.5, y1: 259.5 },
        centre: (165.0, 235.0),
    },
    Shape {
        region: Region::Forearm(Side::Right),
        d: "M52 212c-1.3 6.5-3.2 15.3-5 23c-1.8 7.7-4.4 15.8-5.5 23c-6.7 2-13.3 2-20 0c.7-5.1.9-15.3 1.5-23c.6-7.7 1.5-16.5 2-23c9 2.7 18 2.7 27 0Z",
        bbox: BBox { x0: 21.5, y0: 212.0, x1: 52.0, y1: 259.5 },
        centre: (35.0, 235.0),
    },
    Shape {
        region: Region::WristHand(Side::Left),
        d: "M158.5 258c6.7 2 13.3 2 20 0c.7 5.1 1.3 5.2 2.5 7.5c1.2 2.3 3.2 4.2 4.5 6.5c1.3 2.3 2.7 5.2 3.1 7.5c.3 2.3-.2 4.7-1 6c-.8 1.3-2.9-.4-3.6 1.5c-.7 1.9 0 6.5-.4 10c-.4 3.5-.7 7.8-2 11c-1.3 3.2-3.5 6.8-5.6 8c-2.1 1.2-5.1.8-7-.5c-1.9-1.3-3.2-4.1-4.5-7.5c-1.3-3.4-2.2-8-3-13c-.8-5-1.5-10.8-2-17c-.5-6.2.1-12.8-1-20Z",
        bbox: BBox { x0: 158.5, y0: 258.0, x1: 188.7, y1: 316.7 },
        centre: (172.5, 285.2),
    },
    Shape {
        region: Region::WristHand(Side::Right),
        d: "M41.5 258c-1.1 7.2-.5 13.8-1 20c-.5 6.2-1.2 12-2 17c-.8 5-1.7 9.6-3 13c-1.3 3.4-2.6 6.2-4.5 7.5c-1.9 1.3-4.9 1.7-7 .5c-2.1-1.2-4.3-4.8-5.6-8c-1.3-3.2-1.6-7.5-2-11c-.4-3.5.3-8.1-.4-10c-.7-1.9-2.8-.2-3.6-1.5c-.8-1.3-1.3-3.7-1-6c.4-2.3 1.8-5.2 3.1-7.5c1.3-2.3 3.3-4.2 4.5-6.5c1.2-2.3 1.8-2.4 2.5-7.5c6.7 2 13.3 2 20 0Z",
        bbox: BBox { x0: 11.3, y0: 258.0, x1: 41.5, y1: 316.7 },
        centre: (27.5, 285.2),
    },
    Shape {
        region: Region::Hip(Side::Left),
        d: "M100 210c0 13.3 0 26.7 0 40c7-2.3 13.7-5.5 21-7c7.3-1.5 15.1-1.3 22.7-2c-.8-6.7-2.7-12.8-4.1-19c-1.4-6.2-3.5-12.7-4.6-18c-5.7.5-11.2.5-17 1.5c-5.8 1-12 4.5-18 4.5Z",
        bbox: BBox { x0: 100.0, y0: 204.0, x1: 143.7, y1: 250.0 },
        centre: (118.0, 224.0),
    },
    Shape {
        region: Region::Hip(Side::Right),
        d: "M100 210c-6 0-12.2-3.5-18-4.5c-5.8-1-11.3-1-17-1.5c-1.1 5.3-3.2 11.8-4.6 18c-1.4 6.2-3.3 12.3-4.1 19c7.6.7 15.4.5 22.7 2c7.3 1.5 14 4.7 21 7c0-13.3 0-26.7 0-40Z",
        bbox: BBox { x0: 56.3, y0: 204.0, x1: 100.0, y1: 250.0 },
        centre: (82.0, 224.0),
    },
    Shape {
        region: Region::Thigh(Side::Left),
        d: "M143.7 241c-7.6.7-15.4.5-22.7 2c-7.3 1.5-14 4.7-21 7c1.3 6 3 11.3 4 18c1 6.7 1.1 16 1.8 22c.6 6 1.7 8.7 2.2 14c11 3.3 22 3.3 33 0c.2-5.3.7-7 1.2-14c.6-7 2-19.8 2.2-28c.2-8.2.1-14.3-.7-21Z",
        bbox: BBox { x0: 100.0, y0: 241.0, x1: 144.5, y1: 306.5 },
        centre: (124.2, 273.1),
    },
    Shape {
        region: Region::Thigh(Side::Right),
        d: "M56.3 241c-.8 6.7-.9 12.8-.7 21c.2 8.2 1.6 21 2.2 28c.5 7 1 8.7 1.2 14c11 3.3 22 3.3 33 0c.5-5.3 1.6-8 2.2-14c.7-6 .8-15.3 1.8-22c1-6.7 2.7-12 4-18c-7-2.3-13.7-5.5-21-7c-7.3-1.5-15.1-1.3-22.7-2Z",
        bbox: BBox { x0: 55.5, y0: 241.0, x1: 100.0, y1: 306.5 },
        centre: (75.8, 273.1),
    },
    Shape {
        region: Region::Knee(Side::Left),
        d: "M108 304c11 3.3 22 3.3 33 0c-.2 5.3.2 11.7.2 18c0 6.3-.3 14.5-.2 20c-10.3 3.3-20.7 3.3-31 0c-.2-5.5-.9-13.7-1.2-20c-.4-6.3-.3-12.7-.8-18Z",
        bbox: BBox { x0: 108.0, y0: 304.0, x1: 141.2, y1: 344.5 },
        centre: (125.0, 324.5),
    },
    Shape {
        region: Region::Knee(Side::Right),
        d: "M92 304c-.5 5.3-.4 11.7-.8 18c-.3 6.3-1 14.5-1.2 20c-10.3 3.3-20.7 3.3-31 0c.1-5.5-.2-13.7-.2-20c0-6.3.4-12.7.2-18c11 3.3 22 3.3 33 0Z",
        bbox: BBox { x0: 58.8, y0: 304.0, x1: 92.0, y1: 344.5 },
        centre: (75.0, 324.5),
    },
    Shape {
        region: Region::Shin(Side::Left),
        d: "M110 342c10.3 3.3 20.7 3.3 31 0c.1 5.5 1 7 .8 13c-.3 6-1.6 16.8-2 23c-8.9 2.7-17.7 2.7-26.6 0c-.7-6.2-2.4-17-3-23c-.5-6 0-7.5-.2-13Z",
        bbox: BBox { x0: 110.0, y0: 342.0, x1: 141.8, y1: 380.0 },
        centre: (126.1, 360.9),
    },
    Shape {
        region: Region::Shin(Side::Right),
        d: "M90 342c-.2 5.5.3 7-.2 13c-.6 6-2.3 16.8-3 23c-8.9 2.7-17.7 2.7-26.6 0c-.4-6.2-1.7-17-2-23c-.2-6 .7-7.5.8-13c10.3 3.3 20.7 3.3 31 0Z",
        bbox: BBox { x0: 58.2, y0: 342.0, x1: 90.0, y1: 380.0 },
        centre: (73.9, 360.9),
    },
    Shape {
        region: Region::Ankle(Side::Left),
        d: "M113.2 378c8.9 2.7 17.7 2.7 26.6 0c-.5 6.2-1.1 9-.6 14c.6 5 2.5 12 3.8 16c-10.3 2.7-20.7 2.7-31 0c.7-4.3 2.5-11 2.8-16c.2-5-.8-7.8-1.6-14Z",
        bbox: BBox { x0: 112.0, y0: 378.0, x1: 143.0, y1: 410.0 },
        centre: (127.0, 394.9),
    },
    Shape {
        region: Region::Ankle(Side::Right),
        d: "M86.8 378c-.8 6.2-1.8 9-1.6 14c.3 5 2.1 11.7 2.8 16c-10.3 2.7-20.7 2.7-31 0c1.3-4 3.2-11 3.8-16c.5-5-.1-7.8-.6-14c8.9 2.7 17.7 2.7 26.6 0Z",
        bbox: BBox { x0: 57.0, y0: 378.0, x1: 88.0, y1: 410.0 },
        centre: (73.0, 394.9),
    },
    Shape {
        region: Region::Foot(Side::Left),
        d: "M112 408c10.3 2.7 20.7 2.7 31 0c1.3 4 2.9 5.2 4 8c1.1 2.8 2.4 6 2.5 9c.1 3-.3 6.8-2 9c-1.7 2.2-4.9 3.8-8.5 4.5c-3.6.7-9.1.3-13 0c-3.9-.3-7.9-.4-10.5-2c-2.6-1.6-4.2-4.4-5-7.5c-.8-3.1-.3-7.5 0-11c.3-3.5.8-5.7 1.5-10Z",
        bbox: BBox { x0: 110.1, y0: 408.0, x1: 149.5, y1: 438.9 },
        centre: (129.0, 424.0),
    },
    Shape {
        region: Region::Foot(Side::Right),
        d: "M88 408c.7 4.3 1.2 6.5 1.5 10c.3 3.5.8 7.9 0 11c-.8 3.1-2.4 5.9-5 7.5c-2.6 1.6-6.6 1.7-10.5 2c-3.9.3-9.4.7-13 0c-3.6-.7-6.8-2.3-8.5-4.5c-1.7-2.2-2.1-6-2-9c.1-3 1.4-6.2 2.5-9c1.1-2.8 2.7-4 4-8c10.3 2.7 20.7 2.7 31 0Z",
        bbox: BBox { x0: 50.5, y0: 408.0, x1: 89.9, y1: 438.9 },
        centre: (71.0, 424.0),
    },
];

/// Back view: the viewer sees the visitor's back, so their left is on the viewer's left.
const BACK_SHAPES: &[Shape] = &[
    Shape {
        region: Region::Head,
        d: "M100 9c5.5 0 12.3 1.2 16.5 3.5c4.2 2.3 6.8 7 8.5 10.5c1.7 3.5.6 8.5 1.5 10.5c.9 2 3.1 0 4 1.5c.9 1.5 1.5 4.9 1.5 7.5c0 2.6-.7 6.1-1.5 8c-.8 1.9-2.1 1.7-3.5 3.5c-1.4 1.8-3.3 5-5 7.5c-3.3.8-6.3 1.9-10 2.5c-3.7.6-8 1-12 1c-4 0-8.3-.4-12-1c-3.7-.6-6.7-1.7-10-2.5c-1.7-2.5-3.6-5.7-5-7.5c-1.4-1.8-2.7-1.6-3.5-3.5c-.8-1.9-1.5-5.4-1.5-8c0-2.6.6-6 1.5-7.5c.9-1.5 3.1.5 4-1.5c.9-2-.2-7 1.5-10.5c1.7-3.5 4.3-8.2 8.5-10.5c4.2-2.3 11-3.5 16.5-3.5Z",
        bbox: BBox { x0: 68.0, y0: 9.0, x1: 132.0, y1: 65.0 },
        centre: (100.0, 34.0),
    },
    Shape {
        region: Region::Neck,
        d: "M100 65c4 0 8.3-.4 12-1c3.7-.6 6.7-1.7 10-2.5c-2 2.3-4.9 4.3-6 7c-1.1 2.7-1.2 6.2-.5 9.5c.7 3.3 3 7 4.5 10.5c-3.3 1.8-6.7 4.1-10 5.5c-3.3 1.4-6.7 3-10 3c-3.3 0-6.7-1.6-10-3c-3.3-1.4-6.7-3.7-10-5.5c1.5-3.5 3.8-7.2 4.5-10.5c.7-3.3.6-6.8-.5-9.5c-1.1-2.7-4-4.7-6-7c3.3.8 6.3 1.9 10 2.5c3.7.6 8 1 12 1Z",
        bbox: BBox { x0: 78.0, y0: 61.5, x1: 122.0, y1: 97.0 },
        centre: (100.0, 80.0),
    },
    Shape {
        region: Region::Shoulder(Side::Left),
        d: "M80 88.5c-3.2 5.2-7.4 10.6-9.5 15.5c-2.1 4.9-1.7 9.9-3 14c-1.3 4.1-3 7-4.5 10.5c-8.9 5.8-18.6 7.6-29 5.5c.5-6.7-.1-11.1 1-16c1.1-4.9 2.5-10 5.5-13.5c3-3.5 8.1-5.6 12.5-7.5c4.4-1.9 9.5-2.6 14-4c4.5-1.4 8.7-3 13-4.5Z",
        bbox: BBox { x0: 34.0, y0: 88.5, x1: 80.0, y1: 134.8 },
        centre: (53.4, 113.9),
    },
    Shape {
        region: Region::Shoulder(Side::Right),
        d: "M120 88.5c4.3 1.5 8.5 3.1 13 4.5c4.5 1.4 9.6 2.1 14 4c4.4 1.9 9.5 4 12.5 7.5c3 3.5 4.4 8.6 5.5 13.5c1.1 4.9.5 9.3 1 16c-10.4 2.1-20.1.3-29-5.5c-1.5-3.5-3.2-6.4-4.5-10.5c-1.3-4.1-.9-9.1-3-14c-2.1-4.9-6.3-10.3-9.5-15.5Z",
        bbox: BBox { x0: 120.0, y0: 88.5, x1: 166.0, y1: 134.8 },
        centre: (146.6, 113.9),
    },
    Shape {
        region: Region::UpperBack,
        d: "M100 97c3.3 0 6.7-1.6 10-3c3.3-1.4 6.7-3.7 10-5.5c3.2 5.2 7.4 10.6 9.5 15.5c2.1 4.9 1.7 9.9 3 14c1.3 4.1 3 7 4.5 10.5c.1 7.2.4 15.1.2 21.5c-6.4.5-13 1.2-19.2 1.5c-6.2.3-12 .5-18 .5c-6 0-11.8-.2-18-.5c-6.2-.3-12.8-1-19.2-1.5c-.2-6.4.1-14.3.2-21.5c1.5-3.5 3.2-6.4 4.5-10.5c1.3-4.1.9-9.1 3-14c2.1-4.9 6.3-10.3 9.5-15.5c3.3 1.8 6.7 4.1 10 5.5c3.3 1.4 6.7 3 10 3Z",
        bbox: BBox { x0: 62.7, y0: 88.5, x1: 137.3, y1: 152.0 },
        centre: (100.0, 124.2),
    },
    Shape {
        region: Region::UpperArm(Side::Left),
        d: "M63 128.5c-.8 4.5-1.6 8.6-2.5 13.5c-.9 4.9-1.8 9.7-2.7 16c-1 6.3-2.3 15.7-2.8 22c-8.3 2.7-16.7 2.7-25 0c1-6.3 1.6-14.3 2.2-22c.7-7.7 1.3-17.3 1.8-24c10.4 2.1 20.1.3 29-5.5Z",
        bbox: BBox { x0: 30.0, y0: 128.5, x1: 63.0, y1: 182.0 },
        centre: (45.5, 156.8),
    },
    Shape {
        region: Region::UpperArm(Side::Right),
        d: "M137 128.5c8.9 5.8 18.6 7.6 29 5.5c.5 6.7 1.1 16.3 1.8 24c.6 7.7 1.2 15.7 2.2 22c-8.3 2.7-16.7 2.7-25 0c-.5-6.3-1.8-15.7-2.8-22c-.9-6.3-1.8-11.1-2.7-16c-.9-4.9-1.7-9-2.5-13.5Z",
        bbox: BBox { x0: 137.0, y0: 128.5, x1: 170.0, y1: 182.0 },
        centre: (154.5, 156.8),
    },
    Shape {
        region: Region::Elbow(Side::Left),
        d: "M55 180c-.5 6.3.2 10.7-.2 16c-.6 5.3-1.5 9.5-2.8 16c-9 2.7-18 2.7-27 0c.5-6.5.4-10.7 1.2-16c.9-5.3 2.8-9.7 3.8-16c8.3 2.7 16.7 2.7 25 0Z",
        bbox: BBox { x0: 25.0, y0: 180.0, x1: 55.0, y1: 214.0 },
        centre: (40.3, 197.5),
    },
    Shape {
        region: Region::Elbow(Side::Right),
        d: "M145 180c8.3 2.7 16.7 2.7 25 0c1 6.3 2.9 10.7 3.8 16c.8 5.3.7 9.5 1.2 16c-9 2.7-18 2.7-27 0c-1.3-6.5-2.2-10.7-2.8-16c-.4-5.3.3-9.7-.2-16Z",
        bbox: BBox { x0: 145.0, y0: 180.0, x1: 175.0, y1: 214.0 },
        centre: (159.7, 197.5),
    },
    Shape {
        region: Region::Forearm(Side::Left),
        d: "M52 212c-1.3 6.5-3.2 15.3-5 23c-1.8 7.7-4.4 15.8-5.5 23c-6.7 2-13.3 2-20 0c.7-5.1.9-15.3 1.5-23c.6-7.7 1.5-16.5 2-23c9 2.7 18 2.7 27 0Z",
        bbox: BBox { x0: 21.5, y0: 212.0, x1: 52.0, y1: 259.5 },
        centre: (35.0, 235.0),
    },
    Shape {
        region: Region::Forearm(Side::Right),
        d: "M148 212c9 2.7 18 2.7 27 0c.5 6.5 1.4 15.3 2 23c.6 7.7.8 17.9 1.5 23c-6.7 2-13.3 2-20 0c-1.1-7.2-3.7-15.3-5.5-23c-1.8-7.7-3.7-16.5-5-23Z",
        bbox: BBox { x0: 148.0, y0: 212.0, x1: 178.5, y1: 259.5 },
        centre: (165.0, 235.0),
    },
    Shape {
        region: Region::WristHand(Side::Left),
        d: "M41.5 258c-1.1 7.2-.5 13.8-1 20c-.5 6.2-1.2 12-2 17c-.8 5-1.7 9.6-3 13c-1.3 3.4-2.6 6.2-4.5 7.5c-1.9 1.3-4.9 1.7-7 .5c-2.1-1.2-4.3-4.8-5.6-8c-1.3-3.2-1.6-7.5-2-11c-.4-3.5.3-8.1-.4-10c-.7-1.9-2.8-.2-3.6-1.5c-.8-1.3-1.3-3.7-1-6c.4-2.3 1.8-5.2 3.1-7.5c1.3-2.3 3.3-4.2 4.5-6.5c1.2-2.3 1.8-2.4 2.5-7.5c6.7 2 13.3 2 20 0Z",
        bbox: BBox { x0: 11.3, y0: 258.0, x1: 41.5, y1: 316.7 },
        centre: (27.5, 285.2),
    },
    Shape {
        region: Region::WristHand(Side::Right),
        d: "M158.5 258c6.7 2 13.3 2 20 0c.7 5.1 1.3 5.2 2.5 7.5c1.2 2.3 3.2 4.2 4.5 6.5c1.3 2.3 2.7 5.2 3.1 7.5c.3 2.3-.2 4.7-1 6c-.8 1.3-2.9-.4-3.6 1.5c-.7 1.9 0 6.5-.4 10c-.4 3.5-.7 7.8-2 11c-1.3 3.2-3.5 6.8-5.6 8c-2.1 1.2-5.1.8-7-.5c-1.9-1.3-3.2-4.1-4.5-7.5c-1.3-3.4-2.2-8-3-13c-.8-5-1.5-10.8-2-17c-.5-6.2.1-12.8-1-20Z",
        bbox: BBox { x0: 158.5, y0: 258.0, x1: 188.7, y1: 316.7 },
        centre: (172.5, 285.2),
    },
    Shape {
        region: Region::MidBack,
        d: "M100 152c6 0 11.8-.2 18-.5c6.2-.3 12.8-1 19.2-1.5c-.2 6.4-.9 10.3-1.6 17c-.7 6.7-2.5 16.8-2.6 23c-5.7.3-11.5.7-17 1c-5.5.3-10.7 1-16 1c-5.3 0-10.5-.7-16-1c-5.5-.3-11.3-.7-17-1c-.1-6.2-1.9-16.3-2.6-23c-.7-6.7-1.4-10.6-1.6-17c6.4.5 13 1.2 19.2 1.5c6.2.3 12 .5 18 .5Z",
        bbox: BBox { x0: 62.8, y0: 150.0, x1: 137.2, y1: 192.0 },
        centre: (100.0, 170.7),
    },
    Shape {
        region: Region::LowBack,
        d: "M100 192c5.3 0 10.5-.7 16-1c5.5-.3 11.3-.7 17-1c-.1 6.2.9 8.7 2 14c1.1 5.3 3.2 11.8 4.6 18c-7.5 1.5-16 2.5-22.6 4.5c-6.6 2-11.3 7.5-17 7.5c-5.7 0-10.4-5.5-17-7.5c-6.6-2-15.1-3-22.6-4.5c1.4-6.2 3.5-12.7 4.6-18c1.1-5.3 2.1-7.8 2-14c5.7.3 11.5.7 17 1c5.5.3 10.7 1 16 1Z",
        bbox: BBox { x0: 60.4, y0: 190.0, x1: 139.6, y1: 234.0 },
        centre: (100.0, 209.8),
    },
    Shape {
        region: Region::Buttock(Side::Left),
        d: "M100 234c-5.7 0-10.4-5.5-17-7.5c-6.6-2-15.1-3-22.6-4.5c-1.4 6.2-3.3 12.3-4.1 19c-.8 6.7-.9 12.8-.7 21c5.5 1.2 10.8 3.3 16.4 3.5c5.6.2 12.3.1 17-2.5c4.7-2.6 7.3-8.7 11-13c0-5.3 0-10.7 0-16Z",
        bbox: BBox { x0: 55.5, y0: 222.0, x1: 100.0, y1: 265.6 },
        centre: (79.0, 246.0),
    },
    Shape {
        region: Region::Buttock(Side::Right),
        d: "M100 234c0 5.3 0 10.7 0 16c3.7 4.3 6.3 10.4 11 13c4.7 2.6 11.4 2.7 17 2.5c5.6-.2 10.9-2.3 16.4-3.5c.2-8.2.1-14.3-.7-21c-.8-6.7-2.7-12.8-4.1-19c-7.5 1.5-16 2.5-22.6 4.5c-6.6 2-11.3 7.5-17 7.5Z",
        bbox: BBox { x0: 100.0, y0: 222.0, x1: 144.5, y1: 265.6 },
        centre: (121.0, 246.0),
    },
    Shape {
        region: Region::Thigh(Side::Left),
        d: "M100 250c-1.3 6-3 11.3-4 18c-1 6.7-1.1 16-1.8 22c-.6 6-1.7 8.7-2.2 14c-11 3.3-22 3.3-33 0c-.2-5.3-.7-7-1.2-14c-.6-7-2-19.8-2.2-28c5.5 1.2 10.8 3.3 16.4 3.5c5.6.2 12.3.1 17-2.5c4.7-2.6 7.3-8.7 11-13Z",
        bbox: BBox { x0: 55.6, y0: 250.0, x1: 100.0, y1: 306.5 },
        centre: (76.4, 283.5),
    },
    Shape {
        region: Region::Thigh(Side::Right),
        d: "M100 250c3.7 4.3 6.3 10.4 11 13c4.7 2.6 11.4 2.7 17 2.5c5.6-.2 10.9-2.3 16.4-3.5c-.2 8.2-1.6 21-2.2 28c-.5 7-1 8.7-1.2 14c-11 3.3-22 3.3-33 0c-.5-5.3-1.6-8-2.2-14c-.7-6-.8-15.3-1.8-22c-1-6.7-2.7-12-4-18Z",
        bbox: BBox { x0: 100.0, y0: 250.0, x1: 144.4, y1: 306.5 },
        centre: (123.6, 283.5),
    },
    Shape {
        region: Region::Knee(Side::Left),
        d: "M92 304c-.5 5.3-.4 11.7-.8 18c-.3 6.3-1 14.5-1.2 20c-10.3 3.3-20.7 3.3-31 0c.1-5.5-.2-13.7-.2-20c0-6.3.4-12.7.2-18c11 3.3 22 3.3 33 0Z",
        bbox: BBox { x0: 58.8, y0: 304.0, x1: 92.0, y1: 344.5 },
        centre: (75.0, 324.5),
    },
    Shape {
        region: Region::Knee(Side::Right),
        d: "M108 304c11 3.3 22 3.3 33 0c-.2 5.3.2 11.7.2 18c0 6.3-.3 14.5-.2 20c-10.3 3.3-20.7 3.3-31 0c-.2-5.5-.9-13.7-1.2-20c-.4-6.3-.3-12.7-.8-18Z",
        bbox: BBox { x0: 108.0, y0: 304.0, x1: 141.2, y1: 344.5 },
        centre: (125.0, 324.5),
    },
    Shape {
        region: Region::Calf(Side::Left),
        d: "M90 342c-.2 5.5.3 7-.2 13c-.6 6-2.3 16.8-3 23c-8.9 2.7-17.7 2.7-26.6 0c-.4-6.2-1.7-17-2-23c-.2-6 .7-7.5.8-13c10.3 3.3 20.7 3.3 31 0Z",
        bbox: BBox { x0: 58.2, y0: 342.0, x1: 90.0, y1: 380.0 },
        centre: (73.9, 360.9),
    },
    Shape {
        region: Region::Calf(Side::Right),
        d: "M110 342c10.3 3.3 20.7 3.3 31 0c.1 5.5 1 7 .8 13c-.3 6-1.6 16.8-2 23c-8.9 2.7-17.7 2.7-26.6 0c-.7-6.2-2.4-17-3-23c-.5-6 0-7.5-.2-13Z",
        bbox: BBox { x0: 110.0, y0: 342.0, x1: 141.8, y1: 380.0 },
        centre: (126.1, 360.9),
    },
    Shape {
        region: Region::Ankle(Side::Left),
        d: "M86.8 378c-.8 6.2-1.8 9-1.6 14c.3 5 2.1 11.7 2.8 16c-10.3 2.7-20.7 2.7-31 0c1.3-4 3.2-11 3.8-16c.5-5-.1-7.8-.6-14c8.9 2.7 17.7 2.7 26.6 0Z",
        bbox: BBox { x0: 57.0, y0: 378.0, x1: 88.0, y1: 410.0 },
        centre: (73.0, 394.9),
    },
    Shape {
        region: Region::Ankle(Side::Right),
        d: "M113.2 378c8.9 2.7 17.7 2.7 26.6 0c-.5 6.2-1.1 9-.6 14c.6 5 2.5 12 3.8 16c-10.3 2.7-20.7 2.7-31 0c.7-4.3 2.5-11 2.8-16c.2-5-.8-7.8-1.6-14Z",
        bbox: BBox { x0: 112.0, y0: 378.0, x1: 143.0, y1: 410.0 },
        centre: (127.0, 394.9),
    },
    Shape {
        region: Region::Foot(Side::Left),
        d: "M88 408c.7 4.3 1.2 6.5 1.5 10c.3 3.5.8 7.9 0 11c-.8 3.1-2.4 5.9-5 7.5c-2.6 1.6-6.6 1.7-10.5 2c-3.9.3-9.4.7-13 0c-3.6-.7-6.8-2.3-8.5-4.5c-1.7-2.2-2.1-6-2-9c.1-3 1.4-6.2 2.5-9c1.1-2.8 2.7-4 4-8c10.3 2.7 20.7 2.7 31 0Z",
        bbox: BBox { x0: 50.5, y0: 408.0, x1: 89.9, y1: 438.9 },
        centre: (70.6, 423.7),
    },
    Shape {
        region: Region::Foot(Side::Right),
        d: "M112 408c10.3 2.7 20.7 2.7 31 0c1.3 4 2.9 5.2 4 8c1.1 2.8 2.4 6 2.5 9c.1 3-.3 6.8-2 9c-1.7 2.2-4.9 3.8-8.5 4.5c-3.6.7-9.1.3-13 0c-3.9-.3-7.9-.4-10.5-2c-2.6-1.6-4.2-4.4-5-7.5c-.8-3.1-.3-7.5 0-11c.3-3.5.8-5.7 1.5-10Z",
        bbox: BBox { x0: 110.1, y0: 408.0, x1: 149.5, y1: 438.9 },
        centre: (129.4, 423.7),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses the path data this module uses (one `M`, relative `c`, `Z`;
    /// numbers as short as SVG allows, e.g. `1.5.5-2` for 1.5, 0.5, -2) into
    /// absolute cubic segments. Relative points add up in f64, so a border two
    /// shapes share comes out the same in both.
    fn segments(d: &str) -> Vec<[(f32, f32); 4]> {
        let mut tokens: Vec<String> = Vec::new();
        let mut number = String::new();
        for ch in d.chars() {
            let starts_new = (ch == '-' && !number.is_empty()) || (ch == '.' && number.contains('.'));
            if (ch.is_ascii_digit() || ch == '.' || ch == '-') && !starts_new {
                number.push(ch);
                continue;
            }
            if !number.is_empty() {
                tokens.push(std::mem::take(&mut number));
            }
            if starts_new {
                number.push(ch);
            } else if ch.is_ascii_alphabetic() {
                tokens.push(ch.to_string());
            } else {
                assert!(ch == ' ', "unexpected {ch:?} in path");
            }
        }
        if !number.is_empty() {
            tokens.push(number);
        }
        let num = |t: &String| t.parse::<f64>().unwrap_or_else(|_| panic!("bad number {t}"));
        let mut segs = Vec::new();
        let mut at = (0.0_f64, 0.0_f64);
        let mut i = 0;
        let mut closed = false;
        while i < tokens.len() {
            match tokens[i].as_str() {
                "M" => {
                    assert!(segs.is_empty() && i == 0, "one subpath per shape");
                    at = (num(&tokens[i + 1]), num(&tokens[i + 2]));
                    i += 3;
                }
                "c" => {
                    let p: Vec<f64> = tokens[i + 1..i + 7].iter().map(num).collect();
                    let points = [at, (at.0 + p[0], at.1 + p[1]), (at.0 + p[2], at.1 + p[3]), (at.0 + p[4], at.1 + p[5])];
                    at = points[3];
                    segs.push(points.map(|(x, y)| (x as f32, y as f32)));
                    i += 7;
                }
                "Z" => {
                    closed = true;
                    i += 1;
                }
                other => panic!("unexpected path command {other}"),
            }
        }
        assert!(closed, "path is closed");
        segs
    }

    fn point(s: &[(f32, f32); 4], t: f32) -> (f32, f32) {
        let u = 1.0 - t;
        let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
        (
            a * s[0].0 + b * s[1].0 + c * s[2].0 + d * s[3].0,
            a * s[0].1 + b * s[1].1 + c * s[2].1 + d * s[3].1,
        )
    }

    fn measured_bbox(d: &str) -> BBox {
        let mut b = BBox {
            x0: f32::MAX,
            y0: f32::MAX,
            x1: f32::MIN,
            y1: f32::MIN,
        };
        for s in segments(d) {
            for i in 0..=64 {
                let (x, y) = point(&s, i as f32 / 64.0);
                b.x0 = b.x0.min(x);
                b.y0 = b.y0.min(y);
                b.x1 = b.x1.max(x);
                b.y1 = b.y1.max(y);
            }
        }
        b
    }

    /// Even-odd point-in-polygon on the sampled outline.
    fn contains(d: &str, p: (f32, f32)) -> bool {
        let pts: Vec<(f32, f32)> = segments(d)
            .iter()
            .flat_map(|s| (0..16).map(move |i| point(s, i as f32 / 16.0)))
            .collect();
        let mut inside = false;
        for i in 0..pts.len() {
            let (a, b) = (pts[i], pts[(i + 1) % pts.len()]);
            if (a.1 > p.1) != (b.1 > p.1) && p.0 < a.0 + (p.1 - a.1) / (b.1 - a.1) * (b.0 - a.0) {
                inside = !inside;
            }
        }
        inside
    }

    fn area(d: &str) -> f32 {
        let pts: Vec<(f32, f32)> = segments(d)
            .iter()
            .flat_map(|s| (0..16).map(move |i| point(s, i as f32 / 16.0)))
            .collect();
        let mut twice = 0.0;
        for i in 0..pts.len() {
            let (a, b) = (pts[i], pts[(i + 1) % pts.len()]);
            twice += a.0 * b.1 - b.0 * a.1;
        }
        (twice / 2.0).abs()
    }

    #[test]
    fn every_region_is_shown_at_least_once_and_at_most_once_per_view() {
        for region in Region::ALL {
            let views: Vec<View> = View::ALL
                .into_iter()
                .filter(|v| v.shape(region).is_some())
                .collect();
            assert!(!views.is_empty(), "{} is in no view", region.id());
        }
        for view in View::ALL {
            for shape in view.shapes() {
                let n = view
                    .shapes()
                    .iter()
                    .filter(|s| s.region == shape.region)
                    .count();
                assert_eq!(
                    n,
                    1,
                    "{} twice in the {} view",
                    shape.region.id(),
                    view.id()
                );
            }
            let mut order: Vec<usize> = view.shapes().iter().map(|s| s.region.index()).collect();
            let sorted = {
                let mut o = order.clone();
                o.sort_unstable();
                o
            };
            assert_eq!(order, sorted, "{} view is ordered head to foot", view.id());
            order.clear();
        }
    }

    #[test]
    fn regions_are_in_the_views_where_they_can_be_seen() {
        let back_only = [
            "upper-back",
            "mid-back",
            "low-back",
            "buttock-left",
            "buttock-right",
            "calf-left",
            "calf-right",
        ];
        let front_only = [
            "chest",
            "jaw-left",
            "jaw-right",
            "shin-left",
            "shin-right",
            "hip-left",
            "hip-right",
        ];
        let both = [
            "head",
            "neck",
            "shoulder-left",
            "upper-arm-right",
            "elbow-left",
            "forearm-right",
            "wrist-hand-left",
            "thigh-right",
            "knee-left",
            "knee-right",
            "ankle-left",
            "foot-right",
        ];
        let region = |id: &str| Region::from_id(id).expect("known id");
        for id in back_only {
            assert!(View::Back.shape(region(id)).is_some(), "{id} on the back");
            assert!(
                View::Front.shape(region(id)).is_none(),
                "{id} not on the front"
            );
        }
        for id in front_only {
            assert!(View::Front.shape(region(id)).is_some(), "{id} on the front");
            assert!(
                View::Back.shape(region(id)).is_none(),
                "{id} not on the back"
            );
        }
        for id in both {
            assert!(
                View::Front.shape(region(id)).is_some() && View::Back.shape(region(id)).is_some(),
                "{id} in both"
            );
        }
        assert_eq!(primary_view(region("knee-left")), View::Front);
        assert_eq!(primary_view(region("low-back")), View::Back);
    }

    #[test]
    fn sides_are_the_visitors_own() {
        // Front: the visitor faces us, their left is on our right.
        // Back: we see their back, their left is on our left.
        let mut pairs = 0;
        for view in View::ALL {
            for shape in view.shapes() {
                let Some(Side::Left) = shape.region.side() else {
                    continue;
                };
                let (part, _) = shape.region.part_and_side();
                let right = view
                    .shapes()
                    .iter()
                    .find(|s| s.region.part_and_side() == (part, Some(Side::Right)))
                    .expect("pairs are shown together");
                let (left_x, right_x) = (shape.bbox.centre().0, right.bbox.centre().0);
                match view {
                    View::Front => assert!(left_x > right_x, "{} front", shape.region.id()),
                    View::Back => assert!(left_x < right_x, "{} back", shape.region.id()),
                }
                assert!(
                    (left_x + right_x - VIEW_WIDTH).abs() < 0.5,
                    "{} is mirrored about the middle",
                    shape.region.id()
                );
                pairs += 1;
            }
            let [first, second] = view.side_labels();
            assert!(first.x < second.x);
            let expected = match view {
                View::Front => (Side::Right, Side::Left),
                View::Back => (Side::Left, Side::Right),
            };
            assert_eq!((first.side, second.side), expected, "{} labels", view.id());
        }
        assert_eq!(pairs, 12 + 11);
        let knee_l = View::Front
            .shape(Region::Knee(Side::Left))
            .expect("front knee");
        let knee_r = View::Front
            .shape(Region::Knee(Side::Right))
            .expect("front knee");
        assert!(knee_l.bbox.centre().0 > knee_r.bbox.centre().0);
    }

    #[test]
    fn every_hit_area_is_at_least_24_css_px_at_160_px_per_view() {
        let px_per_unit = 160.0 / VIEW_WIDTH;
        for view in View::ALL {
            for shape in view.shapes() {
                let measured = measured_bbox(shape.d);
                for (stored, got) in [
                    (shape.bbox.x0, measured.x0),
                    (shape.bbox.y0, measured.y0),
                    (shape.bbox.x1, measured.x1),
                    (shape.bbox.y1, measured.y1),
                ] {
                    assert!(
                        (stored - got).abs() < 0.3,
                        "{} {}: stored bbox {stored} vs {got}",
                        view.id(),
                        shape.region.id()
                    );
                }
                let (w, h) = (
                    measured.width() * px_per_unit,
                    measured.height() * px_per_unit,
                );
                assert!(
                    w >= 24.0 && h >= 24.0,
                    "{} {} is {w:.1}x{h:.1} px",
                    view.id(),
                    shape.region.id()
                );
                assert!(
                    measured.width() >= MIN_TARGET_UNITS && measured.height() >= MIN_TARGET_UNITS
                );
                // Not a sliver either: the area is a fair part of the box.
                assert!(
                    area(shape.d) > 0.4 * measured.width() * measured.height(),
                    "{} {} is thin",
                    view.id(),
                    shape.region.id()
                );
            }
        }
    }

    #[test]
    fn shapes_stay_inside_the_view_and_the_body() {
        for view in View::ALL {
            let body = measured_bbox(view.outline());
            assert!(
                body.x0 >= 0.0 && body.y0 >= 0.0 && body.x1 <= VIEW_WIDTH && body.y1 <= VIEW_HEIGHT
            );
            for shape in view.shapes() {
                let b = measured_bbox(shape.d);
                assert!(
                    b.x0 >= body.x0 - 0.2
                        && b.x1 <= body.x1 + 0.2
                        && b.y0 >= body.y0 - 0.2
                        && b.y1 <= body.y1 + 0.2
                );
                assert!(
                    contains(shape.d, shape.centre),
                    "{} {}: badge outside the shape",
                    view.id(),
                    shape.region.id()
                );
                assert!(contains(view.outline(), shape.centre));
            }
        }
    }

    #[test]
    fn regions_tile_without_overlapping() {
        // Sample a grid: no point lies in two regions of the same view, and
        // most of the body is covered by a region.
        for view in View::ALL {
            let (mut body, mut covered) = (0, 0);
            for yi in 0..88 {
                for xi in 0..40 {
                    let p = (xi as f32 * 5.0 + 2.5, yi as f32 * 5.0 + 2.5);
                    let hits = view.shapes().iter().filter(|s| contains(s.d, p)).count();
                    assert!(hits <= 1, "{} view: {p:?} is in {hits} regions", view.id());
                    if contains(view.outline(), p) {
                        body += 1;
                        covered += hits;
                    }
                }
            }
            let share = covered as f32 / body as f32;
            let least = match view {
                View::Front => 0.85, // the belly is no region
                View::Back => 0.97,
            };
            assert!(
                share >= least,
                "{} view: regions cover {share:.2} of the body",
                view.id()
            );
        }
    }

    #[test]
    fn svg_numbers_read_as_float_display_writes_them() {
        let mut values = vec![BADGE_RADIUS, SIDE_LABEL_LINE, 0.0, -0.5, -3.0, 0.1, 439.9];
        for view in View::ALL {
            values.extend(view.shapes().iter().flat_map(|s| [s.centre.0, s.centre.1]));
            values.extend(view.side_labels().iter().flat_map(|l| [l.x, l.y]));
        }
        for value in values {
            assert_eq!(svg_number(value), value.to_string());
        }
    }

    #[test]
    fn side_labels_wrap_at_the_first_space() {
        assert_eq!(label_lines("your right"), ("your", Some("right")));
        assert_eq!(label_lines("votre gauche"), ("votre", Some("gauche")));
        assert_eq!(label_lines("links"), ("links", None));
    }

    /// Writes a standalone page with both views, a few regions selected and a
    /// result-page version, using static/body-map.css, for looking at it:
    /// `cargo test --lib figure::tests::preview -- --ignored --nocapture`
    /// then open the printed file (or screenshot it with headless Chromium).
    #[test]
    #[ignore = "writes a preview file; run on demand"]
    fn preview() {
        use std::fmt::Write as _;
        let css =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/body-map.css"))
                .expect("static/body-map.css");
        let selected = [
            "shoulder-left",
            "knee-right",
            "low-back",
            "jaw-right",
            "wrist-hand-left",
            "ankle-left",
        ];
        let outcomes = [
            ("shoulder-left", RegionMark::Go),
            ("low-back", RegionMark::Stop),
            ("knee-right", RegionMark::Caution),
            ("ankle-left", RegionMark::Wait),
            ("wrist-hand-left", RegionMark::Go),
            ("calf-left", RegionMark::Caution),
        ];
        let map = |marks: &dyn Fn(Region) -> Option<RegionMark>, result: bool| -> String {
            let mut h = String::new();
            let mode = if result { " ims-map--result" } else { "" };
            let _ = write!(
                h,
                r#"<div class="ims-map{mode}"><div class="ims-map-views">"#
            );
            for view in View::ALL {
                let name = if view == View::Front { "Front" } else { "Back" };
                let _ = write!(
                    h,
                    r#"<figure class="ims-map-view ims-map-view--{}"><svg class="ims-map-svg" viewBox="{VIEW_BOX}" role="group" aria-label="{name}">"#,
                    view.id()
                );
                if view == View::Front {
                    h.push_str(PREVIEW_DEFS);
                }
                let _ = write!(
                    h,
                    r#"<path class="ims-map-silhouette" aria-hidden="true" d="{}"/>"#,
                    view.outline()
                );
                let mut over = String::new();
                for s in view.shapes() {
                    let mark = marks(s.region);
                    let class = mark
                        .map(|m| format!(" ims-map-region--{}", m.id()))
                        .unwrap_or_default();
                    let _ = write!(
                        h,
                        r#"<path class="ims-map-region{class}" role="checkbox" tabindex="0" aria-checked="{}" aria-label="{}" data-region="{}" d="{}"/>"#,
                        mark.is_some(),
                        s.region.id(),
                        s.region.id(),
                        s.d
                    );
                    if let Some(m) = mark {
                        if m.has_pattern() {
                            let _ = write!(
                                over,
                                r#"<path class="ims-map-pattern" fill="url(#p-{})" d="{}"/>"#,
                                m.id(),
                                s.d
                            );
                        }
                        let _ = write!(
                            over,
                            r#"<g class="ims-map-badge ims-map-badge--{}" transform="translate({} {})"><circle class="ims-map-badge-disc" r="{BADGE_RADIUS}"/><path class="ims-map-badge-glyph" d="{}"/></g>"#,
                            m.id(),
                            s.centre.0,
                            s.centre.1,
                            m.glyph()
                        );
                    }
                }
                h.push_str(&over);
                let _ = write!(
                    h,
                    r#"<path class="ims-map-outline" aria-hidden="true" d="{}"/>"#,
                    view.outline()
                );
                if !result && view == View::Front {
                    // What keyboard focus looks like (the component draws this ring on top).
                    let ring = view
                        .shape(Region::Elbow(Side::Left))
                        .expect("front elbow")
                        .d;
                    let _ = write!(
                        h,
                        r#"<g aria-hidden="true"><path class="ims-map-focus" d="{ring}"/><path class="ims-map-focus-inner" d="{ring}"/></g>"#
                    );
                }
                for label in view.side_labels() {
                    let text = if label.side == Side::Left {
                        "your left"
                    } else {
                        "your right"
                    };
                    let (a, b) = label_lines(text);
                    let _ = write!(
                        h,
                        r#"<text class="ims-map-side" aria-hidden="true" x="{x}" y="{y}" text-anchor="{}"><tspan x="{x}">{a}</tspan>"#,
                        label.anchor.as_str(),
                        x = label.x,
                        y = label.y
                    );
                    if let Some(b) = b {
                        let _ = write!(
                            h,
                            r#"<tspan x="{}" dy="{SIDE_LABEL_LINE}">{b}</tspan>"#,
                            label.x
                        );
                    }
                    h.push_str("</text>");
                }
                let _ = write!(
                    h,
                    r#"</svg><figcaption class="ims-map-caption">{name}</figcaption></figure>"#
                );
            }
            h.push_str("</div></div>");
            h
        };
        let chosen = |r: Region| selected.contains(&r.id()).then_some(RegionMark::Selected);
        let result = |r: Region| {
            outcomes
                .iter()
                .find(|(id, _)| *id == r.id())
                .map(|(_, m)| *m)
        };
        let page = format!(
            r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Body map preview</title><style>body{{margin:0;padding:16px;font-family:system-ui,sans-serif}} .row{{display:flex;flex-wrap:wrap;gap:24px}} .row>section{{flex:1 1 300px;max-width:34rem}} h1{{font-size:1rem}}
{css}</style></head><body><div class="row"><section><h1>Where does it hurt?</h1>{}</section><section><h1>Result</h1>{}</section></div></body></html>"#,
            map(&chosen, false),
            map(&result, true)
        );
        let path = std::env::temp_dir().join("figure.html");
        std::fs::write(&path, page).expect("write preview");
        println!("preview written to {}", path.display());
    }

    const PREVIEW_DEFS: &str = concat!(
        r#"<defs><pattern id="p-caution" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="ims-map-pat ims-map-pat--caution" x1="1" y1="0" x2="1" y2="7"/></pattern>"#,
        r#"<pattern id="p-wait" width="6" height="6" patternUnits="userSpaceOnUse"><circle class="ims-map-pat ims-map-pat--wait" cx="3" cy="3" r="1.15"/></pattern>"#,
        r#"<pattern id="p-stop" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path class="ims-map-pat ims-map-pat--stop" d="M0 0V6M0 0H6"/></pattern></defs>"#
    );
}
