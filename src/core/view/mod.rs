//! One description per view. Given the dataset, the reader's state (what a
//! link carries), the language and the number format, [`describe`] yields
//! everything a view shows: heading, summary sentence, legend, the chart
//! laid out for any width, table rows and credits. The browser's views,
//! `pantau render`, the fuzz targets and the benchmarks all draw from it,
//! so the command-line tool draws exactly what the browser draws.
//!
//! Adding a view: a module here that builds its [`Description`], its
//! parts in `web/explorer/view.rs` (and `web/compact/`), its words in [`crate::core::strings`],
//! and their tests (see the README).

mod chart;
mod coverage;
mod map;
pub mod tables;
mod trend;

pub use chart::{Chart, Hit};
pub use tables::Table;

use super::credits::{coverage_legend, map_legend};
use super::export::{areas_csv, frame_for, series_csv, svg, FrameText, ImageBox};
use super::format::NumberFormat;
use super::geo::Shapes;
use super::layout;
use super::model::{Dataset, Status, Year};
use super::params::{Params, View};
use super::render::frame::{Frame, PAD};
use super::render::RenderError;
use super::stats::Coverage;
use super::strings::strings;
use super::text::Lang;
use super::theme::Palette;
use super::tooltip::{self, Tip};
use std::rc::Rc;

/// What every view is described from, besides the reader's state.
#[derive(Clone)]
pub struct Context {
    pub dataset: Rc<Dataset>,
    pub lang: Lang,
    /// Numbers as the reader's language writes them (`Intl` in the
    /// browser, [`super::format::PlainFormat`] natively).
    pub format: Rc<dyn NumberFormat>,
    /// The map's boundaries, once loaded.
    pub shapes: Option<Rc<Shapes>>,
}

/// Everything one view shows, for one state.
pub struct Description {
    pub view: View,
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    format: Rc<dyn NumberFormat>,
    /// The view's heading.
    pub heading: String,
    /// The chart in words: its `aria-label`, and the text of static views.
    pub summary: String,
    /// What the chart shows, after the dataset's title in exported images.
    pub chart_title: String,
    /// What the chart's shapes mean, written under exported images.
    pub legend_text: Option<String>,
    /// Lines an exported image lists under its chart (the coverage's
    /// areas by group, with their status), so it stands alone.
    pub export_list: Vec<String>,
    /// The sources the view draws from, each once, in dataset order.
    pub sources: Vec<usize>,
    /// What the numbers count, under the view.
    pub definitions: Vec<Definition>,
    /// Every number the view shows, as tables.
    pub tables: Vec<Table>,
    /// Why nothing can be shown, when nothing can.
    pub empty: Option<&'static str>,
    /// Whom the map's boundaries are from (the credit their licence asks).
    pub boundaries: Option<String>,
    /// What only this view has.
    pub detail: Detail,
    plan: Plan,
}

/// A definition under a view: what a series or program counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Definition {
    pub label: String,
    pub text: Option<String>,
    pub unit: Option<String>,
}

/// The parts only one view has.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    Trend(TrendDetail),
    Coverage(CoverageDetail),
    Map(MapDetail),
    /// The table view and views with nothing to show.
    Plain,
}

/// The trend's legend and year range.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendDetail {
    /// One entry per series of the dataset, shown or not.
    pub legend: Vec<LegendItem>,
    /// Every year the dataset spans.
    pub years: (Year, Year),
    /// The years drawn.
    pub range: (Year, Year),
}

/// A series in the legend; its colour and marker are those of its index.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    pub series: usize,
    pub id: String,
    pub label: String,
    /// The label's language when it is not the page's (a fallback).
    pub lang: Option<String>,
    pub shown: bool,
}

/// The coverage view's counts and kecamatan cards.
#[derive(Clone, Debug, PartialEq)]
pub struct CoverageDetail {
    pub program: usize,
    pub counts: Coverage,
    pub groups: Vec<GroupCard>,
    /// The heading over the step chart.
    pub chart_heading: String,
}

/// One group (kecamatan) and the status of each of its areas.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupCard {
    pub heading: String,
    /// Areas where the program is formed.
    pub formed: usize,
    pub areas: Vec<AreaStatus>,
}

/// An area and its status, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaStatus {
    pub area: usize,
    pub name: String,
    pub status: Status,
    pub words: String,
}

/// The map's program, counts and notes.
#[derive(Clone, Debug, PartialEq)]
pub struct MapDetail {
    pub program: Option<usize>,
    pub counts: Option<Coverage>,
    /// Areas that cannot be placed, in the reader's language.
    pub notes: Vec<String>,
}

/// What to lay out for a width.
enum Plan {
    Nothing,
    Trend {
        shown: Vec<usize>,
        range: (Year, Year),
    },
    Coverage {
        program: usize,
        group: Option<String>,
    },
    Map {
        program: Option<usize>,
        group: Option<String>,
        shapes: Option<Rc<Shapes>>,
    },
}

