//! The publish step: a dataset baked into a built site. For every view
//! and language it writes the page as the app first renders it, with the
//! chart as inline SVG drawn by the same code as the canvas at the widths
//! the page gives it, plus the meta tags link previews read. The static
//! views carry a checksum of the exact bytes they were made from, and
//! `static/preload.js` shows them only when the bytes served now match.

mod checksum;
pub mod html;
pub mod recolour;
mod tables;

pub use checksum::checksum;

use super::export::{areas_csv, chart_svg, series_csv, svg, ImageBox};
use super::format::PlainFormat;
use super::geo::Shapes;
use super::model::Dataset;
use super::params::{Params, View};
use super::render::RenderError;
use super::text::{shorten, Lang};
use super::theme::{Mode, Palette};
use super::view::{describe, Context, Description};
use html::{escape, static_view, ChartVariant, Page};
use std::rc::Rc;

/// The chart widths a static view is drawn at, by band of page width (a
/// media query): the chart's width in the page, after its padding, at 360,
/// 768 and 1200 px.
pub const BANDS: [(&str, &str, f64); 3] = [
    ("s", "", 338.0),
    ("m", "(min-width: 560px)", 721.0),
    ("l", "(min-width: 1000px)", 1137.0),
];

/// Marks around what a bake adds to `index.html`, so baking again
/// replaces it.
const HEAD_MARK: (&str, &str) = ("<!-- pantau:bake head -->", "<!-- /pantau:bake head -->");
const BODY_MARK: (&str, &str) = ("<!-- pantau:bake -->", "<!-- /pantau:bake -->");

/// The share image's size, the one link previews ask for.
pub const SHARE_SIZE: (f64, f64) = (1200.0, 630.0);

/// What is baked from.
pub struct Source<'a> {
    /// The exact bytes the site serves.
    pub bytes: &'a [u8],
    pub dataset: Rc<Dataset>,
    /// The map's boundaries, when the dataset names a file at hand.
    pub shapes: Option<Rc<Shapes>>,
    /// The dataset's address relative to the site (`data/….json`).
    pub data_href: &'a str,
    /// Its dated copy's address beside it (`data/….2026-11-30.json`), which
    /// the bake keeps so links can pin these numbers.
    pub version_href: &'a str,
    /// The site's absolute address, for the share image and `og:url`.
    pub site_url: Option<&'a str>,
}

/// What a bake writes.
pub struct Baked {
    /// Meta tags for `<head>`.
    pub head: String,
    /// The static views, for the top of `<body>`.
    pub body: String,
    /// Files beside `index.html`.
    pub files: Files,
    /// The share image as SVG, 1200 × 630, to be rasterised.
    pub share_svg: String,
}

/// Where a view's static fragments are, relative to the site, when they
/// are not in the page.
pub fn view_file(view: View) -> String {
    format!("baked/{}.html", view.key())
}

/// The embed build's page, relative to the site, when the site has one.
pub const EMBED_PAGE: &str = "embed/index.html";

/// Where the bake keeps the dataset bytes it baked from: the copy readers
/// see, with a notice, if the live file later fails to load or validate.
pub const LAST_GOOD: &str = "baked/last-good.json";

/// Where the share image is, relative to the site.
pub const SHARE_IMAGE: &str = "baked/share.png";

fn context(src: &Source<'_>, lang: Lang) -> Context {
    Context {
        dataset: src.dataset.clone(),
        lang,
        format: Rc::new(PlainFormat(lang)),
        shapes: src.shapes.clone(),
    }
}

fn describe_default(ctx: &Context, view: View) -> Description {
    describe(
        ctx,
        &Params {
            lang: Some(ctx.lang),
            ..Params::of_view(view)
        },
    )
}

/// Files to write beside `index.html`: relative path and contents.
pub type Files = Vec<(String, String)>;

/// The chart of `d` at every band and theme.
fn charts(d: &Description) -> Result<Vec<ChartVariant>, RenderError> {
    let mut variants = Vec::new();
    for (name, band, width) in BANDS {
        let Some(chart) = d.chart(width) else {
            continue;
        };
        for (theme, mode) in [("light", Mode::Light), ("dark", Mode::Dark)] {
            let svg = chart_svg(&chart, &Palette::new(mode, None))?;
            variants.push(ChartVariant {
                name,
                band,
                theme,
                src: format!("baked/{}-{}-{name}-{theme}.svg", d.view.key(), d.lang.tag()),
                size: chart.size(),
                svg,
            });
        }
    }
    Ok(variants)
}

