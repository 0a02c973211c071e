//! Screenshots for reviewers (`screenshots/`, git-ignored), each checked
//! against the page it shows: the step shown, the image's size against the
//! viewport or the widget, the step's heading drawn where the page puts it,
//! and not a blank image.

use std::fs;
use std::io::Read;
use std::path::Path;

use serde_json::json;

use super::site::screenshots_dir;
use super::Widget;

/// Width and height from a PNG's header, `None` when it is not a PNG.
pub fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    if png.len() < 24 || &png[..8] != b"\x89PNG\r\n\x1a\n" || &png[12..16] != b"IHDR" {
        return None;
    }
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    Some((be(&png[16..20]), be(&png[20..24])))
}

/// A decoded PNG (8-bit RGB or RGBA, not interlaced: what Chromium writes),
/// as RGBA pixels.
#[derive(Clone, PartialEq, Eq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    rgba: Vec<u8>,
}

impl std::fmt::Debug for Image {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Image({}×{})", self.width, self.height)
    }
}

impl Image {
    /// Decode `png`.
    pub fn decode(png: &[u8]) -> Result<Image, String> {
        let (width, height) = png_size(png).ok_or("not a PNG")?;
        let (depth, colour, interlace) = (png[24], png[25], png[28]);
        let channels = match (depth, colour, interlace) {
            (8, 2, 0) => 3,
            (8, 6, 0) => 4,
            _ => {
                return Err(format!(
                    "unsupported PNG: bit depth {depth}, colour type {colour}, interlace {interlace}"
                ))
            }
        };
        let mut data = Vec::new();
        let mut at = 8;
        while at + 8 <= png.len() {
            let len = u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]) as usize;
            let kind = &png[at + 4..at + 8];
            let body = png.get(at + 8..at + 8 + len).ok_or("truncated PNG chunk")?;
            if kind == b"IDAT" {
                data.extend_from_slice(body);
            }
            at += 12 + len;
        }
        let mut raw = Vec::new();
        flate2::read::ZlibDecoder::new(&data[..])
            .read_to_end(&mut raw)
            .map_err(|e| format!("bad PNG data: {e}"))?;
        let (w, h) = (width as usize, height as usize);
        let stride = w * channels;
        if raw.len() != h * (stride + 1) {
            return Err(format!(
                "PNG data holds {} bytes, expected {}",
                raw.len(),
                h * (stride + 1)
            ));
        }
        let mut pixels = vec![0u8; h * stride];
        for y in 0..h {
            let filter = raw[y * (stride + 1)];
            let line = &raw[y * (stride + 1) + 1..(y + 1) * (stride + 1)];
            for x in 0..stride {
                let a = if x >= channels {
                    pixels[y * stride + x - channels] as i16
                } else {
                    0
                };
                let b = if y > 0 { pixels[(y - 1) * stride + x] as i16 } else { 0 };
                let c = if x >= channels && y > 0 {
                    pixels[(y - 1) * stride + x - channels] as i16
                } else {
                    0
                };
                let predicted = match filter {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => {
                        let p = a + b - c;
                        let (pa, pb, pc) = ((p - a).abs(), (p - b).abs(), (p - c).abs());
                        if pa <= pb && pa <= pc {
                            a
                        } else if pb <= pc {
                            b
                        } else {
                            c
                        }
                    }
                    f => return Err(format!("bad PNG filter {f} on line {y}")),
                };
                pixels[y * stride + x] = line[x].wrapping_add(predicted as u8);
            }
        }
        let rgba = if channels == 4 {
            pixels
        } else {
            pixels.chunks(3).flat_map(|p| [p[0], p[1], p[2], 255]).collect()
        };
        Ok(Image { width, height, rgba })
    }

    /// Read and decode the PNG at `path`.
    pub fn read(path: &Path) -> Result<Image, String> {
        let png = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Image::decode(&png).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The pixel at (`x`, `y`) as RGBA.
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 4] {
        let i = (y as usize * self.width as usize + x as usize) * 4;
        [self.rgba[i], self.rgba[i + 1], self.rgba[i + 2], self.rgba[i + 3]]
    }

    /// How many distinct colours the rectangle (`x`, `y`, `width`, `height`)
    /// holds (clipped to the image), counting up to `cap`.
    pub fn colours_in(&self, x: u32, y: u32, width: u32, height: u32, cap: usize) -> usize {
        let mut seen = std::collections::HashSet::new();
        for py in y..(y + height).min(self.height) {
            for px in x..(x + width).min(self.width) {
                seen.insert(self.pixel(px, py));
                if seen.len() >= cap {
                    return cap;
                }
            }
        }
        seen.len()
    }

    /// How many distinct colours the whole image holds, counting up to `cap`.
    pub fn colours(&self, cap: usize) -> usize {
        self.colours_in(0, 0, self.width, self.height, cap)
    }
}

/// The two images [`Widget::shot`] saves.
#[derive(Debug)]
pub struct Shot {
    /// The step shown when they were taken.
    pub step: String,
    /// The viewport, the step's heading in view.
    pub viewport: Image,
    /// The whole widget, top to bottom.
    pub whole: Image,
}

/// Colours a screenshot of the widget holds at least (text, buttons, the
/// map: far more than a blank or single-coloured box).
const MIN_COLOURS: usize = 16;

