//! The trend view: legend, year range, the chart and its numbers.

use super::legend::Legend;
use super::table::trend_table;
use super::tooltip::{TipAt, TOOLTIP_ID};
use super::ViewProps;
use crate::core::hit::{self, Key, TrendHit};
use crate::core::layout::trend::{layout, TrendInput, TrendLayout};
use crate::core::model::Year;
use crate::core::render::trend::draw;
use crate::core::state::Action;
use crate::core::stats::{trend_summary, year_range};
use crate::core::tooltip;
use crate::web::canvas::{device_pixel_ratio, paint, use_width};
use crate::web::i18n::strings;
use crate::web::Shared;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlSelectElement};
use yew::prelude::*;

/// The chart's height for a container `width` wide, CSS px.
pub fn trend_height(width: f64) -> f64 {
    (width * 0.55).clamp(220.0, 400.0)
}

#[function_component]
pub fn TrendView(props: &ViewProps) -> Html {
    let ds = &props.dataset;
    let lang = props.lang;
    let t = strings(lang);
    let shown = props.params.shown_series(ds);
    let full = year_range(ds, None, None);
    let range = year_range(ds, props.params.from, props.params.to);
    if ds.series().is_empty() || full.is_none() {
        props.on_drawn.emit(());
        return html! { <p class="empty">{ t.no_series }</p> };
    }
    let heading = match shown.as_slice() {
        [one] => ds.series()[*one].label().get(lang).to_owned(),
        _ => format!("{} ({})", t.trend, ds.series()[0].unit().get(lang)),
    };
    let on_toggle = props.dispatch.reform(Action::ToggleSeries);
    let range_control = full.filter(|(a, b)| a < b).map(|(first, last)| {
        let (from, to) = range.unwrap_or((first, last));
        let years: Vec<i32> = (first.get()..=last.get()).collect();
        let select = |id: &'static str, label: &'static str, value: i32, is_from: bool| {
            let dispatch = props.dispatch.clone();
            let other = if is_from { to.get() } else { from.get() };
            let onchange = Callback::from(move |e: Event| {
                let Some(select) = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) else { return };
                let Ok(year) = select.value().parse::<i32>() else { return };
                dispatch.emit(if is_from { Action::SetRange(year, other) } else { Action::SetRange(other, year) });
            });
            html! {
                <label for={id}>{ label }{ " " }
                    <select {id} {onchange}>
                        { for years.iter().map(|y| html! { <option value={y.to_string()} selected={*y == value}>{ y }</option> }) }
                    </select>
                </label>
            }
        };
        html! {
            <fieldset class="range">
                <legend>{ t.years }</legend>
                { select("range-from", t.from, from.get(), true) }
                { select("range-to", t.to, to.get(), false) }
            </fieldset>
        }
    });
    let chart = match range {
        Some(range) => html! {
            <TrendChart
                dataset={ds.clone()} shown={shown.clone()} {range}
                lang={lang} palette={props.palette.clone()} format={props.format.clone()}
                on_tip={props.on_tip.clone()} on_drawn={props.on_drawn.clone()} />
        },
        None => html! {},
    };
    html! {
        <section class="view trend" aria-labelledby="view-heading">
            <h2 id="view-heading">{ heading }</h2>
            <div class="controls">
                if ds.series().len() > 1 {
                    <Legend dataset={ds.clone()} shown={shown.clone()} palette={props.palette.clone()} {lang} {on_toggle} />
                }
                { range_control.unwrap_or_default() }
            </div>
            { chart }
            <details class="numbers">
                <summary>{ t.show_numbers }</summary>
                { trend_table(ds, &shown, range, lang, &*props.format) }
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    pub dataset: Shared<crate::core::model::Dataset>,
    pub shown: Vec<usize>,
    pub range: (Year, Year),
    pub lang: crate::core::text::Lang,
    pub palette: Shared<crate::core::theme::Palette>,
    pub format: Shared<crate::web::intl::IntlFormat>,
    pub on_tip: Callback<Option<TipAt>>,
    pub on_drawn: Callback<()>,
}

