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

/// Shows the tip next to the point, flipped to stay inside the viewport.
/// A plain function, not a component: it has no state of its own.
pub fn tooltip(tip: Option<&TipAt>) -> Html {
    let viewport = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(1024.0);
    match tip {
        None => html! { <div id={TOOLTIP_ID} role="tooltip" class="tooltip" hidden=true></div> },
        Some(at) => {
            let flip = at.x > viewport / 2.0;
            let style = format!("left:{:.0}px;top:{:.0}px", at.x, at.y);
            html! {
                <div id={TOOLTIP_ID} role="tooltip" class={classes!("tooltip", flip.then_some("flip"))} {style}>
                    <strong>{ &at.tip.title }</strong>
                    { for at.tip.lines.iter().map(|line| html! { <span>{ line }</span> }) }
                </div>
            }
        }
    }
}
