//! Sharing: "Copy link", the embed snippet, and opening another dataset
//! by its address.

use crate::core::params::Params;
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::web::export::copy;
use crate::web::fetch::{absolute, page_url};
use crate::web::url;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub params: Params,
    pub lang: Lang,
    pub title: AttrValue,
}

/// The snippet a web team pastes: a lazy, borderless, full-width iframe
/// with a title, and the script that sets its height.
/// The theme is left to the host: `auto` follows the `color-scheme` of the
/// page the iframe sits in.
pub fn embed_snippet(params: &Params, title: &str, frame: &str) -> Option<String> {
    let mut embedded = params.clone();
    embedded.embed = true;
    embedded.frame = Some(frame.to_owned());
    embedded.theme = crate::core::params::ThemeChoice::Auto;
    let src = url::link(&embedded)?;
    let script = absolute("embed.js", &page_url());
    let attr = crate::core::text::escape_markup;
    Some(format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"520\" style=\"border:0;width:100%\" loading=\"lazy\"></iframe>\n<script src=\"{}\" async></script>",
        attr(&src),
        attr(title),
        attr(&script)
    ))
}

/// "Copy link" and "Embed".
#[function_component]
pub fn ShareBar(props: &ShareProps) -> Html {
    let t = strings(props.lang);
    let status = use_state(String::new);
    let snippet = use_state(|| None::<String>);
    // A shared link fixes the language shown, so it reopens the same view
    // for a reader whose browser speaks another one.
    let shared = Params {
        lang: Some(props.lang),
        ..props.params.shared()
    };
    let link = url::link(&shared).unwrap_or_default();
    let on_copy_link = {
        let (status, link) = (status.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(if copy(&link).await {
                    t.copied.to_owned()
                } else {
                    format!("{}: {link}", t.copy_failed)
                });
            });
        })
    };
    let on_embed = {
        // Two embeds on one page are told apart by their titles: the view
        // is named after the dataset.
        let title = format!("{} — {}", props.title, t.view(shared.view));
        let (snippet, params) = (snippet.clone(), shared.clone());
        Callback::from(move |_: MouseEvent| {
            if snippet.is_some() {
                snippet.set(None);
            } else {
                let frame = format!("pantau-{:06}", (js_sys::Math::random() * 1e6) as u32);
                snippet.set(embed_snippet(&params, &title, &frame));
            }
        })
    };
    let on_copy_snippet = {
        let (status, snippet) = (status.clone(), snippet.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, text) = (status.clone(), (*snippet).clone().unwrap_or_default());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(if copy(&text).await {
                    t.code_copied.to_owned()
                } else {
                    t.copy_failed.to_owned()
                });
            });
        })
    };
    html! {
        <div class="share">
            <div class="toolbar">
                <button type="button" class="button" onclick={on_copy_link}>{ t.copy_link }</button>
                <button type="button" class="button" aria-expanded={if snippet.is_some() { "true" } else { "false" }}
                    aria-controls="embed-panel" onclick={on_embed}>{ t.embed }</button>
                <span class="status" role="status" aria-live="polite">{ (*status).clone() }</span>
            </div>
            if let Some(code) = (*snippet).clone() {
                <div class="embed-panel" id="embed-panel">
                    <label for="embed-code">{ t.embed_help }</label>
                    <textarea id="embed-code" readonly=true rows="4" value={code} />
                    <button type="button" class="button primary" onclick={on_copy_snippet}>{ t.copy_snippet }</button>
                </div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DataSourceProps {
    /// The dataset URL now shown.
    pub url: AttrValue,
    pub lang: Lang,
    pub on_load: Callback<String>,
}

/// Opens another dataset by its address, for a journalist exploring
/// another city's published file.
#[function_component]
pub fn DataSource(props: &DataSourceProps) -> Html {
    let t = strings(props.lang);
    let input = use_node_ref();
    let onsubmit = {
        let (input, on_load) = (input.clone(), props.on_load.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(field) = input.cast::<web_sys::HtmlInputElement>() {
                on_load.emit(field.value());
            }
        })
    };
    html! {
        <details class="other-data">
            <summary>{ t.dataset_url }</summary>
            <form class="load-data" {onsubmit}>
                <label for="data-url" class="sr-only">{ t.dataset_url }</label>
                <input id="data-url" ref={input} type="text" inputmode="url" spellcheck="false" value={props.url.clone()} />
                <button type="submit" class="button">{ t.load }</button>
            </form>
        </details>
    }
}
