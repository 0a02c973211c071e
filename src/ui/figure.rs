//! The body map's geometry as plain data: a friendly human figure in a front
//! and a back view, and for every region the outline of its hit area.
//!
//! No Yew here, so this compiles and is tested natively; `body_map` renders it.
//!
//! Both views share one coordinate system, [`VIEW_BOX`] (200 × 440 user
//! units). Left and right are the visitor's own: the front view shows their
//! left on the viewer's right, the back view on the viewer's left.
//!
//! Sizes: a view is meant to be drawn about 160 CSS px wide on a 320 px phone
//! (two views side by side), i.e. 0.8 px per unit, so every hit area is at
//! least [`MIN_TARGET_UNITS`] units wide and high (24 × 24 CSS px). Small parts
//! (jaw, wrist and hand, ankle) are drawn a little generously for that.
//!
//! The paths use absolute `M`, `C` and `Z` only. They were generated from a
//! handful of anchor points (Catmull-Rom curves, mirrored about x = 100), so
//! neighbouring regions share their borders exactly and tile the body.

use crate::regions::{Region, Side};

/// The `viewBox` of each view.
pub const VIEW_BOX: &str = "0 0 200 440";
pub const VIEW_WIDTH: f32 = 200.0;
pub const VIEW_HEIGHT: f32 = 440.0;

/// The smallest width and height of a hit area, in user units: 24 CSS px when
/// a view is drawn 160 px wide.
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
    /// SVG path data (absolute `M`, `C`, `Z`).
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
pub const OUTLINE: &str = "M100 9C105.5 9 112.3 10.2 116.5 12.5C120.7 14.8 123.3 19.5 125 23C126.7 26.5 125.6 31.5 126.5 33.5C127.4 35.5 129.6 33.5 130.5 35C131.4 36.5 132 39.9 132 42.5C132 45.1 131.3 48.6 130.5 50.5C129.7 52.4 128.4 52.2 127 54C125.6 55.8 123.7 59 122 61.5C120 63.8 117.1 65.8 116 68.5C114.9 71.2 114.8 74.7 115.5 78C116.2 81.3 118.5 85 120 88.5C124.3 90 128.5 91.6 133 93C137.5 94.4 142.6 95.1 147 97C151.4 98.9 156.5 101 159.5 104.5C162.5 108 163.9 113.1 165 118C166.1 122.9 165.5 127.3 166 134C166.5 140.7 167.1 150.3 167.8 158C168.4 165.7 169 173.7 170 180C171 186.3 172.9 190.7 173.8 196C174.6 201.3 174.5 205.5 175 212C175.5 218.5 176.4 227.3 177 235C177.6 242.7 177.8 252.9 178.5 258C179.2 263.1 179.8 263.2 181 265.5C182.2 267.8 184.2 269.7 185.5 272C186.8 274.3 188.2 277.2 188.6 279.5C188.9 281.8 188.4 284.2 187.6 285.5C186.8 286.8 184.7 285.1 184 287C183.3 288.9 184 293.5 183.6 297C183.2 300.5 182.9 304.8 181.6 308C180.3 311.2 178.1 314.8 176 316C173.9 317.2 170.9 316.8 169 315.5C167.1 314.2 165.8 311.4 164.5 308C163.2 304.6 162.3 300 161.5 295C160.7 290 160 284.2 159.5 278C159 271.8 159.6 265.2 158.5 258C157.4 250.8 154.8 242.7 153 235C151.2 227.3 149.3 218.5 148 212C146.7 205.5 145.8 201.3 145.2 196C144.8 190.7 145.5 186.3 145 180C144.5 173.7 143.2 164.3 142.2 158C141.3 151.7 140.4 146.9 139.5 142C138.6 137.1 137.8 133 137 128.5C137.1 135.7 137.4 143.6 137.2 150C137 156.4 136.3 160.3 135.6 167C134.9 173.7 133.1 183.8 133 190C132.9 196.2 133.9 198.7 135 204C136.1 209.3 138.2 215.8 139.6 222C141 228.2 142.9 234.3 143.7 241C144.5 247.7 144.6 253.8 144.4 262C144.2 270.2 142.8 283 142.2 290C141.7 297 141.2 298.7 141 304C140.8 309.3 141.2 315.7 141.2 322C141.2 328.3 140.9 336.5 141 342C141.1 347.5 142 349 141.8 355C141.5 361 140.2 371.8 139.8 378C139.3 384.2 138.7 387 139.2 392C139.8 397 141.7 404 143 408C144.3 412 145.9 413.2 147 416C148.1 418.8 149.4 422 149.5 425C149.6 428 149.2 431.8 147.5 434C145.8 436.2 142.6 437.8 139 438.5C135.4 439.2 129.9 438.8 126 438.5C122.1 438.2 118.1 438.1 115.5 436.5C112.9 434.9 111.3 432.1 110.5 429C109.7 425.9 110.2 421.5 110.5 418C110.8 414.5 111.3 412.3 112 408C112.7 403.7 114.5 397 114.8 392C115 387 114 384.2 113.2 378C112.5 371.8 110.8 361 110.2 355C109.7 349 110.2 347.5 110 342C109.8 336.5 109.1 328.3 108.8 322C108.4 315.7 108.5 309.3 108 304C107.5 298.7 106.4 296 105.8 290C105.1 284 105 274.7 104 268C103 261.3 101.3 256 100 250C98.7 256 97 261.3 96 268C95 274.7 94.9 284 94.2 290C93.6 296 92.5 298.7 92 304C91.5 309.3 91.6 315.7 91.2 322C90.9 328.3 90.2 336.5 90 342C89.8 347.5 90.3 349 89.8 355C89.2 361 87.5 371.8 86.8 378C86 384.2 85 387 85.2 392C85.5 397 87.3 403.7 88 408C88.7 412.3 89.2 414.5 89.5 418C89.8 421.5 90.3 425.9 89.5 429C88.7 432.1 87.1 434.9 84.5 436.5C81.9 438.1 77.9 438.2 74 438.5C70.1 438.8 64.6 439.2 61 438.5C57.4 437.8 54.2 436.2 52.5 434C50.8 431.8 50.4 428 50.5 425C50.6 422 51.9 418.8 53 416C54.1 413.2 55.7 412 57 408C58.3 404 60.2 397 60.8 392C61.3 387 60.7 384.2 60.2 378C59.8 371.8 58.5 361 58.2 355C58 349 58.9 347.5 59 342C59.1 336.5 58.8 328.3 58.8 322C58.8 315.7 59.2 309.3 59 304C58.8 298.7 58.3 297 57.8 290C57.2 283 55.8 270.2 55.6 262C55.4 253.8 55.5 247.7 56.3 241C57.1 234.3 59 228.2 60.4 222C61.8 215.8 63.9 209.3 65 204C66.1 198.7 67.1 196.2 67 190C66.9 183.8 65.1 173.7 64.4 167C63.7 160.3 63 156.4 62.8 150C62.6 143.6 62.9 135.7 63 128.5C62.2 133 61.4 137.1 60.5 142C59.6 146.9 58.7 151.7 57.8 158C56.8 164.3 55.5 173.7 55 180C54.5 186.3 55.2 190.7 54.8 196C54.2 201.3 53.3 205.5 52 212C50.7 218.5 48.8 227.3 47 235C45.2 242.7 42.6 250.8 41.5 258C40.4 265.2 41 271.8 40.5 278C40 284.2 39.3 290 38.5 295C37.7 300 36.8 304.6 35.5 308C34.2 311.4 32.9 314.2 31 315.5C29.1 316.8 26.1 317.2 24 316C21.9 314.8 19.7 311.2 18.4 308C17.1 304.8 16.8 300.5 16.4 297C16 293.5 16.7 288.9 16 287C15.3 285.1 13.2 286.8 12.4 285.5C11.6 284.2 11.1 281.8 11.4 279.5C11.8 277.2 13.2 274.3 14.5 272C15.8 269.7 17.8 267.8 19 265.5C20.2 263.2 20.8 263.1 21.5 258C22.2 252.9 22.4 242.7 23 235C23.6 227.3 24.5 218.5 25 212C25.5 205.5 25.4 201.3 26.2 196C27.1 190.7 29 186.3 30 180C31 173.7 31.6 165.7 32.2 158C32.9 150.3 33.5 140.7 34 134C34.5 127.3 33.9 122.9 35 118C36.1 113.1 37.5 108 40.5 104.5C43.5 101 48.6 98.9 53 97C57.4 95.1 62.5 94.4 67 93C71.5 91.6 75.7 90 80 88.5C81.5 85 83.8 81.3 84.5 78C85.2 74.7 85.1 71.2 84 68.5C82.9 65.8 80 63.8 78 61.5C76.3 59 74.4 55.8 73 54C71.6 52.2 70.3 52.4 69.5 50.5C68.7 48.6 68 45.1 68 42.5C68 39.9 68.6 36.5 69.5 35C70.4 33.5 72.6 35.5 73.5 33.5C74.4 31.5 73.3 26.5 75 23C76.7 19.5 79.3 14.8 83.5 12.5C87.7 10.2 94.5 9 100 9Z";

