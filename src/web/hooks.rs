//! Page-wide effects the app starts once: the height reports an iframe's
//! host listens to, the host's look it answers with, and printing the
//! tables folded away on screen.

use super::embed::message_text;
use crate::core::host::HostLook;
use js_sys::Object;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// In an iframe, tells the host our height whenever it changes.
#[hook]
pub fn use_height_reports(frame: Option<String>) {
    use_effect_with(frame, |frame| {
        let reporter = super::embed::HeightReporter::start(frame.clone());
        move || drop(reporter)
    });
}

/// In an iframe, the look of the host page where it sits, once the host's
/// `embed.js` tells it (`{"type": "pantau:host", "background": "#202124",
/// "scheme": "dark"}`, sent in answer to each height report and again when
/// the host's colours change). Only the parent window is listened to.
#[hook]
pub fn use_host_look() -> Option<HostLook> {
    let look = use_state_eq(|| None::<HostLook>);
    {
        let look = look.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|window| {
                let parent = window.parent().ok().flatten()?;
                if Object::is(&parent, &window) {
                    return None;
                }
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
                            .and_then(|bg| HostLook::parse(&bg, field("scheme").as_deref()))
                        {
                            look.set(Some(host));
                        }
                    },
                ))
            });
            move || drop(listener)
        });
    }
    *look
}

/// Printing shows the tables that are folded away on screen.
#[hook]
pub fn use_print_opens_tables() {
    use_effect_with((), |_| {
        let listener = web_sys::window().map(|w| {
            gloo_events::EventListener::new(&w, "beforeprint", |_| {
                let folded = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|doc| doc.query_selector_all("details.numbers").ok());
                if let Some(all) = folded {
                    for i in 0..all.length() {
                        if let Some(el) = all
                            .get(i)
                            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                        {
                            let _ = el.set_attribute("open", "");
                        }
                    }
                }
            })
        });
        move || drop(listener)
    });
}
