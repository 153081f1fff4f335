//! Exports that keep their attribution: tidy CSV with header comments
//! naming the source and licence, and SVG drawn by the same chart code as
//! the canvas, framed with the title, source and date.

use super::credits::{license_line, published_line, source_line};
use super::format::plain;
use super::model::{Dataset, Status, Year};
use super::render::frame::{Frame, PAD};
use super::render::svg::Svg;
use super::render::{Painter, RenderError, Surface};
use super::text::{shorten, Lang};
use super::theme::Palette;
use super::view::Chart;

/// One CSV field, quoted when it must be (RFC 4180). Written here rather
/// than with a CSV crate: the browser build would carry the whole crate
/// for these few lines.
pub fn csv_field(value: &str) -> String {
    // A text starting with = + - @ would run as a formula in a spreadsheet
    // (CSV injection); a leading apostrophe keeps it text. `pantau
    // from-csv` removes it again, so a text that itself starts with an
    // apostrophe gets one more.
    let guarded;
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        guarded = format!("'{value}");
        guarded.as_str()
    } else {
        value
    };
    if value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ') {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// The file's notes (title, source, dates, licence, link), after the
/// data and a blank line: each a single quoted cell starting with `#`, so
/// a spreadsheet opens the header row first and keeps each note in one
/// cell, and `pantau from-csv` skips them.
fn notes_block(
    ds: &Dataset,
    sources: &[usize],
    lang: Lang,
    link: Option<&str>,
    note: Option<String>,
) -> String {
    let mut out = String::from("\n");
    let lines = [
        Some(ds.title().get(lang).to_owned()),
        Some(source_line(ds, sources, lang)),
        Some(published_line(ds, lang)),
        Some(license_line(ds, lang)),
        link.map(|l| match lang {
            Lang::En => format!("View: {l}"),
            Lang::Id => format!("Tampilan: {l}"),
        }),
        note,
    ];
    for line in lines.into_iter().flatten() {
        let line = format!("# {}", line.replace(['\n', '\r'], " "));
        out.push('"');
        out.push_str(&line.replace('"', "\"\""));
        out.push_str("\"\n");
    }
    out
}

/// The yearly values of the `shown` series, one row per value:
/// `series,year,value,unit,label,source,note`. An empty value is "not
/// reported"; `source` is the id of a value's own source (empty for the
/// series'), `note` its note.
/// Every year is written, whatever `range` the chart shows (a header line
/// names it), so a file read back by `pantau from-csv` loses nothing.
pub fn series_csv(
    ds: &Dataset,
    shown: &[usize],
    range: Option<(Year, Year)>,
    lang: Lang,
    link: Option<&str>,
) -> String {
    let sources: Vec<usize> = shown
        .iter()
        .filter_map(|&i| ds.series().get(i))
        .map(|s| s.source())
        .collect();
    let narrowed = range.filter(|r| super::stats::year_range(ds, None, None) != Some(*r));
    let note = narrowed.map(|(from, to)| match lang {
        Lang::En => format!("The chart shows {from}–{to}; this file holds every year."),
        Lang::Id => format!("Grafik menampilkan {from}–{to}; berkas ini memuat semua tahun."),
    });
    let mut out = String::from("series,year,value,unit,label,source,note\n");
    for series in shown.iter().filter_map(|&i| ds.series().get(i)) {
        for point in series.points() {
            let own_source = point
                .source
                .and_then(|i| ds.sources().get(i))
                .map_or("", |s| s.id());
            let note = point.note.as_ref().map_or("", |n| n.get(lang));
            // Full precision, no grouping: a CSV is read by programs.
            let value = point.value.map(plain).unwrap_or_default();
            out.push_str(&format!(
                "{},{},{},{},{},{},{}\n",
                csv_field(series.id()),
                point.year,
                value,
                csv_field(series.unit().get(lang)),
                csv_field(series.label().get(lang)),
                csv_field(own_source),
                csv_field(note)
            ));
        }
    }
    out.push_str(&notes_block(ds, &sources, lang, link, note));
    out
}

