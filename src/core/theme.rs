//! Colours of the charts in the light and dark themes, chosen to be
//! colour-blind safe (Okabe–Ito) and readable (WCAG AA for text).

use std::fmt;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses six hex digits, with or without a leading `#`.
    ///
    /// ```
    /// use pantau::core::theme::Rgb;
    /// assert_eq!(Rgb::parse_hex("#0072b2"), Some(Rgb(0, 0x72, 0xb2)));
    /// assert_eq!(Rgb::parse_hex("07b"), None);
    /// ```
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio between two colours, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Black or white, whichever reads better on this colour.
    pub fn readable_text(self) -> Rgb {
        if self.contrast(Rgb(0, 0, 0)) >= self.contrast(Rgb(255, 255, 255)) {
            Rgb(0, 0, 0)
        } else {
            Rgb(255, 255, 255)
        }
    }

    /// Mixes towards `other` by `t` (0 = self, 1 = other).
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

impl fmt::Display for Rgb {
    /// `#rrggbb`, for CSS and SVG.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    #[default]
    Light,
    Dark,
}

/// Every colour a chart uses.
#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    pub mode: Mode,
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub axis: Rgb,
    pub series: [Rgb; 8],
    pub formed: Rgb,
    pub planned: Rgb,
    pub none: Rgb,
    pub accent: Rgb,
    /// The accent as text (links) on the background: the accent itself,
    /// or moved towards the text colour until it reads (WCAG AA, 4.5:1).
    pub accent_text: Rgb,
    /// The host's background shows through: charts paint no background
    /// of their own (`bg=transparent`).
    pub transparent: bool,
}

/// The house accent colour.
pub const HOUSE_ACCENT: Rgb = Rgb(0x00, 0x5f, 0x73);

impl Palette {
    /// The palette for `mode`, with the brand `accent` (else the house
    /// colour) for the chrome and the first series.
    pub fn new(mode: Mode, accent: Option<Rgb>) -> Palette {
        let mut palette = match mode {
            Mode::Light => Palette {
                mode,
                background: Rgb(0xff, 0xff, 0xff),
                text: Rgb(0x1b, 0x1e, 0x23),
                muted: Rgb(0x55, 0x5b, 0x65),
                grid: Rgb(0xe4, 0xe6, 0xea),
                axis: Rgb(0x8a, 0x90, 0x99),
                series: [
                    Rgb(0x00, 0x72, 0xb2),
                    Rgb(0xd5, 0x5e, 0x00),
                    Rgb(0x00, 0x9e, 0x73),
                    Rgb(0xcc, 0x79, 0xa7),
                    Rgb(0x8a, 0x6d, 0x00),
                    Rgb(0x2b, 0x8c, 0xbe),
                    Rgb(0x33, 0x22, 0x88),
                    Rgb(0x55, 0x55, 0x55),
                ],
                formed: Rgb(0x00, 0x72, 0xb2),
                // Okabe-Ito's orange darkened to 3.5:1 on white.
                planned: Rgb(0xb5, 0x7d, 0x00),
                none: Rgb(0xc4, 0xc8, 0xce),
                accent: HOUSE_ACCENT,
                accent_text: HOUSE_ACCENT,
                transparent: false,
            },
            Mode::Dark => Palette {
                mode,
                background: Rgb(0x15, 0x18, 0x1d),
                text: Rgb(0xec, 0xee, 0xf1),
                muted: Rgb(0xa9, 0xb0, 0xba),
                grid: Rgb(0x2e, 0x33, 0x3b),
                axis: Rgb(0x6b, 0x73, 0x7e),
                series: [
                    Rgb(0x56, 0xb4, 0xe9),
                    Rgb(0xe6, 0x9f, 0x00),
                    Rgb(0x2f, 0xc2, 0x96),
                    Rgb(0xe0, 0x8f, 0xbf),
                    Rgb(0xf0, 0xe4, 0x42),
                    Rgb(0xff, 0x86, 0x4a),
                    Rgb(0xa8, 0x9c, 0xf0),
                    Rgb(0xd0, 0xd0, 0xd0),
                ],
                formed: Rgb(0x56, 0xb4, 0xe9),
                planned: Rgb(0xe6, 0x9f, 0x00),
                none: Rgb(0x4a, 0x50, 0x59),
                accent: Rgb(0x4f, 0xc3, 0xd6),
                accent_text: Rgb(0x4f, 0xc3, 0xd6),
                transparent: false,
            },
        };
        if let Some(accent) = accent {
            palette.accent = accent;
            // Bars in a brand colour must still stand out (WCAG 1.4.11, 3:1).
            palette.series[0] = toward(accent, palette.text, palette.background, 3.0);
        }
        palette.accent_text = toward(palette.accent, palette.text, palette.background, 4.5);
        palette
    }

