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
//! 24 × 24 px targets and one drawn 240 px wide (one side at a time, on touch
//! screens: 1.2 px a unit) 44 × 44 px. Small parts (jaw, elbow, wrist and
//! hand, ankle, foot) are drawn a little generously for that: the limbs
//! sturdy and a little apart, each band as tall as the limb is wide.
//!
//! The paths use `M`, relative `c` and `Z` only, with numbers written as
//! short as SVG allows (`.5`, `1.5-2`). They live in `figure_data.rs` (as
//! [`Shape`]s), which `cargo xtask figure` draws from a handful of anchor
//! points in `xtask/src/figure/body.txt` (Catmull-Rom curves, mirrored about
//! x = 100, every point on a 0.1 unit grid), so neighbouring regions share
//! their borders and tile the body.

use super::figure_data::{BACK_SHAPES, FRONT_SHAPES, OUTLINE};
use super::shape::Shape;
use crate::base::regions::{Region, Side};

/// The `viewBox` of each view.
pub const VIEW_BOX: &str = "0 0 200 440";
pub const VIEW_WIDTH: f32 = 200.0;
pub const VIEW_HEIGHT: f32 = 440.0;

/// The smallest width and height of a hit area, in user units: 30 CSS px when
/// a view is drawn 160 px wide, 45 px at 240 px (44 px needs 36.7 units).
pub const MIN_TARGET_UNITS: f32 = 37.5;

/// Which way the figure faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Front,
    Back,
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

// High and wide of the head: its ears (which carry the jaw's width) are at
// the second line's height, and the longest second line, Persian's, is
// about 60 units wide.
const LABEL_Y: f32 = 16.0;
const LABEL_VIEWER_LEFT: f32 = 3.0;
const LABEL_VIEWER_RIGHT: f32 = 197.0;

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
        matches!(self, RegionMark::Caution | RegionMark::Wait | RegionMark::Stop)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::map::shape::BBox;

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
                    let points = [
                        at,
                        (at.0 + p[0], at.1 + p[1]),
                        (at.0 + p[2], at.1 + p[3]),
                        (at.0 + p[4], at.1 + p[5]),
                    ];
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
            let views: Vec<View> = View::ALL.into_iter().filter(|v| v.shape(region).is_some()).collect();
            assert!(!views.is_empty(), "{} is in no view", region.id());
        }
        for view in View::ALL {
            for shape in view.shapes() {
                let n = view.shapes().iter().filter(|s| s.region == shape.region).count();
                assert_eq!(n, 1, "{} twice in the {} view", shape.region.id(), view.id());
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
            assert!(View::Front.shape(region(id)).is_none(), "{id} not on the front");
        }
        for id in front_only {
            assert!(View::Front.shape(region(id)).is_some(), "{id} on the front");
            assert!(View::Back.shape(region(id)).is_none(), "{id} not on the back");
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
        let knee_l = View::Front.shape(Region::Knee(Side::Left)).expect("front knee");
        let knee_r = View::Front.shape(Region::Knee(Side::Right)).expect("front knee");
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
                let (w, h) = (measured.width() * px_per_unit, measured.height() * px_per_unit);
                assert!(
                    w >= 24.0 && h >= 24.0,
                    "{} {} is {w:.1}x{h:.1} px",
                    view.id(),
                    shape.region.id()
                );
                assert!(measured.width() >= MIN_TARGET_UNITS && measured.height() >= MIN_TARGET_UNITS);
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
            assert!(body.x0 >= 0.0 && body.y0 >= 0.0 && body.x1 <= VIEW_WIDTH && body.y1 <= VIEW_HEIGHT);
            for shape in view.shapes() {
                let b = measured_bbox(shape.d);
                assert!(
                    b.x0 >= body.x0 - 0.2 && b.x1 <= body.x1 + 0.2 && b.y0 >= body.y0 - 0.2 && b.y1 <= body.y1 + 0.2
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
}