/// Every area with each program's status, one row per area and program:
/// `area,group,code,status,status_label,year,name,lat,lon,program,boundary_id`;
/// `status` is the code (`formed`, `planned`, `none`), `status_label` the
/// same in the reader's language.
pub fn areas_csv(ds: &Dataset, group: Option<&str>, lang: Lang, link: Option<&str>) -> String {
    let sources: Vec<usize> = ds.programs().iter().map(|p| p.source()).collect();
    let boundaries = super::credits::boundaries_line(ds, lang);
    let mut out =
        String::from("area,group,code,status,status_label,year,name,lat,lon,program,boundary_id\n");
    if let Some(areas) = ds.areas() {
        area_rows(&mut out, ds, areas, group, lang);
    }
    out.push_str(&notes_block(ds, &sources, lang, link, boundaries));
    out
}

fn area_rows(
    out: &mut String,
    ds: &Dataset,
    areas: &super::model::Areas,
    group: Option<&str>,
    lang: Lang,
) {
    let programs: Vec<Option<&super::model::Program>> = if ds.programs().is_empty() {
        vec![None]
    } else {
        ds.programs().iter().map(Some).collect()
    };
    let member = areas.member_of(group);
    for (i, area) in areas.items().iter().enumerate() {
        if !member(i) {
            continue;
        }
        for program in &programs {
            let status = program
                .and_then(|p| p.status().get(i).copied())
                .unwrap_or(Status::None);
            let (lat, lon) = area.centroid().map_or((String::new(), String::new()), |c| {
                (plain(c.lat), plain(c.lon))
            });
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{},{},{},{}\n",
                csv_field(area.id()),
                csv_field(area.group()),
                csv_field(area.code().unwrap_or("")),
                status.key(),
                csv_field(&super::tooltip::status_words(status, lang)),
                status.year().map(|y| y.to_string()).unwrap_or_default(),
                csv_field(area.name()),
                lat,
                lon,
                csv_field(program.map(|p| p.id()).unwrap_or("")),
                csv_field(area.boundary_id().unwrap_or(""))
            ));
        }
    }
}

/// What a view says around its exported chart, besides the dataset's
/// own title, date and licence.
#[derive(Clone, Copy, Debug, Default)]
pub struct FrameText<'a> {
    /// The chart's heading, after the dataset's title.
    pub heading: &'a str,
    /// The sources cited, as indices into the dataset's.
    pub sources: &'a [usize],
    /// Lines listing what the chart sums up (the coverage's areas).
    pub list: &'a [String],
    /// What the chart's shapes mean.
    pub legend: Option<&'a str>,
    /// The map's boundaries credit.
    pub boundaries: Option<&'a str>,
    /// The address of the live view.
    pub link: Option<&'a str>,
}

/// The text around an exported chart of `chart` size: the title, then the
/// list, key, source, date, licence and link.
pub fn frame_for(ds: &Dataset, lang: Lang, chart: (f64, f64), text: &FrameText<'_>) -> Frame {
    let FrameText {
        heading,
        sources,
        list,
        legend,
        boundaries,
        link,
    } = *text;
    // An image is a display: very long texts are shortened there too.
    let title = if heading.is_empty() {
        shorten(ds.title().get(lang), 300).into_owned()
    } else {
        format!(
            "{} — {}",
            shorten(ds.title().get(lang), 300),
            shorten(heading, 300)
        )
    };
    // The key comes first: an image shared on its own must still say what
    // its shapes mean.
    let footer: Vec<String> = list
        .iter()
        .cloned()
        .chain(legend.map(str::to_owned))
        .chain(Some(source_line(ds, sources, lang)))
        .chain(boundaries.map(str::to_owned))
        .chain(Some(format!(
            "{}. {}.",
            published_line(ds, lang),
            license_line(ds, lang)
        )))
        // The way back to the live, interactive view.
        .chain(link.filter(|l| !l.is_empty()).map(str::to_owned))
        .collect();
    Frame::new(&title, &footer, chart)
}

