//! The last line of defence: if anything panics, the page switches to the
//! error state and says so in its language, instead of leaving a frozen
//! chart. Built with plain DOM calls, since the app itself is gone.

use crate::core::strings::strings;
use crate::core::text::Lang;

/// Installs the panic hook.
pub fn install() {
    std::panic::set_hook(hook());
}

/// Logs the panic and shows the crash message.
pub fn hook() -> Box<dyn Fn(&std::panic::PanicHookInfo<'_>) + Send + Sync> {
    Box::new(|info| {
        web_sys::console::error_1(&format!("Pantau stopped: {info}").into());
        show();
    })
}

/// Puts the crash message at the top of the widget and sets
/// `body[data-state=error]`.
pub fn show() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|tag| Lang::parse(&tag))
        .unwrap_or_default();
    let t = strings(lang);
    if let Some(body) = document.body() {
        let _ = body.dataset().set("state", "error");
    }
    if document.get_element_by_id("pantau-crash").is_some() {
        return;
    }
    let Ok(alert) = document.create_element("div") else {
        return;
    };
    alert.set_id("pantau-crash");
    alert.set_class_name("alert");
    let _ = alert.set_attribute("role", "alert");
    if let Ok(p) = document.create_element("p") {
        p.set_text_content(Some(t.crashed));
        let _ = alert.append_child(&p);
    }
    if let Ok(a) = document.create_element("a") {
        // A link, not a button: the app that would handle a click is gone.
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let _ = a.set_attribute("href", &href);
        a.set_class_name("button");
        a.set_text_content(Some(t.reload));
        let _ = alert.append_child(&a);
    }
    let host = document
        .get_element_by_id("pantau")
        .or_else(|| document.body().map(Into::into));
    if let Some(host) = host {
        let _ = host.prepend_with_node_1(&alert);
    }
}
