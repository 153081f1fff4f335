//! The trend's legend: one toggle button per series, each showing the
//! series' colour, dash and marker, so colour is never the only key.

use crate::core::format::plain;
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::core::theme::{Dash, Marker, Palette, SeriesStyle};
use crate::core::view::LegendItem;
use yew::prelude::*;

/// A coordinate to a tenth of a pixel.
fn tenths(value: f64) -> String {
    plain((value * 10.0).round() / 10.0)
}

/// A small SVG of a series' line and marker.
pub fn key_icon(slot: usize, palette: &Palette) -> Html {
    let style = SeriesStyle::for_slot(slot);
    let color = palette.series_color(slot).to_string();
    let dash = match style.dash {
        Dash::Solid => String::new(),
        other => other
            .pattern()
            .iter()
            .map(|p| plain(p * 0.6))
            .collect::<Vec<_>>()
            .join(" "),
    };
    let fill = if style.hollow {
        "none".to_string()
    } else {
        color.clone()
    };
    let center = (12.0, 7.0);
    let marker = match style.marker.polygon(center, 4.0) {
        Some(points) => {
            let points = points
                .iter()
                .map(|(x, y)| format!("{},{}", tenths(*x), tenths(*y)))
                .collect::<Vec<_>>()
                .join(" ");
            html! { <polygon {points} fill={fill.clone()} stroke={color.clone()} stroke-width="1.5" /> }
        }
        None if style.marker == Marker::Circle => {
            html! { <circle cx="12" cy="7" r="4" fill={fill.clone()} stroke={color.clone()} stroke-width="1.5" /> }
        }
        None => {
            let [a, b] = style.marker.strokes(center, 4.0);
            html! {
                <>
                    <line x1={plain(a[0].0)} y1={plain(a[0].1)} x2={plain(a[1].0)} y2={plain(a[1].1)} stroke={color.clone()} stroke-width="2" />
                    <line x1={plain(b[0].0)} y1={plain(b[0].1)} x2={plain(b[1].0)} y2={plain(b[1].1)} stroke={color.clone()} stroke-width="2" />
                </>
            }
        }
    };
    html! {
        <svg class="key" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
            <line x1="1" y1="7" x2="23" y2="7" stroke={color.clone()} stroke-width="2" stroke-dasharray={dash} />
            { marker }
        </svg>
    }
}

/// One toggle per series.
pub fn legend(
    items: &[LegendItem],
    palette: &Palette,
    lang: Lang,
    on_toggle: &Callback<String>,
) -> Html {
    let t = strings(lang);
    let items = items.iter().map(|item| {
        let id = item.id.clone();
        let onclick = on_toggle.reform(move |_: MouseEvent| id.clone());
        html! {
            <li>
                <button type="button" class={classes!("legend-item", (!item.shown).then_some("off"))}
                        aria-pressed={if item.shown { "true" } else { "false" }} title={t.legend_hint} {onclick}>
                    { key_icon(item.series, palette) }
                    <span lang={item.lang.clone()}>{ &item.label }</span>
                </button>
            </li>
        }
    });
    html! {
        <div class="legend">
            <span class="legend-title" id="legend-title">{ t.series_legend }</span>
            <ul aria-labelledby="legend-title">{ for items }</ul>
        </div>
    }
}
