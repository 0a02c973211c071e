//! The body map: the visitor's "where does it hurt" step, and the same figure
//! on the result page with each chosen region marked by its result.
//!
//! Geometry comes from [`super::figure`]; styles from `static/body-map.css`
//! (classes only: the widget runs under a CSP without inline styles).
//!
//! Every region is an SVG `path` with `role="checkbox"`, `aria-checked`,
//! `aria-label` and `data-region`, toggled by click or Space; Enter moves
//! on, as on any box of the form (see [`press_next`]). A region
//! that both views show (e.g. a shoulder) is drawn in both and both reflect
//! the state, but only one copy (the front one when the front shows it) is a
//! checkbox; the other is `aria-hidden` and only clickable, so a screen reader
//! meets each place once. The map is one Tab stop (roving tabindex: the
//! region focused last); the arrow keys, Home and End move between regions
//! (see [`super::keys`]).
//!
//! On a touch screen (`pointer: coarse`) the selection map shows one view at a
//! time, up to 240 CSS px wide, with a Front/Back switch: the narrowest
//! region is [`MIN_TARGET_UNITS`] wide, so a view drawn at least 240 CSS px
//! wide gives every region a 44 × 44 px target. Both views side by side on a
//! 360 px phone would be about 150 px each, too small for that, so one view
//! shows, and it opens on the back: the low back is the commonest reason to
//! come. The keys then move among the shown view's regions. The layout
//! follows a change of pointer while the map shows.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use web_sys::Element;
use yew::prelude::*;

pub use super::figure::RegionMark;
#[cfg(doc)]
use super::figure::MIN_TARGET_UNITS;
use super::figure::{label_lines, svg_number, View, BADGE_RADIUS, SIDE_LABEL_LINE, VIEW_BOX};
use super::keys::{focus_view, move_focus, MapKey};
use super::region_path::{Reach, RegionPath};
use super::shape::Shape;
use crate::base::regions::{Region, Side};
use crate::ui::html::{class_list, nodes, nodes_where, target_region};

/// Already-translated text the map shows or announces.
#[derive(Clone, PartialEq)]
pub struct BodyMapLabels {
    /// Caption of the front view, e.g. "Front".
    pub front: AttrValue,
    /// Caption of the back view, e.g. "Back".
    pub back: AttrValue,
    /// "your left"; wraps at its first space beside the figure's head.
    pub your_left: AttrValue,
    /// "your right".
    pub your_right: AttrValue,
    /// The accessible name of the Front/Back switch on touch screens.
    pub view_switch: AttrValue,
    /// The accessible names of the switch's buttons, e.g. "Front of the
    /// body": distinct from any other button called "Back", and each
    /// starting with its caption.
    pub front_name: AttrValue,
    pub back_name: AttrValue,
    /// The colon between a region's name and its result ("Left knee: Wait").
    pub colon: AttrValue,
    /// The accessible name of a region, e.g. "Left knee".
    pub region_name: Callback<Region, AttrValue>,
    /// The name of a mark on the result page, e.g. "Talk to us first"; used in
    /// the legend and in each marked region's accessible name. Not called for
    /// [`RegionMark::Selected`].
    pub mark_name: Callback<RegionMark, AttrValue>,
}

#[derive(Properties, Clone, PartialEq)]
pub struct BodyMapProps {
    /// The regions the visitor has chosen.
    pub selected: Rc<[Region]>,
    /// Called with a region when the visitor clicks it or presses Space on
    /// it. The parent adds or removes it from `selected`.
    pub on_toggle: Callback<Region>,
    pub labels: BodyMapLabels,
    /// On the result page: each chosen region with its mark. The map is then
    /// read-only (marked regions are `role="img"` named "<region>: <mark>")
    /// and shows a legend; `selected` and `on_toggle` are ignored.
    #[prop_or_default]
    pub outcomes: Option<Rc<[(Region, RegionMark)]>>,
    /// The id of a message about the map (a problem to fix), read with it.
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
}

/// Distinguishes the pattern ids of several maps in one document.
static NEXT_MAP: AtomicUsize = AtomicUsize::new(0);

/// Marks shown on the result page, in legend order.
const RESULT_MARKS: [RegionMark; 4] = [RegionMark::Go, RegionMark::Caution, RegionMark::Wait, RegionMark::Stop];

