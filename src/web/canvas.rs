//! Canvas plumbing shared by every chart: painting sharp at the screen's
//! devicePixelRatio.

use crate::core::render::{Align, Baseline, Painter, RenderError, Surface, TextSpec, FONT_FAMILY};
use crate::core::theme::Rgb;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The screen's device pixels per CSS pixel.
pub fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}

/// Gives the canvas its CSS size and its container the same reserved
/// height, once per size. Through the CSSOM, not `style` attributes, which
/// a host's CSP without `'unsafe-inline'` styles refuses.
pub fn set_css_size(canvas: &HtmlCanvasElement, css: (f64, f64)) {
    let style = canvas.style();
    let _ = style.set_property("width", &px(css.0));
    let _ = style.set_property("height", &px(css.1));
    if let Some(container) = canvas
        .parent_element()
        .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = container.style().set_property("min-height", &px(css.1));
    }
}

/// What the browser's charts are painted through. The full app also
/// writes its SVG downloads with the same drawing code, so there it is a
/// trait object and that code is in the wasm once (1.8 KB gzip less than
/// a copy per surface); the embed draws only on the canvas, and the
/// concrete type lets the compiler inline it (0.5 KB less than the trait
/// object there).
#[cfg(feature = "explorer")]
pub type PaintedOn = dyn Surface;
#[cfg(not(feature = "explorer"))]
pub type PaintedOn = Canvas;

/// Sizes the canvas to `css` × devicePixelRatio backing pixels (which
/// clears it), then draws through a painter scaled by the same ratio, so
/// lines and text are sharp on every screen.
pub fn paint(
    canvas: &HtmlCanvasElement,
    css: (f64, f64),
    dpr: f64,
    draw: impl FnOnce(&mut Painter<'_, PaintedOn>) -> Result<(), RenderError>,
) -> Result<(), RenderError> {
    let (w, h) = ((css.0 * dpr).round() as u32, (css.1 * dpr).round() as u32);
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| RenderError("no 2D canvas context".into()))?;
    let mut surface = Canvas {
        context,
        font: String::new(),
    };
    draw(&mut Painter::new(&mut surface as &mut PaintedOn, dpr))
}

/// A CSS length in pixels, fractions kept (a canvas matches its box).
fn px(length: f64) -> String {
    format!("{}px", crate::core::format::shortest(length))
}

/// A canvas's 2D context as a drawing surface.
pub struct Canvas {
    context: CanvasRenderingContext2d,
    /// The font last set: the browser parses every font it is given, and
    /// most labels of a chart share one.
    font: String,
}

type Drawn = Result<(), RenderError>;

impl Canvas {
    fn fill_with(&self, color: Rgb, alpha: f64) {
        self.context.set_fill_style_str(&color.to_string());
        self.context.set_global_alpha(alpha.clamp(0.0, 1.0));
    }

    fn stroke_with(&self, color: Rgb, width: u32) {
        self.context.set_stroke_style_str(&color.to_string());
        self.context.set_line_width(f64::from(width));
        self.context.set_global_alpha(1.0);
    }

    fn trace(&self, points: &[(i32, i32)]) {
        self.context.begin_path();
        for (i, &(x, y)) in points.iter().enumerate() {
            if i == 0 {
                self.context.move_to(f64::from(x), f64::from(y));
            } else {
                self.context.line_to(f64::from(x), f64::from(y));
            }
        }
    }
}

fn rect_of((x0, y0): (i32, i32), (x1, y1): (i32, i32)) -> (f64, f64, f64, f64) {
    (
        f64::from(x0),
        f64::from(y0),
        f64::from(x1 - x0),
        f64::from(y1 - y0),
    )
}

impl Surface for Canvas {
    fn fill_rect(&mut self, from: (i32, i32), to: (i32, i32), color: Rgb, alpha: f64) -> Drawn {
        self.fill_with(color, alpha);
        let (x, y, w, h) = rect_of(from, to);
        self.context.fill_rect(x, y, w, h);
        Ok(())
    }

    fn stroke_rect(&mut self, from: (i32, i32), to: (i32, i32), color: Rgb, width: u32) -> Drawn {
        self.stroke_with(color, width);
        let (x, y, w, h) = rect_of(from, to);
        self.context.stroke_rect(x, y, w, h);
        Ok(())
    }

    fn polyline(&mut self, points: &[(i32, i32)], color: Rgb, width: u32) -> Drawn {
        self.stroke_with(color, width);
        self.trace(points);
        self.context.stroke();
        Ok(())
    }

    fn polygon(&mut self, points: &[(i32, i32)], color: Rgb, alpha: f64) -> Drawn {
        self.fill_with(color, alpha);
        self.trace(points);
        self.context.close_path();
        self.context.fill();
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
        if fill {
            self.fill_with(color, 1.0);
        } else {
            self.stroke_with(color, width);
        }
        self.context.begin_path();
        self.context
            .arc(
                f64::from(x),
                f64::from(y),
                f64::from(radius),
                0.0,
                std::f64::consts::TAU,
            )
            .map_err(|_| RenderError("the canvas refused an arc".into()))?;
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }

    fn text(&mut self, (x, y): (i32, i32), text: &str, spec: &TextSpec) -> Drawn {
        self.fill_with(spec.color, 1.0);
        self.context.set_text_align(match spec.align {
            Align::Start => "start",
            Align::Middle => "center",
            Align::End => "end",
        });
        self.context.set_text_baseline(match spec.baseline {
            Baseline::Top => "top",
            Baseline::Middle => "middle",
            Baseline::Bottom => "bottom",
        });
        let weight = if spec.bold { "bold" } else { "normal" };
        let font = format!("{weight} {} {FONT_FAMILY}", px(spec.size));
        if font != self.font {
            self.context.set_font(&font);
            self.font = font;
        }
        self.context
            .fill_text(text, f64::from(x), f64::from(y))
            .map_err(|_| RenderError("the canvas refused a label".into()))
    }
}
