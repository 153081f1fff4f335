//! The one tooltip of the page (`role="tooltip"`), shared by every chart.

use crate::core::tooltip::Tip;
use yew::prelude::*;

/// The element's id, for `aria-describedby`.
pub const TOOLTIP_ID: &str = "pantau-tooltip";

/// A tip and where to show it, in viewport pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct TipAt {
    pub tip: Tip,
    pub x: f64,
    pub y: f64,
    /// Chosen with the keyboard: read out once. A pointer moving over the
    /// chart is not, or every point it crosses would be.
    pub announce: bool,
}

/// Widest the tooltip gets, CSS px (the stylesheet's `max-width`).
const MAX_WIDTH: f64 = 240.0;

/// Where the tooltip's anchor goes across so that a tooltip centred on it
/// fits the viewport: the point's x clamped by half the widest tooltip.
///
/// Its width is unknown before it is drawn, so the clamp assumes the
/// widest; the stylesheet caps the width to match.
pub fn anchor_left(x: f64, viewport: f64) -> f64 {
    let half = MAX_WIDTH.min(viewport - 16.0).max(0.0) / 2.0;
    x.clamp(half + 8.0, (viewport - half - 8.0).max(half + 8.0))
}

/// The tooltip goes above its point unless that leaves no room.
fn below(y: f64) -> bool {
    y < 96.0
}

fn viewport_width() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(1024.0)
}

/// Shows the tip centred above the point (below it near the top), always
/// inside the viewport. A plain function, not a component: it has no state.
/// [`position`] places it once it is on the page.
pub fn tooltip(tip: Option<&TipAt>) -> Html {
    // One polite region, apart from the tooltip, says a keyboard choice
    // once and whole; the tooltip itself is the canvas's description.
    let spoken = tip
        .filter(|at| at.announce)
        .map(|at| {
            std::iter::once(at.tip.title.as_str())
                .chain(at.tip.lines.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    let announcer =
        html! { <p class="sr-only" aria-live="polite" aria-atomic="true">{ spoken }</p> };
    match tip {
        None => {
            html! { <>{ announcer }<div id={TOOLTIP_ID} role="tooltip" class="tooltip" hidden=true></div></> }
        }
        Some(at) => {
            html! {
                <>
                    { announcer }
                    <div id={TOOLTIP_ID} role="tooltip" class={classes!("tooltip", below(at.y).then_some("below"))}>
                        <strong>{ &at.tip.title }</strong>
                        { for at.tip.lines.iter().map(|line| html! { <span>{ line }</span> }) }
                    </div>
                </>
            }
        }
    }
}

/// Moves the tooltip to its point. Through the CSSOM, not a `style`
/// attribute, which a host's CSP without `'unsafe-inline'` styles refuses.
pub fn position(tip: Option<&TipAt>) {
    let Some(at) = tip else { return };
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(TOOLTIP_ID))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    else {
        return;
    };
    let left = anchor_left(at.x, viewport_width());
    let style = element.style();
    let _ = style.set_property("left", &format!("{left:.0}px"));
    let _ = style.set_property("top", &format!("{:.0}px", at.y));
}
