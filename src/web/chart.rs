//! One canvas for every chart, in the full app and the embed alike: it
//! follows its container's width, lays the view's chart out once per
//! description or size change, draws at the devicePixelRatio, and turns
//! pointer, tap and keyboard input into the page's one tooltip. A pointer
//! move only hit-tests the layout; the canvas is redrawn only when the
//! highlighted point changes.
//!
//! Plain web-sys: the explorer and the embed both hold one.

use super::canvas::{device_pixel_ratio, paint, set_css_size};
use super::dom::{document, el};
use crate::core::format::px;
use crate::core::hit::Key;
use crate::core::strings::strings;
use crate::core::theme::Palette;
use crate::core::tooltip::Tip;
use crate::core::view::{Chart, Description, Hit};
use gloo_events::{EventListener, EventListenerOptions};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlCanvasElement, HtmlElement, KeyboardEvent, PointerEvent, ResizeObserver,
    ResizeObserverEntry,
};

/// The tooltip's id, for `aria-describedby`.
pub const TOOLTIP_ID: &str = "pantau-tooltip";
/// The polite region that reads a keyboard choice out once.
const ANNOUNCER_ID: &str = "pantau-announcer";
/// How to choose a point, until one is chosen.
const HINT_ID: &str = "pantau-chart-keys";

/// Widest the tooltip gets, CSS px (the stylesheet's `max-width`).
const MAX_WIDTH: f64 = 240.0;

