//! The Embed panel: the embed's options (view, language, theme, program,
//! column width), a live preview at that width, and the snippet. The
//! snippet's iframe is titled after the view and gets the height the
//! preview measured, so a host that strips `<script>` still shows the
//! whole widget.

use crate::core::params::{Params, Shown, ThemeChoice, View};
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::web::embed::{message_field, message_text};
use crate::web::export::copy;
use crate::web::fetch::{absolute, page_url};
use crate::web::url;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The column widths offered for the preview, CSS px.
const COLUMNS: [u32; 3] = [360, 640, 960];

/// The iframe's height until the preview has measured one.
const FIRST_HEIGHT: u32 = 520;

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// The view being shown, with its filters: the embed's starting point.
    pub params: Params,
    /// The interface's language (the embed's own starts the same).
    pub lang: Lang,
    /// The dataset's title.
    pub title: AttrValue,
    /// The dataset's programs (id, label), for the program option.
    pub programs: Vec<(AttrValue, AttrValue)>,
}

/// What the snippet embeds.
#[derive(Clone, PartialEq)]
struct Options {
    view: View,
    lang: Lang,
    theme: ThemeChoice,
    program: Option<String>,
    column: u32,
    shown: Shown,
    transparent: bool,
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

fn page_width() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(1024.0)
}

fn select_value(e: &Event) -> Option<String> {
    e.target_dyn_into::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
}

fn option(value: &str, label: &str, chosen: bool) -> Html {
    html! { <option value={value.to_owned()} selected={chosen}>{ label.to_owned() }</option> }
}

/// Heights the preview's widget reports for `frame` (its `pantau:resize`
/// messages), kept in `measured`.
#[hook]
fn use_reported_height(frame: String, measured: UseStateHandle<Option<u32>>) {
    use_effect_with(frame, move |frame| {
        let frame = frame.clone();
        let listener = web_sys::window().map(|w| {
            gloo_events::EventListener::new(&w, "message", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                    return;
                };
                let data = event.data();
                let ours = message_text(&data, "type").as_deref() == Some("pantau:resize")
                    && message_text(&data, "frame").as_deref() == Some(frame.as_str());
                let height = message_field(&data, "height").and_then(|v| v.as_f64());
                if let Some(height) = height.filter(|_| ours) {
                    if height > 0.0 && height < 100_000.0 {
                        measured.set(Some(height.ceil() as u32));
                    }
                }
            })
        });
        move || drop(listener)
    });
}