/// The canvas. Lays out once per data or size change; a pointer move only
/// hit-tests that layout, and redraws only when the highlighted point
/// changes.
#[function_component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let container = use_node_ref();
    let canvas = use_node_ref();
    let width = use_width(container.clone());
    let focus = use_state_eq(|| None::<TrendHit>);
    let layout: std::rc::Rc<Option<TrendLayout>> = use_memo(
        (
            props.dataset.clone(),
            props.shown.clone(),
            props.range,
            width,
            props.lang,
            props.format.clone(),
        ),
        |(ds, shown, range, width, lang, format)| {
            width.map(|w| {
                layout(&TrendInput {
                    dataset: ds,
                    shown,
                    range: *range,
                    size: (w, trend_height(w)),
                    bars: shown.len() == 1,
                    lang: *lang,
                    format: &**format,
                })
            })
        },
    );
    let summary = use_memo(
        (
            props.dataset.clone(),
            props.shown.clone(),
            props.range,
            props.lang,
            props.format.clone(),
        ),
        |(ds, shown, range, lang, format)| trend_summary(ds, shown, Some(*range), *lang, &**format),
    );

    // Draw when the layout, the colours or the highlighted point change.
    {
        let canvas = canvas.clone();
        let on_drawn = props.on_drawn.clone();
        use_effect_with(
            (Shared(layout.clone()), props.palette.clone(), *focus),
            move |(layout, palette, focus)| {
                if let (Some(layout), Some(canvas)) =
                    (&*layout.0, canvas.cast::<HtmlCanvasElement>())
                {
                    let drawn = paint(&canvas, layout.size, device_pixel_ratio(), |p| {
                        draw(p, layout, palette, *focus)
                    });
                    if let Err(e) = drawn {
                        web_sys::console::error_1(&e.to_string().into());
                    }
                    on_drawn.emit(());
                }
            },
        );
    }
    // A new layout invalidates the highlighted point.
    {
        let focus = focus.clone();
        let on_tip = props.on_tip.clone();
        use_effect_with(Shared(layout.clone()), move |_| {
            focus.set(None);
            on_tip.emit(None);
        });
    }

    let show = {
        let focus = focus.clone();
        let on_tip = props.on_tip.clone();
        let layout = layout.clone();
        let ds = props.dataset.clone();
        let format = props.format.clone();
        let lang = props.lang;
        move |hit: Option<TrendHit>, at: Option<(f64, f64)>| {
            focus.set(hit);
            let tip = hit.zip((*layout).as_ref()).and_then(|(hit, l)| {
                let tip = tooltip::trend(&ds, l, hit, lang, &*format)?;
                Some((tip, hit, l))
            });
            on_tip.emit(tip.and_then(|(tip, _, _)| {
                let (x, y) = at?;
                Some(TipAt { tip, x, y })
            }));
        }
    };
    let client_point = {
        let canvas = canvas.clone();
        let layout = layout.clone();
        move |hit: TrendHit| -> Option<(f64, f64)> {
            let rect = canvas
                .cast::<HtmlCanvasElement>()?
                .get_bounding_client_rect();
            let p = (*layout)
                .as_ref()?
                .series
                .get(hit.series)?
                .points
                .get(hit.point)?;
            Some((rect.left() + p.x, rect.top() + p.y))
        }
    };
    // Hover and tap alike: a tap on no point hides the tip.
    let on_pointer = {
        let show = show.clone();
        let layout = layout.clone();
        let current = *focus;
        Callback::from(move |e: PointerEvent| {
            let Some(l) = (*layout).as_ref() else { return };
            let hit = hit::trend(l, (f64::from(e.offset_x()), f64::from(e.offset_y())));
            if hit != current || hit.is_some() {
                show(
                    hit,
                    Some((f64::from(e.client_x()), f64::from(e.client_y()))),
                );
            }
        })
    };
    let onpointerleave = {
        let show = show.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" {
                show(None, None);
            }
        })
    };
    let onkeydown = {
        let show = show.clone();
        let layout = layout.clone();
        let current = *focus;
        let client_point = client_point.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                show(None, None);
                return;
            }
            let (Some(key), Some(l)) = (Key::from_key_name(&e.key()), (*layout).as_ref()) else {
                return;
            };
            e.prevent_default();
            let next = hit::trend_step(l, current, key);
            show(next, next.and_then(&client_point));
        })
    };
    let onfocus = {
        let show = show.clone();
        let layout = layout.clone();
        let current = *focus;
        let canvas = canvas.clone();
        Callback::from(move |_: FocusEvent| {
            let keyboard = canvas
                .cast::<web_sys::Element>()
                .is_some_and(|c| c.matches(":focus-visible").unwrap_or(false));
            if keyboard && current.is_none() {
                if let Some(l) = (*layout).as_ref() {
                    let first = hit::trend_step(l, None, Key::Home);
                    show(first, first.and_then(&client_point));
                }
            }
        })
    };
    let onblur = {
        let show = show.clone();
        Callback::from(move |_: FocusEvent| show(None, None))
    };
    // A tap or click elsewhere, or Escape while hovering, hides the tip.
    {
        let show = show.clone();
        let canvas = canvas.clone();
        use_effect_with((), move |_| {
            let document = web_sys::window().and_then(|w| w.document());
            let listeners = document.map(|doc| {
                let outside = {
                    let show = show.clone();
                    let canvas = canvas.clone();
                    EventListener::new(&doc, "pointerdown", move |e| {
                        let inside = canvas
                            .get()
                            .zip(e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()))
                            .is_some_and(|(c, t)| c.contains(Some(&t)));
                        if !inside {
                            show(None, None);
                        }
                    })
                };
                let escape = EventListener::new(&doc, "keydown", move |e| {
                    if e.dyn_ref::<KeyboardEvent>()
                        .is_some_and(|k| k.key() == "Escape")
                    {
                        show(None, None);
                    }
                });
                (outside, escape)
            });
            move || drop(listeners)
        });
    }

    let (css_w, css_h) = (*layout).as_ref().map_or((0.0, 220.0), |l| l.size);
    let style = format!("width:{css_w}px;height:{css_h}px");
    html! {
        <div class="chart" ref={container} style={format!("min-height:{css_h}px")}>
            <canvas ref={canvas} role="img" aria-label={(*summary).clone()} tabindex="0"
                aria-describedby={focus.map(|_| TOOLTIP_ID)}
                {style} onpointermove={on_pointer.clone()} onpointerdown={on_pointer} {onpointerleave} {onkeydown} {onfocus} {onblur} />
        </div>
    }
}
