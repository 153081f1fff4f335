//! Draws a laid-out trend chart.

use super::Surface;
use super::{Align, Baseline, Painter, TextSpec};
use crate::core::hit::TrendHit;
use crate::core::layout::trend::TrendLayout;
use crate::core::layout::{text_width, Rect, FONT, FONT_SMALL};
use crate::core::theme::{Dash, Palette, SeriesStyle};

/// Draws `layout`, ringing the `highlight`ed point (the tooltip's).
pub fn draw<S: Surface + ?Sized>(
    p: &mut Painter<'_, S>,
    layout: &TrendLayout,
    palette: &Palette,
    highlight: Option<TrendHit>,
) -> Result<(), super::RenderError> {
    let plot = layout.plot;
    let ticks = (&layout.y_ticks[..], &layout.x_ticks[..]);
    super::axes(p, layout.size, plot, ticks, palette)?;
    let label_spec = |color, align, baseline| TextSpec {
        size: FONT,
        color,
        align,
        baseline,
        bold: false,
    };
    p.text(
        (2.0, 2.0),
        &layout.unit,
        TextSpec {
            size: FONT_SMALL,
            ..label_spec(palette.muted, Align::Start, Baseline::Top)
        },
    )?;
    for event in &layout.events {
        p.line(
            &[(event.x, event.label_y), (event.x, plot.bottom())],
            palette.muted,
            1.0,
            Dash::Dashed,
        )?;
        let align = if event.label_right {
            Align::Start
        } else {
            Align::End
        };
        p.text(
            (event.label_x, event.label_y),
            &event.label,
            TextSpec {
                size: FONT_SMALL,
                ..label_spec(palette.text, align, Baseline::Top)
            },
        )?;
    }
    for (x, label) in &layout.gaps {
        // On the background's colour, so an event line through the same
        // year does not strike the words out; the last line on the axis.
        let lines: Vec<&str> = label.split('\n').collect();
        let line_height = FONT_SMALL + 1.0;
        let width = lines
            .iter()
            .map(|l| text_width(l, FONT_SMALL))
            .fold(0.0, f64::max)
            + 4.0;
        let height = line_height * lines.len() as f64;
        p.fill_rect(
            Rect {
                x: x - width / 2.0,
                y: plot.bottom() - 3.0 - height,
                w: width,
                h: height + 1.0,
            },
            palette.background,
            1.0,
        )?;
        for (i, line) in lines.iter().enumerate() {
            let from_bottom = (lines.len() - 1 - i) as f64 * line_height;
            p.text(
                (*x, plot.bottom() - 3.0 - from_bottom),
                line,
                TextSpec {
                    size: FONT_SMALL,
                    ..label_spec(palette.muted, Align::Middle, Baseline::Bottom)
                },
            )?;
        }
    }
    for (slot, series) in layout.series.iter().enumerate() {
        let color = palette.series_color(series.series);
        let style = SeriesStyle::for_slot(series.series);
        if layout.bars {
            for point in &series.points {
                let bar = Rect {
                    x: point.x - layout.bar_width / 2.0,
                    y: point.y,
                    w: layout.bar_width,
                    h: (plot.bottom() - point.y).max(0.0),
                };
                p.fill_rect(bar, color, 1.0)?;
                if layout.value_labels {
                    p.text(
                        (point.x, point.y - 3.0),
                        &point.label,
                        TextSpec {
                            size: FONT_SMALL,
                            bold: true,
                            ..label_spec(palette.text, Align::Middle, Baseline::Bottom)
                        },
                    )?;
                }
            }
        } else {
            for run in &series.runs {
                let line: Vec<_> = series.points[run.clone()]
                    .iter()
                    .map(|pt| (pt.x, pt.y))
                    .collect();
                if line.len() > 1 {
                    p.line(&line, color, 2.0, style.dash)?;
                }
            }
            for point in &series.points {
                p.marker(
                    style.marker,
                    (point.x, point.y),
                    4.0,
                    color,
                    style.hollow,
                    palette.background,
                )?;
            }
        }
        if let Some(hit) = highlight.filter(|hit| hit.series == slot) {
            if let Some(point) = series.points.get(hit.point) {
                if layout.bars {
                    let bar = Rect {
                        x: point.x - layout.bar_width / 2.0 - 2.0,
                        y: point.y - 2.0,
                        w: layout.bar_width + 4.0,
                        h: (plot.bottom() - point.y).max(0.0) + 2.0,
                    };
                    p.stroke_rect(bar, palette.text, 2.0)?;
                } else {
                    p.circle((point.x, point.y), 8.0, palette.text, false, 2.0)?;
                }
            }
        }
    }
    super::baseline(p, plot, palette)
}
