//! One canvas component for every chart: it follows its container's
//! width, lays the chart out once per data or size change, draws at the
//! devicePixelRatio, and turns pointer, tap and keyboard input into the
//! shared tooltip. A pointer move only hit-tests the layout; the canvas is
//! redrawn only when the highlighted point changes.
//!
//! Charts reach the component as trait objects: one copy of this code
//! serves the trend, the coverage chart and the map, which keeps the wasm
//! small.

use super::tooltip::{TipAt, TOOLTIP_ID};
use crate::core::chart::{ChartLayout, HitCode};
use crate::core::hit::Key;
use crate::core::model::Dataset;
use crate::core::render::frame::Frame;
use crate::core::render::{Painter, RenderError};
use crate::core::text::Lang;
use crate::core::theme::Palette;
use crate::core::tooltip::Tip;
use crate::web::canvas::{device_pixel_ratio, paint, set_css_size, use_width};
use crate::web::Shared;
use gloo_events::EventListener;
use plotters_canvas::CanvasBackend;
use std::any::Any;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// A point of any chart, as [`HitCode`] writes it.
pub type HitKey = (usize, usize);

/// A laid-out chart behind a trait object.
pub trait DynChart {
    fn size(&self) -> (f64, f64);
    fn hit(&self, pos: (f64, f64)) -> Option<HitKey>;
    fn step(&self, current: Option<HitKey>, key: Key) -> Option<HitKey>;
    fn anchor(&self, hit: HitKey) -> Option<(f64, f64)>;
    fn draw(
        &self,
        painter: &mut Painter<'_, CanvasBackend>,
        palette: &Palette,
        highlight: Option<HitKey>,
    ) -> Result<(), RenderError>;
    /// The chart framed with its attribution, as SVG.
    fn svg(&self, frame: &Frame, palette: &Palette) -> Result<String, RenderError>;
    /// For the spec that made it, to read its concrete layout.
    fn as_any(&self) -> &dyn Any;
}

impl<L: ChartLayout + 'static> DynChart for L {
    fn size(&self) -> (f64, f64) {
        ChartLayout::size(self)
    }
    fn hit(&self, pos: (f64, f64)) -> Option<HitKey> {
        ChartLayout::hit(self, pos).map(HitCode::encode)
    }
    fn step(&self, current: Option<HitKey>, key: Key) -> Option<HitKey> {
        ChartLayout::step(self, current.map(L::Hit::decode), key).map(HitCode::encode)
    }
    fn anchor(&self, hit: HitKey) -> Option<(f64, f64)> {
        ChartLayout::anchor(self, L::Hit::decode(hit))
    }
    fn draw(
        &self,
        painter: &mut Painter<'_, CanvasBackend>,
        palette: &Palette,
        highlight: Option<HitKey>,
    ) -> Result<(), RenderError> {
        ChartLayout::draw(self, painter, palette, highlight.map(L::Hit::decode))
    }
    fn svg(&self, frame: &Frame, palette: &Palette) -> Result<String, RenderError> {
        crate::core::export::svg(self, frame, palette)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// What a view tells the canvas about its chart.
pub trait ChartSpec {
    /// Lays the chart out for a container `width` CSS px wide.
    fn layout(&self, width: f64) -> Option<Rc<dyn DynChart>>;
    /// The tooltip of a point of `layout` (made by [`ChartSpec::layout`]).
    fn tip(&self, layout: &dyn DynChart, hit: HitKey) -> Option<Tip>;
    /// The chart in words, for `aria-label`.
    fn summary(&self) -> String;
    /// The dataset drawn.
    fn dataset(&self) -> &Dataset;
    /// The language of the chart's words.
    fn lang(&self) -> Lang;
    /// What the chart shows, for the title of an exported image.
    fn heading(&self) -> String;
    /// The sources the chart draws from.
    fn sources(&self) -> Vec<usize>;
    /// The chart's numbers as CSV, citing `link`.
    fn csv(&self, link: &str) -> String;
    /// The view's name in file names.
    fn view_key(&self) -> &'static str;
    /// What the chart's shapes mean, written under an exported image.
    fn key(&self) -> Option<String> {
        None
    }
}

/// Reads a concrete layout back from a trait object.
pub fn concrete<L: 'static>(layout: &dyn DynChart) -> Option<&L> {
    layout.as_any().downcast_ref::<L>()
}

#[derive(Properties, PartialEq)]
pub struct CanvasProps {
    pub spec: Shared<dyn ChartSpec>,
    pub palette: Shared<Palette>,
    pub on_tip: Callback<Option<TipAt>>,
    pub on_drawn: Callback<()>,
}

