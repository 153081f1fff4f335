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
}

/// Widest the tooltip gets, CSS px (the stylesheet's `max-width`).
const MAX_WIDTH: f64 = 240.0;

/// Where the tooltip's anchor goes so that a tooltip centred on it fits
/// the viewport: the point's x clamped by half the widest tooltip, and
/// above the point unless that leaves no room.
///
/// Its width is unknown before it is drawn, so the clamp assumes the
/// widest; the stylesheet caps the width to match.
pub fn placement(x: f64, y: f64, viewport: f64) -> (f64, f64, bool) {
    let half = MAX_WIDTH.min(viewport - 16.0).max(0.0) / 2.0;
    let left = x.clamp(half + 8.0, (viewport - half - 8.0).max(half + 8.0));
    let below = y < 96.0;
    (left, y, below)
}

/// Shows the tip centred above the point (below it near the top), always
/// inside the viewport. A plain function, not a component: it has no state.
pub fn tooltip(tip: Option<&TipAt>) -> Html {
    let viewport = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(1024.0);
    match tip {
        None => {
            html! { <div id={TOOLTIP_ID} role="tooltip" class="tooltip" aria-live="polite" hidden=true></div> }
        }
        Some(at) => {
            let (left, top, below) = placement(at.x, at.y, viewport);
            let style = format!("left:{left:.0}px;top:{top:.0}px");
            html! {
                <div id={TOOLTIP_ID} role="tooltip" aria-live="polite" class={classes!("tooltip", below.then_some("below"))} {style}>
                    <strong>{ &at.tip.title }</strong>
                    { for at.tip.lines.iter().map(|line| html! { <span>{ line }</span> }) }
                </div>
            }
        }
    }
}
