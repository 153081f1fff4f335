//! Sharing: "Copy link", the system's share sheet, a link pinned to the
//! dated numbers, and the Embed panel. What the reader set here (the pin,
//! the open panel and its options, the last status) outlives the bar,
//! which is made again when the view it shares changes.

use super::controls::{option, set_select, target_checked, target_value};
use super::slot::{Focus, Slot};
use crate::core::model::Date;
use crate::core::params::{Params, Shown, ThemeChoice, View};
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::core::versions::pin_label;
use crate::web::dom::{el, El};
use crate::web::embed::{message_field, message_text};
use crate::web::export::copy;
use crate::web::fetch::{absolute, page_url};
use crate::web::url;
use gloo_events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

/// The column widths offered for the preview, CSS px.
const COLUMNS: [u32; 3] = [360, 640, 960];

/// The iframe's height until the preview has measured one.
const FIRST_HEIGHT: u32 = 520;

/// What the share bar shares.
#[derive(Clone, PartialEq)]
pub struct Shared {
    /// The view shown, with its filters and the language shown.
    pub params: Params,
    pub lang: Lang,
    /// The dataset's title in each language, for the share sheet (the
    /// language shown) and the embed's iframe (the embed's).
    pub titles: [(Lang, String); 2],
    /// The dataset's programs (id, label), for the Embed panel.
    pub programs: Vec<(String, String)>,
    /// The dated copy of the numbers shown (its address, its date), when
    /// the bake kept one: a copied link can pin it.
    pub pin: Option<(String, Date)>,
}

impl Shared {
    fn title(&self, lang: Lang) -> &str {
        self.titles
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or("", |(_, title)| title.as_str())
    }
}

/// The share bar of the dataset shown: made once per dataset, so what
/// the reader set in it (the pin, the open panel and its options, the
/// last status) stays while they explore. Its buttons are made again when
/// what they share changes; the status and the open panel (with its
/// preview) stay in place.
pub struct ShareBar {
    root: Element,
    buttons: Slot,
    status: Element,
    pin: Slot,
    panel: Slot,
    pinned: Cell<bool>,
    /// What the buttons share, and whether the panel was open then.
    shown: RefCell<Option<(Rc<Shared>, bool)>>,
    open: RefCell<Option<Rc<Panel>>>,
    can_share: bool,
}

impl ShareBar {
    pub fn new() -> Rc<ShareBar> {
        let (buttons, pin, panel) = (Slot::new(), Slot::new(), Slot::new());
        let status = el("span")
            .class("status")
            .attr("role", "status")
            .attr("aria-live", "polite");
        let root = el("div")
            .class("share")
            .child(
                el("div")
                    .class("toolbar")
                    .node(buttons.anchor())
                    .child(El(status.0.clone())),
            )
            .node(pin.anchor())
            .node(panel.anchor());
        Rc::new(ShareBar {
            root: root.0,
            buttons,
            status: status.0,
            pin,
            panel,
            pinned: Cell::new(false),
            shown: RefCell::new(None),
            open: RefCell::new(None),
            can_share: web_share().is_some(),
        })
    }

    /// The bar, to put in the page once.
    pub fn part(&self) -> El {
        El(self.root.clone())
    }

    fn say(&self, text: &str) {
        self.status.set_text_content(Some(text));
    }

    /// The link "Copy link" and "Share" give: this view, in the language
    /// shown, pinned to the dated numbers when the reader asks.
    fn link(&self) -> String {
        let Some((shared, _)) = &*self.shown.borrow() else {
            return String::new();
        };
        let params = Params {
            lang: Some(shared.lang),
            ..shared.params.shared()
        };
        let pinned = shared.pin.as_ref().filter(|_| self.pinned.get());
        url::link(&Params {
            data: pinned.map(|(href, _)| href.clone()).or(params.data.clone()),
            ..params
        })
        .unwrap_or_default()
    }

