//! `cargo xtask figure`: draws the body map's geometry, `src/ui/map/figure_data.rs`,
//! from the figure's description in `body.txt` (anchor points joined by
//! Catmull-Rom curves, mirrored about x = 100; the file says how to read it).
//! `--check` only compares; a test here does the same on every native run.
//!
//! Numbers are exact: the description's points are whole twentieths of a
//! unit, the curves' control points whole 120ths, rounded to the tenths the
//! paths are written in (halves to even, so a shape and its mirror image stay
//! exact mirrors). Only a band's bow (a square root) and the extremes of a
//! curve are floating point, and a value too near a half is refused rather
//! than rounded either way. Badges sit at each area's exact centroid.

use std::cmp::Ordering;

use crate::{workspace_root, Failure};

const DESCRIPTION: &str = include_str!("body.txt");
const DESCRIPTION_PATH: &str = "xtask/src/figure/body.txt";
const DATA_PATH: &str = "src/ui/map/figure_data.rs";

/// `cargo xtask figure [--check]`.
pub fn figure(args: &[String]) -> Result<(), Failure> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => return Err(Failure("usage: cargo xtask figure [--check]".into())),
    };
    let drawn = generate(DESCRIPTION).map_err(|e| Failure(format!("{DESCRIPTION_PATH}: {e}")))?;
    let path = workspace_root().join(DATA_PATH);
    if check {
        let current = std::fs::read_to_string(&path).map_err(|e| Failure(format!("reading {DATA_PATH}: {e}")))?;
        if current != drawn {
            return Err(Failure(format!(
                "{DATA_PATH} is not what {DESCRIPTION_PATH} draws: run `cargo xtask figure`"
            )));
        }
        println!("{DATA_PATH} is what {DESCRIPTION_PATH} draws");
    } else {
        std::fs::write(&path, drawn).map_err(|e| Failure(format!("writing {DATA_PATH}: {e}")))?;
        println!("wrote {DATA_PATH}");
    }
    Ok(())
}

/// A point of the description, in twentieths of a unit.
type Exact = (i64, i64);
/// A point as drawn, in tenths of a unit.
type Point = (i64, i64);
/// A cubic Bézier segment: start, two control points, end.
type Segment = [Point; 4];

/// The views are 200 units wide: x mirrors to 200 - x.
const MIDDLE_TWICE_EXACT: i64 = 200 * 20;
const MIDDLE_TWICE_DRAWN: i64 = 200 * 10;

/// A curve or band: its points, and the segments between consecutive ones.
struct Curve {
    name: String,
    points: Vec<Exact>,
    segments: Vec<Segment>,
}

struct Area {
    region: String,
    segments: Vec<Segment>,
    badge: Option<Point>,
}

#[derive(Default)]
struct Figure {
    curves: Vec<Curve>,
    outline: Vec<Segment>,
    front: Vec<Area>,
    back: Vec<Area>,
}

/// The text of `src/ui/map/figure_data.rs` drawn from `description`.
pub fn generate(description: &str) -> Result<String, String> {
    let mut figure = Figure::default();
    for (number, line) in description.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        read_line(&mut figure, line).map_err(|e| format!("line {}: {e}", number + 1))?;
    }
    if figure.outline.is_empty() {
        return Err("no outline".into());
    }
    write_data(&figure)
}

