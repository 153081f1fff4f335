//! Where things go on a chart, in CSS pixels, computed once per data or
//! size change. Drawing and hit-testing both read a layout; neither
//! computes geometry of its own, so a pointer move never re-lays out.

pub mod coverage;
pub mod map;
pub mod trend;

pub use super::geometry::Rect;

/// A labelled position along an axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Pixel position along the axis.
    pub pos: f64,
    /// The label, already formatted.
    pub label: String,
}

/// Text sizes of the charts, in CSS pixels.
pub const FONT: f64 = 12.0;
/// Small text: event labels and notes in the chart.
pub const FONT_SMALL: f64 = 11.0;

/// Estimated width of `text` at `size` px in a system sans-serif.
///
/// An estimate, on purpose: measuring text in the browser costs a DOM
/// round trip per label, and layouts must be identical natively (for the
/// SVG export and tests) and in the browser. Wide glyphs are rare in the
/// labels charts show, and margins leave room for the difference.
pub fn text_width(text: &str, size: f64) -> f64 {
    // Widths of DejaVu Sans, the widest common fallback, so labels fit
    // whichever sans-serif the reader's system picks.
    text.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.3,
            't' | 'f' | 'r' | ' ' | '(' | ')' => 0.4,
            'm' | 'w' | 'M' | 'W' | '%' | '@' => 0.92,
            c if c.is_ascii_uppercase() => 0.72,
            c if c.is_ascii_digit() => 0.64,
            _ => 0.61,
        })
        .sum::<f64>()
        * size
}
