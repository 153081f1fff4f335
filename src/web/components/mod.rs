//! The page's components, one job each.

pub mod chart;
pub mod chrome;
pub mod coverage;
pub mod embed_panel;
pub mod exports;
pub mod legend;
pub mod map;
pub mod pickers;
pub mod share;
pub mod table;
pub mod trend;

use super::dom::El;
use super::{parts, Shared};
use crate::core::format::NumberFormat;
use crate::core::format::PlainFormat;
use crate::core::geo::Shapes;
use crate::core::model::Dataset;
use crate::core::params::Params;
use crate::core::state::Action;
use crate::core::text::Lang;
use crate::core::theme::Palette;
use crate::core::view::{describe, Context, Description, Detail};
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{Element, Node};
use yew::prelude::*;

/// What every view gets from the app.
#[derive(Properties, PartialEq, Clone)]
pub struct ViewProps {
    pub dataset: Shared<Dataset>,
    pub params: Params,
    pub lang: Lang,
    pub palette: Shared<Palette>,
    pub format: Shared<PlainFormat>,
    pub dispatch: Callback<Action>,
    /// Called after each draw of the view's charts.
    pub on_drawn: Callback<()>,
    /// The link that reopens this view.
    pub link: String,
}

/// The view's description, made again only when what it depends on
/// changes (a tooltip or a theme change does not re-describe).
#[hook]
pub fn use_description(props: &ViewProps, shapes: Option<Shared<Shapes>>) -> Shared<Description> {
    let mut state = props.params.clone();
    // Colours and chrome are not part of what a view says.
    state.theme = Default::default();
    state.accent = None;
    let described = use_memo(
        (
            props.dataset.clone(),
            state,
            props.lang,
            props.format.clone(),
            shapes,
        ),
        |(dataset, state, lang, format, shapes)| {
            let format: Rc<dyn NumberFormat> = format.0.clone();
            let ctx = Context {
                dataset: dataset.0.clone(),
                lang: *lang,
                format,
                shapes: shapes.as_ref().map(|s| s.0.clone()),
            };
            describe(&ctx, state)
        },
    );
    Shared(described)
}

#[derive(Properties, PartialEq)]
pub struct EmptyProps {
    pub message: AttrValue,
    pub on_drawn: Callback<()>,
}

/// Says why a view has nothing to show; the view counts as drawn once
/// the words are on the page.
#[function_component]
pub fn Empty(props: &EmptyProps) -> Html {
    let on_drawn = props.on_drawn.clone();
    use_effect_with(props.message.clone(), move |_| on_drawn.emit(()));
    html! { <p class="empty">{ props.message.clone() }</p> }
}

/// What a view shows when its description says it cannot be drawn.
pub fn nothing_to_show(d: &Description, on_drawn: &Callback<()>) -> Html {
    let message = d.empty.unwrap_or_default();
    html! { <Empty {message} on_drawn={on_drawn.clone()} /> }
}

/// The value a `<select>` changed to, from its change event.
pub fn selected_value(e: &Event) -> Option<String> {
    e.target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok())
        .map(|s| s.value())
}

/// Parts of the page built with DOM calls (those of [`crate::web::parts`],
/// and the download bars), made again only when `deps` change, and handed
/// to yew as they are: yew leaves a node it was handed again untouched.
/// `build` may keep event listeners for as long as its parts are shown.
/// The new parts keep the disclosures the reader opened in the old ones,
/// and the keyboard focus when it was in one of them (a part can be made
/// again by something else: the map's boundaries arriving, the colour
/// scheme changing).
#[hook]
pub fn use_part<D, F>(deps: D, build: F) -> Html
where
    D: PartialEq + 'static,
    F: FnOnce(&D, &mut Vec<EventListener>) -> Vec<El>,
{
    let shown = use_shown_parts();
    // The memo keeps the parts' listeners; `shown` keeps the parts.
    use_memo(deps, |deps| {
        let mut listeners = Vec::new();
        shown.replace(build(deps, &mut listeners));
        listeners
    });
    let nodes = shown.nodes.borrow();
    nodes
        .iter()
        .map(|node| Html::VRef(Node::from(node.clone())))
        .collect()
}

/// The key of the status symbols, with counts, of the coverage view or
/// the map.
#[hook]
pub fn use_status_key(d: &Shared<Description>, format: &Shared<PlainFormat>) -> Html {
    use_part((d.clone(), format.clone()), |(d, format), _| {
        let counts = match &d.detail {
            Detail::Coverage(detail) => Some(&detail.counts),
            Detail::Map(detail) => detail.counts.as_ref(),
            _ => None,
        };
        counts
            .map(|counts| parts::status_key(counts, d.lang, &**format))
            .into_iter()
            .collect()
    })
}

/// What [`use_part`] shows, and where the focus goes once yew has put a
/// new build in the page. Not generic, so its code is in the wasm once.
#[derive(Default)]
struct ShownParts {
    nodes: RefCell<Vec<Element>>,
    refocus: RefCell<Option<Element>>,
}

impl ShownParts {
    /// Shows `nodes` instead of the parts shown so far, with the reader's
    /// open disclosures and focus carried over.
    fn replace(&self, nodes: Vec<El>) {
        let nodes: Vec<Element> = nodes.into_iter().map(|e| e.0).collect();
        let focused = super::dom::document().and_then(|d| d.active_element());
        for (old, new) in self.nodes.borrow().iter().zip(&nodes) {
            keep_open(old, new);
            if let Some(focused) = focused.as_ref().filter(|f| old.contains(Some(f))) {
                *self.refocus.borrow_mut() = counterpart(old, new, focused);
            }
        }
        *self.nodes.borrow_mut() = nodes;
    }
}

#[hook]
fn use_shown_parts() -> Rc<ShownParts> {
    let shown = use_memo((), |_| ShownParts::default());
    {
        let shown = shown.clone();
        use_effect(move || {
            let element = shown.refocus.borrow_mut().take();
            if let Some(Ok(element)) =
                element.map(wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>)
            {
                let _ = element.focus();
            }
        });
    }
    shown
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
                    .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<Element>(n).ok()),
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
