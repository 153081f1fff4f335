//! The explorer's controls: the view tabs, the language and theme
//! settings, the trend's legend and year range, the coverage's program
//! and kecamatan choices, and the form that opens another dataset. Each
//! turns the reader's choice into an [`Action`].

use super::Dispatch;
use crate::core::format::plain;
use crate::core::model::{Dataset, Year};
use crate::core::params::{ThemeChoice, View};
use crate::core::state::Action;
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::core::theme::{Dash, Marker, Palette, SeriesStyle};
use crate::core::view::LegendItem;
use crate::web::clip;
use crate::web::dom::{el, svg, El};
use crate::web::page::{self, PageState};
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The value of the `<select>` or `<input>` an event came from.
pub fn target_value(e: &web_sys::Event) -> Option<String> {
    let target = e.target()?;
    if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        return Some(select.value());
    }
    target
        .dyn_ref::<web_sys::HtmlInputElement>()
        .map(|input| input.value())
}

/// Whether the checkbox an event came from is ticked.
pub fn target_checked(e: &web_sys::Event) -> Option<bool> {
    e.target()?
        .dyn_ref::<web_sys::HtmlInputElement>()
        .map(|input| input.checked())
}

/// An `<option>`, chosen or not.
pub fn option(value: &str, label: &str, chosen: bool) -> El {
    el("option")
        .attr("value", value)
        .attr_if("selected", chosen.then_some(""))
        .text(label)
}

/// A `<select>` that dispatches what `action` makes of the value chosen.
fn select(
    listeners: &mut Vec<EventListener>,
    dispatch: &Dispatch,
    action: impl Fn(String) -> Option<Action> + 'static,
) -> El {
    let dispatch = Rc::clone(dispatch);
    el("select").on(listeners, "change", move |e| {
        if let Some(action) = target_value(e).and_then(&action) {
            dispatch(action)
        }
    })
}

/// One tab per view, then the language buttons and the theme choice.
pub fn bar(
    view: Option<View>,
    lang: Lang,
    theme: ThemeChoice,
    dispatch: &Dispatch,
    listeners: &mut Vec<EventListener>,
) -> El {
    let t = strings(lang);
    let tabs = view.map(|current| {
        el("nav")
            .class("tabs")
            .attr("aria-label", t.views_label)
            .children(View::ALL.iter().map(|&view| {
                let active = view == current;
                let dispatch = Rc::clone(dispatch);
                let tab = el("button")
                    .attr("type", "button")
                    .class(if active { "tab active" } else { "tab" })
                    .attr_if("aria-current", active.then_some("page"))
                    .attr("data-view", view.key())
                    .text(t.view(view));
                let shown = tab.0.clone();
                tab.on(listeners, "click", move |_| {
                    // Loading until the new view has drawn: set before the
                    // dispatch, so the view's own "ready" always comes
                    // after. Read when clicked: the tabs are changed in
                    // place (`show_view_and_theme`).
                    if !shown.has_attribute("aria-current") {
                        page::set_state(PageState::Loading);
                    }
                    dispatch(Action::SetView(view))
                })
            }))
    });
    let langs = el("div")
        .class("langs")
        .attr("role", "group")
        .attr("aria-label", t.language)
        .children(Lang::ALL.iter().map(|&l| {
            let dispatch = Rc::clone(dispatch);
            el("button")
                .attr("type", "button")
                .class(if l == lang { "chip active" } else { "chip" })
                .attr("aria-pressed", if l == lang { "true" } else { "false" })
                .attr("lang", l.tag())
                .attr("aria-label", l.button_label())
                .text(&l.tag().to_ascii_uppercase())
                .on(listeners, "click", move |_| dispatch(Action::SetLang(l)))
        }));
    let themes = select(listeners, dispatch, |v| {
        Some(Action::SetTheme(match v.as_str() {
            "light" => ThemeChoice::Light,
            "dark" => ThemeChoice::Dark,
            _ => ThemeChoice::Auto,
        }))
    })
    .id("theme")
    .children(
        [ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark]
            .iter()
            .map(|&th| option(th.key(), t.theme_name(th), th == theme)),
    );
    let settings = el("section")
        .class("settings")
        .attr("aria-label", t.settings_label)
        .child(langs)
        .child(
            el("label")
                .class("theme-select")
                .text(t.theme)
                .text(" ")
                .child(themes),
        );
    el("div").class("bar").child_if(tabs).child(settings)
}

