//! Sharing: "Copy link", the embed snippet, and opening another dataset
//! by its address.

use super::embed_panel::EmbedPanel;
use crate::core::model::Date;
use crate::core::params::Params;
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::core::versions::pin_label;
use crate::web::export::copy;
use crate::web::url;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub params: Params,
    pub lang: Lang,
    pub title: AttrValue,
    /// The dataset's programs (id, label), for the Embed panel.
    pub programs: Vec<(AttrValue, AttrValue)>,
    /// The dated copy of the numbers shown (its address, its date), when
    /// the bake kept one: a copied link can pin it.
    #[prop_or_default]
    pub pin: Option<(AttrValue, Date)>,
}

/// "Copy link" and "Embed".
#[function_component]
pub fn ShareBar(props: &ShareProps) -> Html {
    let t = strings(props.lang);
    let status = use_state(String::new);
    // A shared link fixes the language shown, so it reopens the same view
    // for a reader whose browser speaks another one.
    let shared = Params {
        lang: Some(props.lang),
        ..props.params.shared()
    };
    let pinned = use_state(|| false);
    let pinned_copy = props.pin.as_ref().filter(|_| *pinned);
    let link = url::link(&Params {
        data: pinned_copy
            .map(|(href, _)| href.to_string())
            .or(shared.data.clone()),
        ..shared.clone()
    })
    .unwrap_or_default();
    let on_pin = {
        let pinned = pinned.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                pinned.set(input.checked());
            }
        })
    };
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
    let open = use_state(|| false);
    let on_embed = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // Web Share where the browser has it (phones): the system's own share
    // sheet, with the link and the title.
    let can_share = use_memo((), |_| web_share().is_some());
    let on_share = {
        let (status, link, title) = (status.clone(), link.clone(), props.title.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link, title) = (status.clone(), link.clone(), title.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if !share(&title, &link).await && copy(&link).await {
                    status.set(t.copied.to_owned());
                }
            });
        })
    };
    html! {
        <div class="share">
            <div class="toolbar">
                if *can_share {
                    <button type="button" class="button" data-share="native" onclick={on_share}>{ t.share }</button>
                }
                <button type="button" class="button" onclick={on_copy_link}>{ t.copy_link }</button>
                <button type="button" class="button" aria-expanded={if *open { "true" } else { "false" }}
                    aria-controls="embed-panel" onclick={on_embed}>{ t.embed }</button>
                <span class="status" role="status" aria-live="polite">{ (*status).clone() }</span>
            </div>
            if let Some((_, date)) = &props.pin {
                <label class="pin">
                    <input type="checkbox" data-share="pin" checked={*pinned} onchange={on_pin} />
                    { " " }{ pin_label(*date, props.lang) }
                </label>
            }
            if *open {
                <EmbedPanel params={shared.clone()} lang={props.lang} title={props.title.clone()} programs={props.programs.clone()} />
            }
        </div>
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
    match share.call1(&navigator, &data) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(promise) => {
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
            Err(_) => false,
        },
        Err(_) => false,
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
