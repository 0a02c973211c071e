//! The widget's transfer size stays within the budget in size-budget.txt.

use ims_checker_e2e::{dist_dir, sizes, workspace_dir};

#[test]
fn widget_brotli_size_is_within_budget() {
    let dist = dist_dir().unwrap();
    let measured = sizes::measure(&dist).unwrap_or_else(|e| panic!("cannot measure {}: {e}", dist.display()));
    println!("{}", sizes::table(&measured));
    let widget: Vec<&str> = measured
        .iter()
        .filter(|s| sizes::is_widget_file(&s.name))
        .map(|s| s.name.as_str())
        .collect();
    assert!(
        widget.iter().any(|n| n.ends_with(".wasm")),
        "no .wasm among the widget files in {}: {widget:?}",
        dist.display()
    );
    let budget_file = workspace_dir().join("size-budget.txt");
    let text =
        std::fs::read_to_string(&budget_file).unwrap_or_else(|e| panic!("cannot read {}: {e}", budget_file.display()));
    let budget =
        sizes::read_budget(&text).unwrap_or_else(|| panic!("{} holds no budget number", budget_file.display()));
    let total = sizes::widget_brotli_total(&measured);
    println!(
        "widget brotli total {total} bytes, budget {budget} bytes ({} left)",
        budget as i64 - total as i64
    );
    assert!(
        total <= budget,
        "the widget's wasm+js+css is {total} brotli bytes, over the budget of {budget} in {} by {} bytes \
         (files: {widget:?}); shrink the widget rather than raising the budget",
        budget_file.display(),
        total - budget
    );
}

/// What a visitor downloads in any one language (the widget and that
/// language's pack) stays within 160 KiB brotli, the limit decided when the
/// 110, 90 and 128 KiB targets were withdrawn.
#[test]
fn one_language_download_is_within_160_kib() {
    const LIMIT: usize = 160 * 1024;
    let dist = dist_dir().unwrap();
    let measured = sizes::measure(&dist).unwrap_or_else(|e| panic!("cannot measure {}: {e}", dist.display()));
    let (language, total) = sizes::largest_one_language(&measured);
    println!("largest one-language download: {total} B brotli ({language}), limit {LIMIT} B");
    assert!(
        measured.iter().any(|s| s.name.starts_with("lang/")),
        "no language pack under lang/ in {}: the check would measure English alone",
        dist.display()
    );
    assert!(
        total <= LIMIT,
        "a visitor in {language} downloads {total} B brotli, over the {LIMIT} B (160 KiB) limit by {} B",
        total - LIMIT
    );
}