    /// This palette on another background (the host page's, for an
    /// embed): text, muted text, the first series and links are moved
    /// until they read on it again.
    pub fn on_background(mut self, background: Rgb) -> Palette {
        self.background = background;
        self.text = toward(self.text, self.text.readable_text(), background, 7.0);
        self.muted = toward(self.muted, self.text, background, 4.5);
        self.series[0] = toward(self.series[0], self.text, background, 3.0);
        self.formed = toward(self.formed, self.text, background, 3.0);
        self.accent_text = toward(self.accent, self.text, background, 4.5);
        self
    }

    /// The colour of series slot `i` (slots beyond 8 reuse colours but not
    /// markers and dashes; see [`SeriesStyle`]).
    pub fn series_color(&self, slot: usize) -> Rgb {
        self.series[slot % self.series.len()]
    }
}

/// `color`, or moved towards `target` until it has `ratio` contrast with
/// `background`.
fn toward(color: Rgb, target: Rgb, background: Rgb, ratio: f64) -> Rgb {
    (0..=20)
        .map(|step| color.mix(target, f64::from(step) / 20.0))
        .find(|c| c.contrast(background) >= ratio)
        .unwrap_or(target)
}

/// A marker shape drawn at each point of a series.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
    TriangleDown,
    Cross,
    Plus,
    Bar,
}

impl Marker {
    /// The outline of a filled marker of radius `r` around `(x, y)`;
    /// `None` for the circle and the stroked cross and plus.
    pub fn polygon(self, (x, y): (f64, f64), r: f64) -> Option<Vec<(f64, f64)>> {
        let s = r * 0.85;
        Some(match self {
            Marker::Square => vec![
                (x - s, y - s),
                (x + s, y - s),
                (x + s, y + s),
                (x - s, y + s),
            ],
            Marker::Triangle => vec![
                (x, y - r * 1.1),
                (x + r, y + r * 0.75),
                (x - r, y + r * 0.75),
            ],
            Marker::TriangleDown => vec![
                (x, y + r * 1.1),
                (x + r, y - r * 0.75),
                (x - r, y - r * 0.75),
            ],
            Marker::Diamond => vec![(x, y - r * 1.15), (x + r, y), (x, y + r * 1.15), (x - r, y)],
            Marker::Bar => vec![
                (x - r * 1.1, y - r * 0.45),
                (x + r * 1.1, y - r * 0.45),
                (x + r * 1.1, y + r * 0.45),
                (x - r * 1.1, y + r * 0.45),
            ],
            Marker::Circle | Marker::Cross | Marker::Plus => return None,
        })
    }

    /// The two strokes of the cross or plus.
    pub fn strokes(self, (x, y): (f64, f64), r: f64) -> [[(f64, f64); 2]; 2] {
        if self == Marker::Cross {
            let d = r * 0.8;
            [
                [(x - d, y - d), (x + d, y + d)],
                [(x - d, y + d), (x + d, y - d)],
            ]
        } else {
            [[(x - r, y), (x + r, y)], [(x, y - r), (x, y + r)]]
        }
    }
}

/// A stroke pattern, in multiples of the line width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dash {
    Solid,
    Dashed,
    Dotted,
    DashDot,
}

impl Dash {
    /// On/off lengths in CSS pixels; empty for solid.
    pub fn pattern(self) -> &'static [f64] {
        match self {
            Dash::Solid => &[],
            Dash::Dashed => &[7.0, 4.0],
            Dash::Dotted => &[2.0, 3.0],
            Dash::DashDot => &[8.0, 3.0, 2.0, 3.0],
        }
    }
}

/// How series slot `i` is told apart without colour: each of the 64
/// possible series gets its own combination of marker, dash and fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeriesStyle {
    pub marker: Marker,
    pub dash: Dash,
    pub hollow: bool,
}

impl SeriesStyle {
    const MARKERS: [Marker; 8] = [
        Marker::Circle,
        Marker::Square,
        Marker::Triangle,
        Marker::Diamond,
        Marker::TriangleDown,
        Marker::Cross,
        Marker::Plus,
        Marker::Bar,
    ];
    const DASHES: [Dash; 4] = [Dash::Solid, Dash::Dashed, Dash::Dotted, Dash::DashDot];

    /// The style of slot `i`.
    pub fn for_slot(slot: usize) -> SeriesStyle {
        SeriesStyle {
            marker: Self::MARKERS[slot % 8],
            dash: Self::DASHES[(slot / 8) % 4],
            hollow: (slot / 32) % 2 == 1,
        }
    }
}

/// `x^2.4` for the WCAG formula's `x` in (0.09, 1], as `x² · (x²)^(1/5)`.
/// Hand-written because `powf` was, with the tick steps' `powf` and
/// `log10`, all that brought libm's `pow` into the wasm (1.7 KB gzip); it
/// agrees with `powf` to within a few units in the last place (tested for
/// every 8-bit channel).
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    square * fifth_root(square)
}

/// The fifth root of `a` in [0.008, 1] (the squares `pow_2_4` passes), by
/// Newton's method from 1: the estimates fall to the root, in at most ten
/// steps there, so it stops when they no longer fall. Far below that range
/// 64 steps would not reach it.
fn fifth_root(a: f64) -> f64 {
    debug_assert!(
        (0.008..=1.0).contains(&a),
        "{a} is outside the luminance's range"
    );
    let mut root = 1.0_f64;
    for _ in 0..64 {
        let next = (4.0 * root + a / (root * root * root * root)) / 5.0;
        if next >= root {
            break;
        }
        root = next;
    }
    root
}