/// Front view: the visitor faces the viewer, so their left is on the viewer's right.
const FRONT_SHAPES: &[Shape] = &[
    Shape {
        region: Region::Head,
        d: "M100 9C105.5 9 112.3 10.2 116.5 12.5C120.7 14.8 123.3 19.5 125 23C126.7 26.5 125.6 31.5 126.5 33.5C122 37 117.4 41.5 113 44C108.6 46.5 104.3 48.5 100 48.5C95.7 48.5 91.4 46.5 87 44C82.6 41.5 78 37 73.5 33.5C74.4 31.5 73.3 26.5 75 23C76.7 19.5 79.3 14.8 83.5 12.5C87.7 10.2 94.5 9 100 9Z",
        bbox: BBox { x0: 73.5, y0: 9.0, x1: 126.5, y1: 48.5 },
        centre: (100.0, 28.0),
    },
    Shape {
        region: Region::Jaw(Side::Left),
        d: "M126.5 33.5C127.4 35.5 129.6 33.5 130.5 35C131.4 36.5 132 39.9 132 42.5C132 45.1 131.3 48.6 130.5 50.5C129.7 52.4 128.4 52.2 127 54C125.6 55.8 123.7 59 122 61.5C119 64.3 116.7 68.1 113 70C109.3 71.9 104.3 73 100 73C100 64.8 100 56.7 100 48.5C104.3 48.5 108.6 46.5 113 44C117.4 41.5 122 37 126.5 33.5Z",
        bbox: BBox { x0: 100.0, y0: 33.5, x1: 132.0, y1: 73.0 },
        centre: (113.5, 59.0),
    },
    Shape {
        region: Region::Jaw(Side::Right),
        d: "M73.5 33.5C78 37 82.6 41.5 87 44C91.4 46.5 95.7 48.5 100 48.5C100 56.7 100 64.8 100 73C95.7 73 90.7 71.9 87 70C83.3 68.1 81 64.3 78 61.5C76.3 59 74.4 55.8 73 54C71.6 52.2 70.3 52.4 69.5 50.5C68.7 48.6 68 45.1 68 42.5C68 39.9 68.6 36.5 69.5 35C70.4 33.5 72.6 35.5 73.5 33.5Z",
        bbox: BBox { x0: 68.0, y0: 33.5, x1: 100.0, y1: 73.0 },
        centre: (86.5, 59.0),
    },
    Shape {
        region: Region::Neck,
        d: "M100 73C104.3 73 109.3 71.9 113 70C116.7 68.1 119 64.3 122 61.5C120 63.8 117.1 65.8 116 68.5C114.9 71.2 114.8 74.7 115.5 78C116.2 81.3 118.5 85 120 88.5C116.7 90.2 113.3 92.2 110 93.5C106.7 94.8 103.3 96 100 96C96.7 96 93.3 94.8 90 93.5C86.7 92.2 83.3 90.2 80 88.5C81.5 85 83.8 81.3 84.5 78C85.2 74.7 85.1 71.2 84 68.5C82.9 65.8 80 63.8 78 61.5C81 64.3 83.3 68.1 87 70C90.7 71.9 95.7 73 100 73Z",
        bbox: BBox { x0: 78.0, y0: 61.5, x1: 122.0, y1: 96.0 },
        centre: (100.0, 83.0),
    },
    Shape {
        region: Region::Shoulder(Side::Left),
        d: "M120 88.5C124.3 90 128.5 91.6 133 93C137.5 94.4 142.6 95.1 147 97C151.4 98.9 156.5 101 159.5 104.5C162.5 108 163.9 113.1 165 118C166.1 122.9 165.5 127.3 166 134C155.6 136.1 145.9 134.3 137 128.5C135.5 125 133.8 122.1 132.5 118C131.2 113.9 131.6 108.9 129.5 104C127.4 99.1 123.2 93.7 120 88.5Z",
        bbox: BBox { x0: 120.0, y0: 88.5, x1: 166.0, y1: 134.8 },
        centre: (147.0, 111.0),
    },
    Shape {
        region: Region::Shoulder(Side::Right),
        d: "M80 88.5C76.8 93.7 72.6 99.1 70.5 104C68.4 108.9 68.8 113.9 67.5 118C66.2 122.1 64.5 125 63 128.5C54.1 134.3 44.4 136.1 34 134C34.5 127.3 33.9 122.9 35 118C36.1 113.1 37.5 108 40.5 104.5C43.5 101 48.6 98.9 53 97C57.4 95.1 62.5 94.4 67 93C71.5 91.6 75.7 90 80 88.5Z",
        bbox: BBox { x0: 34.0, y0: 88.5, x1: 80.0, y1: 134.8 },
        centre: (53.0, 111.0),
    },
    Shape {
        region: Region::Chest,
        d: "M100 96C103.3 96 106.7 94.8 110 93.5C113.3 92.2 116.7 90.2 120 88.5C123.2 93.7 127.4 99.1 129.5 104C131.6 108.9 131.2 113.9 132.5 118C133.8 122.1 135.5 125 137 128.5C137.1 135.7 137.4 143.6 137.2 150C137 156.4 136.3 160.3 135.6 167C129.7 168.8 123.9 171.3 118 172.5C112.1 173.7 106 174 100 174C94 174 87.9 173.7 82 172.5C76.1 171.3 70.3 168.8 64.4 167C63.7 160.3 63 156.4 62.8 150C62.6 143.6 62.9 135.7 63 128.5C64.5 125 66.2 122.1 67.5 118C68.8 113.9 68.4 108.9 70.5 104C72.6 99.1 76.8 93.7 80 88.5C83.3 90.2 86.7 92.2 90 93.5C93.3 94.8 96.7 96 100 96Z",
        bbox: BBox { x0: 62.7, y0: 88.5, x1: 137.3, y1: 174.0 },
        centre: (100.0, 134.4),
    },
    Shape {
        region: Region::UpperArm(Side::Left),
        d: "M137 128.5C145.9 134.3 155.6 136.1 166 134C166.5 140.7 167.1 150.3 167.8 158C168.4 165.7 169 173.7 170 180C161.7 182.7 153.3 182.7 145 180C144.5 173.7 143.2 164.3 142.2 158C141.3 151.7 140.4 146.9 139.5 142C138.6 137.1 137.8 133 137 128.5Z",
        bbox: BBox { x0: 137.0, y0: 128.5, x1: 170.0, y1: 182.0 },
        centre: (154.5, 156.8),
    },
    Shape {
        region: Region::UpperArm(Side::Right),
        d: "M63 128.5C62.2 133 61.4 137.1 60.5 142C59.6 146.9 58.7 151.7 57.8 158C56.8 164.3 55.5 173.7 55 180C46.7 182.7 38.3 182.7 30 180C31 173.7 31.6 165.7 32.2 158C32.9 150.3 33.5 140.7 34 134C44.4 136.1 54.1 134.3 63 128.5Z",
        bbox: BBox { x0: 30.0, y0: 128.5, x1: 63.0, y1: 182.0 },
        centre: (45.5, 156.8),
    },
    Shape {
        region: Region::Elbow(Side::Left),
        d: "M145 180C153.3 182.7 161.7 182.7 170 180C171 186.3 172.9 190.7 173.8 196C174.6 201.3 174.5 205.5 175 212C166 214.7 157 214.7 148 212C146.7 205.5 145.8 201.3 145.2 196C144.8 190.7 145.5 186.3 145 180Z",
        bbox: BBox { x0: 145.0, y0: 180.0, x1: 175.0, y1: 214.0 },
        centre: (159.7, 197.5),
    },
    Shape {
        region: Region::Elbow(Side::Right),
        d: "M55 180C54.5 186.3 55.2 190.7 54.8 196C54.2 201.3 53.3 205.5 52 212C43 214.7 34 214.7 25 212C25.5 205.5 25.4 201.3 26.2 196C27.1 190.7 29 186.3 30 180C38.3 182.7 46.7 182.7 55 180Z",
        bbox: BBox { x0: 25.0, y0: 180.0, x1: 55.0, y1: 214.0 },
        centre: (40.3, 197.5),
    },
    Shape {
        region: Region::Forearm(Side::Left),
        d: "M148 212C157 214.7 166 214.7 175 212C175.5 218.5 176.4 227.3 177 235C177.6 242.7 177.8 252.9 178.5 258C171.8 260 165.2 260 158.5 258C157.4 250.8 154.8 242.7 153 235C151.2 227.3 149.3 218.5 148 212Z",
        bbox: BBox { x0: 148.0, y0: 212.0, x1: 178.5, y1: 259.5 },
        centre: (165.0, 235.0),
    },
    Shape {
        region: Region::Forearm(Side::Right),
        d: "M52 212C50.7 218.5 48.8 227.3 47 235C45.2 242.7 42.6 250.8 41.5 258C34.8 260 28.2 260 21.5 258C22.2 252.9 22.4 242.7 23 235C23.6 227.3 24.5 218.5 25 212C34 214.7 43 214.7 52 212Z",
        bbox: BBox { x0: 21.5, y0: 212.0, x1: 52.0, y1: 259.5 },
        centre: (35.0, 235.0),
    },
    Shape {
        region: Region::WristHand(Side::Left),
        d: "M158.5 258C165.2 260 171.8 260 178.5 258C179.2 263.1 179.8 263.2 181 265.5C182.2 267.8 184.2 269.7 185.5 272C186.8 274.3 188.2 277.2 188.6 279.5C188.9 281.8 188.4 284.2 187.6 285.5C186.8 286.8 184.7 285.1 184 287C183.3 288.9 184 293.5 183.6 297C183.2 300.5 182.9 304.8 181.6 308C180.3 311.2 178.1 314.8 176 316C173.9 317.2 170.9 316.8 169 315.5C167.1 314.2 165.8 311.4 164.5 308C163.2 304.6 162.3 300 161.5 295C160.7 290 160 284.2 159.5 278C159 271.8 159.6 265.2 158.5 258Z",
        bbox: BBox { x0: 158.5, y0: 258.0, x1: 188.7, y1: 316.7 },
        centre: (172.5, 285.2),
    },
    Shape {
        region: Region::WristHand(Side::Right),
        d: "M41.5 258C40.4 265.2 41 271.8 40.5 278C40 284.2 39.3 290 38.5 295C37.7 300 36.8 304.6 35.5 308C34.2 311.4 32.9 314.2 31 315.5C29.1 316.8 26.1 317.2 24 316C21.9 314.8 19.7 311.2 18.4 308C17.1 304.8 16.8 300.5 16.4 297C16 293.5 16.7 288.9 16 287C15.3 285.1 13.2 286.8 12.4 285.5C11.6 284.2 11.1 281.8 11.4 279.5C11.8 277.2 13.2 274.3 14.5 272C15.8 269.7 17.8 267.8 19 265.5C20.2 263.2 20.8 263.1 21.5 258C28.2 260 34.8 260 41.5 258Z",
        bbox: BBox { x0: 11.3, y0: 258.0, x1: 41.5, y1: 316.7 },
        centre: (27.5, 285.2),
    },
    Shape {
        region: Region::Hip(Side::Left),
        d: "M100 210C100 223.3 100 236.7 100 250C107 247.7 113.7 244.5 121 243C128.3 241.5 136.1 241.7 143.7 241C142.9 234.3 141 228.2 139.6 222C138.2 215.8 136.1 209.3 135 204C129.3 204.5 123.8 204.5 118 205.5C112.2 206.5 106 210 100 210Z",
        bbox: BBox { x0: 100.0, y0: 204.0, x1: 143.7, y1: 250.0 },
        centre: (118.0, 224.0),
    },
    Shape {
        region: Region::Hip(Side::Right),
        d: "M100 210C94 210 87.8 206.5 82 205.5C76.2 204.5 70.7 204.5 65 204C63.9 209.3 61.8 215.8 60.4 222C59 228.2 57.1 234.3 56.3 241C63.9 241.7 71.7 241.5 79 243C86.3 244.5 93 247.7 100 250C100 236.7 100 223.3 100 210Z",
        bbox: BBox { x0: 56.3, y0: 204.0, x1: 100.0, y1: 250.0 },
        centre: (82.0, 224.0),
    },
    Shape {
        region: Region::Thigh(Side::Left),
        d: "M143.7 241C136.1 241.7 128.3 241.5 121 243C113.7 244.5 107 247.7 100 250C101.3 256 103 261.3 104 268C105 274.7 105.1 284 105.8 290C106.4 296 107.5 298.7 108 304C119 307.3 130 307.3 141 304C141.2 298.7 141.7 297 142.2 290C142.8 283 144.2 270.2 144.4 262C144.6 253.8 144.5 247.7 143.7 241Z",
        bbox: BBox { x0: 100.0, y0: 241.0, x1: 144.5, y1: 306.5 },
        centre: (124.2, 273.1),
    },
    Shape {
        region: Region::Thigh(Side::Right),
        d: "M56.3 241C55.5 247.7 55.4 253.8 55.6 262C55.8 270.2 57.2 283 57.8 290C58.3 297 58.8 298.7 59 304C70 307.3 81 307.3 92 304C92.5 298.7 93.6 296 94.2 290C94.9 284 95 274.7 96 268C97 261.3 98.7 256 100 250C93 247.7 86.3 244.5 79 243C71.7 241.5 63.9 241.7 56.3 241Z",
        bbox: BBox { x0: 55.5, y0: 241.0, x1: 100.0, y1: 306.5 },
        centre: (75.8, 273.1),
    },
    Shape {
        region: Region::Knee(Side::Left),
        d: "M108 304C119 307.3 130 307.3 141 304C140.8 309.3 141.2 315.7 141.2 322C141.2 328.3 140.9 336.5 141 342C130.7 345.3 120.3 345.3 110 342C109.8 336.5 109.1 328.3 108.8 322C108.4 315.7 108.5 309.3 108 304Z",
        bbox: BBox { x0: 108.0, y0: 304.0, x1: 141.2, y1: 344.5 },
        centre: (125.0, 324.5),
    },
    Shape {
        region: Region::Knee(Side::Right),
        d: "M92 304C91.5 309.3 91.6 315.7 91.2 322C90.9 328.3 90.2 336.5 90 342C79.7 345.3 69.3 345.3 59 342C59.1 336.5 58.8 328.3 58.8 322C58.8 315.7 59.2 309.3 59 304C70 307.3 81 307.3 92 304Z",
        bbox: BBox { x0: 58.8, y0: 304.0, x1: 92.0, y1: 344.5 },
        centre: (75.0, 324.5),
    },
    Shape {
        region: Region::Shin(Side::Left),
        d: "M110 342C120.3 345.3 130.7 345.3 141 342C141.1 347.5 142 349 141.8 355C141.5 361 140.2 371.8 139.8 378C130.9 380.7 122.1 380.7 113.2 378C112.5 371.8 110.8 361 110.2 355C109.7 349 110.2 347.5 110 342Z",
        bbox: BBox { x0: 110.0, y0: 342.0, x1: 141.8, y1: 380.0 },
        centre: (126.1, 360.9),
    },
    Shape {
        region: Region::Shin(Side::Right),
        d: "M90 342C89.8 347.5 90.3 349 89.8 355C89.2 361 87.5 371.8 86.8 378C77.9 380.7 69.1 380.7 60.2 378C59.8 371.8 58.5 361 58.2 355C58 349 58.9 347.5 59 342C69.3 345.3 79.7 345.3 90 342Z",
        bbox: BBox { x0: 58.2, y0: 342.0, x1: 90.0, y1: 380.0 },
        centre: (73.9, 360.9),
    },
    Shape {
        region: Region::Ankle(Side::Left),
        d: "M113.2 378C122.1 380.7 130.9 380.7 139.8 378C139.3 384.2 138.7 387 139.2 392C139.8 397 141.7 404 143 408C132.7 410.7 122.3 410.7 112 408C112.7 403.7 114.5 397 114.8 392C115 387 114 384.2 113.2 378Z",
        bbox: BBox { x0: 112.0, y0: 378.0, x1: 143.0, y1: 410.0 },
        centre: (127.0, 394.9),
    },
    Shape {
        region: Region::Ankle(Side::Right),
        d: "M86.8 378C86 384.2 85 387 85.2 392C85.5 397 87.3 403.7 88 408C77.7 410.7 67.3 410.7 57 408C58.3 404 60.2 397 60.8 392C61.3 387 60.7 384.2 60.2 378C69.1 380.7 77.9 380.7 86.8 378Z",
        bbox: BBox { x0: 57.0, y0: 378.0, x1: 88.0, y1: 410.0 },
        centre: (73.0, 394.9),
    },
    Shape {
        region: Region::Foot(Side::Left),
        d: "M112 408C122.3 410.7 132.7 410.7 143 408C144.3 412 145.9 413.2 147 416C148.1 418.8 149.4 422 149.5 425C149.6 428 149.2 431.8 147.5 434C145.8 436.2 142.6 437.8 139 438.5C135.4 439.2 129.9 438.8 126 438.5C122.1 438.2 118.1 438.1 115.5 436.5C112.9 434.9 111.3 432.1 110.5 429C109.7 425.9 110.2 421.5 110.5 418C110.8 414.5 111.3 412.3 112 408Z",
        bbox: BBox { x0: 110.1, y0: 408.0, x1: 149.5, y1: 438.9 },
        centre: (129.0, 424.0),
    },
    Shape {
        region: Region::Foot(Side::Right),
        d: "M88 408C88.7 412.3 89.2 414.5 89.5 418C89.8 421.5 90.3 425.9 89.5 429C88.7 432.1 87.1 434.9 84.5 436.5C81.9 438.1 77.9 438.2 74 438.5C70.1 438.8 64.6 439.2 61 438.5C57.4 437.8 54.2 436.2 52.5 434C50.8 431.8 50.4 428 50.5 425C50.6 422 51.9 418.8 53 416C54.1 413.2 55.7 412 57 408C67.3 410.7 77.7 410.7 88 408Z",
        bbox: BBox { x0: 50.5, y0: 408.0, x1: 89.9, y1: 438.9 },
        centre: (71.0, 424.0),
    },
];