#[function_component]
pub fn BodyMap(props: &BodyMapProps) -> Html {
    let uid = *use_ref(|| NEXT_MAP.fetch_add(1, Ordering::Relaxed));
    // The region focused last, which holds the map's one Tab stop, and
    // whether its keyboard focus ring is drawn on top of its neighbours.
    // Compared before it is set: a click moves focus twice (out, then in) and
    // would otherwise redraw the whole map twice before the click itself.
    let focus = use_state_eq(|| None::<(View, Region, bool)>);
    let prefix = format!("ims-map-{uid}");
    let result = props.outcomes.is_some();
    // The result's map has no targets, so it always shows both views.
    let coarse = use_state(coarse_pointer);
    use_effect_with(result, {
        let coarse = coarse.setter();
        move |result| follow_pointer(coarse, !*result)
    });
    let single = *coarse && !result;
    // A phone opens on the back (see above).
    let shown = use_state(|| View::Back);
    let one_side = single.then_some(*shown);
    // The map's one Tab stop: the region focused last, else the first chosen,
    // else the first region.
    let tab_stop = focus
        .map(|(_, region, _)| region)
        .into_iter()
        .chain(props.selected.iter().copied())
        .chain(Region::ALL)
        .find(|region| focus_view(*region, one_side).is_some());
    let caption_of = |view: View| match view {
        View::Front => props.labels.front.clone(),
        View::Back => props.labels.back.clone(),
    };

    let mark_of = |region: Region| -> Option<RegionMark> {
        match &props.outcomes {
            Some(outcomes) => outcomes.iter().find(|(r, _)| *r == region).map(|(_, m)| *m),
            None => props.selected.contains(&region).then_some(RegionMark::Selected),
        }
    };

    let body_id = format!("{prefix}-body");
    let body_href = format!("#{body_id}");
    let views = nodes(View::ALL.len(), &|n| {
        let view = View::ALL[n];
        let caption = caption_of(view);
        let hidden = single && view != *shown;
        let caption_id = format!("{prefix}-{}", view.id());
        let shapes = view.shapes();
        let regions = nodes(shapes.len(), &|n| {
            let shape = &shapes[n];
            let mark = mark_of(shape.region);
            let name = props.labels.region_name.emit(shape.region);
            let label = match mark {
                Some(mark) if result => {
                    format!("{name}{} {}", props.labels.colon, props.labels.mark_name.emit(mark)).into()
                }
                _ => name,
            };
            let reach = if focus_view(shape.region, one_side) != Some(view) {
                Reach::Hidden
            } else if tab_stop == Some(shape.region) {
                Reach::TabStop
            } else {
                Reach::Focusable
            };
            html! { <RegionPath key={shape.region.id()} {shape} {mark} {result} {reach} {label} /> }
        });
        // One set of listeners per view rather than per region: fewer
        // closures to build and register when the step appears.
        let (onclick, onkeydown, onfocusin, onfocusout) = if result {
            (None, None, None, None)
        } else {
            let on_toggle = props.on_toggle.clone();
            let onclick = Callback::from(move |e: MouseEvent| {
                if let Some(region) = target_region(&e) {
                    on_toggle.emit(region);
                }
            });
            let on_toggle = props.on_toggle.clone();
            let set_focus = focus.setter();
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                let Some(region) = target_region(&e) else { return };
                let key = e.key();
                if key == "Enter" {
                    e.prevent_default();
                    if !e.repeat() {
                        press_next(&e);
                    }
                } else if matches!(key.as_str(), " " | "Spacebar") {
                    // Space would scroll the page.
                    e.prevent_default();
                    set_focus.set(Some((view, region, true)));
                    if !e.repeat() {
                        on_toggle.emit(region);
                    }
                } else if let Some(step) = MapKey::from_key(&key) {
                    // So would the arrows, Home and End.
                    e.prevent_default();
                    if let Some(to) = move_focus(region, view, step, one_side) {
                        focus_region(&e, to);
                    }
                }
            });
            let set_focus = focus.setter();
            let onfocusin = Callback::from(move |e: FocusEvent| {
                let keyboard = e
                    .target_dyn_into::<Element>()
                    .and_then(|el| el.matches(":focus-visible").ok())
                    .unwrap_or(false);
                set_focus.set(target_region(&e).map(|region| (view, region, keyboard)));
            });
            // Leaving a region hides its ring; it stays the Tab stop.
            let set_focus = focus.setter();
            let onfocusout = Callback::from(move |e: FocusEvent| {
                set_focus.set(target_region(&e).map(|region| (view, region, false)));
            });
            (Some(onclick), Some(onkeydown), Some(onfocusin), Some(onfocusout))
        };
        let overlays = nodes_where(shapes.len(), &|n| {
            let shape = &shapes[n];
            mark_of(shape.region).map(|mark| mark_overlay(shape, mark, &prefix))
        });
        let ring = focus
            .filter(|(v, _, keyboard)| *v == view && *keyboard)
            .and_then(|(_, region, _)| view.shape(region))
            .map(|shape| {
                html! {
                    <g aria-hidden="true">
                        <path class="ims-map-focus" d={shape.d} />
                        <path class="ims-map-focus-inner" d={shape.d} />
                    </g>
                }
            });
        html! {
            <figure class={class_list(&format!("ims-map-view ims-map-view--{}", view.id()), &[(hidden, "ims-map-view--hidden")])}>
                <svg class="ims-map-svg" viewBox={VIEW_BOX} role="group"
                    aria-labelledby={caption_id.clone()} aria-describedby={props.described_by.clone()} focusable="false">
                    if view == View::Front {
                        // The body's contour, defined once and drawn twice per
                        // view (fill under the regions, line over them).
                        <defs><path id={body_id.clone()} d={view.outline()} /></defs>
                    }
                    if view == View::Front && result { {pattern_defs(&prefix)} }
                    <use class="ims-map-silhouette" aria-hidden="true" href={body_href.clone()} />
                    // Each varying list sits in its own group: Yew matches
                    // unkeyed siblings from the end, so a badge appearing after
                    // the regions would otherwise shift (and refocus) them.
                    <g class="ims-map-regions" {onclick} {onkeydown} {onfocusin} {onfocusout}>{ regions }</g>
                    <g class="ims-map-overlays" aria-hidden="true">{ overlays }</g>
                    <use class="ims-map-outline" aria-hidden="true" href={body_href.clone()} />
                    { nodes(2, &|n| {
                        let label = &view.side_labels()[n];
                        let text = match label.side {
                            Side::Left => &props.labels.your_left,
                            Side::Right => &props.labels.your_right,
                        };
                        let (first, second) = label_lines(text);
                        let x = svg_number(label.x);
                        html! {
                            <text class="ims-map-side" aria-hidden="true" x={x.clone()}
                                y={svg_number(label.y)} text-anchor={label.anchor.as_str()}>
                                <tspan x={x.clone()}>{first.to_string()}</tspan>
                                if let Some(second) = second {
                                    <tspan x={x.clone()} dy={svg_number(SIDE_LABEL_LINE)}>{second.to_string()}</tspan>
                                }
                            </text>
                        }
                    }) }
                    <g class="ims-map-ring">{ for ring }</g>
                </svg>
                <figcaption class="ims-map-caption" id={caption_id}>{caption}</figcaption>
            </figure>
        }
    });

    let legend = props.outcomes.as_ref().map(|outcomes| {
        html! {
            <ul class="ims-map-legend">
                { nodes_where(RESULT_MARKS.len(), &|n| {
                    let mark = RESULT_MARKS[n];
                    outcomes.iter().any(|(_, o)| *o == mark).then(|| html! {
                        <li class="ims-map-legend-item" data-mark={mark.id()}>
                            {swatch(mark, &prefix)}
                            <span>{props.labels.mark_name.emit(mark)}</span>
                        </li>
                    })
                }) }
            </ul>
        }
    });

    let switch = single.then(|| {
        let buttons = nodes(View::ALL.len(), &|n| {
            let view = View::ALL[n];
            let onclick = {
                let shown = shown.clone();
                Callback::from(move |_: MouseEvent| shown.set(view))
            };
            let name = match view {
                View::Front => props.labels.front_name.clone(),
                View::Back => props.labels.back_name.clone(),
            };
            html! {
                <button type="button" class="ims-map-switch-button" data-view={view.id()} aria-label={name}
                    aria-pressed={if *shown == view { "true" } else { "false" }} {onclick}>
                    {caption_of(view)}
                </button>
            }
        });
        html! {
            <div class="ims-map-switch" role="group" aria-label={props.labels.view_switch.clone()}>
                { buttons }
            </div>
        }
    });

    let class = match (result, single) {
        (true, _) => "ims-map ims-map--result",
        (false, true) => "ims-map ims-map--single",
        (false, false) => "ims-map",
    };
    html! {
        <div {class}>
            { for switch }
            <div class="ims-map-views">{ views }</div>
            { for legend }
        </div>
    }
}

