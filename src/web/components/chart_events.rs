//! The document-wide events that hide a chart's tooltip: a tap elsewhere,
//! Escape while hovering, or a scroll (a fixed tooltip would float away
//! from its point). A tip the keyboard chose stays with its point, since
//! focusing the chart may itself scroll it into view.

use super::chart::{Laid, Show};
use crate::core::view::Hit;
use crate::web::Shared;
use gloo_events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Listens while the chart is mounted; made again for each layout, which
/// `show` and `client_point` read.
#[hook]
pub fn use_dismiss(
    layout: Laid,
    canvas: NodeRef,
    show: Show,
    shown: Rc<RefCell<Option<Hit>>>,
    client_point: Rc<dyn Fn(Hit) -> Option<(f64, f64)>>,
) {
    use_effect_with(Shared(layout), move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let listeners = document.map(|doc| {
            let outside = {
                let (show, canvas) = (show.clone(), canvas.clone());
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
            let scroll = {
                let scrolled = doc.clone();
                let options = EventListenerOptions::run_in_capture_phase();
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