fn read_line(figure: &mut Figure, line: &str) -> Result<(), String> {
    let (head, body) = line.split_once(':').ok_or("expected `KIND NAME: ...`")?;
    let head: Vec<&str> = head.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let words: Vec<&str> = body.split_whitespace().collect();
    match head.as_slice() {
        ["curve", name, rest @ ..] => {
            let mut points = words.iter().map(|w| point(w)).collect::<Result<Vec<_>, _>>()?;
            match rest {
                [] => {}
                ["mirrored"] => {
                    let first = points.first().ok_or("a curve needs points")?;
                    if first.0 * 2 != MIDDLE_TWICE_EXACT {
                        return Err("a mirrored curve starts on the middle line".into());
                    }
                    let mut across: Vec<Exact> = points[1..].iter().rev().map(|&p| mirror_exact(p)).collect();
                    across.append(&mut points);
                    points = across;
                }
                _ => return Err(format!("unknown curve option {rest:?}")),
            }
            if points.len() < 2 {
                return Err("a curve needs two points or more".into());
            }
            let segments = spline(&points);
            figure.curves.push(Curve {
                name: name.to_string(),
                points,
                segments,
            });
        }
        ["band", name] => {
            let [a, b, "sag", sag] = words.as_slice() else {
                return Err("expected `band NAME: A B sag S`".into());
            };
            let (a, b) = (point(a)?, point(b)?);
            let sag: f64 = sag.parse().map_err(|_| format!("bad sag {sag}"))?;
            let segments = vec![band(a, b, sag)?];
            figure.curves.push(Curve {
                name: name.to_string(),
                points: vec![a, b],
                segments,
            });
        }
        ["outline"] => {
            let (segments, badge) = trace(&figure.curves, &words)?;
            if badge.is_some() {
                return Err("the outline has no badge".into());
            }
            figure.outline = segments;
        }
        [view @ ("front" | "back"), region] => {
            let (segments, badge) = trace(&figure.curves, &words)?;
            let area = Area {
                region: region.to_string(),
                segments,
                badge,
            };
            let areas = if *view == "front" {
                &mut figure.front
            } else {
                &mut figure.back
            };
            match other_side(region) {
                None => areas.push(area),
                Some(other) => {
                    let image = Area {
                        region: other,
                        segments: mirror_reversed(&area.segments),
                        badge: area.badge.map(mirror_drawn),
                    };
                    // The visitor's left first, as the views list them.
                    if region.ends_with("-left") {
                        areas.extend([area, image]);
                    } else {
                        areas.extend([image, area]);
                    }
                }
            }
        }
        _ => return Err("expected curve, band, outline, front or back".into()),
    }
    Ok(())
}

/// `x,y` in twentieths of a unit.
fn point(text: &str) -> Result<Exact, String> {
    let (x, y) = text
        .split_once(',')
        .ok_or_else(|| format!("expected x,y, not {text}"))?;
    Ok((twentieths(x)?, twentieths(y)?))
}

/// A decimal number on the 0.05 grid, in twentieths.
fn twentieths(text: &str) -> Result<i64, String> {
    let bad = || format!("{text} is not a number on the 0.05 grid");
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || fraction.len() > 2 || !(whole.bytes().chain(fraction.bytes())).all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let hundredths =
        whole.parse::<i64>().map_err(|_| bad())? * 100 + format!("{fraction:0<2}").parse::<i64>().map_err(|_| bad())?;
    if hundredths % 5 != 0 {
        return Err(bad());
    }
    Ok(if negative { -hundredths / 5 } else { hundredths / 5 })
}

fn mirror_exact((x, y): Exact) -> Exact {
    (MIDDLE_TWICE_EXACT - x, y)
}

fn mirror_drawn((x, y): Point) -> Point {
    (MIDDLE_TWICE_DRAWN - x, y)
}

/// `numerator / denominator` rounded to a whole number, halves to even.
fn round_ratio(numerator: i128, denominator: i128) -> i64 {
    let (numerator, denominator) = if denominator < 0 {
        (-numerator, -denominator)
    } else {
        (numerator, denominator)
    };
    let quotient = numerator.div_euclid(denominator);
    let rounded = match (2 * numerator.rem_euclid(denominator)).cmp(&denominator) {
        Ordering::Less => quotient,
        Ordering::Greater => quotient + 1,
        Ordering::Equal => quotient + quotient.rem_euclid(2),
    };
    rounded as i64
}

