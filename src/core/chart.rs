//! What every interactive chart offers, so one canvas component in the
//! browser (and one export path) serves them all: its size, hit-testing,
//! keyboard steps, where a point is, and drawing on any backend.

use super::hit::Key;
use super::render::{Painter, RenderError};
use super::theme::Palette;
use plotters_backend::DrawingBackend;

/// A data point written as two numbers, so a chart's points can cross a
/// type-erased boundary (one canvas component for every chart).
pub trait HitCode: Copy + PartialEq + std::fmt::Debug + 'static {
    /// The point as two numbers.
    fn encode(self) -> (usize, usize);
    /// The point back from its numbers.
    fn decode(code: (usize, usize)) -> Self;
}

impl HitCode for super::hit::TrendHit {
    fn encode(self) -> (usize, usize) {
        (self.series, self.point)
    }
    fn decode((series, point): (usize, usize)) -> Self {
        super::hit::TrendHit { series, point }
    }
}

impl HitCode for usize {
    fn encode(self) -> (usize, usize) {
        (self, 0)
    }
    fn decode(code: (usize, usize)) -> Self {
        code.0
    }
}

/// A laid-out chart.
pub trait ChartLayout {
    /// A data point of this chart (a year of a series, an area).
    type Hit: HitCode;

    /// Width and height in CSS pixels.
    fn size(&self) -> (f64, f64);

    /// The point under `pos` (CSS px from the chart's top left), if any.
    fn hit(&self, pos: (f64, f64)) -> Option<Self::Hit>;

    /// Where keyboard focus moves from `current` on `key`.
    fn step(&self, current: Option<Self::Hit>, key: Key) -> Option<Self::Hit>;

    /// Where the point is drawn, for placing the tooltip.
    fn anchor(&self, hit: Self::Hit) -> Option<(f64, f64)>;

    /// Draws the chart, highlighting `highlight`.
    fn draw<B: DrawingBackend>(
        &self,
        painter: &mut Painter<'_, B>,
        palette: &Palette,
        highlight: Option<Self::Hit>,
    ) -> Result<(), RenderError>;
}

impl ChartLayout for super::layout::trend::TrendLayout {
    type Hit = super::hit::TrendHit;

    fn size(&self) -> (f64, f64) {
        self.size
    }

    fn hit(&self, pos: (f64, f64)) -> Option<Self::Hit> {
        super::hit::trend(self, pos)
    }

    fn step(&self, current: Option<Self::Hit>, key: Key) -> Option<Self::Hit> {
        super::hit::trend_step(self, current, key)
    }

    fn anchor(&self, hit: Self::Hit) -> Option<(f64, f64)> {
        let p = self.series.get(hit.series)?.points.get(hit.point)?;
        Some((p.x, p.y))
    }

    fn draw<B: DrawingBackend>(
        &self,
        painter: &mut Painter<'_, B>,
        palette: &Palette,
        highlight: Option<Self::Hit>,
    ) -> Result<(), RenderError> {
        super::render::trend::draw(painter, self, palette, highlight)
    }
}

impl ChartLayout for super::layout::coverage::CoverageLayout {
    type Hit = usize;

    fn size(&self) -> (f64, f64) {
        self.size
    }

    fn hit(&self, pos: (f64, f64)) -> Option<usize> {
        super::hit::coverage(self, pos)
    }

    fn step(&self, current: Option<usize>, key: Key) -> Option<usize> {
        super::hit::coverage_step(self, current, key)
    }

    fn anchor(&self, hit: usize) -> Option<(f64, f64)> {
        let s = self.steps.get(hit)?;
        Some((s.x, s.y_planned.min(s.y_formed)))
    }

    fn draw<B: DrawingBackend>(
        &self,
        painter: &mut Painter<'_, B>,
        palette: &Palette,
        highlight: Option<usize>,
    ) -> Result<(), RenderError> {
        super::render::coverage::draw(painter, self, palette, highlight)
    }
}

impl ChartLayout for super::layout::map::MapLayout {
    type Hit = usize;

    fn size(&self) -> (f64, f64) {
        self.size
    }

    fn hit(&self, pos: (f64, f64)) -> Option<usize> {
        super::hit::map(self, pos)
    }

    fn step(&self, current: Option<usize>, key: Key) -> Option<usize> {
        super::hit::map_step(self, current, key)
    }

    fn anchor(&self, hit: usize) -> Option<(f64, f64)> {
        self.areas.get(hit).map(|a| a.center)
    }

    fn draw<B: DrawingBackend>(
        &self,
        painter: &mut Painter<'_, B>,
        palette: &Palette,
        highlight: Option<usize>,
    ) -> Result<(), RenderError> {
        super::render::map::draw(painter, self, palette, highlight)
    }
}
