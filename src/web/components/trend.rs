//! The trend view: legend, year range, the chart and its numbers.

use super::chart::{concrete, ChartSpec, DynChart, HitKey};
use super::legend::legend;
use super::table::trend_table;
use super::toolbar::chart_with_exports;
use super::{selected_value, ViewProps};
use crate::core::chart::HitCode;
use crate::core::export::series_csv;
use crate::core::hit::TrendHit;
use crate::core::layout::trend::{layout, TrendInput, TrendLayout};
use crate::core::model::{Dataset, Year};
use crate::core::state::Action;
use crate::core::stats::{trend_summary, year_range};
use crate::core::text::Lang;
use crate::core::tooltip::{self, Tip};
use crate::web::i18n::strings;
use crate::web::intl::IntlFormat;
use crate::web::Shared;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The chart's height for a container `width` wide, CSS px.
pub fn trend_height(width: f64) -> f64 {
    (width * 0.55).clamp(220.0, 400.0)
}

#[function_component]
pub fn TrendView(props: &ViewProps) -> Html {
    let ds = &props.dataset;
    let lang = props.lang;
    let t = strings(lang);
    let shown = props.params.shown_series(ds);
    let full = year_range(ds, None, None);
    let range = year_range(ds, props.params.from, props.params.to);
    // The selects stay in the page (replacing them would drop keyboard
    // focus); their shown choice follows the state through the DOM, since
    // `selected` attributes do not move a select the reader has touched.
    let from_select = use_node_ref();
    let to_select = use_node_ref();
    {
        let (from_select, to_select) = (from_select.clone(), to_select.clone());
        use_effect_with(range, move |range| {
            if let Some((from, to)) = range {
                for (node, year) in [(from_select, from), (to_select, to)] {
                    if let Some(select) = node.cast::<HtmlSelectElement>() {
                        select.set_value(&year.to_string());
                    }
                }
            }
        });
    }
    let spec = use_memo(
        (ds.clone(), shown.clone(), range, lang, props.format.clone()),
        |(dataset, shown, range, lang, format)| {
            range.map(|range| {
                Shared::<dyn ChartSpec>(Rc::new(TrendSpec {
                    dataset: dataset.clone(),
                    shown: shown.clone(),
                    range,
                    lang: *lang,
                    format: format.clone(),
                }))
            })
        },
    );
    let (Some((first, last)), Some(spec)) = (full, (*spec).clone()) else {
        props.on_drawn.emit(());
        return html! { <p class="empty">{ t.no_series }</p> };
    };
    let heading = match shown.as_slice() {
        [one] => crate::web::clip(ds.series()[*one].label().get(lang), 160),
        _ => format!(
            "{} ({})",
            t.trend,
            ds.series()
                .first()
                .map(|s| s.unit().get(lang))
                .unwrap_or_default()
        ),
    };
    let on_toggle = props.dispatch.reform(Action::ToggleSeries);
    let (from, to) = range.unwrap_or((first, last));
    let years: Vec<i32> = (first.get()..=last.get()).collect();
    let select = |id: &'static str,
                  label: &'static str,
                  value: i32,
                  is_from: bool,
                  node: NodeRef| {
        let dispatch = props.dispatch.clone();
        let other = if is_from { to.get() } else { from.get() };
        let onchange = Callback::from(move |e: Event| {
            let Some(year) = selected_value(&e).and_then(|v| v.parse::<i32>().ok()) else {
                return;
            };
            // The end just chosen wins; the other end follows it when they
            // would cross, so the two selects always show what is drawn.
            dispatch.emit(if is_from {
                Action::SetRange(year, other.max(year))
            } else {
                Action::SetRange(other.min(year), year)
            });
        });
        html! {
            <label for={id}>{ label }{ " " }
                <select {id} ref={node} {onchange}>
                    { for years.iter().map(|y| html! { <option value={y.to_string()} selected={*y == value}>{ y }</option> }) }
                </select>
            </label>
        }
    };
    html! {
        <section class="view trend" aria-labelledby="view-heading">
            <h2 id="view-heading">{ heading }</h2>
            if !props.params.embed {
            <div class="controls">
                if ds.series().len() > 1 {
                    { legend(ds, &shown, &props.palette, lang, &on_toggle) }
                }
                if first < last {
                    <fieldset class="range">
                        <legend>{ t.years }</legend>
                        { select("range-from", t.from, from.get(), true, from_select.clone()) }
                        { select("range-to", t.to, to.get(), false, to_select.clone()) }
                    </fieldset>
                }
            </div>
            }
            if shown.is_empty() && ds.series().len() > 1 && !props.params.embed {
                <p class="empty">{ t.none_shown }</p>
            }
            { chart_with_exports(spec.clone(), props.palette.clone(), props.on_tip.clone(), props.on_drawn.clone(), props.link.clone(), props.params.embed) }
            if !props.params.embed {
                <details class="numbers">
                    <summary>{ t.show_numbers }</summary>
                    { trend_table(ds, &shown, range, lang, &*props.format) }
                </details>
            }
        </section>
    }
}

/// The trend chart for the canvas.
pub struct TrendSpec {
    pub dataset: Shared<Dataset>,
    pub shown: Vec<usize>,
    pub range: (Year, Year),
    pub lang: Lang,
    pub format: Shared<IntlFormat>,
}

impl ChartSpec for TrendSpec {
    fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    fn lang(&self) -> Lang {
        self.lang
    }

    fn heading(&self) -> String {
        let labels: Vec<&str> = self
            .shown
            .iter()
            .map(|&i| self.dataset.series()[i].label().get(self.lang))
            .collect();
        labels.join(", ")
    }

    fn sources(&self) -> Vec<usize> {
        self.shown
            .iter()
            .map(|&i| self.dataset.series()[i].source())
            .collect()
    }

    fn csv(&self, link: &str) -> String {
        series_csv(
            &self.dataset,
            &self.shown,
            Some(self.range),
            self.lang,
            Some(link),
        )
    }

    fn view_key(&self) -> &'static str {
        "trend"
    }

    fn layout(&self, width: f64) -> Option<Rc<dyn DynChart>> {
        Some(Rc::new(layout(&TrendInput {
            dataset: &self.dataset,
            shown: &self.shown,
            range: self.range,
            size: (width, trend_height(width)),
            bars: self.shown.len() == 1,
            lang: self.lang,
            format: &*self.format,
        })))
    }

    fn tip(&self, layout: &dyn DynChart, hit: HitKey) -> Option<Tip> {
        let layout = concrete::<TrendLayout>(layout)?;
        tooltip::trend(
            &self.dataset,
            layout,
            TrendHit::decode(hit),
            self.lang,
            &*self.format,
        )
    }

    fn summary(&self) -> String {
        trend_summary(
            &self.dataset,
            &self.shown,
            Some(self.range),
            self.lang,
            &*self.format,
        )
    }
}