/// Where the tooltip's anchor goes across so that a tooltip centred on it
/// fits the viewport: the point's x clamped by half the widest tooltip.
///
/// Its width is unknown before it is drawn, so the clamp assumes the
/// widest; the stylesheet caps the width to match.
fn anchor_left(x: f64, viewport: f64) -> f64 {
    let half = MAX_WIDTH.min(viewport - 16.0).max(0.0) / 2.0;
    let left = half + 8.0;
    // Not `clamp`: its panic message for bad bounds prints floats, which
    // would keep Rust's float printer in the wasm for a case `max` rules out.
    x.max(left).min((viewport - half - 8.0).max(left))
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

/// The tooltip and the announcer, made once per page inside the landmark
/// that holds the chart they describe.
fn tip_elements(container: &Element) -> Option<(HtmlElement, Element)> {
    let doc = document()?;
    if doc.get_element_by_id(TOOLTIP_ID).is_none() {
        // A chart drawn before its page is put in waits for it: its
        // landmark is not known yet.
        let host = container.closest("main").ok().flatten().or_else(|| {
            container
                .is_connected()
                .then(|| doc.body())
                .flatten()
                .map(Into::into)
        })?;
        // One polite region, apart from the tooltip, says a keyboard
        // choice once and whole; the tooltip is the canvas's description.
        let announcer = el("p")
            .id(ANNOUNCER_ID)
            .class("sr-only")
            .attr("aria-live", "polite")
            .attr("aria-atomic", "true");
        let tooltip = el("div")
            .id(TOOLTIP_ID)
            .attr("role", "tooltip")
            .class("tooltip")
            .attr("hidden", "");
        let _ = host.append_with_node_2(&announcer.0, &tooltip.0);
    }
    let tooltip = doc.get_element_by_id(TOOLTIP_ID)?.dyn_into().ok()?;
    Some((tooltip, doc.get_element_by_id(ANNOUNCER_ID)?))
}

/// Shows `tip` at viewport point `at` (centred above it, below it near the
/// top, always inside the viewport), or hides the tooltip. Placed through
/// the CSSOM, not a `style` attribute, which a host's CSP without
/// `'unsafe-inline'` styles refuses.
fn show_tip(container: &Element, tip: Option<(Tip, (f64, f64))>, announce: bool) {
    let Some((tooltip, announcer)) = tip_elements(container) else {
        return;
    };
    let spoken = match &tip {
        Some((tip, _)) if announce => std::iter::once(tip.title.as_str())
            .chain(tip.lines.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    if announcer.text_content().unwrap_or_default() != spoken {
        announcer.set_text_content(Some(&spoken));
    }
    tooltip.set_text_content(None);
    let Some((tip, (x, y))) = tip else {
        let _ = tooltip.set_attribute("hidden", "");
        tooltip.set_class_name("tooltip");
        return;
    };
    let _ = tooltip.append_child(&el("strong").text(&tip.title).0);
    for line in &tip.lines {
        let _ = tooltip.append_child(&el("span").text(line).0);
    }
    place_tip(&tooltip, (x, y));
    let _ = tooltip.remove_attribute("hidden");
}

/// Moves the shown tooltip to viewport point `(x, y)`.
fn place_tip(tooltip: &HtmlElement, (x, y): (f64, f64)) {
    tooltip.set_class_name(if below(y) { "tooltip below" } else { "tooltip" });
    let style = tooltip.style();
    let _ = style.set_property("left", &px(anchor_left(x, viewport_width())));
    let _ = style.set_property("top", &px(y));
}

/// The chart's state, shared by its listeners.
struct Inner {
    container: Element,
    hint: Element,
    canvas: HtmlCanvasElement,
    description: RefCell<Rc<Description>>,
    palette: RefCell<Rc<Palette>>,
    on_drawn: RefCell<Rc<dyn Fn()>>,
    width: Cell<Option<f64>>,
    layout: RefCell<Option<Chart>>,
    /// The highlighted point.
    focus: Cell<Option<Hit>>,
    /// Whether the keyboard chose it (then it is read out).
    by_keyboard: Cell<bool>,
}

impl Inner {
    /// Lays the chart out for the container's width, which drops the
    /// highlighted point, and draws it.
    fn relayout(&self) {
        let chart = self
            .width
            .get()
            .and_then(|w| self.description.borrow().chart(w));
        let old_size = self.layout.borrow().as_ref().map(Chart::size);
        let new_size = chart.as_ref().map(Chart::size);
        *self.layout.borrow_mut() = chart;
        if let Some(size) = new_size.filter(|s| Some(*s) != old_size) {
            set_css_size(&self.canvas, size);
        }
        self.focus.set(None);
        show_tip(&self.container, None, false);
        self.describe_canvas();
        self.paint();
    }

    fn paint(&self) {
        let layout = self.layout.borrow();
        let Some(chart) = layout.as_ref() else {
            return;
        };
        let palette = self.palette.borrow().clone();
        let focus = self.focus.get();
        if let Err(e) = paint(&self.canvas, chart.size(), device_pixel_ratio(), |p| {
            chart.draw(p, &palette, focus)
        }) {
            web_sys::console::error_1(&e.to_string().into());
        }
        drop(layout);
        let on_drawn = self.on_drawn.borrow().clone();
        on_drawn();
    }

    /// Until a point is chosen, the canvas is described by how to choose one.
    fn describe_canvas(&self) {
        let described_by = if self.focus.get().is_some() {
            TOOLTIP_ID
        } else {
            HINT_ID
        };
        let _ = self.canvas.set_attribute("aria-describedby", described_by);
    }

    /// Shows the tip of a point (or hides it) at viewport point `at`.
    fn show(&self, hit: Option<Hit>, at: Option<(f64, f64)>) {
        let changed = self.focus.replace(hit) != hit;
        if changed {
            self.describe_canvas();
            self.paint();
        } else if let (Some(_), Some(at)) = (hit, at) {
            // The same point under a moving pointer: its tip only moves.
            if let Some((tooltip, _)) = tip_elements(&self.container) {
                if !tooltip.has_attribute("hidden") {
                    place_tip(&tooltip, at);
                    return;
                }
            }
        }
        let tip = hit
            .zip(self.layout.borrow().as_ref())
            .and_then(|(hit, chart)| self.description.borrow().tip(chart, hit));
        show_tip(&self.container, tip.zip(at), self.by_keyboard.get());
    }

    /// Where point `hit` is on the screen.
    fn client_point(&self, hit: Hit) -> Option<(f64, f64)> {
        let rect = self.canvas.get_bounding_client_rect();
        let (x, y) = self.layout.borrow().as_ref()?.anchor(hit)?;
        Some((rect.left() + x, rect.top() + y))
    }

    /// Shows point `hit` chosen with the keyboard.
    fn show_by_keyboard(&self, hit: Option<Hit>) {
        self.by_keyboard.set(true);
        self.show(hit, hit.and_then(|h| self.client_point(h)));
    }

    fn on_pointer(&self, e: &PointerEvent) {
        let hit = match self.layout.borrow().as_ref() {
            Some(chart) => chart.hit((f64::from(e.offset_x()), f64::from(e.offset_y()))),
            None => return,
        };
        self.by_keyboard.set(false);
        if hit != self.focus.get() || hit.is_some() {
            self.show(
                hit,
                Some((f64::from(e.client_x()), f64::from(e.client_y()))),
            );
        }
    }

    fn on_key(&self, e: &KeyboardEvent) {
        self.by_keyboard.set(true);
        if e.key() == "Escape" {
            self.show(None, None);
            return;
        }
        let next = match (Key::from_key_name(&e.key()), self.layout.borrow().as_ref()) {
            (Some(key), Some(chart)) => chart.step(self.focus.get(), key),
            _ => return,
        };
        e.prevent_default();
        self.show_by_keyboard(next);
    }

    /// Keyboard focus shows the first point; a click's focus does not.
    fn on_focus(&self) {
        let keyboard = self.canvas.matches(":focus-visible").unwrap_or(false);
        if keyboard && self.focus.get().is_none() {
            let first = self
                .layout
                .borrow()
                .as_ref()
                .and_then(|c| c.step(None, Key::Home));
            self.show_by_keyboard(first);
        }
    }

    /// A scroll moves the point away from a fixed tooltip: a tip the
    /// keyboard chose follows its point (focusing the chart may itself
    /// scroll it into view), any other is hidden.
    fn on_scroll(&self) {
        if self.focus.get().is_none() {
            return;
        }
        let focused = document()
            .and_then(|d| d.active_element())
            .is_some_and(|active| active == *self.canvas.as_ref());
        match self.focus.get().filter(|_| focused) {
            Some(hit) => self.show(Some(hit), self.client_point(hit)),
            None => self.show(None, None),
        }
    }
}

/// A chart on the page; dropping it stops its listeners and hides its tip.
pub struct ChartHandle {
    inner: Rc<Inner>,
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut(js_sys::Array)>,
    _listeners: Vec<EventListener>,
}

impl Drop for ChartHandle {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        if self.inner.focus.get().is_some() {
            show_tip(&self.inner.container, None, false);
        }
    }
}

impl ChartHandle {
    /// Draws `description`'s chart into `container` (a `.chart` element),
    /// calling `on_drawn` after each draw. `width` is the container's width
    /// when it is known without a layout; otherwise it is measured.
    pub fn mount(
        container: &Element,
        description: Rc<Description>,
        palette: Rc<Palette>,
        on_drawn: Rc<dyn Fn()>,
        width: Option<f64>,
    ) -> ChartHandle {
        let hint = el("p").id(HINT_ID).class("sr-only");
        let canvas = el("canvas").attr("role", "img").attr("tabindex", "0");
        let _ = container.append_with_node_2(&hint.0, &canvas.0);
        let canvas: HtmlCanvasElement = canvas.0.unchecked_into();
        let width = width.or_else(|| {
            let measured = container.client_width();
            (measured > 0).then(|| f64::from(measured))
        });
        let inner = Rc::new(Inner {
            container: container.clone(),
            hint: hint.0,
            canvas: canvas.clone(),
            description: RefCell::new(description),
            palette: RefCell::new(palette),
            on_drawn: RefCell::new(on_drawn),
            width: Cell::new(width),
            layout: RefCell::new(None),
            focus: Cell::new(None),
            by_keyboard: Cell::new(false),
        });
        let on_resize = {
            let inner = Rc::clone(&inner);
            Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() else {
                    return;
                };
                let w = entry.content_rect().width().floor();
                if w > 0.0 && inner.width.get() != Some(w) {
                    inner.width.set(Some(w));
                    inner.relayout();
                }
            })
        };
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(container);
        }
        let listeners = listen(&inner);
        let handle = ChartHandle {
            inner,
            observer,
            _on_resize: on_resize,
            _listeners: listeners,
        };
        handle.set_words();
        handle.inner.relayout();
        handle
    }

    /// The words around the canvas, in the description's language.
    fn set_words(&self) {
        let d = self.inner.description.borrow();
        let _ = self.inner.canvas.set_attribute("aria-label", &d.summary);
        self.inner
            .hint
            .set_text_content(Some(strings(d.lang).chart_keys));
    }

    /// Draws another description (new filters, language or boundaries).
    pub fn set_description(&self, description: Rc<Description>) {
        if Rc::ptr_eq(&self.inner.description.borrow(), &description) {
            return;
        }
        *self.inner.description.borrow_mut() = description;
        self.set_words();
        self.inner.relayout();
    }

    /// Draws in other colours.
    pub fn set_palette(&self, palette: Rc<Palette>) {
        if Rc::ptr_eq(&self.inner.palette.borrow(), &palette) {
            return;
        }
        *self.inner.palette.borrow_mut() = palette;
        self.inner.paint();
    }

    /// Called once the chart's box is on the page, when it was drawn
    /// before: makes the tooltip and the announcer in its landmark, so the
    /// announcer is there before the first thing it says.
    pub fn attached(&self) {
        let _ = tip_elements(&self.inner.container);
    }

    /// What to call after each draw from now on.
    pub fn set_on_drawn(&self, on_drawn: Rc<dyn Fn()>) {
        *self.inner.on_drawn.borrow_mut() = on_drawn;
    }
}

