//! The publisher page (`dist/terbitkan/`): a data officer opens a dataset,
//! or the metadata and spreadsheet CSVs, by picking or dropping files; the
//! page checks them with the widget's own core, lists every problem in
//! plain words, previews every view as readers will see it, and downloads
//! the `pantau/1` JSON to upload. Nothing leaves the officer's machine.

mod words;

use crate::core::params::Params;
use crate::core::publish::{check_uploads, classify, Outcome, Upload};
use crate::core::text::Lang;
use crate::web::dataset::Fetched;
use crate::web::export::download_text;
use crate::web::page::{self, PageState};
use crate::web::Shared;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList, HtmlInputElement};
use words::{words, Words};
use yew::prelude::*;

/// Mounts the page into `#pantau-publisher` (or the body).
pub fn start() {
    // yew installs its own panic hook when it renders, unless it was
    // given one.
    yew::set_custom_panic_hook(crate::web::crash::hook());
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("pantau-publisher"));
    match root {
        Some(root) => {
            root.set_text_content(None);
            yew::Renderer::<Publisher>::with_root(root).render();
        }
        None => {
            yew::Renderer::<Publisher>::new().render();
        }
    }
}

/// The files of a list, taken before the list is emptied (clearing the
/// input, for one, empties it).
fn files_of(list: &FileList) -> Vec<File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads every file as text.
async fn read_all(files: Vec<File>) -> Vec<Upload> {
    let mut uploads = Vec::new();
    for file in files {
        if let Ok(text) = JsFuture::from(file.text()).await {
            uploads.push(Upload {
                name: file.name(),
                text: text.as_string().unwrap_or_default(),
            });
        }
    }
    uploads
}

/// The page's state: the files so far, what they came to, and a counter
/// that gives each new preview a fresh app.
#[derive(Clone, PartialEq, Default)]
struct Files {
    uploads: Vec<Upload>,
    outcome: Option<Rc<Outcome>>,
    generation: u32,
}

fn file_list(files: &Files, t: &Words, lang: Lang) -> Html {
    if files.uploads.is_empty() {
        return html! {};
    }
    html! {
        <section class="publisher-files" aria-labelledby="files-heading">
            <h2 id="files-heading">{ t.files }</h2>
            <ul>
                { for files.uploads.iter().map(|u| html! {
                    <li><strong>{ crate::web::clip(&u.name, 120) }</strong>{ " — " }{ classify(u).name(lang) }</li>
                }) }
            </ul>
        </section>
    }
}

fn outcome_view(outcome: &Outcome, t: &Words, on_download: Callback<MouseEvent>) -> Html {
    let warnings = html! {
        if !outcome.warnings.is_empty() {
            <details class="publisher-warnings">
                <summary>{ format!("{} ({})", t.warnings, outcome.warnings.len()) }</summary>
                <ul>{ for outcome.warnings.iter().take(200).map(|w| html! { <li>{ w }</li> }) }</ul>
            </details>
        }
    };
    if outcome.problems.is_empty() {
        html! {
            <section class="publisher-result ok" aria-labelledby="result-heading">
                <h2 id="result-heading">{ t.valid }</h2>
                <p>{ t.valid_next }</p>
                <button type="button" class="button primary" data-action="download" onclick={on_download}>{ t.download }</button>
                { warnings }
            </section>
        }
    } else {
        html! {
            <section class="publisher-result" aria-labelledby="result-heading">
                <h2 id="result-heading">{ format!("{} ({})", t.problems, outcome.problems.len()) }</h2>
                <div class="alert" role="alert">
                    <ul class="problems">
                        { for outcome.problems.iter().take(500).map(|p| html! { <li><code>{ p }</code></li> }) }
                    </ul>
                </div>
                { warnings }
            </section>
        }
    }
}

