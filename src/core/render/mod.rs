//! Drawing of laid-out charts on any [`Surface`]: the browser's
//! canvas, the SVG export and the command-line tool share this code.
pub mod coverage;
pub mod frame;
pub mod map;
pub mod svg;
pub mod trend;

use super::geometry::Rect;
use super::theme::{Dash, Marker, Rgb};
use std::fmt;

/// Drawing failed on the surface (the canvas or SVG writer refused).
#[derive(Clone, Debug, PartialEq)]
pub struct RenderError(pub String);

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "drawing failed: {}", self.0)
    }
}

impl std::error::Error for RenderError {}

/// The fonts the charts ask for; the page uses the same stack.
pub const FONT_FAMILY: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/// Horizontal anchoring of a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

/// Vertical anchoring of a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Baseline {
    Top,
    Middle,
    Bottom,
}

/// How a label looks.
#[derive(Clone, Copy, Debug)]
pub struct TextSpec {
    pub size: f64,
    pub color: Rgb,
    pub align: Align,
    pub baseline: Baseline,
    pub bold: bool,
}

type Drawn = Result<(), RenderError>;

/// What a chart is drawn on, in whole device pixels: the browser's canvas
/// (`web::canvas`) or an SVG document ([`svg::Svg`]).
///
/// Pantau's own rather than plotters' `DrawingBackend` with its canvas and
/// SVG crates: Pantau draws only these six shapes (dashes are cut by
/// [`dash_path`]), and the two small writers cost the browser's wasm
/// 2.7 KB gzip less than the three crates did.
pub trait Surface {
    /// Fills the rectangle from `from` to `to` with `color` at `alpha`.
    fn fill_rect(&mut self, from: (i32, i32), to: (i32, i32), color: Rgb, alpha: f64) -> Drawn;
    /// Outlines the rectangle from `from` to `to`.
    fn stroke_rect(&mut self, from: (i32, i32), to: (i32, i32), color: Rgb, width: u32) -> Drawn;
    /// Draws an open polyline.
    fn polyline(&mut self, points: &[(i32, i32)], color: Rgb, width: u32) -> Drawn;
    /// Fills a closed polygon with `color` at `alpha`.
    fn polygon(&mut self, points: &[(i32, i32)], color: Rgb, alpha: f64) -> Drawn;
    /// Fills a circle, or outlines it `width` wide.
    fn circle(
        &mut self,
        center: (i32, i32),
        radius: u32,
        color: Rgb,
        fill: bool,
        width: u32,
    ) -> Drawn;
    /// Writes `text` anchored at `at`, in [`FONT_FAMILY`] at `spec.size`
    /// device pixels.
    fn text(&mut self, at: (i32, i32), text: &str, spec: &TextSpec) -> Drawn;
}

/// Draws in CSS pixels on a surface whose pixels may be smaller: `scale`
/// is the devicePixelRatio (or 2 for a 2x PNG), applied to every
/// coordinate, width and font size so charts are sharp on any screen.
///
/// Drawing through `dyn Surface` (the default) puts each chart's drawing
/// code in a program once for every surface; a concrete surface lets the
/// compiler inline it, for a program with only that one
/// (`web::canvas::PaintedOn`).
pub struct Painter<'a, S: Surface + ?Sized = dyn Surface> {
    surface: &'a mut S,
    scale: f64,
    origin: (f64, f64),
}

impl<'a, S: Surface + ?Sized> Painter<'a, S> {
    /// A painter on `surface`, `scale` device pixels to the CSS pixel.
    pub fn new(surface: &'a mut S, scale: f64) -> Self {
        Painter {
            surface,
            scale: if scale.is_finite() && scale > 0.0 {
                scale
            } else {
                1.0
            },
            origin: (0.0, 0.0),
        }
    }

    /// Moves the origin, so a chart can be drawn inside a frame.
    pub fn translate(&mut self, dx: f64, dy: f64) {
        self.origin = (self.origin.0 + dx, self.origin.1 + dy);
    }