/// `site_url` joined with a relative `path` (relative when there is none).
fn absolute(site_url: Option<&str>, path: &str) -> String {
    match site_url {
        Some(base) => format!("{}/{path}", base.trim_end_matches('/')),
        None => path.to_owned(),
    }
}

/// Bakes every view in both languages.
pub fn bake(src: &Source<'_>) -> Result<Baked, RenderError> {
    let sum = checksum(src.bytes);
    // The default view is in the page; the others wait in files of their
    // own (a page holding them all took twice as long to parse), fetched
    // only when a link asks for them. Charts are SVG files.
    let mut body = format!(
        "{}\n<div id=\"pantau-baked\" hidden data-checksum=\"{sum}\" data-data=\"{}\" data-views=\"{}\">",
        BODY_MARK.0,
        escape(src.data_href),
        View::Trend.key()
    );
    let mut files = Vec::new();
    for view in View::ALL {
        let mut fragments = String::new();
        for lang in Lang::ALL {
            let ctx = context(src, lang);
            let d = describe_default(&ctx, view);
            let csv_name = format!("baked/{}-{}.{}.csv", d.dataset.id(), view.key(), lang.tag());
            // The coverage view's file: every area's status.
            let areas_csv_name = format!("baked/{}-coverage.{}.csv", d.dataset.id(), lang.tag());
            let csv = match view {
                View::Trend | View::Table => {
                    let all: Vec<usize> = (0..d.dataset.series().len()).collect();
                    series_csv(&d.dataset, &all, None, lang, None)
                }
                View::Coverage | View::Map => areas_csv(&d.dataset, None, lang, None),
            };
            let charts = charts(&d)?;
            // The default view's drawings are in the page, so the first
            // chart waits for no request of its own; another view's are
            // files, of which the browser fetches only the one it shows.
            let inline = view == View::Trend;
            fragments.push_str(&static_view(
                &d,
                &Page {
                    data_href: src.data_href,
                    csv_href: Some(&csv_name),
                    areas_csv_href: Some(&areas_csv_name),
                    charts: &charts,
                    inline,
                },
            ));
            files.push((csv_name, csv));
            if !inline {
                files.extend(charts.into_iter().map(|c| (c.src, c.svg)));
            }
        }
        if view == View::Trend {
            body.push_str(&fragments);
        } else {
            files.push((view_file(view), fragments));
        }
    }
    body.push_str("</div>\n");
    body.push_str(BODY_MARK.1);
    let ctx = context(src, Lang::Id);
    let trend = describe_default(&ctx, View::Trend);
    // The dataset's download starts with the page's own, not a round trip
    // later from static/preload.js; that script still checks the answer
    // came over the network, not from a cache that may be stale.
    let data_href = escape(src.data_href);
    let version = escape(src.version_href);
    let last_good = format!(
        "<link rel=\"preload\" href=\"{data_href}\" as=\"fetch\" crossorigin=\"anonymous\">\n\
         <link rel=\"alternate\" type=\"application/json\" id=\"pantau-last-good\" href=\"{LAST_GOOD}\" data-for=\"{data_href}\">\n\
         <link rel=\"alternate\" type=\"application/json\" id=\"pantau-version\" href=\"{version}\" data-for=\"{data_href}\">"
    );
    Ok(Baked {
        head: meta_tags(&trend, src.site_url, &last_good),
        body,
        files,
        share_svg: share_svg(&trend)?,
    })
}

