//! A view's description written as static HTML: the page as the app
//! first renders it (masthead, tabs, heading, the view's own parts, the
//! chart as inline SVG, the numbers and the credits), for readers without
//! JavaScript and for the moment before the app takes over.

use crate::core::credits::{license_line, published_line, source_line};
use crate::core::params::View;
use crate::core::strings::strings;
use crate::core::text::shorten;
use crate::core::view::tables::Table;
use crate::core::view::{Description, Detail};
use std::fmt::Write;

/// Text made safe inside an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One chart drawn at one width in one theme, as inline SVG.
pub struct ChartVariant {
    /// `s`, `m` or `l`: which band of page widths it is for.
    pub band: &'static str,
    /// `light` or `dark`.
    pub theme: &'static str,
    pub svg: String,
}

/// The SVG made to scale with its container and to sit in a page: its
/// size becomes a `viewBox` only, and the font, named on every label by
/// the SVG backend, is named once on the root.
pub fn inline_svg(svg: &str, class: &str) -> String {
    let font = crate::core::render::FONT_FAMILY.replace('\'', "&apos;");
    // `opacity="1"` is every element's default; dropping it halves nothing
    // but the bytes.
    let stripped = svg
        .replace(&format!(" font-family=\"{font}\""), "")
        .replace(" opacity=\"1\"", "");
    let Some(end) = stripped.find('>') else {
        return String::new();
    };
    let (root, rest) = stripped.split_at(end);
    let view_box = root
        .split("viewBox=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .unwrap_or("0 0 100 100");
    format!(
        "<svg class=\"{class}\" viewBox=\"{view_box}\" xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" focusable=\"false\" font-family=\"{font}\"{rest}"
    )
}

fn table(out: &mut String, t: &Table) {
    let _ = write!(out, "<table class=\"data-table\"><caption>{}</caption><thead><tr>", escape(&t.caption));
    for c in &t.columns {
        let class = if c.class.is_empty() {
            String::new()
        } else {
            format!(" class=\"{}\"", c.class)
        };
        let unit = c
            .unit
            .as_deref()
            .map(|u| format!("<span class=\"unit\">{}</span>", escape(u)))
            .unwrap_or_default();
        let _ = write!(out, "<th scope=\"col\"{class}>{}{unit}</th>", escape(&c.label));
    }
    out.push_str("</tr></thead>");
    for g in &t.groups {
        out.push_str("<tbody>");
        if let Some(h) = &g.heading {
            let _ = write!(
                out,
                "<tr class=\"group-row\"><th scope=\"rowgroup\" colspan=\"{}\">{}</th></tr>",
                t.columns.len(),
                escape(h)
            );
        }
        for r in &g.rows {
            let _ = write!(out, "<tr><th scope=\"row\">{}", escape(&r.heading));
            if let Some(d) = &r.detail {
                let _ = write!(out, "<br><span class=\"muted\">{}</span>", escape(d));
            }
            if let Some(url) = &r.link {
                let _ = write!(
                    out,
                    "<br><a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a>",
                    escape(url)
                );
            }
            out.push_str("</th>");
            for c in &r.cells {
                if c.class.is_empty() {
                    let _ = write!(out, "<td>{}</td>", escape(&c.text));
                } else {
                    let _ = write!(out, "<td class=\"{}\">{}</td>", escape(&c.class), escape(&c.text));
                }
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody>");
    }
    out.push_str("</table>");
}

fn view_parts(out: &mut String, d: &Description) {
    let t = strings(d.lang);
    match &d.detail {
        Detail::Trend(trend) if trend.legend.len() > 1 => {
            out.push_str("<div class=\"controls full-only\"><div class=\"legend\"><ul>");
            for item in &trend.legend {
                let off = if item.shown { "" } else { " off" };
                let _ = write!(
                    out,
                    "<li><span class=\"legend-item{off}\">{}</span></li>",
                    escape(&item.label)
                );
            }
            out.push_str("</ul></div></div>");
        }
        Detail::Coverage(coverage) => {
            out.push_str("<div class=\"groups full-only\">");
            for card in &coverage.groups {
                let _ = write!(
                    out,
                    "<section class=\"group-card\"><h3>{}<span class=\"count\"> · {} {} {} {}</span></h3><ul>",
                    escape(&card.heading),
                    card.formed,
                    t.of,
                    card.areas.len(),
                    t.formed_of
                );
                for a in &card.areas {
                    let _ = write!(
                        out,
                        "<li class=\"area {}\"><span class=\"name\">{}</span> <span class=\"status\">{}</span></li>",
                        a.status.key(),
                        escape(&a.name),
                        escape(&a.words)
                    );
                }
                out.push_str("</ul></section>");
            }
            let _ = write!(
                out,
                "</div><h3 class=\"chart-title\">{}</h3>",
                escape(&coverage.chart_heading)
            );
        }
        _ => {}
    }
}

/// Everything a static view needs beyond the description.
pub struct Page<'a> {
    /// The dataset's address relative to the page, for the JSON link.
    pub data_href: &'a str,
    /// The CSV of this view's numbers, relative to the page.
    pub csv_href: Option<&'a str>,
    /// The chart at each width and theme.
    pub charts: &'a [ChartVariant],
}

/// The static view of `d`: hidden until `preload.js` has checked the
/// served bytes (or shown by the no-script stylesheet).
pub fn static_view(d: &Description, page: &Page<'_>) -> String {
    let ds = &*d.dataset;
    let (lang, t) = (d.lang, strings(d.lang));
    let mut out = String::new();
    let _ = write!(
        out,
        "<div class=\"pantau baked\" data-view=\"{}\" data-lang=\"{}\" lang=\"{}\" hidden>",
        d.view.key(),
        lang.tag(),
        lang.tag()
    );
    let place = ds.place();
    let place_line = match place.province() {
        Some(p) => format!("{} · {p}", place.name()),
        None => place.name().to_owned(),
    };
    let _ = write!(
        out,
        "<header class=\"masthead\"><p class=\"place full-only\">{}</p><h1>{}</h1>",
        escape(&shorten(&place_line, 160)),
        escape(&shorten(ds.title().get(lang), 200))
    );
    if let Some(desc) = ds.description() {
        let _ = write!(
            out,
            "<p class=\"description full-only\">{}</p>",
            escape(&shorten(desc.get(lang), 600))
        );
    }
    let _ = write!(
        out,
        "</header><div class=\"bar full-only\"><nav class=\"tabs\" aria-label=\"{}\">",
        escape(t.views_label)
    );
    for view in View::ALL {
        let current = if view == d.view {
            " active\" aria-current=\"page"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<a class=\"tab{current}\" href=\"?view={}&amp;lang={}\">{}</a>",
            view.key(),
            lang.tag(),
            escape(t.view(view))
        );
    }
    let _ = write!(
        out,
        "</nav></div><main><section class=\"view {}\"><h2>{}</h2>",
        d.view.key(),
        escape(&d.heading)
    );
    view_parts(&mut out, d);
    if !page.charts.is_empty() {
        let _ = write!(
            out,
            "<div class=\"chart baked-chart\" role=\"img\" aria-label=\"{}\">",
            escape(&d.summary)
        );
        // One drawing per theme and band of page widths; the stylesheet
        // shows the one that fits (`static/pantau.css`).
        for theme in ["light", "dark"] {
            let _ = write!(out, "<div class=\"baked-theme {theme}\">");
            for c in page.charts.iter().filter(|c| c.theme == theme) {
                out.push_str(&inline_svg(&c.svg, &format!("band-{}", c.band)));
            }
            out.push_str("</div>");
        }
        out.push_str("</div>");
    }
    let _ = write!(
        out,
        "<p class=\"baked-note\">{}. <a href=\"{}\">JSON</a>",
        escape(&published_line(ds, lang)),
        escape(page.data_href)
    );
    if let Some(csv) = page.csv_href {
        let _ = write!(out, " · <a href=\"{}\">CSV</a>", escape(csv));
    }
    out.push_str("</p>");
    let tables_open = if d.view == View::Table {
        "<div class=\"tables\">"
    } else {
        "<details class=\"numbers full-only\"><summary>"
    };
    out.push_str(tables_open);
    if d.view != View::Table {
        let _ = write!(out, "{}</summary>", escape(t.show_numbers));
    }
    for tb in &d.tables {
        table(&mut out, tb);
    }
    out.push_str(if d.view == View::Table {
        "</div>"
    } else {
        "</details>"
    });
    let _ = write!(
        out,
        "</section><footer class=\"credits\"><p class=\"source-line\">{}</p><p class=\"published full-only\">{}. {}.</p></footer></main></div>",
        escape(&source_line(ds, &d.sources, lang)),
        escape(&published_line(ds, lang)),
        escape(&license_line(ds, lang))
    );
    out
}
