//! Inside an iframe, tells the host page the widget's height whenever it
//! changes, in Pantau's own message and the forms AMP and Embedly hosts
//! listen to; and again when the host's `embed.js`, arriving late, asks
//! (`{"type": "pantau:measure"}`).

use js_sys::{Object, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ResizeObserver, Window};

fn message(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// The three messages for a height.
pub fn resize_messages(frame: Option<&str>, height: f64) -> [JsValue; 3] {
    let h = JsValue::from_f64(height);
    let frame = frame.map_or(JsValue::NULL, JsValue::from_str);
    [
        message(&[
            ("type", "pantau:resize".into()),
            ("frame", frame),
            ("height", h.clone()),
        ]),
        message(&[
            ("sentinel", "amp".into()),
            ("type", "embed-size".into()),
            ("height", h.clone()),
        ]),
        message(&[("context", "iframe.resize".into()), ("height", h)]),
    ]
}

/// A field of a posted message's data (`undefined` fields and non-objects
/// give `None`).
pub fn message_field(data: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(data, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined())
}

/// A text field of a posted message's data.
pub fn message_text(data: &JsValue, name: &str) -> Option<String> {
    message_field(data, name).and_then(|v| v.as_string())
}

fn parent(window: &Window) -> Option<Window> {
    let parent = window.parent().ok().flatten()?;
    // At the top, `parent` is the window itself: nobody to tell.
    (!js_sys::Object::is(&parent, window)).then_some(parent)
}

/// Watches the page's height and posts it to the parent when it changes.
/// Drop the returned guard to stop.
pub struct HeightReporter {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
    _asked: gloo_events::EventListener,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

impl HeightReporter {
    /// Starts reporting, when the page is in a frame.
    pub fn start(frame: Option<String>) -> Option<HeightReporter> {
        let window = web_sys::window()?;
        let parent = parent(&window)?;
        let body = window.document()?.body()?;
        let last = Rc::new(Cell::new(-1.0_f64));
        let observed = body.clone();
        let report = {
            let parent = parent.clone();
            Rc::new(move |again: bool| {
                let height = f64::from(body.scroll_height())
                    .max(body.get_bounding_client_rect().height())
                    .ceil();
                if height <= 0.0 || (height == last.get() && !again) {
                    return;
                }
                last.set(height);
                for msg in resize_messages(frame.as_deref(), height) {
                    // A host that refuses messages loses only the resizing.
                    let _ = parent.post_message(&msg, "*");
                }
            })
        };
        let callback = {
            let report = Rc::clone(&report);
            Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| report(false))
        };
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&observed);
        let asked = gloo_events::EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let from_parent = event
                .source()
                .is_some_and(|source| Object::is(&source, &parent));
            if from_parent
                && message_text(&event.data(), "type").as_deref() == Some("pantau:measure")
            {
                report(true);
            }
        });
        Some(HeightReporter {
            observer,
            _callback: callback,
            _asked: asked,
        })
    }
}

/// In an iframe, calls `on_look` with the look of the host page where it
/// sits, once the host's `embed.js` tells it (`{"type": "pantau:host",
/// "background": "#202124", "scheme": "dark"}`, sent in answer to each
/// height report and again when the host's colours change). Only the
/// parent window is listened to. Drop the listener to stop.
pub fn listen_host_look(
    on_look: impl Fn(crate::core::host::HostLook) + 'static,
) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    let parent = parent(&window)?;
    Some(gloo_events::EventListener::new(
        &window,
        "message",
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            if !event.source().is_some_and(|s| Object::is(&s, &parent)) {
                return;
            }
            let data = event.data();
            let field = |name: &str| message_text(&data, name);
            if field("type").as_deref() != Some("pantau:host") {
                return;
            }
            if let Some(host) = field("background")
                .and_then(|bg| crate::core::host::HostLook::parse(&bg, field("scheme").as_deref()))
            {
                on_look(host);
            }
        },
    ))
}
