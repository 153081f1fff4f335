//! The view shown: its section, with the controls above the chart, the
//! chart, and its downloads and numbers under it; or the table view's
//! tables; or the words saying why there is nothing to draw. The section
//! and its chart stay while the view does: a filter, language or colour
//! change draws the chart again and makes the parts around it again.

use super::controls::{group_filter, legend, program_filter, set_select, year_range};
use super::exports::{chart_bar, csv_bar};
use super::slot::{Focus, Slot};
use super::Dispatch;
use crate::core::export::PngSize;
use crate::core::format::PlainFormat;
use crate::core::model::{Dataset, Year};
use crate::core::params::{Params, View};
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::core::theme::Palette;
use crate::core::view::{Description, Detail};
use crate::web::boundaries::Bounds;
use crate::web::chart::ChartHandle;
use crate::web::dom::{el, El};
use crate::web::page::{self, PageState};
use crate::web::{parts, Shared};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// What the chart calls after each draw. While the boundaries download,
/// the dot map holds their place: the map has the same size either way,
/// so nothing below moves when the polygons come. It is not drawn for the
/// page until they have come (or failed).
fn on_drawn(inputs: &Inputs) -> Rc<dyn Fn()> {
    if matches!(inputs.bounds, Bounds::Loading) {
        Rc::new(|| {})
    } else {
        Rc::new(|| page::set_state(PageState::Ready))
    }
}

/// What a view's page is made of.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Kind {
    Trend,
    Coverage,
    Map,
    Table,
    /// Nothing to draw, and words that say why.
    Empty,
}

impl Kind {
    pub fn of(d: &Description, view: View) -> Kind {
        match &d.detail {
            Detail::Trend(_) => Kind::Trend,
            Detail::Coverage(_) => Kind::Coverage,
            Detail::Map(_) => Kind::Map,
            Detail::Plain if view == View::Table => Kind::Table,
            Detail::Plain => Kind::Empty,
        }
    }

    /// Whether the page counts as drawn once its parts are shown; a
    /// chart's page is drawn when the chart says so.
    pub fn drawn_when_shown(self) -> bool {
        matches!(self, Kind::Table | Kind::Empty)
    }
}

/// What a view is drawn from.
pub struct Inputs<'a> {
    pub d: &'a Rc<Description>,
    pub ds: &'a Rc<Dataset>,
    pub params: &'a Params,
    pub palette: &'a Rc<Palette>,
    pub link: &'a str,
    pub bounds: &'a Bounds,
    pub dispatch: &'a Dispatch,
}

/// What the parts around the chart are made from, compared by identity.
struct Key {
    d: Rc<Description>,
    palette: Rc<Palette>,
    link: String,
    notes: Vec<String>,
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        Rc::ptr_eq(&self.d, &other.d)
            && Rc::ptr_eq(&self.palette, &other.palette)
            && self.link == other.link
            && self.notes == other.notes
    }
}

/// What the controls above a chart were made for. While only what they
/// choose changes (the series shown, the years drawn, the program or the
/// kecamatan), they are changed in place: the one the reader is using
/// stays theirs, and a screen reader says only its new state.
#[derive(PartialEq)]
enum Controls {
    Trend(TrendControls),
    /// The program and kecamatan choices of the dataset, in a language,
    /// and whether a status key stands beside them.
    Filters(Shared<Dataset>, Lang, bool),
}

impl Controls {
    fn of(d: &Description, ds: &Rc<Dataset>, palette: &Rc<Palette>) -> Option<Controls> {
        match &d.detail {
            Detail::Trend(_) => TrendControls::of(d, palette).map(Controls::Trend),
            Detail::Coverage(_) => Some(Controls::Filters(Shared(ds.clone()), d.lang, true)),
            Detail::Map(detail) => Some(Controls::Filters(
                Shared(ds.clone()),
                d.lang,
                detail.counts.is_some(),
            )),
            Detail::Plain => None,
        }
    }
}

#[derive(PartialEq)]
struct TrendControls {
    series: Vec<(String, String, Option<String>)>,
    palette: Shared<Palette>,
    years: (Year, Year),
    none_shown: bool,
    /// The words around them.
    lang: Lang,
}

impl TrendControls {
    fn of(d: &Description, palette: &Rc<Palette>) -> Option<TrendControls> {
        let Detail::Trend(detail) = &d.detail else {
            return None;
        };
        let legend = &detail.legend;
        Some(TrendControls {
            series: legend
                .iter()
                .map(|s| (s.id.clone(), s.label.clone(), s.lang.clone()))
                .collect(),
            palette: Shared(palette.clone()),
            years: detail.years,
            none_shown: legend.len() > 1 && legend.iter().all(|s| !s.shown),
            lang: d.lang,
        })
    }
}

/// A view on the page.
pub struct ViewArea {
    pub kind: Kind,
    section: Option<Element>,
    heading: Option<Element>,
    /// The words of an empty view.
    words: Option<Element>,
    chart: Option<ChartHandle>,
    /// The PNG size chosen, kept while the view is shown.
    png_size: Rc<Cell<PngSize>>,
    above: Slot,
    below: Slot,
    warnings: Slot,
    numbers: Slot,
    key: RefCell<Option<Key>>,
    controls: RefCell<Option<Controls>>,
}

