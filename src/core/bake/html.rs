//! A view's description written as static HTML: the page as the app
//! first renders it (masthead, tabs, heading, the view's own parts, the
//! chart as inline SVG, the numbers and the credits), for readers without
//! JavaScript and for the moment before the app takes over.

use super::tables::table;
use crate::core::credits::{license_line, published_line, source_line};
use crate::core::export::PngSize;
use crate::core::model::Status;
use crate::core::params::View;
use crate::core::stats::Coverage;
use crate::core::strings::strings;
use crate::core::text::shorten;
use crate::core::view::{Description, Detail};
use std::fmt::Write;

pub use crate::core::text::escape_markup as escape;

/// One chart drawn at one width in one theme.
pub struct ChartVariant {
    /// The band's name (`s`, `m`, `l`), as pantau.css knows it.
    pub name: &'static str,
    /// The page widths it is for, as a media query (empty: the smallest).
    pub band: &'static str,
    /// `light` or `dark`.
    pub theme: &'static str,
    /// Its file, relative to the page, when it is not in the page.
    pub src: String,
    /// Its size in CSS px, so the page reserves its place before it loads.
    pub size: (f64, f64),
    /// The drawing, a standalone SVG document.
    pub svg: String,
}

/// The chart as SVG in the page, every band: pantau.css shows the one
/// for the page's width. When recolouring gives each dark drawing from
/// its light one, only the light ones are in the page and pantau.css
/// recolours them in a dark scheme (see [`super::recolour`]); otherwise
/// both themes are, and pantau.css shows the one for the colour scheme
/// (or the theme a link forces, which `preload.js` puts on the root).
fn inline_svgs(out: &mut String, charts: &[ChartVariant]) {
    let pairs = super::recolour::pairs();
    let light = || charts.iter().filter(|c| c.theme == "light");
    let dark = || charts.iter().filter(|c| c.theme == "dark");
    let recolourable = light().count() == dark().count()
        && light()
            .zip(dark())
            .all(|(l, d)| l.name == d.name && super::recolour::recolour(&l.svg, &pairs) == d.svg);
    let groups: &[(&str, &str)] = if recolourable {
        &[("themed", "light")]
    } else {
        &[("light", "light"), ("dark", "dark")]
    };
    for &(class, theme) in groups {
        let _ = write!(out, "<div class=\"baked-{class}\">");
        for c in charts.iter().filter(|c| c.theme == theme) {
            let svg = c.svg.strip_prefix("<svg ").map_or_else(
                || c.svg.clone(),
                |rest| {
                    format!(
                        "<svg class=\"band-{}\" aria-hidden=\"true\" focusable=\"false\" {rest}",
                        c.name
                    )
                },
            );
            out.push_str(svg.trim_end());
        }
        out.push_str("</div>");
    }
}

/// The chart as a `<picture>`: the browser fetches only the drawing for
/// the page's width and colour scheme (and `preload.js` narrows it to a
/// theme a link forces), and only once the view is shown.
fn picture(out: &mut String, charts: &[ChartVariant]) {
    out.push_str("<picture>");
    // Widest band first: the first source whose media matches wins.
    for theme in ["dark", "light"] {
        for c in charts.iter().rev().filter(|c| c.theme == theme) {
            let media = match (theme, c.band.is_empty()) {
                ("dark", true) => "(prefers-color-scheme: dark)".to_owned(),
                ("dark", false) => format!("(prefers-color-scheme: dark) and {}", c.band),
                (_, true) => continue,
                (_, false) => c.band.to_owned(),
            };
            let _ = write!(
                out,
                "<source data-theme=\"{theme}\" data-band=\"{}\" media=\"{}\" srcset=\"{}\" width=\"{}\" height=\"{}\">",
                escape(c.band),
                escape(&media),
                escape(&c.src),
                c.size.0.round(),
                c.size.1.round()
            );
        }
    }
    if let Some(c) = charts
        .iter()
        .find(|c| c.theme == "light" && c.band.is_empty())
    {
        let _ = write!(
            out,
            "<img src=\"{}\" alt=\"\" width=\"{}\" height=\"{}\" loading=\"lazy\">",
            escape(&c.src),
            c.size.0.round(),
            c.size.1.round()
        );
    }
    out.push_str("</picture>");
}

