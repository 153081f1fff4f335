//! A place in the page whose parts are made again when what they show
//! changes, and what the reader had set in them is carried over: the
//! disclosures they opened and the keyboard focus. This is the one thing
//! the explorer needs from a virtual DOM, at the grain of a part instead
//! of an element: its parts change a few times per click, and a part made
//! again costs less wasm than a differ does.

use crate::web::dom::El;
use gloo_events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// The parts between two points of a parent: made with [`Slot::new`],
/// whose anchor the caller puts where the parts go; they are inserted
/// before it.
pub struct Slot {
    anchor: Node,
    shown: RefCell<Vec<Element>>,
    listeners: RefCell<Vec<EventListener>>,
}

/// What the page's focus was on before a draw, and where it goes after.
pub struct Focus {
    was: Option<Element>,
    next: RefCell<Option<Element>>,
}

impl Focus {
    /// The element with the keyboard focus now.
    pub fn now() -> Focus {
        let was = crate::web::dom::document()
            .and_then(|d| d.active_element())
            .filter(|e| e.tag_name() != "BODY");
        Focus {
            was,
            next: RefCell::new(None),
        }
    }

    /// Sends the focus to `target` when the element that has it leaves
    /// the page.
    pub fn send_to(&self, target: Element) {
        *self.next.borrow_mut() = Some(target);
    }

    /// Puts the focus back: on the same element when it is still in the
    /// page (moved, not made again), else on its counterpart.
    pub fn restore(self) {
        let Some(was) = self.was else { return };
        let target = if was.is_connected() {
            Some(was)
        } else {
            self.next.into_inner()
        };
        let active = crate::web::dom::document().and_then(|d| d.active_element());
        if let Some(target) = target.filter(|t| Some(t) != active.as_ref()) {
            if let Some(target) = target.dyn_ref::<web_sys::HtmlElement>() {
                let _ = target.focus();
            }
        }
    }
}

impl Slot {
    pub fn new() -> Slot {
        let anchor = crate::web::dom::document()
            .map(|d| Node::from(d.create_comment("")))
            .unwrap_or_else(|| Node::from(wasm_bindgen::JsValue::from(js_sys::Object::new())));
        Slot {
            anchor,
            shown: RefCell::new(Vec::new()),
            listeners: RefCell::new(Vec::new()),
        }
    }

    /// Where the slot is: put it in the page once.
    pub fn anchor(&self) -> &Node {
        &self.anchor
    }

    /// Shows `parts`, listened to by `listeners`, instead of the parts
    /// shown so far.
    pub fn show(&self, parts: Vec<El>, listeners: Vec<EventListener>, focus: &Focus) {
        let parts: Vec<Element> = parts.into_iter().map(|e| e.0).collect();
        let old = self.shown.replace(Vec::new());
        for (old, new) in old.iter().zip(&parts) {
            keep_open(old, new);
            if let Some(focused) = focus.was.as_ref().filter(|f| old.contains(Some(f))) {
                *focus.next.borrow_mut() = counterpart(old, new, focused);
            }
        }
        if let Some(parent) = self.anchor.parent_node() {
            for part in &parts {
                let _ = parent.insert_before(part, Some(&self.anchor));
            }
        }
        for part in &old {
            part.remove();
        }
        *self.shown.borrow_mut() = parts;
        retire(self.listeners.replace(listeners));
    }

    /// Shows nothing, and listens to nothing.
    pub fn clear(&self, focus: &Focus) {
        if !self.shown.borrow().is_empty() {
            self.show(Vec::new(), Vec::new(), focus);
        }
    }
}

impl Default for Slot {
    fn default() -> Slot {
        Slot::new()
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        retire(self.listeners.take());
    }
}

/// Drops listeners once the event being handled is done: a click that
/// changes the page makes its own button again.
pub fn retire(listeners: Vec<EventListener>) {
    if !listeners.is_empty() {
        wasm_bindgen_futures::spawn_local(async move { drop(listeners) });
    }
}

/// The element of `new` at the place `focused` has in `old`: the same
/// path of child indexes from the root.
fn counterpart(old: &Element, new: &Element, focused: &Element) -> Option<Element> {
    let mut path = Vec::new();
    let mut at = focused.clone();
    while &at != old {
        let parent = at.parent_element()?;
        let index = (0..parent.child_element_count())
            .find(|&i| parent.children().item(i).as_ref() == Some(&at))?;
        path.push(index);
        at = parent;
    }
    path.iter()
        .rev()
        .try_fold(new.clone(), |at, &i| at.children().item(i))
}

/// Opens the `<details>` of `new` whose counterpart in `old` (the same
/// part, built before) the reader had opened: a filter or a language
/// change rebuilds a part, and must not fold the table the reader is
/// reading.
fn keep_open(old: &Element, new: &Element) {
    let disclosures = |root: &Element| {
        let mut all = vec![root.clone()];
        if let Ok(list) = root.query_selector_all("details") {
            all.extend(
                (0..list.length())
                    .filter_map(|i| list.get(i))
                    .filter_map(|n| n.dyn_into::<Element>().ok()),
            );
        }
        all.into_iter().filter(|e| e.tag_name() == "DETAILS")
    };
    for (old, new) in disclosures(old).zip(disclosures(new)) {
        if old.has_attribute("open") {
            let _ = new.set_attribute("open", "");
        }
    }
}
