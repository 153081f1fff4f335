//! Layout of the trend chart: yearly values of each shown series as lines
//! with markers, or as bars when one series is shown.

use super::{text_width, Rect, Tick, FONT, FONT_SMALL};
use crate::core::format::NumberFormat;
use crate::core::model::{Dataset, Year};
use crate::core::scale::{count_ticks, year_ticks, Linear};
use crate::core::text::Lang;

/// What the trend chart shows.
pub struct TrendInput<'a> {
    pub dataset: &'a Dataset,
    /// Indices of the series to show, in dataset order.
    pub shown: &'a [usize],
    /// First and last year of the x axis.
    pub range: (Year, Year),
    /// Size of the chart in CSS pixels.
    pub size: (f64, f64),
    /// Bars instead of lines (used when one series is shown).
    pub bars: bool,
    pub lang: Lang,
    pub format: &'a dyn NumberFormat,
}

/// A reported value and where it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct PointGeom {
    pub year: Year,
    pub value: f64,
    pub x: f64,
    pub y: f64,
    /// The value as the chart labels it.
    pub label: String,
}

/// One shown series.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesGeom {
    /// Index in the dataset's series; also its style slot, so a series
    /// keeps its colour and marker when others are hidden.
    pub series: usize,
    /// Reported values in the range, by year.
    pub points: Vec<PointGeom>,
    /// Runs of points joined by a line; a `null` between two points breaks
    /// the line, so "not reported" is a gap, never a zero.
    pub runs: Vec<std::ops::Range<usize>>,
}

/// An event drawn as a vertical rule with a label.
#[derive(Clone, Debug, PartialEq)]
pub struct EventMark {
    /// Its index in the dataset's events.
    pub event: usize,
    pub year: Year,
    pub x: f64,
    pub label: String,
    /// Top of the label, stacked when several events share the top edge.
    pub label_y: f64,
    /// Where the label starts (right of the rule) or ends (left of it).
    pub label_x: f64,
    /// Whether the label sits right of the rule (else left of it).
    pub label_right: bool,
}

/// The computed trend chart.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendLayout {
    pub size: (f64, f64),
    pub plot: Rect,
    pub range: (Year, Year),
    /// Width of one year's column.
    pub band: f64,
    pub y: Linear,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    pub series: Vec<SeriesGeom>,
    pub bars: bool,
    pub bar_width: f64,
    /// Whether values are written above the bars.
    pub value_labels: bool,
    pub events: Vec<EventMark>,
    /// Bar charts mark each year without a value ("no data"), so an empty
    /// slot never reads as zero: `(x, label)`.
    pub gaps: Vec<(f64, String)>,
    /// The unit, written above the y axis.
    pub unit: String,
}

impl TrendLayout {
    /// Centre of `year`'s column.
    pub fn x_of(&self, year: Year) -> f64 {
        self.plot.x + (f64::from(year.get() - self.range.0.get()) + 0.5) * self.band
    }

    /// The year whose column holds pixel `x`, if any.
    pub fn year_at(&self, x: f64) -> Option<Year> {
        if x < self.plot.x || x > self.plot.right() || self.band <= 0.0 {
            return None;
        }
        let offset = ((x - self.plot.x) / self.band).floor() as i64;
        let year = Year::new(i64::from(self.range.0.get()) + offset)?;
        (year <= self.range.1).then_some(year)
    }
}