/// The description and link-preview tags of the default view.
fn meta_tags(d: &Description, site_url: Option<&str>, extra: &str) -> String {
    let ds = &*d.dataset;
    let lang = d.lang;
    let title = escape(&shorten(ds.title().get(lang), 200));
    let description = escape(&shorten(
        ds.description().map_or(d.summary.as_str(), |t| t.get(lang)),
        300,
    ));
    let image = escape(&absolute(site_url, SHARE_IMAGE));
    let alt = escape(&shorten(&d.summary, 300));
    let mut tags = vec![
        format!("<meta property=\"og:type\" content=\"website\">"),
        format!("<meta property=\"og:title\" content=\"{title}\">"),
        format!("<meta property=\"og:description\" content=\"{description}\">"),
        format!("<meta property=\"og:image\" content=\"{image}\">"),
        "<meta property=\"og:image:width\" content=\"1200\">".to_owned(),
        "<meta property=\"og:image:height\" content=\"630\">".to_owned(),
        format!("<meta property=\"og:image:alt\" content=\"{alt}\">"),
        format!(
            "<meta property=\"og:locale\" content=\"{}\">",
            match lang {
                Lang::Id => "id_ID",
                Lang::En => "en_US",
            }
        ),
        "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_owned(),
        format!("<meta name=\"twitter:title\" content=\"{title}\">"),
        format!("<meta name=\"twitter:description\" content=\"{description}\">"),
        format!("<meta name=\"twitter:image\" content=\"{image}\">"),
        format!("<meta name=\"twitter:image:alt\" content=\"{alt}\">"),
    ];
    if let Some(url) = site_url {
        tags.push(format!(
            "<meta property=\"og:url\" content=\"{}\">",
            escape(&absolute(Some(url), ""))
        ));
    }
    format!(
        "{}\n<meta name=\"description\" content=\"{description}\">\n{}\n{extra}\n<noscript><link rel=\"stylesheet\" href=\"noscript.css\"></noscript>\n{}",
        HEAD_MARK.0,
        tags.join("\n"),
        HEAD_MARK.1
    )
}

/// The default view framed with its title and source, 1200 × 630.
fn share_svg(d: &Description) -> Result<String, RenderError> {
    let image = ImageBox::Exact(SHARE_SIZE.0, SHARE_SIZE.1);
    let Some((chart, frame)) = d.framed(image, None) else {
        return Err(RenderError("the default view has no chart".into()));
    };
    svg(&chart, &frame, &Palette::new(Mode::Light, None))
}

/// `index` with the bake put in (a previous one is replaced): the tags
/// after `<title>` (or at the end of `<head>`), so the dataset's preload
/// is asked for before the app's own files take the first connections;
/// the static views first in `<body>`; and the generic description meta
/// tag dropped for the dataset's own. `None` when `index` has no `</head>`
/// or `<body>` to put them in.
pub fn inject(index: &str, baked: &Baked) -> Option<String> {
    let mut page = remove_between(index, HEAD_MARK);
    page = remove_between(&page, BODY_MARK);
    page = remove_generic_description(&page);
    let head_end = page.find("</head>")?;
    match page[..head_end].find("</title>") {
        Some(title) => page.insert_str(title + "</title>".len(), &format!("\n{}", baked.head)),
        None => page.insert_str(head_end, &format!("{}\n", baked.head)),
    }
    let body_start = page.find("<body")?;
    let body_open_end = body_start + page[body_start..].find('>')? + 1;
    page.insert_str(body_open_end, &format!("\n{}", baked.body));
    Some(page)
}

fn remove_between(text: &str, (open, close): (&str, &str)) -> String {
    match (text.find(open), text.find(close)) {
        (Some(a), Some(b)) if b > a => {
            let end = b + close.len();
            let end = if text[end..].starts_with('\n') {
                end + 1
            } else {
                end
            };
            format!("{}{}", &text[..a], &text[end..])
        }
        _ => text.to_owned(),
    }
}

fn remove_generic_description(text: &str) -> String {
    let Some(a) = text.find("<meta name=\"description\"") else {
        return text.to_owned();
    };
    let Some(len) = text[a..].find('>') else {
        return text.to_owned();
    };
    let end = a + len + 1;
    let end = if text[end..].starts_with('\n') {
        end + 1
    } else {
        end
    };
    let line_start = text[..a].rfind('\n').map_or(a, |n| n + 1);
    let start = if text[line_start..a].trim().is_empty() {
        line_start
    } else {
        a
    };
    format!("{}{}", &text[..start], &text[end..])
}

#[cfg(test)]
mod tests;