/// Describes the view `params` asks for.
pub fn describe(ctx: &Context, params: &Params) -> Description {
    match params.view {
        View::Trend => trend::describe(ctx, params),
        View::Coverage => coverage::describe(ctx, params),
        View::Map => map::describe(ctx, params),
        View::Table => describe_tables(ctx, params),
    }
}

/// The trend chart's height for a width.
pub fn trend_height(width: f64) -> f64 {
    (width * 0.55).clamp(220.0, 400.0)
}

/// The coverage chart's height for a width.
pub fn coverage_height(width: f64) -> f64 {
    (width * 0.42).clamp(200.0, 320.0)
}

impl Description {
    /// A description with nothing but words yet; the views fill it in.
    fn new(ctx: &Context, view: View) -> Description {
        Description {
            view,
            lang: ctx.lang,
            dataset: ctx.dataset.clone(),
            format: ctx.format.clone(),
            heading: String::new(),
            summary: String::new(),
            chart_title: String::new(),
            legend_text: None,
            export_list: Vec::new(),
            sources: Vec::new(),
            definitions: Vec::new(),
            tables: Vec::new(),
            empty: None,
            boundaries: None,
            detail: Detail::Plain,
            plan: Plan::Nothing,
        }
    }

    /// Whether the view has a chart.
    pub fn has_chart(&self) -> bool {
        !matches!(self.plan, Plan::Nothing)
    }

    /// The chart laid out `width` CSS px wide.
    pub fn chart(&self, width: f64) -> Option<Chart> {
        self.chart_sized(width, None)
    }

    /// The chart laid out `width` wide and, when given, `height` high
    /// (else the height the page gives it for that width).
    pub fn chart_sized(&self, width: f64, height: Option<f64>) -> Option<Chart> {
        let ds = &*self.dataset;
        let format = &*self.format;
        match &self.plan {
            Plan::Nothing => None,
            Plan::Trend { shown, range } => Some(Chart::Trend(layout::trend::layout(
                &layout::trend::TrendInput {
                    dataset: ds,
                    shown,
                    range: *range,
                    size: (width, height.unwrap_or_else(|| trend_height(width))),
                    bars: shown.len() == 1,
                    lang: self.lang,
                    format,
                },
            ))),
            Plan::Coverage { program, group } => {
                layout::coverage::layout(&layout::coverage::CoverageInput {
                    dataset: ds,
                    program: *program,
                    group: group.as_deref(),
                    size: (width, height.unwrap_or_else(|| coverage_height(width))),
                    lang: self.lang,
                    format,
                })
                .map(Chart::Coverage)
            }
            Plan::Map {
                program,
                group,
                shapes,
            } => layout::map::layout(&layout::map::MapInput {
                dataset: ds,
                program: *program,
                group: group.as_deref(),
                width,
                shapes: shapes.as_deref(),
            })
            .map(Chart::Map),
        }
    }

    /// What the tooltip says for a point of `chart` (made by this
    /// description).
    pub fn tip(&self, chart: &Chart, hit: Hit) -> Option<Tip> {
        let (ds, lang, format) = (&*self.dataset, self.lang, &*self.format);
        match (&self.plan, chart, hit) {
            (Plan::Trend { .. }, Chart::Trend(l), Hit::Event(i)) => {
                tooltip::event(ds, l.events.get(i)?.event, lang)
            }
            (Plan::Trend { .. }, Chart::Trend(l), Hit::Trend(h)) => {
                tooltip::trend(ds, l, h, lang, format)
            }
            (Plan::Coverage { program, .. }, Chart::Coverage(l), Hit::Step(i)) => {
                tooltip::coverage(ds, l, *program, i, lang, format)
            }
            (Plan::Map { program, .. }, Chart::Map(l), Hit::Area(i)) => {
                tooltip::map(ds, l, *program, i, lang)
            }
            _ => None,
        }
    }

    /// The text framing an exported image of a chart of `size`, ending
    /// with `link`, the address of the live view.
    pub fn frame(&self, size: (f64, f64), link: Option<&str>) -> Frame {
        frame_for(
            &self.dataset,
            self.lang,
            size,
            &FrameText {
                heading: &self.chart_title,
                sources: &self.sources,
                list: &self.export_list,
                legend: self.legend_text.as_deref(),
                boundaries: self.boundaries.as_deref(),
                link,
            },
        )
    }