#[function_component]
pub fn Publisher() -> Html {
    // The link's language, else Indonesian: the page is Indonesian first
    // (for the city's data officers), whatever the browser's language.
    let lang = use_state(|| crate::web::url::read().0.lang.unwrap_or(Lang::Id));
    let files = use_state(Files::default);
    let t = words(*lang);
    use_effect_with(*lang, |&lang| {
        page::set_lang_and_title(lang, Some(words(lang).title))
    });
    // The page works from the start: it waits for nothing but the reader.
    use_effect_with((), |_| page::set_state(PageState::Ready));
    let add = {
        let (files, lang) = (files.clone(), lang.clone());
        Callback::from(move |list: FileList| {
            let (files, lang, chosen) = (files.clone(), *lang, files_of(&list));
            wasm_bindgen_futures::spawn_local(async move {
                let mut next = (*files).clone();
                next.uploads.extend(read_all(chosen).await);
                next.outcome = Some(Rc::new(check_uploads(&next.uploads, lang)));
                next.generation += 1;
                files.set(next);
            });
        })
    };
    let onchange = {
        let add = add.clone();
        Callback::from(move |e: Event| {
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
            if let Some(list) = input.as_ref().and_then(HtmlInputElement::files) {
                add.emit(list);
            }
            if let Some(input) = input {
                // The same file can be picked again once corrected.
                input.set_value("");
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let add = add.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                add.emit(list);
            }
        })
    };
    let on_clear = {
        let files = files.clone();
        Callback::from(move |_: MouseEvent| files.set(Files::default()))
    };
    let set_lang = |l: Lang| {
        let (lang, files) = (lang.clone(), files.clone());
        Callback::from(move |_: MouseEvent| {
            lang.set(l);
            // The problems are said again in the language chosen.
            let mut next = (*files).clone();
            if !next.uploads.is_empty() {
                next.outcome = Some(Rc::new(check_uploads(&next.uploads, l)));
            }
            files.set(next);
            // A reload, or the address shared, keeps the language chosen.
            let params = Params {
                lang: Some(l),
                ..Params::default()
            };
            crate::web::url::write(&params, false);
        })
    };
    let outcome = files.outcome.clone();
    let on_download = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(outcome) = outcome.as_ref() else {
                return;
            };
            let (Some(json), Some(ds)) = (&outcome.json, &outcome.dataset) else {
                return;
            };
            if let Err(e) = download_text(&format!("{}.json", ds.id()), "application/json", json) {
                web_sys::console::error_1(&e);
            }
        })
    };
    let preview = outcome.as_ref().and_then(|o| o.dataset.clone()).map(|ds| {
        let first_load = Shared(Rc::new(Fetched {
            result: Ok(Rc::new(ds)),
            stale: None,
        }));
        let params = Params {
            lang: Some(*lang),
            ..Params::default()
        };
        html! {
            <section class="publisher-preview" aria-labelledby="preview-heading">
                <h2 id="preview-heading">{ t.preview }</h2>
                <p class="muted">{ t.preview_help }</p>
                <div class="preview-frame">
                    <Preview key={format!("{}-{}", files.generation, lang.tag())} {params} {first_load} />
                </div>
            </section>
        }
    });
    html! {
        <div class="pantau publisher">
            <header class="masthead">
                <p class="place">{ "Pantau" }</p>
                <h1>{ t.title }</h1>
                <div class="langs" role="group" aria-label={t.language}>
                    { for Lang::ALL.iter().map(|&l| html! {
                        <button type="button" class={classes!("chip", (l == *lang).then_some("active"))}
                            aria-pressed={if l == *lang { "true" } else { "false" }} lang={l.tag()} onclick={set_lang(l)}>
                            { l.name() }
                        </button>
                    }) }
                </div>
                <p class="description">{ t.intro }</p>
                <p class="privacy"><strong>{ t.privacy }</strong></p>
            </header>
            <main>
                <section class="publisher-open" aria-labelledby="open-heading">
                    <h2 id="open-heading">{ t.open }</h2>
                    <div class="drop" {ondragover} {ondrop}>
                        <label for="publisher-files">{ t.pick }</label>
                        <input id="publisher-files" type="file" multiple=true accept=".json,.csv,application/json,text/csv" {onchange} />
                        <p class="muted">{ t.drop }</p>
                    </div>
                    <p class="muted">{ t.examples }{ " " }
                        <a href="../contoh/meta.json" download="meta.json">{ "meta.json" }</a>{ ", " }
                        <a href="../contoh/series.csv" download="series.csv">{ "series.csv" }</a>{ ", " }
                        <a href="../contoh/areas.csv" download="areas.csv">{ "areas.csv" }</a>{ ". " }
                        <a href="../docs/publishing.md">{ t.guide }</a>
                    </p>
                    if !files.uploads.is_empty() {
                        <button type="button" class="button" onclick={on_clear}>{ t.clear }</button>
                    }
                </section>
                { file_list(&files, t, *lang) }
                { outcome.as_ref().map(|o| outcome_view(o, t, on_download)).unwrap_or_default() }
                { preview.unwrap_or_default() }
            </main>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    params: Params,
    first_load: Shared<Fetched>,
}

/// The explorer, as readers will see it, drawn into a box of this page;
/// made anew (by its key) for each dataset checked and each language.
#[function_component]
fn Preview(props: &PreviewProps) -> Html {
    let shown = use_memo((), |_| {
        let root = crate::web::dom::el("div").0;
        let explorer = crate::web::explorer::start(
            root.clone(),
            props.params.clone(),
            (*props.first_load.0).clone(),
            true,
        );
        (root, explorer)
    });
    Html::VRef(shown.0.clone().into())
}
