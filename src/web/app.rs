//! The app: the reducer, the dataset fetch, the page contract, and the
//! frame every view sits in.

use super::components::alert::{load_alert, replaced_notice, stale_notice};
use super::components::chrome::{masthead, settings, tabs};
use super::components::coverage::CoverageView;
use super::components::map::MapView;
use super::components::share::{DataSource, ShareBar};
use super::components::table::TablesView;
use super::components::tooltip::{position, tooltip, TipAt};
use super::components::trend::TrendView;
use super::components::ViewProps;
use super::hooks::{use_height_reports, use_host_look, use_print_opens_tables};
use super::intl::IntlFormat;
use super::page::{self, PageState};
use super::{fetch, url, Shared};
use crate::core::loading::LoadError;
use crate::core::model::Dataset;
use crate::core::model::Date;
use crate::core::params::{Params, ThemeChoice, View};
use crate::core::state::{Action, Load, UiState};
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::core::theme::{Mode, Palette};
use crate::core::validate;
use crate::core::versions::{pinned_date, version_date};
use std::rc::Rc;
use yew::prelude::*;

/// The dated copies a bake kept, as they concern the dataset shown.
struct Versions {
    /// The kept copy of the live numbers shown (its address as the page
    /// gives it, and its date): links can pin it.
    pin: Option<(String, Date)>,
    /// The date of the copy a pinned link shows, when a newer one has
    /// replaced it, and the link to the latest numbers.
    replaced: Option<(Date, String)>,
}

impl Versions {
    fn of(params: &Params, ds: Option<&Dataset>, kept: &Option<fetch::KeptVersion>) -> Versions {
        let none = Versions {
            pin: None,
            replaced: None,
        };
        let Some(kept) = kept else {
            return none;
        };
        let shown = fetch::absolute(params.data_url(), &fetch::page_url());
        let Some(kept_date) = pinned_date(&kept.live, &kept.absolute) else {
            return none;
        };
        // The live file is the kept copy when it carries the copy's date:
        // the bake names the copy after the `updated` date it read.
        let pin = ds
            .filter(|ds| shown == kept.live && version_date(ds) == kept_date)
            .map(|_| (kept.href.clone(), kept_date));
        let replaced = pinned_date(&kept.live, &shown)
            .filter(|_| shown != kept.absolute)
            .map(|date| {
                let latest = Params {
                    data: (kept.live_href != crate::core::params::DEFAULT_DATA)
                        .then(|| kept.live_href.clone()),
                    ..params.clone()
                };
                (date, url::relative_url(&latest).unwrap_or_default())
            });
        Versions { pin, replaced }
    }
}

/// What a fetch of the dataset came to.
pub type LoadResult = Result<Rc<Dataset>, Rc<LoadError>>;

/// A fetch's answer: the dataset or why not, and, when the dataset is the
/// last good copy a bake kept, why the live file could not be used.
#[derive(Clone, PartialEq)]
pub struct Fetched {
    pub result: LoadResult,
    pub stale: Option<Rc<LoadError>>,
}

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

fn browser_lang() -> Lang {
    let languages: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Lang::negotiate(languages.iter().map(String::as_str))
}

/// Fetches and validates the dataset at `absolute`.
async fn fetch_valid(absolute: String) -> LoadResult {
    match fetch::fetch_text(&absolute).await {
        Ok(text) => validate::parse(&text).map(Rc::new).map_err(|errors| {
            Rc::new(LoadError::Invalid {
                url: absolute,
                errors,
            })
        }),
        Err(e) => Err(Rc::new(e)),
    }
}

/// The last good copy a bake kept of the dataset at `absolute`, named by a
/// `<link id="pantau-last-good" data-for="…">` in the page.
fn last_good_copy(absolute: &str) -> Option<String> {
    let page = fetch::page_url();
    let link = web_sys::window()?
        .document()?
        .get_element_by_id("pantau-last-good")?;
    let of = fetch::absolute(&link.get_attribute("data-for")?, &page);
    (of == absolute)
        .then(|| fetch::absolute(&link.get_attribute("href").unwrap_or_default(), &page))
}