impl Widget<'_> {
    /// Scroll the current step into view and save `screenshots/<name>.png`
    /// (the viewport) and `screenshots/whole/<name>.png` (the whole widget,
    /// for what the viewport cuts off). Fails unless a step is shown whole,
    /// its heading lies in the viewport, the viewport image has the
    /// viewport's size and shows the heading where the page has it, and the
    /// whole image has the widget's size and is not blank. Only for a widget
    /// of the top document.
    #[track_caller]
    pub fn shot(&self, name: &str) -> Shot {
        self.settled();
        let Some(step) = self.current_step() else {
            self.fail(format!(
                "screenshot {name}: no step is shown whole ([data-step] is missing)"
            ));
        };
        let geometry = self.js(&format!(
            "((s) => {{ s.scrollIntoView({{ block: 'start', behavior: 'instant' }}); \
               const h = s.querySelector('h2').getBoundingClientRect(); const host = document.querySelector({}).getBoundingClientRect(); \
               return {{ width: innerWidth, height: innerHeight, scale: devicePixelRatio, \
                 heading: [h.left, h.top, h.width, h.height], host: [host.width, host.height] }}; }})({})",
            json!(self.host),
            self.q("[data-step]")
        ));
        let num = |v: &serde_json::Value| v.as_f64().unwrap_or(f64::NAN);
        let (width, height, scale) = (
            num(&geometry["width"]),
            num(&geometry["height"]),
            num(&geometry["scale"]),
        );
        let heading: Vec<f64> = (0..4).map(|i| num(&geometry["heading"][i])).collect();
        let host: Vec<f64> = (0..2).map(|i| num(&geometry["host"][i])).collect();
        // The page scrolls by whole pixels: a step that starts at a fraction
        // of one may end up that fraction above the viewport's top.
        if !(heading[1] > -0.5 && heading[1] + heading[3] <= height + 0.5 && heading[2] > 0.0) {
            self.fail(format!(
                "screenshot {name}: the `{step}` step's heading should lie in the {width}×{height} viewport; it is at [left, top, width, height] {heading:?}"
            ));
        }

        let path = screenshots_dir().join(format!("{name}.png"));
        let whole_path = screenshots_dir().join("whole").join(format!("{name}.png"));
        for p in [&path, &whole_path] {
            if let Err(e) = fs::remove_file(p) {
                if e.kind() != std::io::ErrorKind::NotFound {
                    self.fail(format!("cannot remove the old screenshot {}: {e}", p.display()));
                }
            }
        }
        if let Err(e) = self.page.screenshot(&path) {
            self.fail(format!("screenshot {}: {e}", path.display()));
        }
        if let Err(e) = self.page.screenshot_element(&self.host, &whole_path) {
            self.fail(format!("screenshot {}: {e}", whole_path.display()));
        }
        let read = |p: &Path| Image::read(p).unwrap_or_else(|e| self.fail(format!("screenshot {name}: {e}")));
        let (viewport, whole) = (read(&path), read(&whole_path));

        let want = ((width * scale).round() as u32, (height * scale).round() as u32);
        if (viewport.width, viewport.height) != want {
            self.fail(format!(
                "screenshot {}: {}×{} px, expected the viewport's {}×{}",
                path.display(),
                viewport.width,
                viewport.height,
                want.0,
                want.1
            ));
        }
        let near = |got: u32, want: f64| (got as f64 - want).abs() <= 1.0;
        if !near(whole.width, host[0]) || !near(whole.height, host[1].min(8000.0)) {
            self.fail(format!(
                "screenshot {}: {}×{} px, expected the widget's {:.1}×{:.1}",
                whole_path.display(),
                whole.width,
                whole.height,
                host[0],
                host[1].min(8000.0)
            ));
        }
        let heading_colours = viewport.colours_in(
            (heading[0] * scale) as u32,
            (heading[1] * scale) as u32,
            (heading[2] * scale).ceil() as u32,
            (heading[3] * scale).ceil() as u32,
            MIN_COLOURS,
        );
        if heading_colours < 2 {
            self.fail(format!(
                "screenshot {}: where the page has the `{step}` step's heading {heading:?} the image is one flat colour",
                path.display()
            ));
        }
        let colours = whole.colours(MIN_COLOURS);
        if colours < MIN_COLOURS {
            self.fail(format!(
                "screenshot {}: only {colours} colour(s): the widget is not drawn",
                whole_path.display()
            ));
        }
        Shot { step, viewport, whole }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 2×2 RGB PNG: red, green / blue, white; the first line unfiltered,
    /// the second with the Sub filter.
    fn tiny_png() -> Vec<u8> {
        use std::io::Write;
        let raw = [0u8, 255, 0, 0, 0, 255, 0, 1, 0, 0, 255, 255, 255, 0];
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(&raw).unwrap();
        let idat = z.finish().unwrap();
        let chunk = |kind: &[u8], body: &[u8]| {
            let mut c = (body.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(body);
            c.extend_from_slice(&[0, 0, 0, 0]); // the CRC is not checked
            c
        };
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]));
        png.extend(chunk(b"IDAT", &idat));
        png.extend(chunk(b"IEND", &[]));
        png
    }

    #[test]
    fn decodes_a_png() {
        let png = tiny_png();
        assert_eq!(png_size(&png), Some((2, 2)));
        assert_eq!(png_size(b"GIF89a not a png at all"), None);
        let image = Image::decode(&png).unwrap();
        assert_eq!(image.pixel(0, 0), [255, 0, 0, 255]);
        assert_eq!(image.pixel(1, 0), [0, 255, 0, 255]);
        assert_eq!(image.pixel(0, 1), [0, 0, 255, 255]);
        // Sub: (255, 255, 0) plus the blue to its left.
        assert_eq!(image.pixel(1, 1), [255, 255, 255, 255]);
        assert_eq!(image.colours(16), 4);
        assert_eq!(image.colours_in(0, 0, 1, 2, 16), 2);
    }
}