/// A floating-point value in tenths rounded to whole tenths; refused when it
/// lies too near a half for its rounding to be trusted.
fn round_float(tenths: f64) -> Result<i64, String> {
    let below = tenths.floor();
    if ((tenths - below) - 0.5).abs() < 1e-6 {
        return Err(format!("{} lies halfway between two tenths", tenths / 10.0));
    }
    Ok(tenths.round() as i64)
}

/// The Catmull-Rom spline through `points`: the control points of the segment
/// from p1 to p2 are p1 + (p2 - p0) / 6 and p2 - (p3 - p1) / 6, where p0 and
/// p3 are the points either side; past an end, the end's reflection of its
/// neighbour.
fn spline(points: &[Exact]) -> Vec<Segment> {
    let last = points.len() - 1;
    let at = |i: isize| -> Exact {
        let reflect = |end: Exact, next: Exact| (2 * end.0 - next.0, 2 * end.1 - next.1);
        if i < 0 {
            reflect(points[0], points[1])
        } else if i as usize > last {
            reflect(points[last], points[last - 1])
        } else {
            points[i as usize]
        }
    };
    // In 120ths of a unit: 6 per twentieth.
    let drawn = |x: i64| round_ratio(x.into(), 12);
    (0..last as isize)
        .map(|i| {
            let (p0, p1, p2, p3) = (at(i - 1), at(i), at(i + 1), at(i + 2));
            let c1 = (6 * p1.0 + p2.0 - p0.0, 6 * p1.1 + p2.1 - p0.1);
            let c2 = (6 * p2.0 - (p3.0 - p1.0), 6 * p2.1 - (p3.1 - p1.1));
            [(6 * p1.0, 6 * p1.1), c1, c2, (6 * p2.0, 6 * p2.1)].map(|(x, y)| (drawn(x), drawn(y)))
        })
        .collect()
}

/// A line from `a` to `b` bowed towards the feet by `sag` in its middle: the
/// control points sit at its thirds, moved 4/3 × sag along its normal.
fn band(a: Exact, b: Exact, sag: f64) -> Result<Segment, String> {
    let unit = |p: Exact| (p.0 as f64 / 20.0, p.1 as f64 / 20.0);
    let (fa, fb) = (unit(a), unit(b));
    let (dx, dy) = (fb.0 - fa.0, fb.1 - fa.1);
    let length = dx.hypot(dy);
    let (mut nx, mut ny) = (-dy / length, dx / length);
    if ny < 0.0 {
        (nx, ny) = (-nx, -ny);
    }
    let push = 4.0 * sag / 3.0;
    let control = |third: f64| -> Result<Point, String> {
        Ok((
            round_float((fa.0 + dx * third + push * nx) * 10.0)?,
            round_float((fa.1 + dy * third + push * ny) * 10.0)?,
        ))
    };
    let end = |p: Exact| (round_ratio(p.0.into(), 2), round_ratio(p.1.into(), 2));
    Ok([end(a), control(1.0 / 3.0)?, control(2.0 / 3.0)?, end(b)])
}

/// Follows `START (NAME POINT)... [badge X,Y]` along the curves.
fn trace(curves: &[Curve], words: &[&str]) -> Result<(Vec<Segment>, Option<Point>), String> {
    let (words, badge) = match words {
        [rest @ .., "badge", at] => {
            let (x, y) = point(at)?;
            (rest, Some((round_ratio(x.into(), 2), round_ratio(y.into(), 2))))
        }
        _ => (words, None),
    };
    let (start, steps) = words.split_first().ok_or("a path needs a start")?;
    if steps.is_empty() || steps.len() % 2 != 0 {
        return Err("expected START followed by NAME POINT pairs".into());
    }
    let start = point(start)?;
    let mut at = start;
    let mut segments = Vec::new();
    for step in steps.chunks(2) {
        let (name, to) = (step[0], point(step[1])?);
        let curve = curves
            .iter()
            .find(|c| c.name == name)
            .ok_or_else(|| format!("no curve or band {name}"))?;
        segments.extend(
            follow(curve, at, to)
                .ok_or_else(|| format!("{name} does not run from {} to {}", step_text(at), step[1]))?,
        );
        at = to;
    }
    if at != start {
        return Err("the path does not end where it starts".into());
    }
    Ok((segments, badge))
}