/// Fetches and validates the dataset at `url` (relative to the page). If
/// the file cannot be loaded or is invalid and the page keeps a last good
/// copy of it, that copy is used, with the reason kept for the notice and
/// the console: the one case where older numbers are shown.
pub async fn fetch_dataset(url: &str) -> Fetched {
    let absolute = fetch::absolute(url, &fetch::page_url());
    let live = fetch_valid(absolute.clone()).await;
    let Err(why) = live else {
        return Fetched {
            result: live,
            stale: None,
        };
    };
    if let Some(copy) = last_good_copy(&absolute) {
        if let Ok(ds) = fetch_valid(copy).await {
            web_sys::console::error_1(
                &format!(
                    "Pantau: showing the last good copy of the data. {}",
                    why.details(Lang::En).join("; ")
                )
                .into(),
            );
            return Fetched {
                result: Ok(ds),
                stale: Some(why),
            };
        }
    }
    Fetched {
        result: Err(why),
        stale: None,
    }
}

/// Fetches the dataset, then reports back as fetch `attempt`.
fn load(url: String, attempt: u32, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        let Fetched { result, stale } = fetch_dataset(&url).await;
        dispatch.emit(Action::Loaded {
            attempt,
            result,
            stale,
        });
    });
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let initial_lang = use_memo((), |_| browser_lang());
    let store = use_reducer(|| {
        let mut state = UiState::new(props.params.clone(), *initial_lang);
        let attempt = state.attempt;
        let Fetched { result, stale } = (*props.first_load).clone();
        state.apply(Action::Loaded {
            attempt,
            result,
            stale,
        });
        Store(state)
    });
    let state = &store.0;
    let lang = state.lang;
    let t = strings(lang);
    // Callbacks made once, so a new tooltip re-renders the tooltip and not
    // every view whose props would otherwise hold a fresh callback.
    let dispatch = {
        let dispatcher = store.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };

    let prefers_dark = page::use_prefers_dark();
    // In an embed, `auto` follows the host page where it sits (its
    // `embed.js` says how it looks), then the reader's system.
    let host = use_host_look();
    let mode = match (state.params.theme, host) {
        (ThemeChoice::Light, _) => Mode::Light,
        (ThemeChoice::Dark, _) => Mode::Dark,
        (ThemeChoice::Auto, Some(host)) => host.mode,
        (ThemeChoice::Auto, None) if prefers_dark => Mode::Dark,
        (ThemeChoice::Auto, None) => Mode::Light,
    };
    // The host's background, when the widget has the host's scheme.
    let background = host.filter(|h| h.mode == mode).map(|h| h.background);
    // The page's colours and language are set while rendering, not in an
    // effect: the first layout then already has them, instead of the whole
    // page being styled and laid out again once the chart is mounted.
    let palette = use_memo(
        (
            mode,
            state.params.accent,
            background,
            state.params.transparent,
        ),
        |(mode, accent, background, transparent)| {
            let mut palette = Palette::new(*mode, *accent);
            if let Some(background) = background {
                palette = palette.on_background(*background);
            }
            palette.transparent = *transparent;
            page::apply_palette(&palette);
            palette
        },
    );
    let format = use_memo(lang, |lang| IntlFormat::new(*lang));
    let tip = use_state_eq(|| None::<TipAt>);
    use_effect_with((*tip).clone(), |tip| position(tip.as_ref()));

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
        let title = state
            .dataset()
            .map(|ds| super::clip(ds.title().get(lang), 120));
        let preview = props.preview;
        use_memo((lang, title), |(lang, title)| {
            if !preview {
                page::set_lang_and_title(*lang, title.as_deref())
            }
        });
    }
    {
        let preview = props.preview;
        // Another view than the address bar names is a new entry in the
        // tab's history (never in an embed, whose history is the host
        // page's too); after Back or Forward they agree, and it is not.
        use_effect_with(state.params.clone(), move |params| {
            if !preview {
                let new_entry = !super::embedded(params) && url::read().0.view != params.view;
                url::write(params, new_entry)
            }
        });
    }
    {
        // Back and Forward between views: the view the address now names.
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "popstate", move |_| {
                    dispatch.emit(Action::SetView(url::read().0.view));
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

    let on_tip = {
        let set_tip = tip.setter();
        use_callback((), move |t: Option<TipAt>, _| set_tip.set(t))
    };
    let on_drawn = use_callback((), |_: (), _| page::set_state(PageState::Ready));
    let on_load = use_callback(dispatch.clone(), |url: String, dispatch| {
        dispatch.emit(Action::LoadData(url))
    });
    let embed = super::embedded(&state.params);
    // Worked out when the address or the dataset changes, not on every
    // render (a tooltip moving re-renders the app).
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

    let body = match &state.load {
        Load::Loading => html! { <p class="loading" aria-live="polite">{ t.loading }</p> },
        Load::Failed(error) => {
            let on_retry = dispatch.reform(|_: ()| Action::Retry);
            // Without a dataset there is no masthead: the page still gets
            // its one top heading.
            html! {
                <>
                    <h1 class="error-title">{ t.error_title }</h1>
                    { load_alert(error, lang, &on_retry) }
                </>
            }
        }
        Load::Ready(ds) => {
            let view_props = ViewProps {
                dataset: Shared(ds.clone()),
                params: state.params.clone(),
                lang,
                palette: Shared(palette.clone()),
                format: Shared(format.clone()),
                on_tip: on_tip.clone(),
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
            // An embed's reader can get the numbers behind it in one click.
            let data_file = fetch::absolute(state.params.data_url(), &fetch::page_url());
            let full_view = url::full_view_link(&state.params).unwrap_or_default();
            html! {
                <>
                    if let Some(why) = &state.stale {
                        { stale_notice(ds, why, lang) }
                    }
                    if let Some((date, latest)) = &versions.replaced {
                        { replaced_notice(*date, latest, lang) }
                    }
                    { view }
                    if embed {
                        <p class="full-view">
                            <a href={full_view} target="_blank" rel="noopener">{ t.open_full_view }<span aria-hidden="true">{ " ↗" }</span><span class="sr-only">{ " " }{ t.opens_new_tab }</span></a>
                            if state.params.shown().data {
                                { " · " }
                                <a href={data_file} target="_blank" rel="noopener">{ t.data_file }<span class="sr-only">{ " " }{ t.opens_new_tab }</span></a>
                            }
                        </p>
                    } else {
                        <ShareBar params={state.params.clone()} {lang} title={super::clip(ds.title().get(lang), 200)}
                            pin={versions.pin.clone().map(|(href, date)| (AttrValue::from(href), date))}
                            programs={(*programs).clone()} />
                    }
                </>
            }
        }
    };

    let data_source = if embed {
        html! {}
    } else {
        let on_load = on_load.clone();
        html! { <DataSource url={state.params.data_url().to_owned()} {lang} {on_load} /> }
    };

    let header = state
        .dataset()
        .map(|ds| masthead(ds, lang, embed, !embed || state.params.shown().title))
        .unwrap_or_default();
    let bar = match state.dataset() {
        Some(_) if !embed => html! {
            <div class="bar">
                { tabs(state.params.view, lang, &dispatch) }
                { settings(lang, state.params.theme, &dispatch) }
            </div>
        },
        _ if !embed => html! {
            <div class="bar">{ settings(lang, state.params.theme, &dispatch) }</div>
        },
        _ => html! {},
    };
    html! {
        <div class={classes!("pantau", embed.then_some("embed"))}>
            { header }
            { bar }
            // The tooltip belongs to the chart it describes: in the main
            // landmark with it.
            <main>{ body }{ tooltip((*tip).as_ref()) }</main>
            { data_source }
        </div>
    }
}