/// Enter on a place does what Enter does on a native box of the form:
/// the form's Next (its implicit submission), so a keyboard visitor needs
/// no Tabs from the map to the button.
fn press_next(event: &KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let next = event
        .target_dyn_into::<Element>()
        .and_then(|el| el.closest("form").ok().flatten())
        .and_then(|form| form.query_selector("[data-action=next]").ok().flatten())
        .and_then(|next| next.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(next) = next {
        next.click();
    }
}

/// Moves the keyboard focus to `region`'s checkbox in the map `event` came from.
fn focus_region(event: &KeyboardEvent, region: Region) {
    use wasm_bindgen::JsCast;
    let path = event
        .target_dyn_into::<Element>()
        .and_then(|el| el.closest(".ims-map").ok().flatten())
        .and_then(|map| {
            let selector = format!("[role=checkbox][data-region=\"{}\"]", region.id());
            map.query_selector(&selector).ok().flatten()
        });
    if let Some(path) = path {
        // SVG elements have focus() too; the cast only names the method.
        let _ = path.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Whether the visitor's main pointer is a finger (a phone or tablet).
fn coarse_pointer() -> bool {
    pointer_query().is_some_and(|query| query.matches())
}

fn pointer_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media("(pointer: coarse)").ok().flatten()
}

/// Keeps `coarse` up to date while the map shows, if it has `targets` (the
/// result's map has none, so its layout never depends on the pointer): the
/// main pointer changes when a tablet is docked to a keyboard, or in a
/// browser's device mode. Returns what stops listening when the map goes.
fn follow_pointer(coarse: UseStateSetter<bool>, targets: bool) -> impl FnOnce() {
    use wasm_bindgen::{closure::Closure, JsCast};
    let query = pointer_query().filter(|_| targets);
    let on_change = query.as_ref().map(|query| {
        let read = query.clone();
        let on_change = Closure::<dyn Fn()>::new(move || coarse.set(read.matches()));
        query.set_onchange(Some(on_change.as_ref().unchecked_ref()));
        on_change
    });
    move || {
        if let Some(query) = query {
            query.set_onchange(None);
        }
        drop(on_change);
    }
}

/// The pattern over a marked region (if its mark has one) and its badge.
fn mark_overlay(shape: &Shape, mark: RegionMark, prefix: &str) -> Html {
    let (x, y) = shape.centre;
    html! {
        <g key={shape.region.id()} aria-hidden="true">
            if mark.has_pattern() {
                <path class="ims-map-pattern" fill={format!("url(#{prefix}-{})", mark.id())} d={shape.d} />
            }
            {badge(mark, format!("translate({} {})", svg_number(x), svg_number(y)))}
        </g>
    }
}

fn badge(mark: RegionMark, transform: String) -> Html {
    html! {
        <g class={format!("ims-map-badge ims-map-badge--{}", mark.id())} {transform}>
            <circle class="ims-map-badge-disc" r={svg_number(BADGE_RADIUS)} />
            <path class="ims-map-badge-glyph" d={mark.glyph()} />
        </g>
    }
}

/// The legend's sample of a mark: tint, pattern and badge.
fn swatch(mark: RegionMark, prefix: &str) -> Html {
    html! {
        <svg class="ims-map-swatch" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect class={format!("ims-map-region--{}", mark.id())} x="1" y="1" width="22" height="22" rx="5" />
            if mark.has_pattern() {
                <rect class="ims-map-pattern" fill={format!("url(#{prefix}-{})", mark.id())}
                    x="1" y="1" width="22" height="22" rx="5" />
            }
            {badge(mark, "translate(12 12)".to_string())}
        </svg>
    }
}

/// Stripes (caution), dots (wait) and cross-hatch (stop), defined once per map
/// and referenced by both views and the legend.
fn pattern_defs(prefix: &str) -> Html {
    html! {
        <defs>
            <pattern id={format!("{prefix}-caution")} width="7" height="7"
                patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line class="ims-map-pat ims-map-pat--caution" x1="1" y1="0" x2="1" y2="7" />
            </pattern>
            <pattern id={format!("{prefix}-wait")} width="6" height="6" patternUnits="userSpaceOnUse">
                <circle class="ims-map-pat ims-map-pat--wait" cx="3" cy="3" r="1.15" />
            </pattern>
            <pattern id={format!("{prefix}-stop")} width="6" height="6"
                patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <path class="ims-map-pat ims-map-pat--stop" d="M0 0V6M0 0H6" />
            </pattern>
        </defs>
    }
}
