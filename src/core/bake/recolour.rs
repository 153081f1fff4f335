//! One inline drawing for both colour schemes. The default view's chart
//! is in the page at three widths; drawn once per theme, its dark copies
//! were a third of the page's gzipped bytes, on the way to the first
//! chart. The light and dark palettes differ only in colours, so the page
//! keeps the light drawing, and pantau.css turns each light colour into
//! its dark one when the page is dark ([`css`], checked against the file
//! by a test). A bake uses it only when recolouring the light drawing
//! gives exactly the dark one ([`recolour`]); otherwise it inlines both.

use crate::core::theme::{Mode, Palette, Rgb};

/// Each light colour of the house palettes with its dark counterpart. A
/// light colour that two roles share but whose dark ones differ is left
/// out: a drawing with it is inlined in both themes.
pub fn pairs() -> Vec<(Rgb, Rgb)> {
    let (light, dark) = (
        Palette::new(Mode::Light, None),
        Palette::new(Mode::Dark, None),
    );
    let roles = |p: &Palette| {
        let mut colours = vec![
            p.background,
            p.text,
            p.muted,
            p.grid,
            p.axis,
            p.formed,
            p.planned,
            p.none,
            p.accent,
            p.accent_text,
        ];
        colours.extend(p.series);
        colours
    };
    let all: Vec<(Rgb, Rgb)> = roles(&light).into_iter().zip(roles(&dark)).collect();
    let mut pairs: Vec<(Rgb, Rgb)> = Vec::new();
    for &(from, to) in &all {
        let ambiguous = all.iter().any(|&(f, t)| f == from && t != to);
        if !ambiguous && from != to && !pairs.iter().any(|&(f, _)| f == from) {
            pairs.push((from, to));
        }
    }
    pairs
}

/// `svg` with every `fill` and `stroke` colour in `pairs` replaced by its
/// dark counterpart, in one pass (a dark colour is never recoloured again).
pub fn recolour(svg: &str, pairs: &[(Rgb, Rgb)]) -> String {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(from, to)| (from.to_string(), to.to_string()))
        .collect();
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = next_colour(rest) {
        let (before, colour) = rest.split_at(at);
        out.push_str(before);
        let hex = &colour[..7];
        let dark = pairs.iter().find(|(from, _)| from == hex);
        out.push_str(dark.map_or(hex, |(_, to)| to));
        rest = &colour[7..];
    }
    out.push_str(rest);
    out
}

/// Where the next `#rrggbb` of a `fill` or `stroke` attribute starts.
fn next_colour(svg: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(quote) = svg[from..].find("=\"#").map(|i| from + i) {
        let start = quote + 2;
        let attribute_is_paint =
            svg[..quote].ends_with(" fill") || svg[..quote].ends_with(" stroke");
        let hex = svg.get(start + 1..start + 7);
        if attribute_is_paint && hex.is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit())) {
            return Some(start);
        }
        from = start;
    }
    None
}

/// The rules pantau.css carries between its `pantau:recolour` marks: a
/// `.baked-themed` drawing takes the dark colours when the page is dark
/// (the reader's scheme, unless a link forces light; or a link forcing
/// dark), as the live chart does.
pub fn css() -> String {
    let pairs = pairs();
    let variables: String = pairs
        .iter()
        .map(|(from, to)| format!(" --dark-{}: {to};", &from.to_string()[1..]))
        .collect();
    let mut css = format!(
        "@media (prefers-color-scheme: dark) {{\n  :root:not([data-theme=\"light\"]) .baked-themed {{{variables} }}\n}}\n:root[data-theme=\"dark\"] .baked-themed {{{variables} }}\n"
    );
    for (from, _) in &pairs {
        let name = &from.to_string()[1..];
        for attribute in ["fill", "stroke"] {
            css.push_str(&format!(
                ".baked-themed [{attribute}=\"{from}\"] {{ {attribute}: var(--dark-{name}, {from}); }}\n"
            ));
        }
    }
    css
}
