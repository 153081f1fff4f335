//! One canvas component for every chart: it follows its container's
//! width, lays the view's chart out once per description or size change,
//! draws at the devicePixelRatio, and turns pointer, tap and keyboard
//! input into the shared tooltip. A pointer move only hit-tests the
//! layout; the canvas is redrawn only when the highlighted point changes.

use super::chart_events::use_dismiss;
use super::tooltip::{TipAt, TOOLTIP_ID};
use crate::core::hit::Key;
use crate::core::strings::strings;
use crate::core::theme::Palette;
use crate::core::view::{Chart, Description, Hit};
use crate::web::canvas::{device_pixel_ratio, paint, set_css_size, use_width};
use crate::web::Shared;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CanvasProps {
    pub description: Shared<Description>,
    pub palette: Shared<Palette>,
    pub on_tip: Callback<Option<TipAt>>,
    pub on_drawn: Callback<()>,
}

/// The chart laid out for the container's width, shared by the handlers.
pub type Laid = Rc<Option<Chart>>;

/// Shows the tip of a point (or hides it): remembers the point, and places
/// the tip at viewport `at`.
pub type Show = Rc<dyn Fn(Option<Hit>, Option<(f64, f64)>)>;

#[function_component]
pub fn ChartCanvas(props: &CanvasProps) -> Html {
    let container = use_node_ref();
    let canvas = use_node_ref();
    let width = use_width(container.clone());
    let focus = use_state_eq(|| None::<Hit>);
    let layout: Laid = use_memo(
        (props.description.clone(), width.map(f64::to_bits)),
        |(description, _)| width.and_then(|w| description.chart(w)),
    );

    {
        // Sized before the draw below, and only when the size changes, not
        // on every redraw of a highlighted point.
        let canvas = canvas.clone();
        let size = (*layout).as_ref().map(Chart::size);
        use_effect_with(size.map(|(w, h)| (w.to_bits(), h.to_bits())), move |_| {
            if let (Some(size), Some(canvas)) = (size, canvas.cast::<HtmlCanvasElement>()) {
                set_css_size(&canvas, size);
            }
        });
    }
    {
        let canvas = canvas.clone();
        let on_drawn = props.on_drawn.clone();
        use_effect_with(
            (Shared(layout.clone()), props.palette.clone(), *focus),
            move |(layout, palette, focus)| {
                if let (Some(chart), Some(canvas)) =
                    (&*layout.0, canvas.cast::<HtmlCanvasElement>())
                {
                    if let Err(e) = paint(&canvas, chart.size(), device_pixel_ratio(), |p| {
                        chart.draw(p, palette, *focus)
                    }) {
                        web_sys::console::error_1(&e.to_string().into());
                    }
                    on_drawn.emit(());
                }
            },
        );
    }
    {
        // A new layout invalidates the highlighted point.
        let focus = focus.clone();
        let on_tip = props.on_tip.clone();
        use_effect_with(Shared(layout.clone()), move |_| {
            focus.set(None);
            on_tip.emit(None);
        });
    }

    // The point shown, read by listeners that outlive a render.
    let shown = use_mut_ref(|| None::<Hit>);
    // Whether the keyboard chose it (then it is read out).
    let by_keyboard = use_mut_ref(|| false);
    let show: Show = {
        let focus = focus.clone();
        let on_tip = props.on_tip.clone();
        let layout = layout.clone();
        let description = props.description.clone();
        let shown = shown.clone();
        let by_keyboard = by_keyboard.clone();
        Rc::new(move |hit: Option<Hit>, at: Option<(f64, f64)>| {
            *shown.borrow_mut() = hit;
            focus.set(hit);
            let tip = hit
                .zip((*layout).as_ref())
                .and_then(|(hit, chart)| description.tip(chart, hit));
            let announce = *by_keyboard.borrow();
            on_tip.emit(tip.zip(at).map(|(tip, (x, y))| TipAt {
                tip,
                x,
                y,
                announce,
            }));
        })
    };
    let client_point = {
        let canvas = canvas.clone();
        let layout = layout.clone();
        Rc::new(move |hit: Hit| -> Option<(f64, f64)> {
            let rect = canvas
                .cast::<HtmlCanvasElement>()?
                .get_bounding_client_rect();
            let (x, y) = (*layout).as_ref()?.anchor(hit)?;
            Some((rect.left() + x, rect.top() + y))
        })
    };
    use_dismiss(
        layout.clone(),
        canvas.clone(),
        show.clone(),
        shown,
        client_point.clone(),
    );
    // Hover and tap alike; a tap on no point hides the tip.
    let on_pointer = {
        let (show, layout, current) = (show.clone(), layout.clone(), *focus);
        let by_keyboard = by_keyboard.clone();
        Callback::from(move |e: PointerEvent| {
            let Some(chart) = (*layout).as_ref() else {
                return;
            };
            *by_keyboard.borrow_mut() = false;
            let hit = chart.hit((f64::from(e.offset_x()), f64::from(e.offset_y())));
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
        let (show, layout, current) = (show.clone(), layout.clone(), *focus);
        let client_point = client_point.clone();
        let by_keyboard = by_keyboard.clone();
        Callback::from(move |e: KeyboardEvent| {
            *by_keyboard.borrow_mut() = true;
            if e.key() == "Escape" {
                show(None, None);
                return;
            }
            let (Some(key), Some(chart)) = (Key::from_key_name(&e.key()), (*layout).as_ref())
            else {
                return;
            };
            e.prevent_default();
            let next = chart.step(current, key);
            show(next, next.and_then(|h| client_point(h)));
        })
    };
    let onfocus = {
        let (show, layout, current) = (show.clone(), layout.clone(), *focus);
        let canvas = canvas.clone();
        let by_keyboard = by_keyboard.clone();
        Callback::from(move |_: FocusEvent| {
            // Keyboard focus shows the first point; a click's focus does not.
            let keyboard = canvas
                .cast::<web_sys::Element>()
                .is_some_and(|c| c.matches(":focus-visible").unwrap_or(false));
            if keyboard && current.is_none() {
                *by_keyboard.borrow_mut() = true;
                if let Some(chart) = (*layout).as_ref() {
                    let first = chart.step(None, Key::Home);
                    show(first, first.and_then(|h| client_point(h)));
                }
            }
        })
    };
    let onblur = {
        let show = show.clone();
        Callback::from(move |_: FocusEvent| show(None, None))
    };

    // Until a point is chosen, the canvas is described by how to choose one.
    let hint_id = "pantau-chart-keys";
    html! {
        <div class="chart" ref={container}>
            <p id={hint_id} class="sr-only">{ strings(props.description.lang).chart_keys }</p>
            <canvas ref={canvas} role="img" aria-label={props.description.summary.clone()} tabindex="0"
                aria-describedby={if focus.is_some() { TOOLTIP_ID } else { hint_id }}
                onpointermove={on_pointer.clone()} onpointerdown={on_pointer}
                {onpointerleave} {onkeydown} {onfocus} {onblur} />
        </div>
    }
}
