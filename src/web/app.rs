//! The full app: the reducer, the page contract, and the frame every view
//! sits in.

use super::components::chrome::{settings, tabs};
use super::components::coverage::CoverageView;
use super::components::map::MapView;
use super::components::share::{DataSource, ShareBar};
use super::components::table::TablesView;
use super::components::trend::TrendView;
use super::components::{use_part, ViewProps};
use super::dataset::{fetch_dataset, Fetched, Versions};
use super::hooks::{use_height_reports, use_host_look, use_print_opens_tables};
use super::page::{self, PageState};
use super::{fetch, parts, url, Shared};
use crate::core::format::PlainFormat;
use crate::core::params::{Params, View};
use crate::core::state::{Action, Load, UiState};
use crate::core::strings::strings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The parameters read from the URL at start-up.
    pub params: Params,
    /// The answer to the first fetch, made before the app was mounted.
    pub first_load: Shared<Fetched>,
    /// A preview inside another page (the publisher page): the page's
    /// address, title and language stay that page's own.
    #[prop_or_default]
    pub preview: bool,
}

/// The reducer's state, as yew wants it.
#[derive(PartialEq)]
struct Store(UiState);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        Rc::new(Store(next))
    }
}

/// Fetches the dataset, then reports back as fetch `attempt`.
fn load(url: String, attempt: u32, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        dispatch.emit(fetch_dataset(&url).await.into_action(attempt));
    });
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let initial_lang = use_memo((), |_| super::locale::browser_lang());
    let store = use_reducer(|| {
        let mut state = UiState::new(props.params.clone(), *initial_lang);
        let attempt = state.attempt;
        state.apply((*props.first_load).clone().into_action(attempt));
        Store(state)
    });
    let state = &store.0;
    let lang = state.lang;
    let t = strings(lang);
    // Callbacks made once, so a state change does not re-render every view
    // whose props would otherwise hold a fresh callback.
    let dispatch = {
        let dispatcher = store.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };

    let prefers_dark = page::use_prefers_dark();
    let host = use_host_look();
    // The page's colours are set while rendering, not in an effect: the
    // first layout then already has them, instead of the whole page being
    // styled and laid out again once the chart is mounted.
    let palette = use_memo(
        (
            state.params.theme,
            state.params.accent,
            state.params.transparent,
            host,
            prefers_dark,
        ),
        |_| {
            let palette = page::palette(&state.params, host, prefers_dark);
            page::apply_palette(&palette);
            palette
        },
    );
    let format = use_memo(lang, |lang| PlainFormat(*lang));

    {
        // The first fetch was answered before mounting; later ones (another
        // dataset, a retry) are made here.
        let first_attempt = use_mut_ref(|| true);
        let dispatch = dispatch.clone();
        use_effect_with(
            (state.params.data_url().to_owned(), state.attempt),
            move |(url, attempt)| {
                if !first_attempt.replace(false) {
                    page::set_state(PageState::Loading);
                    load(url.clone(), *attempt, dispatch);
                }
            },
        );
    }
    {
        let title = page::title(state);
        let preview = props.preview;
        use_memo((lang, title), |(lang, title)| {
            if !preview {
                page::set_lang_and_title(*lang, Some(title.as_str()))
            }
        });
    }
    // The parameters shown, for the Back and Forward listener below; kept
    // when they change, not on every render.
    let shown = use_mut_ref(Params::default);
    {
        let preview = props.preview;
        let shown = shown.clone();
        // Another view or dataset than the address bar names is a new
        // entry in the tab's history; after Back or Forward they agree, and
        // it is not.
        use_effect_with(state.params.clone(), move |params| {
            *shown.borrow_mut() = params.clone();
            if !preview {
                let address = url::read().0;
                let new_entry =
                    address.view != params.view || address.data_url() != params.data_url();
                url::write(params, new_entry)
            }
        });
    }
    {
        // Back and Forward: the dataset, view and filters the address now
        // names. The address gets the reader's language and theme at once:
        // an entry that differs only in them changes no state, so nothing
        // else would write it. Not in the publisher's preview: the address
        // is the publisher page's.
        let dispatch = dispatch.clone();
        let preview = props.preview;
        use_effect_with((), move |_| {
            let listener = web_sys::window().filter(|_| !preview).map(|w| {
                gloo_events::EventListener::new(&w, "popstate", move |_| {
                    let address = url::read().0;
                    url::write(&shown.borrow().navigated_to(address.clone()), false);
                    dispatch.emit(Action::Navigated(address));
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with(state.warnings.clone(), |warnings| url::warn(warnings));
    {
        let failed = matches!(state.load, Load::Failed(_));
        use_effect_with(failed, |failed| {
            if *failed {
                page::set_state(PageState::Error);
            }
        });
    }

    use_height_reports(state.params.frame.clone());
    use_print_opens_tables();

    let on_drawn = use_callback((), |_: (), _| page::set_state(PageState::Ready));
    let on_load = use_callback(dispatch.clone(), |url: String, dispatch| {
        dispatch.emit(Action::LoadData(url))
    });
    // Worked out when the address or the dataset changes, not on every
    // render.
    let kept = use_memo((), |_| fetch::kept_version());
    let shown = state.dataset().map(|ds| Shared(ds.clone()));
    let versions = use_memo((state.params.clone(), shown.clone()), |(params, ds)| {
        Versions::of(params, ds.as_deref(), &kept)
    });
    let programs = use_memo((shown, lang), |(ds, lang)| {
        ds.iter()
            .flat_map(|ds| ds.programs())
            .map(|p| {
                (
                    AttrValue::from(p.id().to_owned()),
                    AttrValue::from(super::clip(p.label().get(*lang), 80)),
                )
            })
            .collect::<Vec<_>>()
    });
    // What a citation and an export name: this view with its own filters,
    // in the language shown, and pinned to the dated copy of its numbers
    // when the bake kept one, so the cited figures never change.
    let link = url::link(&Params {
        lang: Some(lang),
        data: versions
            .pin
            .as_ref()
            .map(|(href, _)| href.clone())
            .or(state.params.data.clone()),
        ..state.params.shared()
    })
    .unwrap_or_default();

    // What was loaded changes only with a fetch's answer, and each fetch
    // has its own attempt number: the parts drawn from it are made again
    // when that key changes, without comparing errors or datasets.
    let loaded = (state.attempt, matches!(state.load, Load::Loading), lang);
    let alert = use_part(loaded, |_, listeners| {
        let Load::Failed(error) = &state.load else {
            return Vec::new();
        };
        let dispatch = dispatch.clone();
        let retry = parts::retry_button(lang).on(listeners, "click", move |_| {
            // After this handler: the new state drops its listener.
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move { dispatch.emit(Action::Retry) });
        });
        vec![parts::load_alert(error, lang, retry)]
    });
    let stale = use_part(loaded, |_, _| match (&state.stale, state.dataset()) {
        (Some(why), Some(ds)) => vec![parts::stale_notice(ds, why, lang)],
        _ => Vec::new(),
    });
    let header = use_part(loaded, |_, _| {
        state
            .dataset()
            .iter()
            .map(|ds| parts::full_masthead(ds, lang))
            .collect()
    });
    // By value: `versions` is worked out again on every filter change, and
    // a status made again may be announced again.
    let replaced = use_part((versions.replaced.clone(), lang), |(replaced, lang), _| {
        replaced
            .iter()
            .map(|(date, latest)| parts::replaced_notice(*date, latest, *lang))
            .collect()
    });

    let body = match &state.load {
        Load::Loading => html! { <p class="loading" aria-live="polite">{ t.loading }</p> },
        // Without a dataset there is no masthead: the page still gets its
        // one top heading.
        Load::Failed(_) => html! {
            <>
                <h1 class="error-title">{ t.error_title }</h1>
                { alert }
            </>
        },
        Load::Ready(ds) => {
            let view_props = ViewProps {
                dataset: Shared(ds.clone()),
                params: state.params.clone(),
                lang,
                palette: Shared(palette.clone()),
                format: Shared(format.clone()),
                dispatch: dispatch.clone(),
                on_drawn: on_drawn.clone(),
                link: link.clone(),
            };
            let view = match state.params.view {
                View::Trend => html! { <TrendView ..view_props /> },
                View::Coverage => html! { <CoverageView ..view_props /> },
                View::Map => html! { <MapView ..view_props /> },
                View::Table => html! { <TablesView ..view_props /> },
            };
            html! {
                <>
                    { stale }
                    { replaced }
                    { view }
                    <ShareBar params={state.params.clone()} {lang} title={super::clip(ds.title().get(lang), 200)}
                        pin={versions.pin.clone().map(|(href, date)| (AttrValue::from(href), date))}
                        programs={(*programs).clone()} />
                </>
            }
        }
    };

    let data_source =
        html! { <DataSource url={state.params.data_url().to_owned()} {lang} {on_load} /> };

    let bar = match state.dataset() {
        Some(_) => html! {
            <div class="bar">
                { tabs(state.params.view, lang, &dispatch) }
                { settings(lang, state.params.theme, &dispatch) }
            </div>
        },
        None => html! {
            <div class="bar">{ settings(lang, state.params.theme, &dispatch) }</div>
        },
    };
    html! {
        <div class="pantau">
            { header }
            { bar }
            // The chart puts its tooltip in the main landmark with it.
            <main>{ body }</main>
            { data_source }
        </div>
    }
}
