//! A few lines of DOM building for the page: the explorer, the embed, the
//! chart's canvas and its tooltip. Elements are made
//! with `createElement` and text with text nodes, never parsed from HTML:
//! a host with Trusted Types refuses every HTML string, even an empty one.
//!
//! Hand-written because the alternatives cost more than they do here: a
//! virtual DOM (yew's) was a third of the full app's download and most of
//! an embed's, and the page changes a few parts per click, which
//! [`crate::web::explorer`] makes again whole instead of diffing.

use gloo_events::EventListener;
use web_sys::{Document, Element, Event};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// An element being built. Every step is infallible: a browser that
/// refuses an attribute loses that attribute, not the page.
pub struct El(pub Element);

/// A new HTML element.
pub fn el(tag: &str) -> El {
    made(document().and_then(|d| d.create_element(tag).ok()))
}

/// A new SVG element.
pub fn svg(tag: &str) -> El {
    made(document().and_then(|d| d.create_element_ns(Some(SVG_NS), tag).ok()))
}

fn made(element: Option<Element>) -> El {
    // Without a document nothing is shown anyway; a detached stand-in
    // keeps the builders total.
    El(element.unwrap_or_else(|| {
        web_sys::Element::from(wasm_bindgen::JsValue::from(js_sys::Object::new()))
    }))
}

impl El {
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets `name` only when `value` is given.
    pub fn attr_if(self, name: &str, value: Option<&str>) -> El {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    pub fn class(self, class: &str) -> El {
        self.attr("class", class)
    }

    pub fn id(self, id: &str) -> El {
        self.attr("id", id)
    }

    /// Appends `text` as a text node.
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Appends a node that is not an element (a slot's anchor).
    pub fn node(self, node: &web_sys::Node) -> El {
        let _ = self.0.append_child(node);
        self
    }

    pub fn child_if(self, child: Option<El>) -> El {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    pub fn children(self, children: impl IntoIterator<Item = El>) -> El {
        for child in children {
            let _ = self.0.append_child(&child.0);
        }
        self
    }

    /// Calls `handler` on `event` for as long as `keep` holds the listener.
    pub fn on(
        self,
        keep: &mut Vec<EventListener>,
        event: &'static str,
        handler: impl FnMut(&Event) + 'static,
    ) -> El {
        self.listen(keep, event, Box::new(handler))
    }

    /// One copy of the listening code for every handler given to
    /// [`El::on`]: boxed here, gloo's wrapper would otherwise be made once
    /// per handler's type.
    fn listen(
        self,
        keep: &mut Vec<EventListener>,
        event: &'static str,
        mut handler: Box<dyn FnMut(&Event)>,
    ) -> El {
        keep.push(EventListener::new(&self.0, event, move |e| handler(e)));
        self
    }
}

impl El {
    /// As [`El::on`], for a handler that may prevent the event's default
    /// (gloo's listeners are passive unless told otherwise).
    pub fn on_active(
        self,
        keep: &mut Vec<EventListener>,
        event: &'static str,
        handler: impl FnMut(&Event) + 'static,
    ) -> El {
        let options = gloo_events::EventListenerOptions::enable_prevent_default();
        keep.push(EventListener::new_with_options(
            &self.0, event, options, handler,
        ));
        self
    }
}

/// Replaces every child of `parent` with `child`, in one DOM operation.
pub fn replace_children(parent: &Element, child: &El) {
    parent.replace_children_with_node_1(&child.0);
}
