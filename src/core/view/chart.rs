//! A laid-out chart of any view, and a data point on it. One enum, matched
//! exhaustively: the canvas, the exports and the command-line tool handle
//! every chart through it, with no trait objects or downcasts.

use crate::core::hit::{self, Key, TrendHit};
use crate::core::layout::coverage::CoverageLayout;
use crate::core::layout::map::MapLayout;
use crate::core::layout::trend::TrendLayout;
use crate::core::render::Surface;
use crate::core::render::{self, Painter, RenderError};
use crate::core::theme::Palette;

/// A chart laid out for one width.
#[derive(Clone, Debug, PartialEq)]
pub enum Chart {
    Trend(TrendLayout),
    Coverage(CoverageLayout),
    Map(MapLayout),
}

/// A data point of a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    /// A year of a series on the trend.
    Trend(TrendHit),
    /// A year's column of the coverage chart.
    Step(usize),
    /// An area of the map.
    Area(usize),
    /// An event marker of the trend, by its place in the layout's events.
    Event(usize),
}

impl Chart {
    /// Width and height in CSS pixels.
    pub fn size(&self) -> (f64, f64) {
        match self {
            Chart::Trend(l) => l.size,
            Chart::Coverage(l) => l.size,
            Chart::Map(l) => l.size,
        }
    }

    /// The point under `pos` (CSS px from the chart's top left), if any.
    pub fn hit(&self, pos: (f64, f64)) -> Option<Hit> {
        match self {
            Chart::Trend(l) => hit::trend(l, pos).map(Hit::Trend),
            Chart::Coverage(l) => hit::coverage(l, pos).map(Hit::Step),
            Chart::Map(l) => hit::map(l, pos).map(Hit::Area),
        }
    }

    /// Where keyboard focus moves from `current` on `key`. A point of
    /// another chart counts as none.
    pub fn step(&self, current: Option<Hit>, key: Key) -> Option<Hit> {
        match self {
            Chart::Trend(l) => trend_step(l, current, key),
            Chart::Coverage(l) => {
                hit::coverage_step(l, current.and_then(Hit::index), key).map(Hit::Step)
            }
            Chart::Map(l) => hit::map_step(l, current.and_then(Hit::index), key).map(Hit::Area),
        }
    }

    /// Where the point is drawn, for placing the tooltip.
    pub fn anchor(&self, hit: Hit) -> Option<(f64, f64)> {
        match (self, hit) {
            (Chart::Trend(l), Hit::Trend(h)) => {
                let p = l.series.get(h.series)?.points.get(h.point)?;
                Some((p.x, p.y))
            }
            (Chart::Coverage(l), Hit::Step(i)) => {
                let s = l.steps.get(i)?;
                Some((s.x, s.y_planned.min(s.y_formed)))
            }
            (Chart::Map(l), Hit::Area(i)) => l.areas.get(i).map(|a| a.center),
            (Chart::Trend(l), Hit::Event(i)) => l.events.get(i).map(|e| (e.x, e.label_y)),
            _ => None,
        }
    }

    /// Draws the chart, highlighting `highlight`.
    pub fn draw<S: Surface + ?Sized>(
        &self,
        painter: &mut Painter<'_, S>,
        palette: &Palette,
        highlight: Option<Hit>,
    ) -> Result<(), RenderError> {
        match self {
            Chart::Trend(l) => {
                let highlight = highlight.and_then(|h| match h {
                    Hit::Trend(t) => Some(t),
                    _ => None,
                });
                render::trend::draw(painter, l, palette, highlight)
            }
            Chart::Coverage(l) => {
                render::coverage::draw(painter, l, palette, highlight.and_then(Hit::index))
            }
            Chart::Map(l) => render::map::draw(painter, l, palette, highlight.and_then(Hit::index)),
        }
    }
}

impl Hit {
    /// The column or area index of a coverage or map point.
    fn index(self) -> Option<usize> {
        match self {
            Hit::Step(i) | Hit::Area(i) => Some(i),
            Hit::Trend(_) | Hit::Event(_) => None,
        }
    }
}

/// Keyboard steps on the trend. Left and right walk a series' points and
/// the event markers together in year order (a marker after its year's
/// point), so the keyboard reaches every annotation a pointer can see;
/// Home and End go to the ends of that walk; up and down move between
/// series, from a marker to the nearest point of the first series.
fn trend_step(l: &TrendLayout, current: Option<Hit>, key: Key) -> Option<Hit> {
    let point = |t: TrendHit| l.series.get(t.series)?.points.get(t.point).map(|_| t);
    let current = current.filter(|h| match *h {
        Hit::Trend(t) => point(t).is_some(),
        Hit::Event(i) => i < l.events.len(),
        _ => false,
    });
    if l.events.is_empty() || matches!(key, Key::Up | Key::Down) {
        let from = match current {
            Some(Hit::Trend(t)) => Some(t),
            Some(Hit::Event(i)) => nearest_point(l, l.events[i].year),
            _ => None,
        };
        return hit::trend_step(l, from, key).map(Hit::Trend);
    }
    let series = match current {
        Some(Hit::Trend(t)) => t.series,
        _ => l
            .series
            .iter()
            .position(|s| !s.points.is_empty())
            .unwrap_or(0),
    };
    let mut walk: Vec<(crate::core::model::Year, u8, Hit)> = l
        .series
        .get(series)
        .map(|s| {
            s.points
                .iter()
                .enumerate()
                .map(|(point, p)| (p.year, 0, Hit::Trend(TrendHit { series, point })))
                .collect()
        })
        .unwrap_or_default();
    walk.extend(
        l.events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.year, 1, Hit::Event(i))),
    );
    // The core's one sort (a slice's stable `sort_by_key` here was the
    // wasm's only copy of Rust's stable sort, 2 KB gzip). Ties keep their
    // order, so a year's point, added first, comes before its event.
    crate::core::order::sort_by_key(&mut walk, |&(year, _, _)| i64::from(year.get()));
    let last = walk.len().checked_sub(1)?;
    let at = current.and_then(|c| walk.iter().position(|w| w.2 == c));
    let to = match (key, at) {
        (_, None) | (Key::Home, _) => 0,
        (Key::End, _) => last,
        (Key::Left, Some(i)) => i.saturating_sub(1),
        (_, Some(i)) => (i + 1).min(last),
    };
    Some(walk[to].2)
}

/// The first series' point nearest to `year`.
fn nearest_point(l: &TrendLayout, year: crate::core::model::Year) -> Option<TrendHit> {
    let series = l.series.iter().position(|s| !s.points.is_empty())?;
    let point = l.series[series]
        .points
        .iter()
        .enumerate()
        .min_by_key(|(_, p)| (p.year.get() - year.get()).abs())?
        .0;
    Some(TrendHit { series, point })
}