    /// Shows `shared`; `redraw` draws the page again (the panel opened or
    /// closed).
    pub fn update(self: &Rc<Self>, shared: Shared, redraw: Rc<dyn Fn()>, focus: &Focus) {
        let open = self.open.borrow().is_some();
        let before = self.shown.borrow().as_ref().map(|(s, o)| (s.clone(), *o));
        if matches!(&before, Some((s, o)) if **s == shared && *o == open) {
            return;
        }
        let before = before.map(|(s, _)| s).filter(|s| **s != shared);
        if before.is_some() {
            // "Link copied" was said of another link.
            self.say("");
        }
        let shared = Rc::new(shared);
        *self.shown.borrow_mut() = Some((shared.clone(), open));
        let mut listeners = Vec::new();
        let buttons = self.buttons(&shared, open, redraw, &mut listeners);
        self.buttons.show(buttons, listeners, focus);
        let mut listeners = Vec::new();
        let pin = self.pin_choice(&shared, &mut listeners);
        self.pin.show(pin.into_iter().collect(), listeners, focus);
        let panel = self.open.borrow().clone();
        match panel {
            // Its words are in the language shown: made again in another.
            Some(panel) if panel.shared.borrow().lang == shared.lang => {
                if let Some(before) = &before {
                    panel.follow(before, &shared);
                }
                *panel.shared.borrow_mut() = shared;
                panel.refresh();
            }
            Some(panel) => {
                if let Some(before) = &before {
                    panel.follow(before, &shared);
                }
                let options = panel.options.borrow().clone();
                self.open_panel(options, &shared, focus);
            }
            None => self.panel.clear(focus),
        }
    }

    fn open_panel(&self, options: Options, shared: &Rc<Shared>, focus: &Focus) {
        let (panel, part, listeners) = Panel::new(options, shared);
        self.panel.show(vec![part], listeners, focus);
        *self.open.borrow_mut() = Some(panel);
    }

    fn buttons(
        self: &Rc<Self>,
        shared: &Rc<Shared>,
        open: bool,
        redraw: Rc<dyn Fn()>,
        listeners: &mut Vec<EventListener>,
    ) -> Vec<El> {
        let t = strings(shared.lang);
        let me = Rc::downgrade(self);
        let native = self.can_share.then(|| {
            let (me, title) = (me.clone(), shared.title(shared.lang).to_owned());
            el("button")
                .attr("type", "button")
                .class("button")
                .attr("data-share", "native")
                .text(t.share)
                .on(listeners, "click", move |_| {
                    let Some(bar) = me.upgrade() else { return };
                    let (link, title) = (bar.link(), title.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        if !share(&title, &link).await && copy(&link).await {
                            bar.say(t.copied);
                        }
                    });
                })
        });
        let copy_link = {
            let me = me.clone();
            el("button")
                .attr("type", "button")
                .class("button")
                .text(t.copy_link)
                .on(listeners, "click", move |_| {
                    let Some(bar) = me.upgrade() else { return };
                    let link = bar.link();
                    wasm_bindgen_futures::spawn_local(async move {
                        if copy(&link).await {
                            bar.say(t.copied);
                        } else {
                            bar.say(&format!("{}: {link}", t.copy_failed));
                        }
                    });
                })
        };
        let embed = el("button")
            .attr("type", "button")
            .class("button")
            .attr("aria-expanded", if open { "true" } else { "false" })
            .attr("aria-controls", "embed-panel")
            .text(t.embed)
            .on(listeners, "click", move |_| {
                let Some(bar) = me.upgrade() else { return };
                let opened = bar.open.borrow_mut().take().is_none();
                if opened {
                    let shared = bar.shown.borrow().as_ref().map(|(s, _)| s.clone());
                    if let Some(shared) = shared {
                        bar.open_panel(Options::new(&shared), &shared, &Focus::now());
                    }
                }
                redraw();
            });
        [native, Some(copy_link), Some(embed)]
            .into_iter()
            .flatten()
            .collect()
    }

    fn pin_choice(
        self: &Rc<Self>,
        shared: &Shared,
        listeners: &mut Vec<EventListener>,
    ) -> Option<El> {
        let (_, date) = shared.pin.as_ref()?;
        let me = Rc::downgrade(self);
        let checkbox = el("input")
            .attr("type", "checkbox")
            .attr("data-share", "pin")
            .attr_if("checked", self.pinned.get().then_some(""))
            .on(listeners, "change", move |e| {
                if let Some(bar) = me.upgrade() {
                    bar.pinned.set(target_checked(e).unwrap_or(false));
                    // "Link copied" was said of the other link.
                    bar.say("");
                }
            });
        Some(
            el("label")
                .class("pin")
                .child(checkbox)
                .text(" ")
                .text(&pin_label(*date, shared.lang)),
        )
    }
}