/// The canvas's own listeners, and the document-wide ones that hide its
/// tip: a tap elsewhere, Escape while hovering, or a scroll.
fn listen(inner: &Rc<Inner>) -> Vec<EventListener> {
    let canvas = inner.canvas.clone();
    let on = |event: &'static str, f: fn(&Inner, &web_sys::Event)| {
        let inner = Rc::clone(inner);
        EventListener::new(&canvas, event, move |e| f(&inner, e))
    };
    let mut listeners = vec![
        on("pointermove", |i, e| {
            if let Some(e) = e.dyn_ref() {
                i.on_pointer(e)
            }
        }),
        on("pointerdown", |i, e| {
            if let Some(e) = e.dyn_ref() {
                i.on_pointer(e)
            }
        }),
        on("pointerleave", |i, e| {
            if e.dyn_ref::<PointerEvent>()
                .is_some_and(|p| p.pointer_type() == "mouse")
            {
                i.show(None, None);
            }
        }),
        on("focus", |i, _| i.on_focus()),
        {
            // Not passive: arrow keys choose points instead of scrolling.
            let inner = Rc::clone(inner);
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&canvas, "keydown", options, move |e| {
                if let Some(e) = e.dyn_ref() {
                    inner.on_key(e)
                }
            })
        },
        on("blur", |i, _| i.show(None, None)),
    ];
    if let Some(doc) = document() {
        let outside = {
            let inner = Rc::clone(inner);
            EventListener::new(&doc, "pointerdown", move |e| {
                let inside = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                    .is_some_and(|t| inner.canvas.contains(Some(&t)));
                if !inside && inner.focus.get().is_some() {
                    inner.show(None, None);
                }
            })
        };
        let escape = {
            let inner = Rc::clone(inner);
            EventListener::new(&doc, "keydown", move |e| {
                let escape = e
                    .dyn_ref::<KeyboardEvent>()
                    .is_some_and(|k| k.key() == "Escape");
                if escape && inner.focus.get().is_some() {
                    inner.show(None, None);
                }
            })
        };
        let scroll = {
            let inner = Rc::clone(inner);
            let options = EventListenerOptions::run_in_capture_phase();
            EventListener::new_with_options(&doc, "scroll", options, move |_| inner.on_scroll())
        };
        listeners.extend([outside, escape, scroll]);
    }
    listeners
}