fn step_text((x, y): Exact) -> String {
    format!("{},{}", x as f64 / 20.0, y as f64 / 20.0)
}

/// The segments of `curve`, or of its mirror image, from `from` to `to`.
fn follow(curve: &Curve, from: Exact, to: Exact) -> Option<Vec<Segment>> {
    [false, true].into_iter().find_map(|mirrored| {
        let position = |p: Exact| {
            let p = if mirrored { mirror_exact(p) } else { p };
            curve.points.iter().position(|&q| q == p)
        };
        let (i, j) = (position(from)?, position(to)?);
        let image = |segment: &Segment| if mirrored { segment.map(mirror_drawn) } else { *segment };
        match i.cmp(&j) {
            Ordering::Less => Some(curve.segments[i..j].iter().map(image).collect()),
            Ordering::Greater => Some(curve.segments[j..i].iter().rev().map(|s| reversed(&image(s))).collect()),
            Ordering::Equal => None,
        }
    })
}

fn reversed(segment: &Segment) -> Segment {
    [segment[3], segment[2], segment[1], segment[0]]
}

/// The mirror image of a closed path, drawn the same way round from the
/// image of its start.
fn mirror_reversed(segments: &[Segment]) -> Vec<Segment> {
    segments.iter().rev().map(|s| reversed(&s.map(mirror_drawn))).collect()
}

/// `jaw-left` is mirrored as `jaw-right`; `head` has no other side.
fn other_side(region: &str) -> Option<String> {
    if let Some(part) = region.strip_suffix("-left") {
        Some(format!("{part}-right"))
    } else {
        region.strip_suffix("-right").map(|part| format!("{part}-left"))
    }
}

/// `wrist-hand-left` as Rust: `Region::WristHand(Side::Left)`.
fn region_expression(region: &str) -> String {
    let camel = |id: &str| -> String {
        id.split('-')
            .map(|word| {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                    .unwrap_or_default()
            })
            .collect()
    };
    if let Some(part) = region.strip_suffix("-left") {
        format!("Region::{}(Side::Left)", camel(part))
    } else if let Some(part) = region.strip_suffix("-right") {
        format!("Region::{}(Side::Right)", camel(part))
    } else {
        format!("Region::{}", camel(region))
    }
}