    fn px(&self, (x, y): (f64, f64)) -> (i32, i32) {
        (
            ((x + self.origin.0) * self.scale).round() as i32,
            ((y + self.origin.1) * self.scale).round() as i32,
        )
    }

    fn width(&self, w: f64) -> u32 {
        (w * self.scale).round().max(1.0) as u32
    }

    /// Fills a rectangle.
    pub fn fill_rect(&mut self, r: Rect, c: Rgb, alpha: f64) -> Drawn {
        let (a, b) = (self.px((r.x, r.y)), self.px((r.right(), r.bottom())));
        self.surface.fill_rect(a, b, c, alpha)
    }

    /// Fills the whole `size` with the background colour.
    pub fn background(&mut self, (w, h): (f64, f64), c: Rgb) -> Drawn {
        self.fill_rect(
            Rect {
                x: 0.0,
                y: 0.0,
                w,
                h,
            },
            c,
            1.0,
        )
    }

    /// Outlines a rectangle.
    pub fn stroke_rect(&mut self, r: Rect, c: Rgb, width: f64) -> Drawn {
        let (a, b) = (self.px((r.x, r.y)), self.px((r.right(), r.bottom())));
        let width = self.width(width);
        self.surface.stroke_rect(a, b, c, width)
    }

    /// Draws a polyline, dashed by `dash` (lengths in CSS px).
    pub fn line(&mut self, points: &[(f64, f64)], c: Rgb, width: f64, dash: Dash) -> Drawn {
        let device_width = self.width(width);
        for piece in dash_path(points, dash.pattern(), width) {
            let path: Vec<_> = piece.iter().map(|p| self.px(*p)).collect();
            self.surface.polyline(&path, c, device_width)?;
        }
        Ok(())
    }

    /// Fills a polygon.
    pub fn polygon(&mut self, points: &[(f64, f64)], c: Rgb, alpha: f64) -> Drawn {
        let path: Vec<_> = points.iter().map(|p| self.px(*p)).collect();
        self.surface.polygon(&path, c, alpha)
    }

    /// Draws a circle, filled or outlined.
    pub fn circle(
        &mut self,
        center: (f64, f64),
        radius: f64,
        c: Rgb,
        fill: bool,
        width: f64,
    ) -> Drawn {
        let r = (radius * self.scale).round().max(1.0) as u32;
        let width = self.width(width);
        self.surface.circle(self.px(center), r, c, fill, width)
    }

    /// Draws a marker of `shape` centred on `center`; hollow markers are
    /// punched out with the background colour.
    pub fn marker(
        &mut self,
        shape: Marker,
        center: (f64, f64),
        radius: f64,
        c: Rgb,
        hollow: bool,
        bg: Rgb,
    ) -> Drawn {
        let (x, y) = center;
        match shape.polygon(center, radius) {
            Some(outline) => {
                self.polygon(&outline, c, 1.0)?;
                if hollow {
                    let inner: Vec<_> = outline
                        .iter()
                        .map(|(px, py)| (x + (px - x) * 0.45, y + (py - y) * 0.45))
                        .collect();
                    self.polygon(&inner, bg, 1.0)?;
                }
                Ok(())
            }
            None if shape == Marker::Circle => {
                self.circle(center, radius, c, true, 1.0)?;
                if hollow {
                    self.circle(center, radius * 0.45, bg, true, 1.0)?;
                }
                Ok(())
            }
            None => {
                let w = if hollow { 1.2 } else { 2.2 };
                for stroke in shape.strokes(center, radius) {
                    self.line(&stroke, c, w, Dash::Solid)?;
                }
                Ok(())
            }
        }
    }

    /// Writes a label.
    pub fn text(&mut self, pos: (f64, f64), text: &str, spec: TextSpec) -> Drawn {
        if text.is_empty() {
            return Ok(());
        }
        let spec = TextSpec {
            size: spec.size * self.scale,
            ..spec
        };
        self.surface.text(self.px(pos), text, &spec)
    }
}

