//! Component tests: each step of the journey rendered by Yew in headless Chromium.
//! Run by `cargo xtask test` (layer 2) through wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use ims_checker::ui::app::{App, AppProps};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element in the test page, and the widget rendered into it.
async fn render(lang: &str) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("div");
    document.body().expect("body").append_child(&root).expect("append");
    let props = AppProps { clinic_name: None, lang: lang.to_owned().into() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn first_screen_is_the_warning_signs_step_in_english() {
    let root = render("en-CA").await;
    assert_eq!(text_of(&root, ".ims-progress"), "Step 1 of 4");
    assert_eq!(text_of(&root, "h2"), "Warning signs");
}

#[wasm_bindgen_test]
async fn french_pages_get_the_french_first_screen() {
    let root = render("fr-CA").await;
    assert_eq!(text_of(&root, ".ims-progress"), "Étape 1 sur 4");
}