/// A status symbol, the shapes of the app's; coloured by the stylesheet.
fn status_icon(out: &mut String, status: Status) {
    let shape = match status {
        Status::Formed(_) => "<circle class=\"formed\" cx=\"7\" cy=\"7\" r=\"6\"/>",
        Status::Planned(_) => "<circle class=\"planned-ring\" cx=\"7\" cy=\"7\" r=\"5\" fill=\"none\" stroke-width=\"3\"/><circle class=\"planned\" cx=\"7\" cy=\"7\" r=\"1.8\"/>",
        Status::None => "<circle class=\"none-ring\" cx=\"7\" cy=\"7\" r=\"5.5\" fill=\"none\" stroke-width=\"1.5\"/>",
    };
    let _ = write!(
        out,
        "<svg class=\"status-icon\" width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\" focusable=\"false\">{shape}</svg>"
    );
}

/// A select that looks as the app's does; it does nothing until the app
/// takes over (the app then has its own).
fn static_select(out: &mut String, label: &str, class: &str, options: &[(String, bool)]) {
    let _ = write!(out, "<label class=\"{class}\">{} <select>", escape(label));
    for (option, selected) in options {
        let sel = if *selected { " selected" } else { "" };
        let _ = write!(out, "<option{sel}>{}</option>", escape(option));
    }
    out.push_str("</select></label>");
}

/// The filters and the status key of the coverage and the map.
fn coverage_controls(out: &mut String, d: &Description, program: usize, counts: Option<&Coverage>) {
    let (ds, lang, t) = (&*d.dataset, d.lang, strings(d.lang));
    out.push_str("<div class=\"controls\">");
    if ds.programs().len() > 1 {
        let options: Vec<(String, bool)> = ds
            .programs()
            .iter()
            .enumerate()
            .map(|(i, p)| (shorten(p.label().get(lang), 80).into_owned(), i == program))
            .collect();
        static_select(out, t.program_label, "group-filter full-only", &options);
    }
    if let Some(areas) = ds.areas() {
        let options: Vec<(String, bool)> = std::iter::once((t.group_all.to_owned(), true))
            .chain(
                areas
                    .groups()
                    .iter()
                    .map(|g| (shorten(g, 80).into_owned(), false)),
            )
            .collect();
        static_select(
            out,
            areas.group_level().get(lang),
            "group-filter full-only",
            &options,
        );
    }
    if let Some(c) = counts {
        out.push_str("<ul class=\"status-key\">");
        for (status, label, n) in c.key_items(lang) {
            out.push_str("<li>");
            status_icon(out, status);
            let _ = write!(out, "<span>{}: {n}</span></li>", escape(&label));
        }
        out.push_str("</ul>");
    }
    out.push_str("</div>");
}

/// ` lang="…"` for a text in another language than the page's (a
/// fallback), else nothing.
fn lang_attribute(other: Option<&str>) -> String {
    other
        .map(|tag| format!(" lang=\"{}\"", escape(tag)))
        .unwrap_or_default()
}

