//! Transfer sizes of the built widget: raw, gzip and brotli bytes per file.
use std::io::Write;
use std::path::{Path, PathBuf};

/// One shipped file and its sizes in bytes.
#[derive(Debug, Clone)]
pub struct FileSize {
    /// Path relative to the dist directory, with `/` separators.
    pub name: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

/// The compressed forms a static host serves.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

/// Sizes of every `.wasm`, `.js`, `.css`, `.html` and `.json` (language
/// pack) file under `dist`, sorted by name.
pub fn measure(dist: &Path) -> std::io::Result<Vec<FileSize>> {
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    let mut sizes = Vec::new();
    for path in files {
        let bytes = std::fs::read(&path)?;
        let name = path
            .strip_prefix(dist)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        sizes.push(FileSize {
            name,
            raw: bytes.len(),
            gzip: gzip(&bytes).len(),
            brotli: brotli(&bytes).len(),
        });
    }
    sizes.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(sizes)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("wasm" | "js" | "css" | "html" | "json")
        ) {
            out.push(path);
        }
    }
    Ok(())
}

/// The configurator's page in dist/, and the folder of its files.
pub const CONFIGURATOR_PAGE: &str = "configure.html";
pub const CONFIGURATOR_DIR: &str = "configure";

/// Whether a file is the configurator's (`configure.html`, `configure/…`):
/// a page for the clinic's staff, which no visitor loads.
pub fn is_configurator_file(name: &str) -> bool {
    name == CONFIGURATOR_PAGE || name.starts_with("configure/")
}

/// Whether a file is part of the widget itself (what the budget counts),
/// as opposed to the demo clinic page around it and the configurator.
pub fn is_widget_file(name: &str) -> bool {
    let shipped = name.ends_with(".wasm") || name.ends_with(".js") || name.ends_with(".css");
    shipped && name != "demo.css" && !is_configurator_file(name)
}

/// A plain-text table of the sizes with widget and overall totals.
pub fn table(sizes: &[FileSize]) -> String {
    let mut out = format!("{:<44} {:>10} {:>10} {:>10}\n", "file", "raw", "gzip", "brotli");
    for s in sizes {
        out += &format!("{:<44} {:>10} {:>10} {:>10}\n", s.name, s.raw, s.gzip, s.brotli);
    }
    let total = |pick: fn(&FileSize) -> bool| {
        sizes
            .iter()
            .filter(|s| pick(s))
            .fold((0, 0, 0), |(r, g, b), s| (r + s.raw, g + s.gzip, b + s.brotli))
    };
    let (r, g, b) = total(|s| is_widget_file(&s.name));
    out += &format!("{:<44} {:>10} {:>10} {:>10}\n", "widget total (wasm+js+css)", r, g, b);
    for (pack, with_pack) in one_language_totals(sizes) {
        out += &format!("{:<44} {:>10}\n", format!("widget with {pack}"), with_pack);
    }
    let (r, g, b) = total(|s| is_configurator_file(&s.name));
    if r > 0 {
        out += &format!("{:<44} {:>10} {:>10} {:>10}\n", "configurator (configure*)", r, g, b);
    }
    let (r, g, b) = total(|_| true);
    out += &format!("{:<44} {:>10} {:>10} {:>10}\n", "all files", r, g, b);
    out
}

/// Whether a file is a language pack (`lang/fr.json`).
pub fn is_pack(name: &str) -> bool {
    name.starts_with("lang/") && name.ends_with(".json")
}

/// What a visitor downloads in each language other than English, brotli:
/// the widget and that language's pack.
pub fn one_language_totals(sizes: &[FileSize]) -> Vec<(String, usize)> {
    let widget = widget_brotli_total(sizes);
    sizes
        .iter()
        .filter(|s| is_pack(&s.name))
        .map(|s| (s.name.clone(), widget + s.brotli))
        .collect()
}

/// The most a visitor downloads in any one language, brotli, and which
/// language that is (the widget alone when there is no pack, as when
/// English was built in).
pub fn largest_one_language(sizes: &[FileSize]) -> (String, usize) {
    one_language_totals(sizes).into_iter().fold(
        ("English (built in)".to_string(), widget_brotli_total(sizes)),
        |most, next| {
            if next.1 > most.1 {
                next
            } else {
                most
            }
        },
    )
}

/// Brotli bytes of the widget's own wasm, js and css.
pub fn widget_brotli_total(sizes: &[FileSize]) -> usize {
    sizes.iter().filter(|s| is_widget_file(&s.name)).map(|s| s.brotli).sum()
}

/// The budget in bytes from `size-budget.txt`: the first line that is a number.
pub fn read_budget(text: &str) -> Option<usize> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .find_map(|line| line.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compression_shrinks_repetitive_text_and_brotli_beats_gzip() {
        let text = "the widget keeps every answer on the device. ".repeat(200);
        let g = gzip(text.as_bytes()).len();
        let b = brotli(text.as_bytes()).len();
        assert!(g < text.len() / 10, "gzip {g}");
        assert!(b <= g, "brotli {b} gzip {g}");
    }

    #[test]
    fn the_largest_language_adds_its_pack_to_the_widget() {
        let file = |name: &str, brotli: usize| FileSize {
            name: name.into(),
            raw: brotli * 3,
            gzip: brotli * 2,
            brotli,
        };
        let sizes = [
            file("pkg/ims-checker_bg.wasm", 100),
            file("ims-checker.js", 10),
            file("lang/fr.json", 7),
            file("lang/pa.json", 9),
            file("index.html", 50),
        ];
        assert_eq!(largest_one_language(&sizes), ("lang/pa.json".to_string(), 119));
        assert_eq!(
            largest_one_language(&sizes[..2]),
            ("English (built in)".to_string(), 110)
        );
        assert!(!is_widget_file("lang/fr.json"));
    }

    #[test]
    fn the_configurator_does_not_count_against_the_widget() {
        for name in [
            "configure.html",
            "configure/configure.js",
            "configure/configure.css",
            "configure/ims-checker-configurator_bg.wasm",
        ] {
            assert!(is_configurator_file(name), "{name}");
            assert!(!is_widget_file(name), "{name}");
        }
        assert!(!is_configurator_file("ims-checker.js"));
        let file = |name: &str, brotli: usize| FileSize {
            name: name.into(),
            raw: brotli,
            gzip: brotli,
            brotli,
        };
        let sizes = [file("ims-checker.js", 10), file("configure/x_bg.wasm", 100)];
        assert_eq!(widget_brotli_total(&sizes), 10);
        assert!(table(&sizes).contains("configurator (configure*)"), "{}", table(&sizes));
    }

    #[test]
    fn the_demo_page_does_not_count_against_the_widget() {
        assert!(is_widget_file("pkg/ims-checker_bg.wasm"));
        assert!(is_widget_file("ims-checker.js"));
        assert!(is_widget_file("ims-checker.css"));
        assert!(!is_widget_file("demo.css"));
        assert!(!is_widget_file("index.html"));
    }

    #[test]
    fn budget_file_skips_comments() {
        assert_eq!(read_budget("# brotli bytes\n\n112640\n"), Some(112_640));
        assert_eq!(read_budget("# nothing\n"), None);
    }
}
