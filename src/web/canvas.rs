//! Canvas plumbing shared by every chart: following the container's width,
//! and painting sharp at the screen's devicePixelRatio.

use crate::core::render::{Painter, RenderError};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

/// The screen's device pixels per CSS pixel.
pub fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}

/// The content width of the element behind `node`, in whole CSS pixels,
/// updated by a `ResizeObserver` that is disconnected on unmount.
#[hook]
pub fn use_width(node: NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None::<f64>);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let element = node.cast::<web_sys::Element>();
            if let Some(el) = &element {
                let w = el.client_width();
                if w > 0 {
                    width.set(Some(f64::from(w)));
                }
            }
            let on_resize =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() {
                        let w = entry.content_rect().width().floor();
                        if w > 0.0 {
                            width.set(Some(w));
                        }
                    }
                });
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(el)) = (&observer, &element) {
                observer.observe(el);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    *width
}

/// Gives the canvas its CSS size and its container the same reserved
/// height, once per size. Through the CSSOM, not `style` attributes, which
/// a host's CSP without `'unsafe-inline'` styles refuses.
pub fn set_css_size(canvas: &HtmlCanvasElement, css: (f64, f64)) {
    let style = canvas.style();
    let _ = style.set_property("width", &format!("{}px", css.0));
    let _ = style.set_property("height", &format!("{}px", css.1));
    if let Some(container) = canvas
        .parent_element()
        .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = container
            .style()
            .set_property("min-height", &format!("{}px", css.1));
    }
}

/// Sizes the canvas to `css` × devicePixelRatio backing pixels (which
/// clears it), then draws through a painter scaled by the same ratio, so
/// lines and text are sharp on every screen.
pub fn paint(
    canvas: &HtmlCanvasElement,
    css: (f64, f64),
    dpr: f64,
    draw: impl FnOnce(&mut Painter<'_, CanvasBackend>) -> Result<(), RenderError>,
) -> Result<(), RenderError> {
    let (w, h) = ((css.0 * dpr).round() as u32, (css.1 * dpr).round() as u32);
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let mut backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| RenderError("no 2D canvas context".into()))?;
    let mut painter = Painter::new(&mut backend, dpr);
    draw(&mut painter)
}