/// Lays out the trend chart.
pub fn layout(input: &TrendInput<'_>) -> TrendLayout {
    let (width, height) = (input.size.0.max(120.0), input.size.1.max(100.0));
    let (from, to) = input.range;
    let ds = input.dataset;
    let shown: Vec<usize> = input
        .shown
        .iter()
        .copied()
        .filter(|&i| i < ds.series().len())
        .collect();
    let max = shown
        .iter()
        .flat_map(|&i| ds.series()[i].points())
        .filter(|p| p.year >= from && p.year <= to)
        .filter_map(|p| p.value)
        .fold(0.0_f64, f64::max);
    let events: Vec<_> = ds
        .events()
        .iter()
        .enumerate()
        .filter(|(_, e)| e.year() >= from && e.year() <= to)
        .collect();

    let unit = shown
        .first()
        .map(|&i| ds.series()[i].unit().get(input.lang).to_owned())
        .unwrap_or_default();
    let event_rows = events_rows(&events);
    let top = FONT + 10.0 + event_rows as f64 * (FONT_SMALL + 4.0);
    let plot_h_guess = (height - top - FONT - 12.0).max(40.0);
    let (y_top, y_values) = count_ticks(max, ((plot_h_guess / 44.0) as usize).clamp(2, 8));
    let y_labels: Vec<String> = y_values.iter().map(|v| input.format.number(*v)).collect();
    let label_w = y_labels
        .iter()
        .map(|l| text_width(l, FONT))
        .fold(0.0_f64, f64::max);
    let left = (label_w + 10.0).max(24.0);
    let plot = Rect {
        x: left,
        y: top,
        w: (width - left - 10.0).max(20.0),
        h: (height - top - FONT - 12.0).max(20.0),
    };
    let years = f64::from(to.get() - from.get() + 1);
    let band = plot.w / years;
    let y = Linear {
        domain: (0.0, y_top),
        range: (plot.bottom(), plot.y),
    };
    let y_ticks = y_values
        .iter()
        .zip(y_labels)
        .map(|(v, label)| Tick {
            pos: y.map(*v),
            label,
        })
        .collect();
    let label_room = text_width("0000", FONT) + 10.0;
    let x_ticks = year_ticks(
        from.get(),
        to.get(),
        ((plot.w / label_room) as usize).max(1),
    )
    .into_iter()
    .map(|yr| Tick {
        pos: plot.x + (f64::from(yr - from.get()) + 0.5) * band,
        label: yr.to_string(),
    })
    .collect();

    let mut layout = TrendLayout {
        size: (width, height),
        plot,
        range: (from, to),
        band,
        y,
        x_ticks,
        y_ticks,
        series: Vec::with_capacity(shown.len()),
        bars: input.bars,
        bar_width: (band * 0.62).clamp(1.0, 72.0),
        value_labels: false,
        events: Vec::new(),
        gaps: Vec::new(),
        unit,
    };
    for &index in &shown {
        let series = &ds.series()[index];
        let mut points = Vec::new();
        let mut runs = Vec::new();
        let mut run_start = 0;
        for p in series
            .points()
            .iter()
            .filter(|p| p.year >= from && p.year <= to)
        {
            match p.value {
                Some(value) => points.push(PointGeom {
                    year: p.year,
                    value,
                    x: layout.x_of(p.year),
                    y: layout.y.map(value),
                    label: input.format.number(value),
                }),
                None => {
                    if points.len() > run_start {
                        runs.push(run_start..points.len());
                    }
                    run_start = points.len();
                }
            }
        }
        if points.len() > run_start {
            runs.push(run_start..points.len());
        }
        layout.series.push(SeriesGeom {
            series: index,
            points,
            runs,
        });
    }
    layout.value_labels = layout.bars
        && layout.series.len() == 1
        && layout.series[0]
            .points
            .iter()
            .all(|p| text_width(&p.label, FONT_SMALL) + 4.0 <= band);
    layout.events = place_events(&layout, &events, input.lang);
    if layout.bars {
        if let Some(series) = layout.series.first() {
            let words = match input.lang {
                Lang::En => "no data",
                Lang::Id => "tidak ada data",
            };
            // Said in words in either language: on more lines when the
            // year's band is narrow (a phone), a dash only when a single
            // word would not fit.
            let label = wrap(words, band - 4.0).unwrap_or_else(|| "–".to_owned());
            layout.gaps = (from.get()..=to.get())
                .filter_map(|y| Year::new(i64::from(y)))
                .filter(|y| series.points.binary_search_by_key(y, |p| p.year).is_err())
                .map(|y| (layout.x_of(y), label.clone()))
                .collect();
        }
    }
    layout
}

fn events_rows(events: &[(usize, &crate::core::model::Event)]) -> usize {
    events.len().min(3)
}

/// Puts each event label on the first free row at the top of the plot, to
/// the right of its rule when it fits, else to the left.
fn place_events(
    layout: &TrendLayout,
    events: &[(usize, &crate::core::model::Event)],
    lang: Lang,
) -> Vec<EventMark> {
    let rows = events_rows(events);
    let mut taken: Vec<Rect> = Vec::new();
    let mut marks = Vec::new();
    for &(index, event) in events {
        let x = layout.x_of(event.year());
        let label = crate::core::text::shorten(event.label().get(lang), 48).into_owned();
        let w = text_width(&label, FONT_SMALL);
        let label_right = x + 4.0 + w <= layout.size.0 - 2.0;
        let lx = if label_right { x + 4.0 } else { x - 4.0 - w };
        let placed = (0..rows.max(1)).find_map(|row| {
            let y = layout.plot.y - (row as f64 + 1.0) * (FONT_SMALL + 4.0);
            let rect = Rect {
                x: lx,
                y,
                w,
                h: FONT_SMALL + 2.0,
            };
            (!taken.iter().any(|t| t.intersects(&rect))).then_some(rect)
        });
        let Some(rect) = placed else { continue };
        taken.push(rect);
        marks.push(EventMark {
            event: index,
            year: event.year(),
            x,
            label,
            label_y: rect.y,
            label_x: if label_right { x + 4.0 } else { x - 4.0 },
            label_right,
        });
    }
    marks
}

