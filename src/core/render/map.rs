//! Draws the map: polygons or dots coloured by status, each with a marker
//! whose shape also tells the status, and the names that fit.

use super::Surface;
use super::{Align, Baseline, Painter, RenderError, TextSpec};
use crate::core::layout::map::MapLayout;
use crate::core::layout::FONT_SMALL;
use crate::core::model::Status;
use crate::core::theme::{Palette, Rgb};

/// The colour of a status.
pub fn status_color(status: Status, palette: &Palette) -> Rgb {
    match status {
        Status::Formed(_) => palette.formed,
        Status::Planned(_) => palette.planned,
        Status::None => palette.none,
    }
}

/// The status symbol: a filled disc for formed, a thick ring around a dot
/// for planned, a thin empty ring for none; the same in the legend.
pub fn status_marker<S: Surface + ?Sized>(
    p: &mut Painter<'_, S>,
    status: Status,
    center: (f64, f64),
    r: f64,
    palette: &Palette,
) -> Result<(), RenderError> {
    match status {
        Status::Formed(_) => {
            p.circle(center, r + 1.0, palette.background, true, 1.0)?;
            p.circle(center, r, palette.formed, true, 1.0)
        }
        Status::Planned(_) => {
            p.circle(center, r + 1.0, palette.background, true, 1.0)?;
            p.circle(center, r - 1.0, palette.planned, false, 3.0)?;
            p.circle(center, (r * 0.3).max(1.0), palette.planned, true, 1.0)
        }
        Status::None => {
            p.circle(center, r, palette.background, true, 1.0)?;
            p.circle(center, r - 0.5, palette.muted, false, 1.5)
        }
    }
}

/// Draws `layout`, outlining the `highlight`ed area.
pub fn draw<S: Surface + ?Sized>(
    p: &mut Painter<'_, S>,
    layout: &MapLayout,
    palette: &Palette,
    highlight: Option<usize>,
) -> Result<(), RenderError> {
    if !palette.transparent {
        p.background(layout.size, palette.background)?;
    }
    if layout.polygons {
        for area in &layout.areas {
            let color = status_color(area.status, palette);
            let alpha = if area.status == Status::None {
                0.6
            } else {
                0.55
            };
            for ring in &area.rings {
                p.polygon(ring, color, alpha)?;
            }
        }
        for area in &layout.areas {
            for ring in &area.rings {
                let mut closed = ring.clone();
                closed.push(ring[0]);
                p.line(
                    &closed,
                    palette.background,
                    1.2,
                    crate::core::theme::Dash::Solid,
                )?;
            }
        }
        let r = (layout.dot_radius * 0.55).clamp(3.0, 5.0);
        for area in &layout.areas {
            status_marker(p, area.status, area.center, r, palette)?;
        }
    } else {
        for area in &layout.areas {
            status_marker(p, area.status, area.center, layout.dot_radius, palette)?;
        }
    }
    if let Some(area) = highlight.and_then(|i| layout.areas.get(i)) {
        if area.rings.is_empty() {
            p.circle(
                area.center,
                layout.dot_radius + 4.0,
                palette.text,
                false,
                2.0,
            )?;
        } else {
            for ring in &area.rings {
                let mut closed = ring.clone();
                closed.push(ring[0]);
                p.line(&closed, palette.text, 2.5, crate::core::theme::Dash::Solid)?;
            }
        }
    }
    let spec = TextSpec {
        size: FONT_SMALL,
        color: palette.text,
        align: Align::Start,
        baseline: Baseline::Middle,
        bold: false,
    };
    for label in layout.labels.iter().chain(&layout.key) {
        p.text((label.x, label.y), &label.text, spec)?;
    }
    for number in &layout.numbers {
        p.text(
            (number.x, number.y),
            &number.text,
            TextSpec { bold: true, ..spec },
        )?;
    }
    Ok(())
}