#[function_component]
pub fn ChartCanvas(props: &CanvasProps) -> Html {
    let container = use_node_ref();
    let canvas = use_node_ref();
    let width = use_width(container.clone());
    let focus = use_state_eq(|| None::<HitKey>);
    let layout: Rc<Option<Rc<dyn DynChart>>> = use_memo(
        (props.spec.clone(), width.map(f64::to_bits)),
        |(spec, _)| width.and_then(|w| spec.layout(w)),
    );
    let summary = use_memo(props.spec.clone(), |spec| spec.summary());

    {
        // Sized before the draw below, and only when the size changes, not
        // on every redraw of a highlighted point.
        let canvas = canvas.clone();
        let size = (*layout).as_ref().map(|l| l.size());
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
                if let (Some(layout), Some(canvas)) =
                    (&*layout.0, canvas.cast::<HtmlCanvasElement>())
                {
                    if let Err(e) = paint(&canvas, layout.size(), device_pixel_ratio(), |p| {
                        layout.draw(p, palette, *focus)
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
    let shown = use_mut_ref(|| None::<HitKey>);
    let show = {
        let focus = focus.clone();
        let on_tip = props.on_tip.clone();
        let layout = layout.clone();
        let spec = props.spec.clone();
        let shown = shown.clone();
        Rc::new(move |hit: Option<HitKey>, at: Option<(f64, f64)>| {
            *shown.borrow_mut() = hit;
            focus.set(hit);
            let tip = hit
                .zip((*layout).as_ref())
                .and_then(|(hit, l)| spec.tip(l.as_ref(), hit));
            on_tip.emit(tip.zip(at).map(|(tip, (x, y))| TipAt { tip, x, y }));
        })
    };
    let client_point = {
        let canvas = canvas.clone();
        let layout = layout.clone();
        Rc::new(move |hit: HitKey| -> Option<(f64, f64)> {
            let rect = canvas
                .cast::<HtmlCanvasElement>()?
                .get_bounding_client_rect();
            let (x, y) = (*layout).as_ref()?.anchor(hit)?;
            Some((rect.left() + x, rect.top() + y))
        })
    };
    // Hover and tap alike; a tap on no point hides the tip.
    let on_pointer = {
        let show = show.clone();
        let layout = layout.clone();
        let current = *focus;
        Callback::from(move |e: PointerEvent| {
            let Some(l) = (*layout).as_ref() else { return };
            let hit = l.hit((f64::from(e.offset_x()), f64::from(e.offset_y())));
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
            let next = l.step(current, key);
            show(next, next.and_then(|h| client_point(h)));
        })
    };
    let onfocus = {
        let show = show.clone();
        let layout = layout.clone();
        let current = *focus;
        let canvas = canvas.clone();
        let client_point = client_point.clone();
        Callback::from(move |_: FocusEvent| {
            // Keyboard focus shows the first point; a click's focus does not.
            let keyboard = canvas
                .cast::<web_sys::Element>()
                .is_some_and(|c| c.matches(":focus-visible").unwrap_or(false));
            if keyboard && current.is_none() {
                if let Some(l) = (*layout).as_ref() {
                    let first = l.step(None, Key::Home);
                    show(first, first.and_then(|h| client_point(h)));
                }
            }
        })
    };
    let onblur = {
        let show = show.clone();
        Callback::from(move |_: FocusEvent| show(None, None))
    };
    {
        // A tap elsewhere, Escape while hovering, or a scroll hides the tip;
        // a tip the keyboard chose stays with its point, since focusing the
        // chart may itself scroll it into view.
        // Made again for each layout, which `show` and `client_point` read.
        let show = show.clone();
        let canvas = canvas.clone();
        use_effect_with(Shared(layout.clone()), move |_| {
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
                let escape = {
                    let show = show.clone();
                    EventListener::new(&doc, "keydown", move |e| {
                        if e.dyn_ref::<KeyboardEvent>()
                            .is_some_and(|k| k.key() == "Escape")
                        {
                            show(None, None);
                        }
                    })
                };
                // A fixed tooltip would float away from its point on scroll.
                let options = gloo_events::EventListenerOptions::run_in_capture_phase();
                let scroll = {
                    let scrolled = doc.clone();
                    EventListener::new_with_options(&doc, "scroll", options, move |_| {
                        let focused = canvas
                            .get()
                            .zip(scrolled.active_element())
                            .is_some_and(|(c, active)| c == *active.as_ref());
                        let hit = *shown.borrow();
                        match hit.filter(|_| focused) {
                            Some(hit) => show(Some(hit), client_point(hit)),
                            None => show(None, None),
                        }
                    })
                };
                (outside, escape, scroll)
            });
            move || drop(listeners)
        });
    }

    // Until a point is chosen, the canvas is described by how to choose one.
    let hint_id = "pantau-chart-keys";
    html! {
        <div class="chart" ref={container}>
            <p id={hint_id} class="sr-only">{ crate::web::i18n::strings(props.spec.lang()).chart_keys }</p>
            <canvas ref={canvas} role="img" aria-label={(*summary).clone()} tabindex="0"
                aria-describedby={if focus.is_some() { TOOLTIP_ID } else { hint_id }}
                onpointermove={on_pointer.clone()} onpointerdown={on_pointer}
                {onpointerleave} {onkeydown} {onfocus} {onblur} />
        </div>
    }
}