impl ViewArea {
    /// The view's frame, with its chart drawn (before it is on the page,
    /// at the static view's width when it replaces one), and the parts to
    /// show in the page.
    pub fn new(kind: Kind, inputs: &Inputs) -> (ViewArea, Vec<El>) {
        let Inputs { d, palette, .. } = *inputs;
        let (above, below) = (Slot::new(), Slot::new());
        let mut area = ViewArea {
            kind,
            section: None,
            heading: None,
            words: None,
            chart: None,
            png_size: Rc::new(Cell::new(PngSize::Screen)),
            above,
            below,
            warnings: Slot::new(),
            numbers: Slot::new(),
            key: RefCell::new(None),
            controls: RefCell::new(None),
        };
        if kind == Kind::Empty {
            let words = el("p").class("empty");
            area.words = Some(words.0.clone());
            return (area, vec![words]);
        }
        let class = match kind {
            Kind::Trend => "view trend",
            Kind::Coverage => "view coverage",
            Kind::Map => "view map",
            _ => "view tables",
        };
        let heading = el("h2")
            .id("view-heading")
            .attr_if("class", (kind == Kind::Coverage).then_some("headline"));
        let section = el("section")
            .class(class)
            .attr("aria-labelledby", "view-heading")
            .child(El(heading.0.clone()))
            .node(area.above.anchor());
        let section = if kind == Kind::Table {
            section
        } else {
            let container = el("div").class("chart");
            area.chart = Some(ChartHandle::mount(
                &container.0,
                d.clone(),
                palette.clone(),
                on_drawn(inputs),
                page::take_static_chart_width(),
            ));
            section.child(container)
        };
        let section = section
            .node(area.below.anchor())
            .node(area.warnings.anchor())
            .node(area.numbers.anchor());
        area.heading = Some(heading.0);
        area.section = Some(section.0.clone());
        (area, vec![section])
    }

    /// Once on the page: the chart's tooltip and announcer go in its
    /// landmark.
    pub fn attached(&self) {
        if let Some(chart) = &self.chart {
            chart.attached();
        }
    }

    /// Shows `inputs`: the chart drawn again and the parts around it,
    /// with the view's credits in `credits`, made again when what they
    /// show changed.
    pub fn update(&self, inputs: &Inputs, credits: &Slot, focus: &Focus) {
        let Inputs { d, palette, .. } = *inputs;
        let loading = matches!(inputs.bounds, Bounds::Loading);
        let notes = match &d.detail {
            Detail::Map(detail) => inputs.bounds.notes(&detail.notes, d.lang),
            _ => Vec::new(),
        };
        if let Some(chart) = &self.chart {
            chart.set_on_drawn(on_drawn(inputs));
            chart.set_description(d.clone());
            chart.set_palette(palette.clone());
        }
        let key = Key {
            d: d.clone(),
            palette: palette.clone(),
            link: inputs.link.to_owned(),
            notes,
        };
        if self.key.borrow().as_ref() == Some(&key) {
            return;
        }
        if let Some(heading) = &self.heading {
            heading.set_text_content(Some(&d.heading));
        }
        if let Some(section) = &self.section {
            match self.kind {
                Kind::Map if loading => {
                    let _ = section.set_attribute("aria-busy", "true");
                }
                _ => {
                    let _ = section.remove_attribute("aria-busy");
                }
            }
        }
        if let Some(words) = &self.words {
            words.set_text_content(Some(d.empty.unwrap_or_default()));
        } else {
            let controls = Controls::of(d, inputs.ds, palette);
            if controls.is_some() && *self.controls.borrow() == controls {
                self.show_choices(inputs);
            } else {
                let mut listeners = Vec::new();
                let above = self.above(inputs, &mut listeners);
                self.above.show(above, listeners, focus);
                *self.controls.borrow_mut() = controls;
            }
            let mut listeners = Vec::new();
            let below = self.below(inputs, &mut listeners);
            self.below.show(below, listeners, focus);
            // Apart from the numbers: warnings that come or go must not
            // fold the table the reader opened.
            let t = strings(d.lang);
            let warnings = parts::map_warnings(&key.notes, t);
            self.warnings
                .show(warnings.into_iter().collect(), Vec::new(), focus);
            if self.kind != Kind::Table {
                let numbers = parts::folded_numbers(&d.tables, t);
                self.numbers.show(vec![numbers], Vec::new(), focus);
            }
        }
        // Every view names its source and date, an empty one too.
        credits.show(vec![parts::full_credits(d, inputs.link)], Vec::new(), focus);
        *self.key.borrow_mut() = Some(key);
    }