    /// The chart and its frame for an image filling `image`: for an exact
    /// box the chart takes the height the frame's text leaves; a chart
    /// whose height follows its width (the map) is narrowed until it fits.
    pub fn framed(&self, image: ImageBox, link: Option<&str>) -> Option<(Chart, Frame)> {
        let (outer_width, outer_height) = match image {
            ImageBox::Width(w) => (w, None),
            ImageBox::Exact(w, h) => (w, Some(h)),
        };
        let mut width = (outer_width - 2.0 * PAD).max(160.0);
        let Some(outer_height) = outer_height else {
            let chart = self.chart(width)?;
            let frame = self.frame(chart.size(), link);
            return Some((chart, frame));
        };
        // The map's key grows as it narrows, so this takes a few rounds.
        for _ in 0..8 {
            // The frame's text takes the same height whatever the chart's.
            let chrome = self.frame((width, 100.0), link).size().1 - 100.0;
            let height = (outer_height - chrome).max(80.0);
            let chart = self.chart_sized(width, Some(height))?;
            let drawn = chart.size().1;
            if drawn <= height + 0.5 || width <= 160.0 {
                let frame = self.frame(chart.size(), link);
                return Some((chart, frame));
            }
            width = (width * height / drawn * 0.97).floor().max(160.0);
        }
        let chart = self.chart_sized(width, None)?;
        let frame = self.frame(chart.size(), link);
        Some((chart, frame))
    }

    /// The chart `width` wide as a framed SVG document citing `link`: what
    /// the browser's "SVG" download saves and `pantau render` writes.
    pub fn svg(
        &self,
        width: f64,
        palette: &Palette,
        link: Option<&str>,
    ) -> Option<Result<String, RenderError>> {
        let chart = self.chart(width)?;
        Some(svg(&chart, &self.frame(chart.size(), link), palette))
    }

    /// The view's numbers as CSV, citing `link`: the yearly values of the
    /// trend, the areas' statuses of the coverage and the map.
    pub fn csv(&self, link: Option<&str>) -> String {
        match &self.plan {
            Plan::Trend { shown, range } => {
                series_csv(&self.dataset, shown, Some(*range), self.lang, link)
            }
            Plan::Coverage { group, .. } | Plan::Map { group, .. } => {
                areas_csv(&self.dataset, group.as_deref(), self.lang, link)
            }
            Plan::Nothing => String::new(),
        }
    }

    /// The name of the view in file names: `<dataset>-<view>`.
    pub fn file_stem(&self) -> String {
        format!("{}-{}", self.dataset.id(), self.view.key())
    }
}

/// Sources each once, in dataset order; every source when none is named.
fn cited(ds: &Dataset, mut sources: Vec<usize>) -> Vec<usize> {
    sources.retain(|&i| i < ds.sources().len());
    super::order::sort_by_key(&mut sources, |&i| i as i64);
    sources.dedup();
    if sources.is_empty() {
        sources = (0..ds.sources().len()).collect();
    }
    sources
}

fn series_definitions(ds: &Dataset, shown: &[usize], lang: Lang) -> Vec<Definition> {
    shown
        .iter()
        .filter_map(|&i| ds.series().get(i))
        .map(|s| Definition {
            label: s.label().get(lang).to_owned(),
            text: s.definition().map(|d| d.get(lang).to_owned()),
            unit: Some(s.unit().get(lang).to_owned()),
        })
        .collect()
}

fn program_definitions(ds: &Dataset, programs: &[usize], lang: Lang) -> Vec<Definition> {
    programs
        .iter()
        .filter_map(|&i| ds.programs().get(i))
        .map(|p| Definition {
            label: p.label().get(lang).to_owned(),
            text: p.definition().map(|d| d.get(lang).to_owned()),
            unit: None,
        })
        .collect()
}

/// The table view: every number of the dataset, every source and
/// definition.
fn describe_tables(ctx: &Context, params: &Params) -> Description {
    let ds = &*ctx.dataset;
    let (lang, format) = (ctx.lang, &*ctx.format);
    let mut d = Description::new(ctx, View::Table);
    d.heading = strings(lang).table.to_owned();
    let shown = params.shown_series(ds);
    let group = params.group.as_deref();
    let all_programs: Vec<usize> = (0..ds.programs().len()).collect();
    if let Some(range) = super::stats::year_range(ds, params.from, params.to) {
        d.tables
            .push(tables::trend(ds, &shown, range, lang, format));
    }
    d.tables.extend(tables::areas(ds, group, lang));
    d.tables.extend(
        all_programs
            .iter()
            .filter_map(|&p| tables::cumulative(ds, p, group, lang, format)),
    );
    d.tables.extend(tables::events(ds, lang));
    d.tables.push(tables::sources(ds, lang));
    d.sources = cited(ds, Vec::new());
    d.definitions = series_definitions(ds, &shown, lang);
    d.definitions
        .extend(program_definitions(ds, &all_programs, lang));
    d
}

/// The key under an exported chart of `view`.
fn export_legend(view: View, lang: Lang) -> Option<String> {
    match view {
        View::Coverage => Some(coverage_legend(lang)),
        View::Map => Some(map_legend(lang)),
        View::Trend | View::Table => None,
    }
}

#[cfg(test)]
mod tests;