/// The sizes a PNG export is offered in, whatever the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PngSize {
    /// The chart as wide as on screen, at twice its pixels.
    Screen,
    /// 1200 × 675 pixels, the shape social media previews use.
    Social,
    /// The width of an A4 page (210 mm, 794 CSS px) at twice its pixels.
    Print,
}

impl PngSize {
    pub const ALL: [PngSize; 3] = [PngSize::Screen, PngSize::Social, PngSize::Print];

    /// Its name in a form's value.
    pub fn key(self) -> &'static str {
        match self {
            PngSize::Screen => "screen",
            PngSize::Social => "social",
            PngSize::Print => "print",
        }
    }

    /// The size from its key; anything else is the screen's.
    pub fn from_key(key: &str) -> PngSize {
        PngSize::ALL
            .into_iter()
            .find(|s| s.key() == key)
            .unwrap_or(PngSize::Screen)
    }

    /// The image's size in CSS px (`None`: as the framed chart needs) and
    /// the device pixels per CSS px, for a chart `screen_width` wide on
    /// screen.
    pub fn target(self, screen_width: f64) -> (ImageBox, f64) {
        match self {
            PngSize::Screen => (ImageBox::Width(screen_width + 2.0 * PAD), 2.0),
            PngSize::Social => (ImageBox::Exact(1200.0, 675.0), 1.0),
            PngSize::Print => (ImageBox::Width(794.0), 2.0),
        }
    }
}

/// The box an exported image fills, CSS px.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ImageBox {
    /// This wide, as tall as the chart and its frame need.
    Width(f64),
    /// Exactly this size: the chart is sized to fill it.
    Exact(f64, f64),
}

/// The chart alone as an SVG document, as the canvas shows it: what a
/// static first view puts in the page.
pub fn chart_svg(chart: &Chart, palette: &Palette) -> Result<String, RenderError> {
    let (w, h) = chart.size();
    let mut svg = Svg::new(w.ceil() as u32, h.ceil() as u32);
    chart.draw(
        &mut Painter::<dyn Surface>::new(&mut svg, 1.0),
        palette,
        None,
    )?;
    Ok(svg.finish())
}