/// `words` broken into lines (joined by `\n`) no wider than `width`, at
/// the small font; `None` when a word alone is wider.
fn wrap(words: &str, width: f64) -> Option<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in words.split(' ') {
        if text_width(word, FONT_SMALL) > width {
            return None;
        }
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), FONT_SMALL) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    Some(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::PlainFormat;
    use crate::core::validate::parse;

    fn default_dataset() -> Dataset {
        parse(include_str!("../../../static/data/tanjungpinang.json")).expect("valid")
    }

    fn lay(ds: &Dataset, size: (f64, f64), bars: bool) -> TrendLayout {
        let range = crate::core::stats::year_range(ds, None, None).expect("years");
        layout(&TrendInput {
            dataset: ds,
            shown: &[0],
            range,
            size,
            bars,
            lang: Lang::En,
            format: &PlainFormat(Lang::En),
        })
    }

    #[test]
    fn the_default_trend_spans_the_data_and_the_award() {
        let ds = default_dataset();
        let l = lay(&ds, (600.0, 320.0), true);
        assert_eq!((l.range.0.get(), l.range.1.get()), (2015, 2018));
        let values: Vec<f64> = l.series[0].points.iter().map(|p| p.value).collect();
        assert_eq!(values, vec![75.0, 150.0, 87.0]);
        assert_eq!(l.events.len(), 1);
        assert_eq!(l.events[0].year.get(), 2018);
    }

    #[test]
    fn higher_values_are_drawn_higher_and_within_the_plot() {
        let ds = default_dataset();
        let l = lay(&ds, (600.0, 320.0), false);
        let p = &l.series[0].points;
        assert!(p[1].y < p[0].y && p[0].y < p[2].y || p[1].y < p[2].y && p[2].y < p[0].y);
        for point in p {
            assert!(l.plot.contains((point.x, point.y)), "{point:?}");
        }
        assert!(p[0].x < p[1].x && p[1].x < p[2].x);
    }

    #[test]
    fn narrow_charts_still_fit() {
        let ds = default_dataset();
        for width in [120.0, 280.0, 320.0, 1200.0] {
            let l = lay(&ds, (width, 240.0), true);
            assert!(l.plot.right() <= width);
            assert!(l.plot.x > 0.0);
            for e in &l.events {
                let w = text_width(&e.label, FONT_SMALL);
                let lx = if e.label_right {
                    e.x + 4.0
                } else {
                    e.x - 4.0 - w
                };
                assert!(lx >= -w && lx + w <= width + 1.0);
            }
        }
    }

    #[test]
    fn empty_bar_slots_say_no_data() {
        let ds = default_dataset();
        let l = lay(&ds, (600.0, 320.0), true);
        assert_eq!(l.gaps.len(), 1, "2018 has the award but no count");
        assert_eq!(l.gaps[0].1, "no data");
        assert!((l.gaps[0].0 - l.x_of(Year::new(2018).unwrap())).abs() < 1e-9);
        assert!(
            lay(&ds, (600.0, 320.0), false).gaps.is_empty(),
            "lines show gaps as breaks"
        );
    }

    #[test]
    fn no_data_is_said_in_words_on_a_phone_in_both_languages() {
        let ds = default_dataset();
        let range = crate::core::stats::year_range(&ds, None, None).expect("years");
        for (lang, words) in [(Lang::Id, "tidak ada data"), (Lang::En, "no data")] {
            for width in [338.0, 360.0, 721.0] {
                let l = layout(&TrendInput {
                    dataset: &ds,
                    shown: &[0],
                    range,
                    size: (width, 220.0),
                    bars: true,
                    lang,
                    format: &PlainFormat(lang),
                });
                let label = &l.gaps[0].1;
                assert_eq!(label.replace('\n', " "), words, "{lang:?} at {width}");
                let band = l.x_of(Year::new(2018).unwrap()) - l.x_of(Year::new(2017).unwrap());
                for line in label.split('\n') {
                    assert!(
                        text_width(line, FONT_SMALL) + 4.0 <= band,
                        "{line} fits {band}"
                    );
                }
            }
        }
        assert_eq!(
            wrap("tidak ada data", 1.0),
            None,
            "a word wider than the band"
        );
    }

    #[test]
    fn year_at_finds_columns_and_refuses_the_margins() {
        let ds = default_dataset();
        let l = lay(&ds, (600.0, 320.0), true);
        let x2016 = l.x_of(Year::new(2016).unwrap());
        assert_eq!(l.year_at(x2016).map(Year::get), Some(2016));
        assert_eq!(l.year_at(l.plot.x - 1.0), None);
        assert_eq!(l.year_at(l.plot.right() + 1.0), None);
    }
}