#[cfg(test)]
mod tests {
    #[test]
    fn luminance_agrees_with_powf_for_every_channel() {
        // WCAG's formula as written, with `powf`.
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        for c in 0..=255u8 {
            let grey = super::Rgb(c, c, c).luminance();
            let want = 0.2126 * linear(c) + 0.7152 * linear(c) + 0.0722 * linear(c);
            assert!(
                (grey - want).abs() <= want * 1e-15,
                "{c}: {grey} against {want}"
            );
            let red = super::Rgb(c, 0, 0).luminance();
            assert!((red - 0.2126 * linear(c)).abs() <= red * 1e-15, "red {c}");
        }
    }

    #[test]
    fn a_palette_on_a_host_background_still_reads() {
        for (mode, background) in [
            (Mode::Dark, Rgb(0x20, 0x21, 0x24)),
            (Mode::Dark, Rgb(0x2a, 0x2f, 0x45)),
            (Mode::Light, Rgb(0xf4, 0xf1, 0xe8)),
            (Mode::Light, Rgb(0xdd, 0xdd, 0xdd)),
        ] {
            let p = Palette::new(mode, None).on_background(background);
            assert_eq!(p.background, background);
            assert!(p.text.contrast(background) >= 7.0, "{background}");
            assert!(p.muted.contrast(background) >= 4.5, "{background}");
            assert!(p.accent_text.contrast(background) >= 4.5, "{background}");
            assert!(p.series[0].contrast(background) >= 3.0, "{background}");
        }
    }

    use super::*;

    #[test]
    fn text_meets_wcag_aa_in_both_themes() {
        for mode in [Mode::Light, Mode::Dark] {
            let p = Palette::new(mode, None);
            assert!(p.text.contrast(p.background) >= 7.0, "{mode:?} text");
            assert!(p.muted.contrast(p.background) >= 4.5, "{mode:?} muted");
            assert!(p.accent.contrast(p.background) >= 4.5, "{mode:?} accent");
        }
    }

    #[test]
    fn series_colours_stand_out_from_the_background() {
        for mode in [Mode::Light, Mode::Dark] {
            let p = Palette::new(mode, None);
            for c in p.series {
                // WCAG 1.4.11: graphics need 3:1 against their background.
                assert!(c.contrast(p.background) >= 3.0, "{mode:?} {c}");
            }
        }
    }

    #[test]
    fn formed_and_planned_marks_stand_out_from_the_background() {
        for mode in [Mode::Light, Mode::Dark] {
            let p = Palette::new(mode, None);
            for c in [p.formed, p.planned] {
                assert!(c.contrast(p.background) >= 3.0, "{mode:?} {c}");
            }
        }
    }

    #[test]
    fn sixty_four_series_never_share_a_style() {
        let styles: Vec<_> = (0..64).map(SeriesStyle::for_slot).collect();
        for (i, a) in styles.iter().enumerate() {
            for b in &styles[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn accent_overrides_the_first_series() {
        let p = Palette::new(Mode::Light, Rgb::parse_hex("aa0000"));
        assert_eq!(p.series[0], Rgb(0xaa, 0, 0));
        let yellow = Palette::new(Mode::Light, Rgb::parse_hex("ffff00"));
        assert!(
            yellow.series[0].contrast(yellow.background) >= 3.0,
            "a pale accent is darkened for the bars"
        );
        assert_eq!(p.accent, Rgb(0xaa, 0, 0));
    }

    #[test]
    fn any_accent_yields_readable_links() {
        for hex in ["ffff00", "ffffff", "000000", "00ff00", "777777"] {
            for mode in [Mode::Light, Mode::Dark] {
                let p = Palette::new(mode, Rgb::parse_hex(hex));
                assert!(
                    p.accent_text.contrast(p.background) >= 4.5,
                    "{hex} {mode:?}"
                );
                assert!(p.accent.readable_text().contrast(p.accent) >= 4.5, "{hex}");
            }
        }
        assert_eq!(Palette::new(Mode::Light, None).accent_text, HOUSE_ACCENT);
    }

    #[test]
    fn readable_text_picks_the_better_of_black_and_white() {
        assert_eq!(Rgb(0xff, 0xff, 0x00).readable_text(), Rgb(0, 0, 0));
        assert_eq!(Rgb(0x00, 0x00, 0x80).readable_text(), Rgb(255, 255, 255));
    }

    #[test]
    fn hex_parsing_is_strict() {
        assert_eq!(Rgb::parse_hex("FFFFFF"), Some(Rgb(255, 255, 255)));
        assert_eq!(Rgb::parse_hex("#ggg000"), None);
        assert_eq!(Rgb::parse_hex("#12345"), None);
        assert_eq!(Rgb::parse_hex("#1234567"), None);
    }
}