/// Back view: the viewer sees the visitor's back, so their left is on the viewer's left.
const BACK_SHAPES: &[Shape] = &[
    Shape {
        region: Region::Head,
        d: "M100 9C105.5 9 112.3 10.2 116.5 12.5C120.7 14.8 123.3 19.5 125 23C126.7 26.5 125.6 31.5 126.5 33.5C127.4 35.5 129.6 33.5 130.5 35C131.4 36.5 132 39.9 132 42.5C132 45.1 131.3 48.6 130.5 50.5C129.7 52.4 128.4 52.2 127 54C125.6 55.8 123.7 59 122 61.5C118.7 62.3 115.7 63.4 112 64C108.3 64.6 104 65 100 65C96 65 91.7 64.6 88 64C84.3 63.4 81.3 62.3 78 61.5C76.3 59 74.4 55.8 73 54C71.6 52.2 70.3 52.4 69.5 50.5C68.7 48.6 68 45.1 68 42.5C68 39.9 68.6 36.5 69.5 35C70.4 33.5 72.6 35.5 73.5 33.5C74.4 31.5 73.3 26.5 75 23C76.7 19.5 79.3 14.8 83.5 12.5C87.7 10.2 94.5 9 100 9Z",
        bbox: BBox { x0: 68.0, y0: 9.0, x1: 132.0, y1: 65.0 },
        centre: (100.0, 34.0),
    },
    Shape {
        region: Region::Neck,
        d: "M100 65C104 65 108.3 64.6 112 64C115.7 63.4 118.7 62.3 122 61.5C120 63.8 117.1 65.8 116 68.5C114.9 71.2 114.8 74.7 115.5 78C116.2 81.3 118.5 85 120 88.5C116.7 90.3 113.3 92.6 110 94C106.7 95.4 103.3 97 100 97C96.7 97 93.3 95.4 90 94C86.7 92.6 83.3 90.3 80 88.5C81.5 85 83.8 81.3 84.5 78C85.2 74.7 85.1 71.2 84 68.5C82.9 65.8 80 63.8 78 61.5C81.3 62.3 84.3 63.4 88 64C91.7 64.6 96 65 100 65Z",
        bbox: BBox { x0: 78.0, y0: 61.5, x1: 122.0, y1: 97.0 },
        centre: (100.0, 80.0),
    },
    Shape {
        region: Region::Shoulder(Side::Left),
        d: "M80 88.5C76.8 93.7 72.6 99.1 70.5 104C68.4 108.9 68.8 113.9 67.5 118C66.2 122.1 64.5 125 63 128.5C54.1 134.3 44.4 136.1 34 134C34.5 127.3 33.9 122.9 35 118C36.1 113.1 37.5 108 40.5 104.5C43.5 101 48.6 98.9 53 97C57.4 95.1 62.5 94.4 67 93C71.5 91.6 75.7 90 80 88.5Z",
        bbox: BBox { x0: 34.0, y0: 88.5, x1: 80.0, y1: 134.8 },
        centre: (53.4, 113.9),
    },
    Shape {
        region: Region::Shoulder(Side::Right),
        d: "M120 88.5C124.3 90 128.5 91.6 133 93C137.5 94.4 142.6 95.1 147 97C151.4 98.9 156.5 101 159.5 104.5C162.5 108 163.9 113.1 165 118C166.1 122.9 165.5 127.3 166 134C155.6 136.1 145.9 134.3 137 128.5C135.5 125 133.8 122.1 132.5 118C131.2 113.9 131.6 108.9 129.5 104C127.4 99.1 123.2 93.7 120 88.5Z",
        bbox: BBox { x0: 120.0, y0: 88.5, x1: 166.0, y1: 134.8 },
        centre: (146.6, 113.9),
    },
    Shape {
        region: Region::UpperBack,
        d: "M100 97C103.3 97 106.7 95.4 110 94C113.3 92.6 116.7 90.3 120 88.5C123.2 93.7 127.4 99.1 129.5 104C131.6 108.9 131.2 113.9 132.5 118C133.8 122.1 135.5 125 137 128.5C137.1 135.7 137.4 143.6 137.2 150C130.8 150.5 124.2 151.2 118 151.5C111.8 151.8 106 152 100 152C94 152 88.2 151.8 82 151.5C75.8 151.2 69.2 150.5 62.8 150C62.6 143.6 62.9 135.7 63 128.5C64.5 125 66.2 122.1 67.5 118C68.8 113.9 68.4 108.9 70.5 104C72.6 99.1 76.8 93.7 80 88.5C83.3 90.3 86.7 92.6 90 94C93.3 95.4 96.7 97 100 97Z",
        bbox: BBox { x0: 62.7, y0: 88.5, x1: 137.3, y1: 152.0 },
        centre: (100.0, 124.2),
    },
    Shape {
        region: Region::UpperArm(Side::Left),
        d: "M63 128.5C62.2 133 61.4 137.1 60.5 142C59.6 146.9 58.7 151.7 57.8 158C56.8 164.3 55.5 173.7 55 180C46.7 182.7 38.3 182.7 30 180C31 173.7 31.6 165.7 32.2 158C32.9 150.3 33.5 140.7 34 134C44.4 136.1 54.1 134.3 63 128.5Z",
        bbox: BBox { x0: 30.0, y0: 128.5, x1: 63.0, y1: 182.0 },
        centre: (45.5, 156.8),
    },
    Shape {
        region: Region::UpperArm(Side::Right),
        d: "M137 128.5C145.9 134.3 155.6 136.1 166 134C166.5 140.7 167.1 150.3 167.8 158C168.4 165.7 169 173.7 170 180C161.7 182.7 153.3 182.7 145 180C144.5 173.7 143.2 164.3 142.2 158C141.3 151.7 140.4 146.9 139.5 142C138.6 137.1 137.8 133 137 128.5Z",
        bbox: BBox { x0: 137.0, y0: 128.5, x1: 170.0, y1: 182.0 },
        centre: (154.5, 156.8),
    },
    Shape {
        region: Region::Elbow(Side::Left),
        d: "M55 180C54.5 186.3 55.2 190.7 54.8 196C54.2 201.3 53.3 205.5 52 212C43 214.7 34 214.7 25 212C25.5 205.5 25.4 201.3 26.2 196C27.1 190.7 29 186.3 30 180C38.3 182.7 46.7 182.7 55 180Z",
        bbox: BBox { x0: 25.0, y0: 180.0, x1: 55.0, y1: 214.0 },
        centre: (40.3, 197.5),
    },
    Shape {
        region: Region::Elbow(Side::Right),
        d: "M145 180C153.3 182.7 161.7 182.7 170 180C171 186.3 172.9 190.7 173.8 196C174.6 201.3 174.5 205.5 175 212C166 214.7 157 214.7 148 212C146.7 205.5 145.8 201.3 145.2 196C144.8 190.7 145.5 186.3 145 180Z",
        bbox: BBox { x0: 145.0, y0: 180.0, x1: 175.0, y1: 214.0 },
        centre: (159.7, 197.5),
    },
    Shape {
        region: Region::Forearm(Side::Left),
        d: "M52 212C50.7 218.5 48.8 227.3 47 235C45.2 242.7 42.6 250.8 41.5 258C34.8 260 28.2 260 21.5 258C22.2 252.9 22.4 242.7 23 235C23.6 227.3 24.5 218.5 25 212C34 214.7 43 214.7 52 212Z",
        bbox: BBox { x0: 21.5, y0: 212.0, x1: 52.0, y1: 259.5 },
        centre: (35.0, 235.0),
    },
    Shape {
        region: Region::Forearm(Side::Right),
        d: "M148 212C157 214.7 166 214.7 175 212C175.5 218.5 176.4 227.3 177 235C177.6 242.7 177.8 252.9 178.5 258C171.8 260 165.2 260 158.5 258C157.4 250.8 154.8 242.7 153 235C151.2 227.3 149.3 218.5 148 212Z",
        bbox: BBox { x0: 148.0, y0: 212.0, x1: 178.5, y1: 259.5 },
        centre: (165.0, 235.0),
    },
    Shape {
        region: Region::WristHand(Side::Left),
        d: "M41.5 258C40.4 265.2 41 271.8 40.5 278C40 284.2 39.3 290 38.5 295C37.7 300 36.8 304.6 35.5 308C34.2 311.4 32.9 314.2 31 315.5C29.1 316.8 26.1 317.2 24 316C21.9 314.8 19.7 311.2 18.4 308C17.1 304.8 16.8 300.5 16.4 297C16 293.5 16.7 288.9 16 287C15.3 285.1 13.2 286.8 12.4 285.5C11.6 284.2 11.1 281.8 11.4 279.5C11.8 277.2 13.2 274.3 14.5 272C15.8 269.7 17.8 267.8 19 265.5C20.2 263.2 20.8 263.1 21.5 258C28.2 260 34.8 260 41.5 258Z",
        bbox: BBox { x0: 11.3, y0: 258.0, x1: 41.5, y1: 316.7 },
        centre: (27.5, 285.2),
    },
    Shape {
        region: Region::WristHand(Side::Right),
        d: "M158.5 258C165.2 260 171.8 260 178.5 258C179.2 263.1 179.8 263.2 181 265.5C182.2 267.8 184.2 269.7 185.5 272C186.8 274.3 188.2 277.2 188.6 279.5C188.9 281.8 188.4 284.2 187.6 285.5C186.8 286.8 184.7 285.1 184 287C183.3 288.9 184 293.5 183.6 297C183.2 300.5 182.9 304.8 181.6 308C180.3 311.2 178.1 314.8 176 316C173.9 317.2 170.9 316.8 169 315.5C167.1 314.2 165.8 311.4 164.5 308C163.2 304.6 162.3 300 161.5 295C160.7 290 160 284.2 159.5 278C159 271.8 159.6 265.2 158.5 258Z",
        bbox: BBox { x0: 158.5, y0: 258.0, x1: 188.7, y1: 316.7 },
        centre: (172.5, 285.2),
    },
    Shape {
        region: Region::MidBack,
        d: "M100 152C106 152 111.8 151.8 118 151.5C124.2 151.2 130.8 150.5 137.2 150C137 156.4 136.3 160.3 135.6 167C134.9 173.7 133.1 183.8 133 190C127.3 190.3 121.5 190.7 116 191C110.5 191.3 105.3 192 100 192C94.7 192 89.5 191.3 84 191C78.5 190.7 72.7 190.3 67 190C66.9 183.8 65.1 173.7 64.4 167C63.7 160.3 63 156.4 62.8 150C69.2 150.5 75.8 151.2 82 151.5C88.2 151.8 94 152 100 152Z",
        bbox: BBox { x0: 62.8, y0: 150.0, x1: 137.2, y1: 192.0 },
        centre: (100.0, 170.7),
    },
    Shape {
        region: Region::LowBack,
        d: "M100 192C105.3 192 110.5 191.3 116 191C121.5 190.7 127.3 190.3 133 190C132.9 196.2 133.9 198.7 135 204C136.1 209.3 138.2 215.8 139.6 222C132.1 223.5 123.6 224.5 117 226.5C110.4 228.5 105.7 234 100 234C94.3 234 89.6 228.5 83 226.5C76.4 224.5 67.9 223.5 60.4 222C61.8 215.8 63.9 209.3 65 204C66.1 198.7 67.1 196.2 67 190C72.7 190.3 78.5 190.7 84 191C89.5 191.3 94.7 192 100 192Z",
        bbox: BBox { x0: 60.4, y0: 190.0, x1: 139.6, y1: 234.0 },
        centre: (100.0, 209.8),
    },
    Shape {
        region: Region::Buttock(Side::Left),
        d: "M100 234C94.3 234 89.6 228.5 83 226.5C76.4 224.5 67.9 223.5 60.4 222C59 228.2 57.1 234.3 56.3 241C55.5 247.7 55.4 253.8 55.6 262C61.1 263.2 66.4 265.3 72 265.5C77.6 265.7 84.3 265.6 89 263C93.7 260.4 96.3 254.3 100 250C100 244.7 100 239.3 100 234Z",
        bbox: BBox { x0: 55.5, y0: 222.0, x1: 100.0, y1: 265.6 },
        centre: (79.0, 246.0),
    },
    Shape {
        region: Region::Buttock(Side::Right),
        d: "M100 234C100 239.3 100 244.7 100 250C103.7 254.3 106.3 260.4 111 263C115.7 265.6 122.4 265.7 128 265.5C133.6 265.3 138.9 263.2 144.4 262C144.6 253.8 144.5 247.7 143.7 241C142.9 234.3 141 228.2 139.6 222C132.1 223.5 123.6 224.5 117 226.5C110.4 228.5 105.7 234 100 234Z",
        bbox: BBox { x0: 100.0, y0: 222.0, x1: 144.5, y1: 265.6 },
        centre: (121.0, 246.0),
    },
    Shape {
        region: Region::Thigh(Side::Left),
        d: "M100 250C98.7 256 97 261.3 96 268C95 274.7 94.9 284 94.2 290C93.6 296 92.5 298.7 92 304C81 307.3 70 307.3 59 304C58.8 298.7 58.3 297 57.8 290C57.2 283 55.8 270.2 55.6 262C61.1 263.2 66.4 265.3 72 265.5C77.6 265.7 84.3 265.6 89 263C93.7 260.4 96.3 254.3 100 250Z",
        bbox: BBox { x0: 55.6, y0: 250.0, x1: 100.0, y1: 306.5 },
        centre: (76.4, 283.5),
    },
    Shape {
        region: Region::Thigh(Side::Right),
        d: "M100 250C103.7 254.3 106.3 260.4 111 263C115.7 265.6 122.4 265.7 128 265.5C133.6 265.3 138.9 263.2 144.4 262C144.2 270.2 142.8 283 142.2 290C141.7 297 141.2 298.7 141 304C130 307.3 119 307.3 108 304C107.5 298.7 106.4 296 105.8 290C105.1 284 105 274.7 104 268C103 261.3 101.3 256 100 250Z",
        bbox: BBox { x0: 100.0, y0: 250.0, x1: 144.4, y1: 306.5 },
        centre: (123.6, 283.5),
    },
    Shape {
        region: Region::Knee(Side::Left),
        d: "M92 304C91.5 309.3 91.6 315.7 91.2 322C90.9 328.3 90.2 336.5 90 342C79.7 345.3 69.3 345.3 59 342C59.1 336.5 58.8 328.3 58.8 322C58.8 315.7 59.2 309.3 59 304C70 307.3 81 307.3 92 304Z",
        bbox: BBox { x0: 58.8, y0: 304.0, x1: 92.0, y1: 344.5 },
        centre: (75.0, 324.5),
    },
    Shape {
        region: Region::Knee(Side::Right),
        d: "M108 304C119 307.3 130 307.3 141 304C140.8 309.3 141.2 315.7 141.2 322C141.2 328.3 140.9 336.5 141 342C130.7 345.3 120.3 345.3 110 342C109.8 336.5 109.1 328.3 108.8 322C108.4 315.7 108.5 309.3 108 304Z",
        bbox: BBox { x0: 108.0, y0: 304.0, x1: 141.2, y1: 344.5 },
        centre: (125.0, 324.5),
    },
    Shape {
        region: Region::Calf(Side::Left),
        d: "M90 342C89.8 347.5 90.3 349 89.8 355C89.2 361 87.5 371.8 86.8 378C77.9 380.7 69.1 380.7 60.2 378C59.8 371.8 58.5 361 58.2 355C58 349 58.9 347.5 59 342C69.3 345.3 79.7 345.3 90 342Z",
        bbox: BBox { x0: 58.2, y0: 342.0, x1: 90.0, y1: 380.0 },
        centre: (73.9, 360.9),
    },
    Shape {
        region: Region::Calf(Side::Right),
        d: "M110 342C120.3 345.3 130.7 345.3 141 342C141.1 347.5 142 349 141.8 355C141.5 361 140.2 371.8 139.8 378C130.9 380.7 122.1 380.7 113.2 378C112.5 371.8 110.8 361 110.2 355C109.7 349 110.2 347.5 110 342Z",
        bbox: BBox { x0: 110.0, y0: 342.0, x1: 141.8, y1: 380.0 },
        centre: (126.1, 360.9),
    },
    Shape {
        region: Region::Ankle(Side::Left),
        d: "M86.8 378C86 384.2 85 387 85.2 392C85.5 397 87.3 403.7 88 408C77.7 410.7 67.3 410.7 57 408C58.3 404 60.2 397 60.8 392C61.3 387 60.7 384.2 60.2 378C69.1 380.7 77.9 380.7 86.8 378Z",
        bbox: BBox { x0: 57.0, y0: 378.0, x1: 88.0, y1: 410.0 },
        centre: (73.0, 394.9),
    },
    Shape {
        region: Region::Ankle(Side::Right),
        d: "M113.2 378C122.1 380.7 130.9 380.7 139.8 378C139.3 384.2 138.7 387 139.2 392C139.8 397 141.7 404 143 408C132.7 410.7 122.3 410.7 112 408C112.7 403.7 114.5 397 114.8 392C115 387 114 384.2 113.2 378Z",
        bbox: BBox { x0: 112.0, y0: 378.0, x1: 143.0, y1: 410.0 },
        centre: (127.0, 394.9),
    },
    Shape {
        region: Region::Foot(Side::Left),
        d: "M88 408C88.7 412.3 89.2 414.5 89.5 418C89.8 421.5 90.3 425.9 89.5 429C88.7 432.1 87.1 434.9 84.5 436.5C81.9 438.1 77.9 438.2 74 438.5C70.1 438.8 64.6 439.2 61 438.5C57.4 437.8 54.2 436.2 52.5 434C50.8 431.8 50.4 428 50.5 425C50.6 422 51.9 418.8 53 416C54.1 413.2 55.7 412 57 408C67.3 410.7 77.7 410.7 88 408Z",
        bbox: BBox { x0: 50.5, y0: 408.0, x1: 89.9, y1: 438.9 },
        centre: (70.6, 423.7),
    },
    Shape {
        region: Region::Foot(Side::Right),
        d: "M112 408C122.3 410.7 132.7 410.7 143 408C144.3 412 145.9 413.2 147 416C148.1 418.8 149.4 422 149.5 425C149.6 428 149.2 431.8 147.5 434C145.8 436.2 142.6 437.8 139 438.5C135.4 439.2 129.9 438.8 126 438.5C122.1 438.2 118.1 438.1 115.5 436.5C112.9 434.9 111.3 432.1 110.5 429C109.7 425.9 110.2 421.5 110.5 418C110.8 414.5 111.3 412.3 112 408Z",
        bbox: BBox { x0: 110.1, y0: 408.0, x1: 149.5, y1: 438.9 },
        centre: (129.4, 423.7),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses the path data this module uses (absolute M, C, Z) into cubic
    /// segments.
    fn segments(d: &str) -> Vec<[(f32, f32); 4]> {
        let mut tokens = Vec::new();
        let mut number = String::new();
        for ch in d.chars() {
            let starts_new = ch == '-' && !number.is_empty() && !number.ends_with('e');
            if ch.is_ascii_digit() || ch == '.' || (ch == '-' && !starts_new) {
                number.push(ch);
                continue;
            }
            if !number.is_empty() {
                tokens.push(number.clone());
                number.clear();
            }
            if starts_new {
                number.push(ch);
            } else if ch.is_ascii_alphabetic() {
                tokens.push(ch.to_string());
            } else {
                assert!(ch == ' ' || ch == ',', "unexpected {ch:?} in path");
            }
        }
        if !number.is_empty() {
            tokens.push(number);
        }
        let mut segs = Vec::new();
        let mut at = (0.0, 0.0);
        let mut i = 0;
        let num = |t: &String| {
            t.parse::<f32>()
                .unwrap_or_else(|_| panic!("bad number {t}"))
        };
        let mut closed = false;
        while i < tokens.len() {
            match tokens[i].as_str() {
                "M" => {
                    assert!(segs.is_empty(), "one subpath per shape");
                    at = (num(&tokens[i + 1]), num(&tokens[i + 2]));
                    i += 3;
                }
                "C" => {
                    let p: Vec<f32> = tokens[i + 1..i + 7].iter().map(num).collect();
                    let seg = [at, (p[0], p[1]), (p[2], p[3]), (p[4], p[5])];
                    at = seg[3];
                    segs.push(seg);
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