#[function_component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let t = strings(props.lang);
    let options = use_state(|| Options {
        view: props.params.view,
        lang: props.lang,
        theme: ThemeChoice::Auto,
        program: props.params.program.clone(),
        // On a phone, the phone's column: the preview then fits the screen.
        column: if page_width() < 700.0 {
            COLUMNS[0]
        } else {
            COLUMNS[1]
        },
        shown: Shown::default(),
        transparent: false,
    });
    // A frame id of its own for every opening: two embeds of one page tell
    // their messages apart by it.
    let frame = use_memo((), |_| {
        format!("pantau-{:06}", (js_sys::Math::random() * 1e6) as u32)
    });
    let embedded = Params {
        view: options.view,
        lang: Some(options.lang),
        theme: options.theme,
        program: options.program.clone(),
        frame: Some((*frame).clone()),
        show: (options.shown != Shown::default()).then_some(options.shown),
        transparent: options.transparent,
        ..props.params.clone()
    }
    .shared();
    let src = url::embed_link(&embedded).unwrap_or_default();
    let measured = use_state(|| None::<u32>);
    use_reported_height((*frame).clone(), measured.clone());
    {
        // Another embed is measured anew.
        let measured = measured.clone();
        use_effect_with((src.clone(), options.column), move |_| measured.set(None));
    }
    let height = measured.unwrap_or(FIRST_HEIGHT);
    let view_name = strings(options.lang).view(options.view);
    let title = format!("{} — {}", props.title, view_name);
    let code = embed_snippet(&src, &title, height);

    let preview = use_node_ref();
    {
        // Sized through the CSSOM: a host's CSP may refuse style attributes.
        let preview = preview.clone();
        use_effect_with((options.column, height), move |(column, height)| {
            if let Some(el) = preview.cast::<web_sys::HtmlElement>() {
                let style = el.style();
                let _ = style.set_property("width", &format!("{column}px"));
                let _ = style.set_property("height", &format!("{height}px"));
            }
        });
    }

    let set = |apply: fn(&mut Options, &str)| {
        let options = options.clone();
        Callback::from(move |e: Event| {
            if let Some(value) = select_value(&e) {
                let mut next = (*options).clone();
                apply(&mut next, &value);
                options.set(next);
            }
        })
    };
    let on_view = set(|o, v| {
        o.view = View::ALL
            .into_iter()
            .find(|x| x.key() == v)
            .unwrap_or(o.view)
    });
    let on_lang = set(|o, v| o.lang = if v == "en" { Lang::En } else { Lang::Id });
    let on_theme = set(|o, v| {
        o.theme = [ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark]
            .into_iter()
            .find(|x| x.key() == v)
            .unwrap_or(ThemeChoice::Auto)
    });
    let on_program = set(|o, v| o.program = Some(v.to_owned()));
    let on_column = set(|o, v| {
        o.column = v
            .parse()
            .ok()
            .filter(|c| COLUMNS.contains(c))
            .unwrap_or(o.column)
    });

    let toggle = |apply: fn(&mut Options, bool)| {
        let options = options.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let mut next = (*options).clone();
                apply(&mut next, input.checked());
                options.set(next);
            }
        })
    };
    let on_title = toggle(|o, on| o.shown.title = on);
    let on_notes = toggle(|o, on| o.shown.notes = on);
    let on_data = toggle(|o, on| o.shown.data = on);
    let on_transparent = toggle(|o, on| o.transparent = on);
    let check = |name: &'static str, label: &'static str, on: bool, onchange: Callback<Event>| {
        html! {
            <label class="check"><input type="checkbox" data-embed={name} checked={on} {onchange} />{ label }</label>
        }
    };

    let status = use_state(String::new);
    let on_copy = {
        let (status, code) = (status.clone(), code.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, code) = (status.clone(), code.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(
                    if copy(&code).await {
                        t.code_copied
                    } else {
                        t.copy_failed
                    }
                    .to_owned(),
                );
            });
        })
    };
    let o = &*options;
    html! {
        <div class="embed-panel" id="embed-panel">
            <div class="embed-options">
                <label>{ t.view_label }
                    <select data-embed="view" onchange={on_view}>
                        { for View::ALL.iter().map(|&v| option(v.key(), t.view(v), v == o.view)) }
                    </select>
                </label>
                <label>{ t.language }
                    <select data-embed="lang" onchange={on_lang}>
                        { for [Lang::Id, Lang::En].iter().map(|&l| option(l.tag(), l.button_label(), l == o.lang)) }
                    </select>
                </label>
                <label>{ t.theme }
                    <select data-embed="theme" onchange={on_theme}>
                        { option("auto", t.theme_host, o.theme == ThemeChoice::Auto) }
                        { option("light", t.light, o.theme == ThemeChoice::Light) }
                        { option("dark", t.dark, o.theme == ThemeChoice::Dark) }
                    </select>
                </label>
                if props.programs.len() > 1 {
                    <label>{ t.program_label }
                        <select data-embed="program" onchange={on_program}>
                            { for props.programs.iter().enumerate().map(|(i, (id, label))| {
                                let chosen = o.program.as_deref().map_or(i == 0, |p| p == id.as_str());
                                option(id, label, chosen)
                            }) }
                        </select>
                    </label>
                }
                <label>{ t.column }
                    <select data-embed="column" onchange={on_column}>
                        { for COLUMNS.iter().zip(t.columns).map(|(&c, label)| option(&c.to_string(), label, c == o.column)) }
                    </select>
                </label>
            </div>
            <fieldset class="embed-options">
                <legend>{ t.show_label }</legend>
                { check("title", t.show_title, o.shown.title, on_title) }
                { check("notes", t.notes, o.shown.notes, on_notes) }
                { check("data", t.show_data, o.shown.data, on_data) }
                { check("transparent", t.transparent, o.transparent, on_transparent) }
            </fieldset>
            <p class="embed-preview-label">{ t.embed_preview }</p>
            <div class="embed-preview">
                <iframe ref={preview} class="embed-preview-frame" src={src} title={format!("{}: {title}", t.embed_preview)} />
            </div>
            <label for="embed-code">{ t.embed_help }</label>
            <textarea id="embed-code" readonly=true rows="4" value={code} data-height={height.to_string()} />
            <div class="toolbar">
                <button type="button" class="button primary" onclick={on_copy}>{ t.copy_snippet }</button>
                <span class="status" role="status" aria-live="polite">{ (*status).clone() }</span>
            </div>
        </div>
    }
}