fn view_parts(out: &mut String, d: &Description) {
    let t = strings(d.lang);
    match &d.detail {
        Detail::Trend(trend) => {
            out.push_str("<div class=\"controls full-only\">");
            if trend.legend.len() > 1 {
                out.push_str("<div class=\"legend\"><ul>");
                for item in &trend.legend {
                    let off = if item.shown { "" } else { " off" };
                    let _ = write!(
                        out,
                        "<li><span class=\"legend-item{off}\"{}>{}</span></li>",
                        lang_attribute(item.lang.as_deref()),
                        escape(&item.label)
                    );
                }
                out.push_str("</ul></div>");
            }
            if trend.years.0 < trend.years.1 {
                let years: Vec<i32> = (trend.years.0.get()..=trend.years.1.get()).collect();
                let _ = write!(
                    out,
                    "<fieldset class=\"range\"><legend>{}</legend>",
                    escape(t.years)
                );
                for (label, chosen) in [(t.from, trend.range.0.get()), (t.to, trend.range.1.get())]
                {
                    let options: Vec<(String, bool)> = years
                        .iter()
                        .map(|y| (y.to_string(), *y == chosen))
                        .collect();
                    static_select(out, label, "", &options);
                }
                out.push_str("</fieldset>");
            }
            out.push_str("</div>");
        }
        Detail::Map(map) => {
            coverage_controls(out, d, map.program.unwrap_or(0), map.counts.as_ref());
        }
        Detail::Coverage(coverage) => {
            coverage_controls(out, d, coverage.program, Some(&coverage.counts));
            out.push_str("<div class=\"groups\">");
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
                    let _ = write!(out, "<li class=\"area {}\">", a.status.key());
                    status_icon(out, a.status);
                    let _ = write!(
                        out,
                        "<span class=\"name\">{}</span><span class=\"status\">{}</span></li>",
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

/// The language links and the theme choice, as the app shows them.
fn settings(out: &mut String, d: &Description) {
    let t = strings(d.lang);
    let _ = write!(
        out,
        "<section class=\"settings\" aria-label=\"{}\"><div class=\"langs\" role=\"group\" aria-label=\"{}\">",
        escape(t.settings_label),
        escape(t.language)
    );
    for lang in crate::core::text::Lang::ALL {
        let active = if lang == d.lang {
            " active\" aria-current=\"true"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<a class=\"chip{active}\" lang=\"{0}\" href=\"?view={1}&amp;lang={0}\" aria-label=\"{3}\">{2}</a>",
            lang.tag(),
            d.view.key(),
            lang.tag().to_ascii_uppercase(),
            lang.button_label()
        );
    }
    out.push_str("</div>");
    let themes = [
        crate::core::params::ThemeChoice::Auto,
        crate::core::params::ThemeChoice::Light,
        crate::core::params::ThemeChoice::Dark,
    ];
    let options: Vec<(String, bool)> = themes
        .iter()
        .map(|th| {
            (
                t.theme_name(*th).to_owned(),
                *th == crate::core::params::ThemeChoice::Auto,
            )
        })
        .collect();
    static_select(out, t.theme, "theme-select", &options);
    out.push_str("</section>");
}

/// Everything a static view needs beyond the description.
pub struct Page<'a> {
    /// The dataset's address relative to the page, for the JSON link.
    pub data_href: &'a str,
    /// The CSV of this view's numbers, relative to the page.
    pub csv_href: Option<&'a str>,
    /// The CSV of the areas' statuses, for the table view's download bar.
    pub areas_csv_href: Option<&'a str>,
    /// The chart at each width and theme.
    pub charts: &'a [ChartVariant],
    /// Whether its drawings are in the page rather than files.
    pub inline: bool,
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
        "<header class=\"masthead\"><p class=\"place full-only\">{}</p><h1{}>{}</h1>",
        escape(&shorten(&place_line, 160)),
        lang_attribute(ds.title().other_lang(lang)),
        escape(&shorten(ds.title().get(lang), 200))
    );
    if let Some(desc) = ds.description() {
        let _ = write!(
            out,
            "<p class=\"description full-only\"{}>{}</p>",
            lang_attribute(desc.other_lang(lang)),
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
    out.push_str("</nav>");
    settings(&mut out, d);
    let _ = write!(
        out,
        "</div><main><section class=\"view {}\"><h2{}>{}</h2>",
        // The live table view's section is "tables", its tables in it.
        if d.view == View::Table {
            "tables"
        } else {
            d.view.key()
        },
        // The coverage headline is set as the live one is (narrower).
        if d.view == View::Coverage {
            " class=\"headline\""
        } else {
            ""
        },
        escape(&d.heading)
    );
    view_parts(&mut out, d);
    if !page.charts.is_empty() {
        let _ = write!(
            out,
            "<div class=\"chart baked-chart\" role=\"img\" aria-label=\"{}\">",
            escape(&d.summary)
        );
        if page.inline {
            inline_svgs(&mut out, page.charts);
        } else {
            picture(&mut out, page.charts);
        }
        out.push_str("</div>");
        let csv = page.csv_href.map(|href| (href, t.csv.to_owned()));
        download_bar(&mut out, d, csv.iter(), true);
    }
    if d.view != View::Table {
        let _ = write!(
            out,
            "<details class=\"numbers\"><summary>{}</summary>",
            escape(t.show_numbers)
        );
    }
    for tb in &d.tables {
        table(&mut out, tb);
    }
    if d.view != View::Table {
        out.push_str("</details>");
    }
    if d.view == View::Table {
        // The live table view's CSV buttons, after its tables.
        let series = page
            .csv_href
            .filter(|_| !ds.series().is_empty())
            .map(|href| (href, format!("{} · {}", t.csv, t.trend)));
        let areas = page
            .areas_csv_href
            .filter(|_| ds.areas().is_some())
            .map(|href| (href, format!("{} · {}", t.csv, t.coverage)));
        download_bar(&mut out, d, series.iter().chain(areas.iter()), false);
    }
    let _ = write!(
        out,
        "</section><footer class=\"credits\"><p class=\"source-line\">{}</p>",
        escape(&source_line(ds, &d.sources, lang))
    );
    if let Some(line) = &d.boundaries {
        let _ = write!(out, "<p class=\"boundaries-line\">{}</p>", escape(line));
    }
    for def in &d.definitions {
        let _ = write!(
            out,
            "<p class=\"definition full-only\"><span class=\"label\">{}. </span>{}",
            escape(&shorten(&def.label, 120)),
            escape(&shorten(def.text.as_deref().unwrap_or_default(), 1000))
        );
        if let Some(unit) = &def.unit {
            let _ = write!(
                out,
                " <span class=\"label\">{}: </span>{}.",
                escape(t.unit),
                escape(&shorten(unit, 60))
            );
        }
        out.push_str("</p>");
    }
    let _ = write!(
        out,
        "<p class=\"published full-only\">{}. {}.</p>",
        escape(&published_line(ds, lang)),
        escape(&license_line(ds, lang))
    );
    if !ds.notes().is_empty() {
        let _ = write!(
            out,
            "<div class=\"notes full-only\"><h3>{}</h3><ul>",
            escape(t.notes)
        );
        for note in ds.notes() {
            let _ = write!(out, "<li>{}</li>", escape(&shorten(note.get(lang), 1000)));
        }
        out.push_str("</ul></div>");
    }
    out.push_str("</footer>");
    // Last, where the live page has its share bar or its links: the note
    // goes at takeover without moving anything above it.
    let _ = write!(
        out,
        "<p class=\"baked-note\">{}. <a href=\"{}\">JSON</a>",
        escape(&published_line(ds, lang)),
        escape(page.data_href)
    );
    if let Some(csv) = page.csv_href {
        let _ = write!(out, " · <a href=\"{}\">CSV</a>", escape(csv));
    }
    out.push_str("</p></main></div>");
    out
}

/// The full app's download bar, in its place and size so nothing below
/// moves when the live one replaces it: each CSV is a link to the baked
/// file; a chart's image downloads (`images`) wait for the app, and the
/// no-script stylesheet hides them.
fn download_bar<'a>(
    out: &mut String,
    d: &Description,
    csv_links: impl Iterator<Item = &'a (&'a str, String)>,
    images: bool,
) {
    let t = strings(d.lang);
    let _ = write!(
        out,
        "<div class=\"toolbar full-only\" role=\"group\" aria-label=\"{0}\"><span class=\"toolbar-label\">{0}:</span>",
        escape(t.download)
    );
    for (href, label) in csv_links {
        let _ = write!(
            out,
            "<a class=\"button\" href=\"{}\" download>{}</a>",
            escape(href),
            escape(label)
        );
    }
    if images {
        let _ = write!(
            out,
            "<button type=\"button\" class=\"button\" disabled>{}</button><button type=\"button\" class=\"button\" disabled>{}</button><label class=\"png-size\">{} <select disabled>",
            escape(t.png),
            escape(t.svg),
            escape(t.png_size),
        );
        // Every size, as the live select has: its width is its longest.
        for size in PngSize::ALL {
            let _ = write!(out, "<option>{}</option>", escape(t.png_size_name(size)));
        }
        out.push_str("</select></label>");
    }
    out.push_str("</div>");
}