/// Shows another view or theme in a bar made by [`bar`], in place: the
/// control the reader used keeps the focus, and a screen reader says only
/// its new state.
pub fn show_view_and_theme(bar: &web_sys::Element, view: Option<View>, theme: ThemeChoice) {
    let tabs = view.and_then(|_| bar.query_selector_all(".tab").ok());
    if let (Some(tabs), Some(view)) = (tabs, view) {
        for tab in (0..tabs.length()).filter_map(|i| tabs.get(i)) {
            let Ok(tab) = tab.dyn_into::<web_sys::Element>() else {
                continue;
            };
            let active = tab.get_attribute("data-view").as_deref() == Some(view.key());
            let _ = tab.set_attribute("class", if active { "tab active" } else { "tab" });
            let _ = if active {
                tab.set_attribute("aria-current", "page")
            } else {
                tab.remove_attribute("aria-current")
            };
        }
    }
    set_select(bar, "#theme", theme.key());
}

/// Chooses `value` in the `<select>` `selector` names under `root`, as a
/// select made anew would have it (its `selected` option too).
pub fn set_select(root: &web_sys::Element, selector: &str, value: &str) {
    let Some(select) = root.query_selector(selector).ok().flatten() else {
        return;
    };
    if let Ok(options) = select.query_selector_all("option") {
        for option in (0..options.length()).filter_map(|i| options.get(i)) {
            if let Ok(option) = option.dyn_into::<web_sys::Element>() {
                let _ = if option.get_attribute("value").as_deref() == Some(value) {
                    option.set_attribute("selected", "")
                } else {
                    option.remove_attribute("selected")
                };
            }
        }
    }
    if let Some(select) = select.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.set_value(value);
    }
}

/// A coordinate to a tenth of a pixel.
fn tenths(value: f64) -> String {
    plain((value * 10.0).round() / 10.0)
}

/// A small SVG of a series' line and marker.
fn key_icon(slot: usize, palette: &Palette) -> El {
    let style = SeriesStyle::for_slot(slot);
    let color = palette.series_color(slot).to_string();
    let dash = match style.dash {
        Dash::Solid => String::new(),
        other => other
            .pattern()
            .iter()
            .map(|p| plain(p * 0.6))
            .collect::<Vec<_>>()
            .join(" "),
    };
    let fill = if style.hollow { "none" } else { &color };
    let stroked = |shape: El, width: &str| shape.attr("stroke", &color).attr("stroke-width", width);
    let center = (12.0, 7.0);
    let marker: Vec<El> = match style.marker.polygon(center, 4.0) {
        Some(points) => {
            let points = points
                .iter()
                .map(|(x, y)| format!("{},{}", tenths(*x), tenths(*y)))
                .collect::<Vec<_>>()
                .join(" ");
            vec![stroked(
                svg("polygon").attr("points", &points).attr("fill", fill),
                "1.5",
            )]
        }
        None if style.marker == Marker::Circle => vec![stroked(
            svg("circle")
                .attr("cx", "12")
                .attr("cy", "7")
                .attr("r", "4")
                .attr("fill", fill),
            "1.5",
        )],
        None => style
            .marker
            .strokes(center, 4.0)
            .iter()
            .map(|[a, b]| {
                stroked(
                    svg("line")
                        .attr("x1", &plain(a.0))
                        .attr("y1", &plain(a.1))
                        .attr("x2", &plain(b.0))
                        .attr("y2", &plain(b.1)),
                    "2",
                )
            })
            .collect(),
    };
    let line = stroked(
        svg("line")
            .attr("x1", "1")
            .attr("y1", "7")
            .attr("x2", "23")
            .attr("y2", "7"),
        "2",
    );
    let line = if dash.is_empty() {
        line
    } else {
        line.attr("stroke-dasharray", &dash)
    };
    svg("svg")
        .class("key")
        .attr("width", "24")
        .attr("height", "14")
        .attr("viewBox", "0 0 24 14")
        .attr("aria-hidden", "true")
        .attr("focusable", "false")
        .child(line)
        .children(marker)
}

/// One toggle per series, each showing the series' colour, dash and
/// marker, so colour is never the only key.
pub fn legend(
    items: &[LegendItem],
    palette: &Palette,
    lang: Lang,
    dispatch: &Dispatch,
    listeners: &mut Vec<EventListener>,
) -> El {
    let t = strings(lang);
    let items = items.iter().map(|item| {
        let (id, dispatch) = (item.id.clone(), Rc::clone(dispatch));
        let button = el("button")
            .attr("type", "button")
            .class(if item.shown {
                "legend-item"
            } else {
                "legend-item off"
            })
            .attr("aria-pressed", if item.shown { "true" } else { "false" })
            .attr("title", t.legend_hint)
            .child(key_icon(item.series, palette))
            .child(
                el("span")
                    .attr_if("lang", item.lang.as_deref())
                    .text(&item.label),
            )
            .on(listeners, "click", move |_| {
                dispatch(Action::ToggleSeries(id.clone()))
            });
        el("li").child(button)
    });
    el("div")
        .class("legend")
        .child(
            el("span")
                .class("legend-title")
                .id("legend-title")
                .text(t.series_legend),
        )
        .child(
            el("ul")
                .attr("aria-labelledby", "legend-title")
                .children(items),
        )
}