/// The frame every cartesian chart shares: the background, horizontal
/// grid lines with their value labels, and the year labels under the plot.
pub fn axes<S: Surface + ?Sized>(
    p: &mut Painter<'_, S>,
    size: (f64, f64),
    plot: Rect,
    (y_ticks, x_ticks): (&[super::layout::Tick], &[super::layout::Tick]),
    palette: &super::theme::Palette,
) -> Drawn {
    if !palette.transparent {
        p.background(size, palette.background)?;
    }
    let label = |align, baseline| TextSpec {
        size: super::layout::FONT,
        color: palette.muted,
        align,
        baseline,
        bold: false,
    };
    for tick in y_ticks {
        p.line(
            &[(plot.x, tick.pos), (plot.right(), tick.pos)],
            palette.grid,
            1.0,
            Dash::Solid,
        )?;
        p.text(
            (plot.x - 6.0, tick.pos),
            &tick.label,
            label(Align::End, Baseline::Middle),
        )?;
    }
    for tick in x_ticks {
        p.text(
            (tick.pos, plot.bottom() + 6.0),
            &tick.label,
            label(Align::Middle, Baseline::Top),
        )?;
    }
    Ok(())
}

/// The line along the bottom of the plot, drawn last so that bars and
/// steps sit on it.
pub fn baseline<S: Surface + ?Sized>(
    p: &mut Painter<'_, S>,
    plot: Rect,
    palette: &super::theme::Palette,
) -> Drawn {
    let bottom = plot.bottom();
    p.line(
        &[(plot.x, bottom), (plot.right(), bottom)],
        palette.axis,
        1.0,
        Dash::Solid,
    )
}

/// Cuts a polyline into the visible pieces of a dash pattern. Surfaces
/// have no dashes, so they are made here; the pattern scales with
/// the line width so thick lines keep their rhythm.
pub fn dash_path(points: &[(f64, f64)], pattern: &[f64], width: f64) -> Vec<Vec<(f64, f64)>> {
    if pattern.is_empty() || points.len() < 2 {
        return vec![points.to_vec()];
    }
    let k = (width / 2.0).max(1.0);
    let pattern: Vec<f64> = pattern.iter().map(|p| (p * k).max(0.5)).collect();
    let mut pieces = Vec::new();
    let mut current: Vec<(f64, f64)> = vec![points[0]];
    let (mut slot, mut left, mut on) = (0usize, pattern[0], true);
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let seg = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        let mut done = 0.0;
        while seg - done > left {
            done += left;
            let t = done / seg;
            let p = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
            if on {
                current.push(p);
                pieces.push(std::mem::take(&mut current));
            } else {
                current = vec![p];
            }
            on = !on;
            slot = (slot + 1) % pattern.len();
            left = pattern[slot];
        }
        left -= seg - done;
        if on {
            current.push(b);
        }
    }
    if on && current.len() > 1 {
        pieces.push(current);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solid_lines_are_one_piece() {
        let pts = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)];
        assert_eq!(dash_path(&pts, &[], 1.0), vec![pts.to_vec()]);
    }

    #[test]
    fn dashes_alternate_on_and_off() {
        let pieces = dash_path(&[(0.0, 0.0), (20.0, 0.0)], &[4.0, 2.0], 1.0);
        // on 0-4, off 4-6, on 6-10, off 10-12, on 12-16, off 16-18, on 18-20
        assert_eq!(pieces.len(), 4);
        assert_eq!(pieces[0], vec![(0.0, 0.0), (4.0, 0.0)]);
        assert_eq!(pieces[1], vec![(6.0, 0.0), (10.0, 0.0)]);
        assert_eq!(pieces[3], vec![(18.0, 0.0), (20.0, 0.0)]);
    }

    #[test]
    fn dashes_follow_corners() {
        let pieces = dash_path(&[(0.0, 0.0), (3.0, 0.0), (3.0, 3.0)], &[5.0, 1.0], 1.0);
        assert_eq!(pieces[0], vec![(0.0, 0.0), (3.0, 0.0), (3.0, 2.0)]);
    }
}