    /// Shows what `inputs` draws in the controls above the chart, and
    /// makes the parts beside them (the status key, the kecamatan cards)
    /// again.
    fn show_choices(&self, inputs: &Inputs) {
        let (d, ds) = (inputs.d, inputs.ds);
        let Some(section) = &self.section else { return };
        let (program, counts) = match &d.detail {
            Detail::Trend(_) => return self.show_trend_choices(d, section),
            Detail::Coverage(detail) => (detail.program, Some(&detail.counts)),
            Detail::Map(detail) => (detail.program.unwrap_or(0), detail.counts.as_ref()),
            Detail::Plain => return,
        };
        if let Some(program) = ds.programs().get(program) {
            set_select(section, "#program-filter", program.id());
        }
        let group = inputs.params.group.as_deref().unwrap_or_default();
        set_select(section, "#group-filter", group);
        let swap = |selector: &str, new: El| {
            if let Some(old) = section.query_selector(selector).ok().flatten() {
                let _ = old.replace_with_with_node_1(&new.0);
            }
        };
        if let Some(counts) = counts {
            swap(
                ".status-key",
                parts::status_key(counts, d.lang, &PlainFormat(d.lang)),
            );
        }
        if let Detail::Coverage(detail) = &d.detail {
            let t = strings(d.lang);
            let cards = detail.groups.iter().map(|g| parts::group_card(g, t));
            swap(".groups", el("div").class("groups").children(cards));
            swap(
                "h3.chart-title",
                el("h3").class("chart-title").text(&detail.chart_heading),
            );
        }
    }

    /// Shows the series and years `d` draws in the trend's controls.
    fn show_trend_choices(&self, d: &Description, section: &Element) {
        let Detail::Trend(detail) = &d.detail else {
            return;
        };
        if let Ok(buttons) = section.query_selector_all(".legend-item") {
            for (i, item) in detail.legend.iter().enumerate() {
                let button = u32::try_from(i)
                    .ok()
                    .and_then(|i| buttons.get(i))
                    .and_then(|b| b.dyn_into::<Element>().ok());
                if let Some(button) = button {
                    let (class, pressed) = if item.shown {
                        ("legend-item", "true")
                    } else {
                        ("legend-item off", "false")
                    };
                    let _ = button.set_attribute("class", class);
                    let _ = button.set_attribute("aria-pressed", pressed);
                }
            }
        }
        set_select(section, "#range-from", &detail.range.0.get().to_string());
        set_select(section, "#range-to", &detail.range.1.get().to_string());
    }

    /// The controls above the chart.
    fn above(&self, inputs: &Inputs, listeners: &mut Vec<gloo_events::EventListener>) -> Vec<El> {
        let Inputs {
            d, ds, dispatch, ..
        } = *inputs;
        let lang = d.lang;
        let t = strings(lang);
        let format = PlainFormat(lang);
        let group = inputs.params.group.as_deref();
        match &d.detail {
            Detail::Trend(detail) => {
                let several = detail.legend.len() > 1;
                let legend = several
                    .then(|| legend(&detail.legend, inputs.palette, lang, dispatch, listeners));
                let range = (detail.years.0 < detail.years.1)
                    .then(|| year_range(detail.years, detail.range, lang, dispatch, listeners));
                let none_shown = (several && detail.legend.iter().all(|s| !s.shown))
                    .then(|| el("p").class("empty").text(t.none_shown));
                let controls = el("div").class("controls").child_if(legend).child_if(range);
                [Some(controls), none_shown].into_iter().flatten().collect()
            }
            Detail::Coverage(detail) => {
                let controls = el("div")
                    .class("controls")
                    .child_if(program_filter(
                        ds,
                        detail.program,
                        lang,
                        dispatch,
                        listeners,
                    ))
                    .child_if(group_filter(ds, group, lang, dispatch, listeners))
                    .child(parts::status_key(&detail.counts, lang, &format));
                vec![
                    controls,
                    el("div")
                        .class("groups")
                        .children(detail.groups.iter().map(|g| parts::group_card(g, t))),
                    el("h3").class("chart-title").text(&detail.chart_heading),
                ]
            }
            Detail::Map(detail) => {
                let program = detail.program.unwrap_or(0);
                vec![el("div")
                    .class("controls")
                    .child_if(program_filter(ds, program, lang, dispatch, listeners))
                    .child_if(group_filter(ds, group, lang, dispatch, listeners))
                    .child_if(
                        detail
                            .counts
                            .as_ref()
                            .map(|c| parts::status_key(c, lang, &format)),
                    )]
            }
            Detail::Plain => Vec::new(),
        }
    }

    /// The downloads under the chart, or the table view's tables and
    /// files.
    fn below(&self, inputs: &Inputs, listeners: &mut Vec<gloo_events::EventListener>) -> Vec<El> {
        let Inputs { d, .. } = *inputs;
        if self.kind == Kind::Table {
            let csv = csv_bar(inputs.ds, inputs.params, d.lang, inputs.link, listeners);
            return d.tables.iter().map(parts::data_table).chain(csv).collect();
        }
        vec![chart_bar(
            d,
            inputs.palette,
            inputs.link,
            &self.png_size,
            listeners,
        )]
    }
}
