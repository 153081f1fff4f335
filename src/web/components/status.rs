//! Program status shown as symbols: the same shapes the map draws, and
//! the key that counts them. Used by the coverage view and the map.

use crate::core::format::NumberFormat;
use crate::core::model::Status;
use crate::core::stats::Coverage;
use crate::core::text::Lang;
use crate::core::theme::Palette;
use yew::prelude::*;

/// A status symbol as inline SVG.
pub fn status_icon(status: Status, palette: &Palette) -> Html {
    let formed = palette.formed.to_string();
    let planned = palette.planned.to_string();
    let muted = palette.muted.to_string();
    let shape = match status {
        Status::Formed(_) => html! { <circle cx="7" cy="7" r="6" fill={formed} /> },
        Status::Planned(_) => html! {
            <>
                <circle cx="7" cy="7" r="5" fill="none" stroke={planned.clone()} stroke-width="3" />
                <circle cx="7" cy="7" r="1.8" fill={planned} />
            </>
        },
        Status::None => {
            html! { <circle cx="7" cy="7" r="5.5" fill="none" stroke={muted} stroke-width="1.5" /> }
        }
    };
    html! { <svg class="status-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">{ shape }</svg> }
}

/// The key of the status symbols, with counts.
pub fn status_key(
    coverage: &Coverage,
    palette: &Palette,
    lang: Lang,
    format: &dyn NumberFormat,
) -> Html {
    let items = coverage.key_items(lang);
    html! {
        <ul class="status-key">
            { for items.into_iter().map(|(status, label, n)| html! {
                <li>{ status_icon(status, palette) }<span>{ label }{ ": " }{ format.number(n as f64) }</span></li>
            }) }
        </ul>
    }
}