/// The chart as an SVG document, framed with its attribution.
pub fn svg(chart: &Chart, frame: &Frame, palette: &Palette) -> Result<String, RenderError> {
    let (w, h) = frame.size();
    let mut svg = Svg::new(w.ceil() as u32, h.ceil() as u32);
    frame.draw(
        &mut Painter::<dyn Surface>::new(&mut svg, 1.0),
        palette,
        |p| chart.draw(p, palette, None),
    )?;
    Ok(svg.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::PlainFormat;
    use crate::core::layout::trend::{layout, TrendInput};
    use crate::core::theme::Mode;

    fn ds() -> Dataset {
        crate::core::validate::parse(include_str!("../../static/data/tanjungpinang.json")).unwrap()
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("Sei Jang"), "Sei Jang");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("@sum"), "'@sum");
        assert_eq!(csv_field("'quoted"), "''quoted");
    }

    #[test]
    fn the_series_csv_is_tidy_and_attributed() {
        let csv = series_csv(
            &ds(),
            &[0],
            None,
            Lang::En,
            Some("https://example.org/?view=trend"),
        );
        let (data, notes) = csv.split_once("\n\n").expect("data, a blank line, notes");
        let data: Vec<&str> = data.lines().collect();
        let notes: Vec<&str> = notes.lines().collect();
        assert_eq!(
            data[0], "series,year,value,unit,label,source,note",
            "the header first"
        );
        assert!(notes[0].starts_with("\"# Violence against women"));
        assert!(notes.contains(&"\"# Source: Humas Pemko Tanjungpinang, 13 August 2018\""));
        assert!(notes.iter().any(|l| l.starts_with("\"# Licence: ")));
        assert!(notes.contains(&"\"# View: https://example.org/?view=trend\""));
        assert!(
            notes
                .iter()
                .all(|l| l.starts_with("\"#") && l.ends_with('"')),
            "one cell each"
        );
        assert_eq!(
            &data[1..],
            [
                "kasus-p2tp2a,2015,75,cases,Cases reported to P2TP2A,,",
                "kasus-p2tp2a,2016,150,cases,Cases reported to P2TP2A,,",
                "kasus-p2tp2a,2017,87,cases,Cases reported to P2TP2A,,"
            ]
        );
    }

    #[test]
    fn the_areas_csv_has_every_kelurahan_with_its_status() {
        let csv = areas_csv(&ds(), None, Lang::Id, None);
        let data = csv.split_once("\n\n").map_or("", |(data, _)| data);
        let rows: Vec<&str> = data.lines().skip(1).collect();
        assert_eq!(rows.len(), 18);
        assert!(rows.contains(
            &"sei-jang,Bukit Bestari,21.72.04.1004,formed,terbentuk 2017,2017,Sei Jang,0.9015,104.4754,patbm,id2172010004"
        ), "the code, then the words in the reader's language: {rows:?}");
        assert_eq!(
            rows.iter()
                .filter(|r| r.contains(",planned,direncanakan 2018,2018,"))
                .count(),
            4
        );
        let group = areas_csv(&ds(), Some("Bukit Bestari"), Lang::Id, None);
        let data = group.split_once("\n\n").map_or("", |(data, _)| data);
        assert_eq!(data.lines().count(), 6);
    }

    #[test]
    fn the_svg_holds_the_chart_its_numbers_and_its_attribution() {
        let ds = ds();
        let fmt = PlainFormat(Lang::En);
        let l = crate::core::view::Chart::Trend(layout(&TrendInput {
            dataset: &ds,
            shown: &[0],
            range: crate::core::stats::year_range(&ds, None, None).unwrap(),
            size: (600.0, 320.0),
            bars: true,
            lang: Lang::En,
            format: &fmt,
        }));
        let frame = frame_for(
            &ds,
            Lang::En,
            l.size(),
            &FrameText {
                heading: "Cases reported to P2TP2A",
                sources: &[0],
                ..FrameText::default()
            },
        );
        let svg = svg(&l, &frame, &Palette::new(Mode::Light, None)).unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.trim_end().ends_with("</svg>"));
        let texts: Vec<&str> = svg
            .split("<text")
            .skip(1)
            .filter_map(|t| {
                t.split_once('>')
                    .and_then(|(_, rest)| rest.split_once("</text>"))
                    .map(|(text, _)| text.trim())
            })
            .collect();
        for number in ["75", "150", "87"] {
            assert!(texts.contains(&number), "missing {number} in {texts:?}");
        }
        for text in [
            "Humas Pemko Tanjungpinang",
            "Published 13 August 2018",
            "Violence against women",
        ] {
            assert!(
                texts.iter().any(|t| t.contains(text)),
                "missing {text} in {texts:?}"
            );
        }
        assert!(svg.matches("<rect").count() >= 3, "the bars are drawn");
        // 2018 has the award and no value: the "no data" words sit on a
        // background box drawn over the event's dashed line.
        let at = svg.find("no data").expect("no data label");
        let before = &svg[..svg[..at].rfind("<text").expect("its text element")];
        let last_rect = before.rfind("<rect").expect("a box");
        let last_line = before.rfind("<polyline").or_else(|| before.rfind("<line"));
        assert!(
            last_line.is_none_or(|l| l < last_rect),
            "the box comes after the event line"
        );
        assert!(
            before[last_rect..].contains("#ffffff"),
            "{}",
            &before[last_rect..]
        );
    }

    #[test]
    fn a_csv_of_a_narrowed_chart_holds_every_year_and_says_so() {
        let ds = ds();
        let narrowed = (
            crate::core::model::Year::new(2016).unwrap(),
            crate::core::model::Year::new(2017).unwrap(),
        );
        let csv = series_csv(&ds, &[0], Some(narrowed), Lang::En, None);
        assert!(csv.contains("kasus-p2tp2a,2015,75,"), "{csv}");
        assert!(csv.contains("# The chart shows 2016–2017; this file holds every year."));
        let full = crate::core::stats::year_range(&ds, None, None);
        assert!(!series_csv(&ds, &[0], full, Lang::Id, None).contains("Grafik menampilkan"));
    }
}