/// The first and last year drawn.
pub fn year_range(
    years: (Year, Year),
    range: (Year, Year),
    lang: Lang,
    dispatch: &Dispatch,
    listeners: &mut Vec<EventListener>,
) -> El {
    let t = strings(lang);
    let (from, to) = (range.0.get(), range.1.get());
    let fieldset = el("fieldset").class("range");
    let mut end = |is_from: bool| {
        let (id, label, value, other_id, other_end) = if is_from {
            ("range-from", t.from, from, "#range-to", to)
        } else {
            ("range-to", t.to, to, "#range-from", from)
        };
        let shown = fieldset.0.clone();
        let choice = select(listeners, dispatch, move |v| {
            let year = v.parse::<i32>().ok()?;
            // The other end as shown now: the selects are changed in
            // place as the range changes.
            let other = shown
                .query_selector(other_id)
                .ok()
                .flatten()
                .and_then(|s| s.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| s.value().parse::<i32>().ok())
                .unwrap_or(other_end);
            // The end just chosen wins; the other end follows it when they
            // would cross, so the two selects always show what is drawn.
            Some(if is_from {
                Action::SetRange(year, other.max(year))
            } else {
                Action::SetRange(other.min(year), year)
            })
        })
        .id(id)
        .children((years.0.get()..=years.1.get()).map(|y| {
            let y_text = y.to_string();
            option(&y_text, &y_text, y == value)
        }));
        el("label")
            .attr("for", id)
            .text(label)
            .text(" ")
            .child(choice)
    };
    let (first, last) = (end(true), end(false));
    fieldset
        .child(el("legend").text(t.years))
        .child(first)
        .child(last)
}

/// Shows one kecamatan or all.
pub fn group_filter(
    ds: &Dataset,
    group: Option<&str>,
    lang: Lang,
    dispatch: &Dispatch,
    listeners: &mut Vec<EventListener>,
) -> Option<El> {
    let areas = ds.areas()?;
    let t = strings(lang);
    let choice = select(listeners, dispatch, |v| {
        Some(Action::SetGroup(Some(v).filter(|g| !g.is_empty())))
    })
    .id("group-filter")
    .child(option("", t.group_all, group.is_none()))
    .children(
        areas
            .groups()
            .into_iter()
            .map(|g| option(g, &clip(g, 80), group == Some(g))),
    );
    Some(
        el("label")
            .class("group-filter")
            .attr("for", "group-filter")
            .text(areas.group_level().get(lang))
            .text(" ")
            .child(choice),
    )
}

/// Chooses the program shown, when the dataset has more than one.
pub fn program_filter(
    ds: &Dataset,
    program: usize,
    lang: Lang,
    dispatch: &Dispatch,
    listeners: &mut Vec<EventListener>,
) -> Option<El> {
    if ds.programs().len() < 2 {
        return None;
    }
    let choice = select(listeners, dispatch, |v| Some(Action::SetProgram(Some(v))))
        .id("program-filter")
        .children(
            ds.programs()
                .iter()
                .enumerate()
                .map(|(i, p)| option(p.id(), &clip(p.label().get(lang), 80), i == program)),
        );
    Some(
        el("label")
            .class("group-filter")
            .attr("for", "program-filter")
            .text(strings(lang).program_label)
            .text(" ")
            .child(choice),
    )
}

/// Opens another dataset by its address, for a journalist exploring
/// another city's published file.
pub fn data_source(
    url: &str,
    lang: Lang,
    dispatch: &Dispatch,
    listeners: &mut Vec<EventListener>,
) -> El {
    let t = strings(lang);
    let input = el("input")
        .id("data-url")
        .attr("type", "text")
        .attr("inputmode", "url")
        .attr("spellcheck", "false")
        .attr("value", url);
    let field = input.0.clone();
    let dispatch = Rc::clone(dispatch);
    let form = el("form")
        .class("load-data")
        .child(
            el("label")
                .attr("for", "data-url")
                .class("sr-only")
                .text(t.dataset_url),
        )
        .child(input)
        .child(
            el("button")
                .attr("type", "submit")
                .class("button")
                .text(t.load),
        )
        .on_active(listeners, "submit", move |e| {
            e.prevent_default();
            if let Some(field) = field.dyn_ref::<web_sys::HtmlInputElement>() {
                dispatch(Action::LoadData(field.value()))
            }
        });
    el("details")
        .class("other-data")
        .child(el("summary").text(t.dataset_url))
        .child(form)
}