/// `navigator.share`, where the browser has it.
fn web_share() -> Option<js_sys::Function> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("share"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

/// Opens the system's share sheet for `url`; `false` when there is none or
/// it failed (a reader who cancels has shared nothing, and is left alone).
async fn share(title: &str, url: &str) -> bool {
    let Some(share) = web_share() else {
        return false;
    };
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let Ok(promise) = share
        .call1(&navigator, &data)
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    else {
        return false;
    };
    let shared = wasm_bindgen_futures::JsFuture::from(promise).await;
    // AbortError: the reader closed the sheet; that is an answer.
    shared.is_ok()
        || shared.err().is_some_and(|e| {
            js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .as_deref()
                == Some("AbortError")
        })
}

/// What the snippet embeds.
#[derive(Clone, PartialEq)]
pub struct Options {
    view: View,
    lang: Lang,
    theme: ThemeChoice,
    program: Option<String>,
    column: u32,
    shown: Shown,
    transparent: bool,
    /// A frame id of its own for every opening: two embeds of one page
    /// tell their messages apart by it.
    frame: String,
    /// The height the preview's widget reported.
    measured: Option<u32>,
    /// The embed the preview shows, and the column it is shown in: the
    /// height is measured anew when they change.
    previewed: (String, u32),
}

impl Options {
    fn new(shared: &Shared) -> Options {
        let page_width = web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .unwrap_or(1024.0);
        Options {
            view: shared.params.view,
            lang: shared.lang,
            theme: ThemeChoice::Auto,
            program: shared.params.program.clone(),
            // On a phone, the phone's column: the preview then fits the
            // screen.
            column: if page_width < 700.0 {
                COLUMNS[0]
            } else {
                COLUMNS[1]
            },
            shown: Shown::default(),
            transparent: false,
            frame: format!("pantau-{:06}", (js_sys::Math::random() * 1e6) as u32),
            measured: None,
            previewed: (String::new(), 0),
        }
    }
}

/// The snippet a web team pastes: a lazy, borderless, full-width iframe of
/// `height` px with a title, and the script that follows the widget's
/// height and tells it how the page looks.
pub fn embed_snippet(src: &str, title: &str, height: u32) -> String {
    let script = absolute("embed.js", &page_url());
    let attr = crate::core::text::escape_markup;
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%\" loading=\"lazy\"></iframe>\n<script src=\"{}\" async></script>",
        attr(src),
        attr(title),
        attr(&script)
    )
}

/// The open Embed panel: its options (view, language, theme, program,
/// column width), a live preview at that width, and the snippet. The
/// snippet's iframe is titled after the view and gets the height the
/// preview measured, so a host that strips `<script>` still shows the
/// whole widget. The options' controls keep their own state; what follows
/// them is changed in place, so the preview reloads only when what it
/// shows changes.
struct Panel {
    options: RefCell<Options>,
    shared: RefCell<Rc<Shared>>,
    root: Element,
    frame: Element,
    code: Element,
    status: Element,
}

