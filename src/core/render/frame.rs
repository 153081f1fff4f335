//! The frame of an exported image: title above, source and date below, so
//! a PNG or SVG keeps its attribution when shared on its own.

use super::Surface;
use super::{Align, Baseline, Painter, RenderError, TextSpec};
use crate::core::layout::text_width;
use crate::core::theme::Palette;

/// Padding around the chart in an exported image, CSS px.
pub const PAD: f64 = 16.0;
const TITLE: f64 = 17.0;
const FOOT: f64 = 11.0;

/// The text around an exported chart, wrapped to its width.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    pub title: Vec<String>,
    pub footer: Vec<String>,
    /// Size of the chart inside, CSS px.
    pub chart: (f64, f64),
}

impl Frame {
    /// Wraps `title` and each footer line to fit around a chart of `chart` size.
    pub fn new(title: &str, footer: &[String], chart: (f64, f64)) -> Frame {
        let width = chart.0;
        Frame {
            // Titles are bold, about a tenth wider than the estimate.
            title: wrap(title, TITLE, width / 1.12),
            footer: footer
                .iter()
                .flat_map(|line| wrap(line, FOOT, width))
                .collect(),
            chart,
        }
    }

    fn header_height(&self) -> f64 {
        PAD + self.title.len() as f64 * TITLE * 1.3 + 8.0
    }

    fn footer_height(&self) -> f64 {
        8.0 + self.footer.len() as f64 * FOOT * 1.4 + PAD
    }

    /// The whole image's size, CSS px.
    pub fn size(&self) -> (f64, f64) {
        (
            self.chart.0 + 2.0 * PAD,
            self.header_height() + self.chart.1 + self.footer_height(),
        )
    }

    /// Draws the frame, then the chart inside it through `chart`.
    pub fn draw<S: Surface + ?Sized>(
        &self,
        p: &mut Painter<'_, S>,
        palette: &Palette,
        chart: impl FnOnce(&mut Painter<'_, S>) -> Result<(), RenderError>,
    ) -> Result<(), RenderError> {
        p.background(self.size(), palette.background)?;
        for (i, line) in self.title.iter().enumerate() {
            let spec = TextSpec {
                size: TITLE,
                color: palette.text,
                align: Align::Start,
                baseline: Baseline::Top,
                bold: true,
            };
            p.text((PAD, PAD + i as f64 * TITLE * 1.3), line, spec)?;
        }
        let foot_top = self.header_height() + self.chart.1 + 8.0;
        for (i, line) in self.footer.iter().enumerate() {
            let spec = TextSpec {
                size: FOOT,
                color: palette.muted,
                align: Align::Start,
                baseline: Baseline::Top,
                bold: false,
            };
            p.text((PAD, foot_top + i as f64 * FOOT * 1.4), line, spec)?;
        }
        p.translate(PAD, self.header_height());
        let drawn = chart(p);
        p.translate(-PAD, -self.header_height());
        drawn
    }
}

/// Greedy word wrap by estimated width; a word longer than the line is
/// kept whole on its own line rather than cut.
pub fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size) > width && !line.is_empty() {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_every_word_in_order() {
        let text = "Violence against women and children in Tanjungpinang";
        let lines = wrap(text, 17.0, 200.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        for line in &lines[..lines.len() - 1] {
            assert!(text_width(line, 17.0) <= 200.0);
        }
    }

    #[test]
    fn frame_grows_with_its_text() {
        let short = Frame::new("T", &["Source: S".into()], (300.0, 200.0));
        let long = Frame::new(&"word ".repeat(40), &["Source: S".into()], (300.0, 200.0));
        assert!(long.size().1 > short.size().1);
        assert_eq!(short.size().0, 300.0 + 2.0 * PAD);
    }
}
