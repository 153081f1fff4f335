//! Page-wide effects the app starts once: the height reports an iframe's
//! host listens to, the host's look it answers with, and printing the
//! tables folded away on screen.

use crate::core::host::HostLook;
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

/// In an iframe, the look of the host page where it sits (see
/// [`super::embed::listen_host_look`]).
#[hook]
pub fn use_host_look() -> Option<HostLook> {
    let look = use_state_eq(|| None::<HostLook>);
    {
        let look = look.clone();
        use_effect_with((), move |_| {
            let listener = super::embed::listen_host_look(move |host| look.set(Some(host)));
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
