//! Draws the coverage step chart: formed (solid, filled) and with the
//! planned (dashed) against the total (dotted).

use super::Surface;
use super::{Align, Baseline, Painter, RenderError, TextSpec};
use crate::core::layout::coverage::CoverageLayout;
use crate::core::layout::{Rect, FONT_SMALL};
use crate::core::theme::{Dash, Marker, Palette};

/// Draws `layout`, marking the `highlight`ed year.
pub fn draw<S: Surface + ?Sized>(
    p: &mut Painter<'_, S>,
    layout: &CoverageLayout,
    palette: &Palette,
    highlight: Option<usize>,
) -> Result<(), RenderError> {
    let plot = layout.plot;
    let ticks = (&layout.y_ticks[..], &layout.x_ticks[..]);
    super::axes(p, layout.size, plot, ticks, palette)?;
    let text = |color, align, baseline, size| TextSpec {
        size,
        color,
        align,
        baseline,
        bold: false,
    };
    if let Some(i) = highlight.filter(|i| *i < layout.steps.len()) {
        let column = Rect {
            x: plot.x + i as f64 * layout.band,
            y: plot.y,
            w: layout.band,
            h: plot.h,
        };
        p.fill_rect(column, palette.grid, 0.6)?;
    }
    // The area under the formed line, faint, so the share reads at a glance.
    if layout.formed_path.len() > 1 {
        let mut area = layout.formed_path.clone();
        area.push((plot.right(), plot.bottom()));
        area.push((plot.x, plot.bottom()));
        p.polygon(&area, palette.formed, 0.18)?;
    }
    p.line(
        &[(plot.x, layout.y_total), (plot.right(), layout.y_total)],
        palette.muted,
        1.5,
        Dash::Dotted,
    )?;
    if !layout.planned_path.is_empty() {
        p.line(&layout.planned_path, palette.planned, 2.5, Dash::Dashed)?;
    }
    p.line(&layout.formed_path, palette.formed, 2.5, Dash::Solid)?;
    for step in &layout.steps {
        if step.with_planned != step.formed {
            p.marker(
                Marker::Diamond,
                (step.x, step.y_planned),
                4.5,
                palette.planned,
                true,
                palette.background,
            )?;
        }
        p.marker(
            Marker::Circle,
            (step.x, step.y_formed),
            4.0,
            palette.formed,
            false,
            palette.background,
        )?;
    }
    for label in &layout.labels {
        p.text(
            (label.x - 2.0, label.y),
            &label.text,
            text(palette.text, Align::End, Baseline::Bottom, FONT_SMALL),
        )?;
    }
    super::baseline(p, plot, palette)
}
