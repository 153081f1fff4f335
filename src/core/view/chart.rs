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
            Chart::Trend(l) => {
                let current = current.and_then(|h| match h {
                    Hit::Trend(t) => Some(t),
                    _ => None,
                });
                hit::trend_step(l, current, key).map(Hit::Trend)
            }
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
            _ => None,
        }
    }

    /// Draws the chart, highlighting `highlight`.
    pub fn draw<S: Surface>(
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
            Hit::Trend(_) => None,
        }
    }
}
