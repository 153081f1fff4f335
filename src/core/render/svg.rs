//! The SVG writer: charts as a standalone SVG document, for the "Vector
//! (SVG)" download, the command-line tool and the static first views.

use super::{Align, Baseline, RenderError, Surface, TextSpec, FONT_FAMILY};
use crate::core::format::plain;
use crate::core::text::escape_markup;
use crate::core::theme::Rgb;
use std::fmt::Write;

type Drawn = Result<(), RenderError>;

/// An SVG document being drawn, one element per line. The font is named
/// once on the root; `opacity` is written only where it is not 1.
pub struct Svg {
    out: String,
}

impl Svg {
    /// An empty drawing of `width` × `height` pixels.
    pub fn new(width: u32, height: u32) -> Svg {
        let mut out = String::with_capacity(8 * 1024);
        let _ = writeln!(
            out,
            "<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"{}\">",
            escape_markup(FONT_FAMILY)
        );
        Svg { out }
    }

    /// The finished document.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }

    fn paint(&mut self, attribute: &str, color: Rgb, alpha: f64) {
        let _ = write!(self.out, " {attribute}=\"{color}\"");
        if alpha < 1.0 {
            let _ = write!(self.out, " opacity=\"{}\"", plain(alpha.max(0.0)));
        }
    }

    /// Ends an element drawn as an unfilled outline.
    fn outline(&mut self, color: Rgb, width: u32) {
        let _ = writeln!(
            self.out,
            " fill=\"none\" stroke=\"{color}\" stroke-width=\"{width}\"/>"
        );
    }

    fn points(&mut self, points: &[(i32, i32)]) {
        self.out.push_str(" points=\"");
        for (i, (x, y)) in points.iter().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            let _ = write!(self.out, "{x},{y}");
        }
        self.out.push('"');
    }

    fn rect(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32)) {
        let _ = write!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
            x0.min(x1),
            y0.min(y1),
            (x1 - x0).abs(),
            (y1 - y0).abs()
        );
    }
}

impl Surface for Svg {
    fn fill_rect(&mut self, from: (i32, i32), to: (i32, i32), color: Rgb, alpha: f64) -> Drawn {
        self.rect(from, to);
        self.paint("fill", color, alpha);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn stroke_rect(&mut self, from: (i32, i32), to: (i32, i32), color: Rgb, width: u32) -> Drawn {
        self.rect(from, to);
        self.outline(color, width);
        Ok(())
    }

    fn polyline(&mut self, points: &[(i32, i32)], color: Rgb, width: u32) -> Drawn {
        self.out.push_str("<polyline");
        self.points(points);
        self.outline(color, width);
        Ok(())
    }

    fn polygon(&mut self, points: &[(i32, i32)], color: Rgb, alpha: f64) -> Drawn {
        self.out.push_str("<polygon");
        self.points(points);
        self.paint("fill", color, alpha);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn circle(
        &mut self,
        (x, y): (i32, i32),
        radius: u32,
        color: Rgb,
        fill: bool,
        width: u32,
    ) -> Drawn {
        let _ = write!(self.out, "<circle cx=\"{x}\" cy=\"{y}\" r=\"{radius}\"");
        if fill {
            let _ = writeln!(self.out, " fill=\"{color}\"/>");
        } else {
            self.outline(color, width);
        }
        Ok(())
    }

    fn text(&mut self, (x, y): (i32, i32), text: &str, spec: &TextSpec) -> Drawn {
        let anchor = match spec.align {
            Align::Start => "start",
            Align::Middle => "middle",
            Align::End => "end",
        };
        // SVG has no "top" or "middle" baseline every renderer honours
        // (resvg and librsvg ignore dominant-baseline), so the label is
        // moved off the alphabetic baseline by font-relative amounts.
        let dy = match spec.baseline {
            Baseline::Top => "0.76em",
            Baseline::Middle => "0.5ex",
            Baseline::Bottom => "-0.5ex",
        };
        let _ = write!(
            self.out,
            "<text x=\"{x}\" y=\"{y}\" dy=\"{dy}\" text-anchor=\"{anchor}\" font-size=\"{}\" fill=\"{}\"",
            plain(spec.size),
            spec.color
        );
        if spec.bold {
            self.out.push_str(" font-weight=\"bold\"");
        }
        let _ = writeln!(self.out, ">{}</text>", escape_markup(text));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(bold: bool) -> TextSpec {
        TextSpec {
            size: 12.5,
            color: Rgb(0x12, 0xab, 0xff),
            align: Align::End,
            baseline: Baseline::Middle,
            bold,
        }
    }

    #[test]
    fn writes_a_standalone_document_with_the_font_on_the_root() {
        let svg = Svg::new(300, 120).finish();
        assert!(svg.starts_with(
            "<svg width=\"300\" height=\"120\" viewBox=\"0 0 300 120\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui"
        ));
        assert!(
            svg.contains("&#39;Segoe UI&#39;"),
            "quotes in the font stack are escaped"
        );
        assert!(svg.ends_with("</svg>\n"));
    }

    #[test]
    fn opacity_is_written_only_below_one() {
        let mut svg = Svg::new(10, 10);
        svg.fill_rect((0, 0), (4, 3), Rgb(0, 0, 0), 1.0).unwrap();
        svg.polygon(&[(0, 0), (5, 0), (5, 5)], Rgb(255, 0, 0), 0.35)
            .unwrap();
        let out = svg.finish();
        assert!(out.contains("<rect x=\"0\" y=\"0\" width=\"4\" height=\"3\" fill=\"#000000\"/>"));
        assert!(out.contains("<polygon points=\"0,0 5,0 5,5\" fill=\"#ff0000\" opacity=\"0.35\"/>"));
    }

    #[test]
    fn labels_are_escaped_and_sized_in_pixels() {
        let mut svg = Svg::new(10, 10);
        svg.text((5, 6), "Kasus <\"KDRT\"> & lain", &spec(true))
            .unwrap();
        let out = svg.finish();
        assert!(out.contains(
            "<text x=\"5\" y=\"6\" dy=\"0.5ex\" text-anchor=\"end\" font-size=\"12.5\" fill=\"#12abff\" font-weight=\"bold\">Kasus &lt;&quot;KDRT&quot;&gt; &amp; lain</text>"
        ));
    }

    #[test]
    fn outlines_have_no_fill() {
        let mut svg = Svg::new(10, 10);
        svg.stroke_rect((1, 1), (9, 9), Rgb(1, 2, 3), 2).unwrap();
        svg.circle((5, 5), 3, Rgb(1, 2, 3), false, 1).unwrap();
        svg.polyline(&[(0, 0), (9, 9)], Rgb(1, 2, 3), 3).unwrap();
        let out = svg.finish();
        assert_eq!(out.matches("fill=\"none\" stroke=\"#010203\"").count(), 3);
        assert!(out.contains("stroke-width=\"3\""));
    }
}