/// Tenths as SVG writes them: `113.5`, `59`, `-2`.
fn svg_number(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// Path data: `M`, relative `c` and `Z`, each number as short as SVG allows
/// (`.5`, and no space before a minus sign or before a second decimal point).
fn path_data(segments: &[Segment]) -> String {
    let start = segments[0][0];
    let mut d = format!("M{} {}", svg_number(start.0), svg_number(start.1));
    for segment in segments {
        d.push('c');
        let origin = segment[0];
        let mut previous: Option<String> = None;
        for control in &segment[1..] {
            for value in [control.0 - origin.0, control.1 - origin.1] {
                let mut number = svg_number(value);
                if let Some(rest) = number.strip_prefix("0.") {
                    number = format!(".{rest}");
                } else if let Some(rest) = number.strip_prefix("-0.") {
                    number = format!("-.{rest}");
                }
                let joins = number.starts_with('-')
                    || (number.starts_with('.') && previous.as_ref().is_some_and(|p| p.contains('.')));
                if previous.is_some() && !joins {
                    d.push(' ');
                }
                d.push_str(&number);
                previous = Some(number);
            }
        }
    }
    d.push('Z');
    d
}

/// The bounds of the path, in tenths: each segment's ends and the points
/// where its derivative is zero.
fn bounds(segments: &[Segment]) -> Result<[i64; 4], String> {
    let mut low = (f64::MAX, f64::MAX);
    let mut high = (f64::MIN, f64::MIN);
    for segment in segments {
        for axis in 0..2 {
            let [a, b, c, d] = segment.map(|p| if axis == 0 { p.0 as f64 } else { p.1 as f64 });
            for value in extremes(a, b, c, d) {
                if axis == 0 {
                    low.0 = low.0.min(value);
                    high.0 = high.0.max(value);
                } else {
                    low.1 = low.1.min(value);
                    high.1 = high.1.max(value);
                }
            }
        }
    }
    Ok([
        round_float(low.0)?,
        round_float(low.1)?,
        round_float(high.0)?,
        round_float(high.1)?,
    ])
}

/// A cubic's values at its ends and where its derivative is zero.
fn extremes(a: f64, b: f64, c: f64, d: f64) -> Vec<f64> {
    let at = |t: f64| {
        let u = 1.0 - t;
        u * u * u * a + 3.0 * u * u * t * b + 3.0 * u * t * t * c + t * t * t * d
    };
    // The derivative over 3: qa t² + qb t + qc.
    let (qa, qb, qc) = (-a + 3.0 * b - 3.0 * c + d, 2.0 * (a - 2.0 * b + c), b - a);
    let mut ts = vec![0.0, 1.0];
    if qa == 0.0 {
        if qb != 0.0 {
            ts.push(-qc / qb);
        }
    } else {
        let discriminant = qb * qb - 4.0 * qa * qc;
        if discriminant >= 0.0 {
            let root = discriminant.sqrt();
            ts.extend([(-qb + root) / (2.0 * qa), (-qb - root) / (2.0 * qa)]);
        }
    }
    ts.into_iter().filter(|t| (0.0..=1.0).contains(t)).map(at).collect()
}

/// The centroid of the area a closed path encloses, in tenths, exactly (by
/// Green's theorem on each segment's polynomial), rounded halves to even.
fn centroid(segments: &[Segment]) -> Point {
    // Power-basis coefficients of a cubic Bézier coordinate.
    let coefficients = |a: i128, b: i128, c: i128, d: i128| [a, 3 * (b - a), 3 * (a - 2 * b + c), d - a + 3 * (b - c)];
    // Every integral of t^k over [0, 1] with k < 9, times 2520.
    const SCALE: i128 = 2520;
    let (mut area, mut moment_x, mut moment_y) = (0_i128, 0_i128, 0_i128);
    for segment in segments {
        let x = coefficients(
            segment[0].0.into(),
            segment[1].0.into(),
            segment[2].0.into(),
            segment[3].0.into(),
        );
        let y = coefficients(
            segment[0].1.into(),
            segment[1].1.into(),
            segment[2].1.into(),
            segment[3].1.into(),
        );
        for j in 1..4 {
            for i in 0..4 {
                // ∮ x dy, ∮ x²/2 dy and -∮ y²/2 dx (the latter two times 2).
                area += x[i] * j as i128 * y[j] * SCALE / (i + j) as i128;
                for k in 0..4 {
                    moment_x += x[i] * x[k] * j as i128 * y[j] * SCALE / (i + k + j) as i128;
                    moment_y -= y[i] * y[k] * j as i128 * x[j] * SCALE / (i + k + j) as i128;
                }
            }
        }
    }
    (round_ratio(moment_x, 2 * area), round_ratio(moment_y, 2 * area))
}

/// Tenths as a Rust `f32` literal: `113.5`, `59.0`.
fn float_literal(tenths: i64) -> String {
    format!(
        "{}{}.{}",
        if tenths < 0 { "-" } else { "" },
        tenths.abs() / 10,
        tenths.abs() % 10
    )
}

fn write_data(figure: &Figure) -> Result<String, String> {
    let mut out = String::from(
        "//! The body map's geometry: the body's outline and each region's hit area\n\
         //! in both views. Generated by `cargo xtask figure` from the figure's\n\
         //! description in `xtask/src/figure/body.txt`: edit that, not this file (a\n\
         //! test checks that the two agree).\n\
         \n\
         use super::shape::{BBox, Shape};\n\
         use crate::base::regions::{Region, Side};\n\
         \n\
         /// The body's outline, drawn under the regions (both views).\n",
    );
    out += &format!("pub const OUTLINE: &str = \"{}\";\n", path_data(&figure.outline));
    let views = [
        (
            "Front view: the visitor faces the viewer, so their left is on the viewer's right.",
            "FRONT_SHAPES",
            &figure.front,
        ),
        (
            "Back view: the viewer sees the visitor's back, so their left is on the viewer's left.",
            "BACK_SHAPES",
            &figure.back,
        ),
    ];
    for (doc, name, areas) in views {
        out += &format!("\n/// {doc}\npub const {name}: &[Shape] = &[\n");
        for area in areas {
            let [x0, y0, x1, y1] = bounds(&area.segments).map_err(|e| format!("{}: {e}", area.region))?;
            let (cx, cy) = area.badge.unwrap_or_else(|| centroid(&area.segments));
            out += &format!(
                "    Shape {{\n        region: {},\n        d: \"{}\",\n        bbox: BBox {{ x0: {}, y0: {}, x1: {}, y1: {} }},\n        centre: ({}, {}),\n    }},\n",
                region_expression(&area.region),
                path_data(&area.segments),
                float_literal(x0),
                float_literal(y0),
                float_literal(x1),
                float_literal(y1),
                float_literal(cx),
                float_literal(cy),
            );
        }
        out += "];\n";
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checked_in_figure_data_is_what_the_description_draws() {
        let drawn = generate(DESCRIPTION).expect("the description draws");
        let path = workspace_root().join(DATA_PATH);
        let checked_in = std::fs::read_to_string(&path).expect("src/ui/map/figure_data.rs");
        assert!(
            checked_in == drawn,
            "{DATA_PATH} differs from what {DESCRIPTION_PATH} draws: run `cargo xtask figure`"
        );
    }

    #[test]
    fn numbers_read_on_the_grid_and_round_halves_to_even() {
        assert_eq!(twentieths("142.25"), Ok(2845));
        assert_eq!(twentieths("9"), Ok(180));
        assert_eq!(twentieths("-0.5"), Ok(-10));
        assert!(twentieths("1.23").is_err() && twentieths("x").is_err() && twentieths(".5").is_err());
        assert_eq!([5, 15, 25, -5].map(|n| round_ratio(n, 10)), [0, 2, 2, 0]);
        assert_eq!(round_ratio(7, -2), -4);
    }

    #[test]
    fn a_spline_through_three_points_leaves_each_end_towards_the_next() {
        // (0,0) (3,0) (6,3): the middle point's tangent is parallel to (6,3).
        let segments = spline(&[(0, 0), (60, 0), (120, 60)]);
        assert_eq!(
            segments,
            vec![
                [(0, 0), (10, 0), (20, -5), (30, 0)],
                [(30, 0), (40, 5), (50, 20), (60, 30)]
            ]
        );
        assert_eq!(path_data(&segments[..1]), "M0 0c1 0 2-.5 3 0Z");
    }

    #[test]
    fn a_mistake_in_the_description_is_named_with_its_line() {
        let broken = DESCRIPTION.replace("front chest: 100,100 collar", "front chest: 100,100 neck");
        assert_ne!(broken, DESCRIPTION, "the chest's line is not where this test breaks it");
        let error = generate(&broken).expect_err("a curve that does not join");
        assert!(error.contains("neck does not run from 100,100 to 120,92.5"), "{error}");
        assert!(error.starts_with("line "), "{error}");
    }
}