impl Panel {
    /// The panel, its part and what its part listens to.
    fn new(options: Options, shared: &Rc<Shared>) -> (Rc<Panel>, El, Vec<EventListener>) {
        let t = strings(shared.lang);
        let frame = el("iframe").class("embed-preview-frame");
        let code = el("textarea")
            .id("embed-code")
            .attr("readonly", "")
            .attr("rows", "4");
        let preview = el("div").class("embed-preview").child(El(frame.0.clone()));
        let o = options.clone();
        let root = el("div").class("embed-panel").id("embed-panel");
        let status = el("span")
            .class("status")
            .attr("role", "status")
            .attr("aria-live", "polite");
        let panel = Rc::new(Panel {
            options: RefCell::new(options),
            shared: RefCell::new(Rc::clone(shared)),
            root: root.0.clone(),
            frame: frame.0,
            code: code.0.clone(),
            status: status.0.clone(),
        });
        let mut listeners = Vec::new();
        let choice =
            |listeners: &mut Vec<EventListener>, name: &str, apply: fn(&mut Options, &str)| {
                let panel = Rc::downgrade(&panel);
                el("select")
                    .attr("data-embed", name)
                    .on(listeners, "change", move |e| {
                        if let (Some(value), Some(panel)) = (target_value(e), panel.upgrade()) {
                            apply(&mut panel.options.borrow_mut(), &value);
                            panel.refresh();
                        }
                    })
            };
        let check = |listeners: &mut Vec<EventListener>,
                     name: &str,
                     label: &str,
                     on: bool,
                     apply: fn(&mut Options, bool)| {
            let panel = Rc::downgrade(&panel);
            let input = el("input")
                .attr("type", "checkbox")
                .attr("data-embed", name)
                .attr_if("checked", on.then_some(""))
                .on(listeners, "change", move |e| {
                    if let (Some(on), Some(panel)) = (target_checked(e), panel.upgrade()) {
                        apply(&mut panel.options.borrow_mut(), on);
                        panel.refresh();
                    }
                });
            el("label").class("check").child(input).text(label)
        };
        let labelled = |label: &str, control: El| el("label").text(label).child(control);
        let view = choice(&mut listeners, "view", |o, v| {
            o.view = View::ALL
                .into_iter()
                .find(|x| x.key() == v)
                .unwrap_or(o.view)
        })
        .children(
            View::ALL
                .iter()
                .map(|&v| option(v.key(), t.view(v), v == o.view)),
        );
        let lang = choice(&mut listeners, "lang", |o, v| {
            o.lang = if v == "en" { Lang::En } else { Lang::Id }
        })
        .children(
            [Lang::Id, Lang::En]
                .iter()
                .map(|&l| option(l.tag(), l.button_label(), l == o.lang)),
        );
        let theme = choice(&mut listeners, "theme", |o, v| {
            o.theme = [ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark]
                .into_iter()
                .find(|x| x.key() == v)
                .unwrap_or(ThemeChoice::Auto)
        })
        .child(option("auto", t.theme_host, o.theme == ThemeChoice::Auto))
        .child(option("light", t.light, o.theme == ThemeChoice::Light))
        .child(option("dark", t.dark, o.theme == ThemeChoice::Dark));
        let program = (shared.programs.len() > 1).then(|| {
            let select = choice(&mut listeners, "program", |o, v| {
                o.program = Some(v.to_owned())
            })
            .children(shared.programs.iter().enumerate().map(|(i, (id, label))| {
                let chosen = o.program.as_deref().map_or(i == 0, |p| p == id);
                option(id, label, chosen)
            }));
            labelled(t.program_label, select)
        });
        let column = choice(&mut listeners, "column", |o, v| {
            o.column = v
                .parse()
                .ok()
                .filter(|c| COLUMNS.contains(c))
                .unwrap_or(o.column)
        })
        .children(
            COLUMNS
                .iter()
                .zip(t.columns)
                .map(|(&c, label)| option(&c.to_string(), label, c == o.column)),
        );
        let checks = [
            check(
                &mut listeners,
                "title",
                t.show_title,
                o.shown.title,
                |o, on| o.shown.title = on,
            ),
            check(&mut listeners, "notes", t.notes, o.shown.notes, |o, on| {
                o.shown.notes = on
            }),
            check(
                &mut listeners,
                "data",
                t.show_data,
                o.shown.data,
                |o, on| o.shown.data = on,
            ),
            check(
                &mut listeners,
                "transparent",
                t.transparent,
                o.transparent,
                |o, on| o.transparent = on,
            ),
        ];
        let copy_button = {
            let (code, status) = (code.0.clone(), status.0.clone());
            el("button")
                .attr("type", "button")
                .class("button primary")
                .text(t.copy_snippet)
                .on(&mut listeners, "click", move |_| {
                    let (code, status) = (code.clone(), status.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let text = code
                            .dyn_ref::<web_sys::HtmlTextAreaElement>()
                            .map(|c| c.value())
                            .unwrap_or_default();
                        status.set_text_content(Some(if copy(&text).await {
                            t.code_copied
                        } else {
                            t.copy_failed
                        }));
                    });
                })
        };
        // Heights the preview's widget reports for its frame (its
        // `pantau:resize` messages).
        if let Some(window) = web_sys::window() {
            let panel = Rc::downgrade(&panel);
            listeners.push(EventListener::new(&window, "message", move |event| {
                let (Some(event), Some(panel)) =
                    (event.dyn_ref::<web_sys::MessageEvent>(), panel.upgrade())
                else {
                    return;
                };
                let data = event.data();
                let frame = panel.options.borrow().frame.clone();
                let ours = message_text(&data, "type").as_deref() == Some("pantau:resize")
                    && message_text(&data, "frame").as_deref() == Some(frame.as_str());
                let height = message_field(&data, "height").and_then(|v| v.as_f64());
                if let Some(height) = height.filter(|h| ours && *h > 0.0 && *h < 100_000.0) {
                    panel.options.borrow_mut().measured = Some(height.ceil() as u32);
                    panel.refresh();
                }
            }));
        }
        let part = root
            .child(
                el("div")
                    .class("embed-options")
                    .child(labelled(t.view_label, view))
                    .child(labelled(t.language, lang))
                    .child(labelled(t.theme, theme))
                    .child_if(program)
                    .child(labelled(t.column, column)),
            )
            .child(
                el("fieldset")
                    .class("embed-options")
                    .child(el("legend").text(t.show_label))
                    .children(checks),
            )
            .child(el("p").class("embed-preview-label").text(t.embed_preview))
            .child(preview)
            .child(el("label").attr("for", "embed-code").text(t.embed_help))
            .child(code)
            .child(el("div").class("toolbar").child(copy_button).child(status));
        panel.refresh();
        (panel, part, listeners)
    }

    /// Follows what the reader changed on the page since `before`: the
    /// view, the program and the language they chose last are the ones
    /// embedded, as the filters the page shares are. The panel's own
    /// choices still change the embed alone.
    fn follow(&self, before: &Shared, now: &Shared) {
        let mut o = self.options.borrow_mut();
        if before.params.view != now.params.view {
            o.view = now.params.view;
            set_select(&self.root, "select[data-embed=view]", o.view.key());
        }
        if before.params.program != now.params.program {
            o.program = now.params.program.clone();
            let first = now.programs.first().map(|(id, _)| id.as_str());
            if let Some(program) = o.program.as_deref().or(first) {
                set_select(&self.root, "select[data-embed=program]", program);
            }
        }
        if before.lang != now.lang {
            o.lang = now.lang;
        }
    }

    /// Shows what the options now embed.
    fn refresh(&self) {
        let shared = self.shared.borrow().clone();
        let o = self.options.borrow().clone();
        let embedded = Params {
            view: o.view,
            lang: Some(o.lang),
            theme: o.theme,
            program: o.program.clone(),
            frame: Some(o.frame.clone()),
            show: (o.shown != Shown::default()).then_some(o.shown),
            transparent: o.transparent,
            ..Params {
                lang: Some(shared.lang),
                ..shared.params.shared()
            }
        }
        .shared();
        let src = url::embed_link(&embedded).unwrap_or_default();
        let previewed = (src.clone(), o.column);
        if o.previewed != previewed {
            // Another embed is measured anew.
            let mut options = self.options.borrow_mut();
            options.measured = None;
            options.previewed = previewed;
        }
        if self.frame.get_attribute("src").as_deref() != Some(src.as_str()) {
            let _ = self.frame.set_attribute("src", &src);
        }
        let height = self.options.borrow().measured.unwrap_or(FIRST_HEIGHT);
        let title = format!(
            "{} — {}",
            shared.title(o.lang),
            strings(o.lang).view(o.view)
        );
        let t = strings(shared.lang);
        let _ = self
            .frame
            .set_attribute("title", &format!("{}: {title}", t.embed_preview));
        let code = embed_snippet(&src, &title, height);
        if let Some(textarea) = self.code.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            if textarea.value() != code {
                // "Code copied" was said of another snippet.
                self.status.set_text_content(None);
                textarea.set_value(&code);
            }
        }
        let _ = self.code.set_attribute("data-height", &height.to_string());
        // Sized through the CSSOM: a host's CSP may refuse style
        // attributes.
        if let Some(frame) = self.frame.dyn_ref::<web_sys::HtmlElement>() {
            let style = frame.style();
            let _ = style.set_property("width", &format!("{}px", o.column));
            let _ = style.set_property("height", &format!("{height}px"));
        }
    }
}
