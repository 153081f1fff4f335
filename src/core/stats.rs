//! Statistics of a dataset and the sentences that put them in words: the
//! charts' `aria-label`s, the coverage headline and `pantau summary` all
//! come from here, so every place says the same thing.

use super::format::NumberFormat;
use super::model::{Areas, Dataset, Program, Series, Status, Year};
use super::text::{shorten, Lang};

/// Change from the year before as a ratio (`1.0` is +100 %), when both
/// years are reported and the earlier one is not zero.
///
/// ```
/// use pantau::core::{stats, model::Year};
/// let ds = pantau::core::validate::parse(include_str!("../../static/data/tanjungpinang.json")).unwrap();
/// let s = &ds.series()[0];
/// assert_eq!(stats::change_from_previous(s, Year::new(2016).unwrap()), Some(1.0));
/// assert_eq!(stats::change_from_previous(s, Year::new(2015).unwrap()), None);
/// ```
pub fn change_from_previous(series: &Series, year: Year) -> Option<f64> {
    let previous = Year::new(i64::from(year.get()) - 1)?;
    let before = series.value_in(previous)?;
    let now = series.value_in(year)?;
    (before > 0.0).then(|| (now - before) / before)
}

/// The years a trend shows: the dataset's span narrowed by `from`/`to`.
/// Events widen the span so that an annotation after the last value (the
/// 2018 award in the default dataset) is still shown.
pub fn year_range(ds: &Dataset, from: Option<i32>, to: Option<i32>) -> Option<(Year, Year)> {
    let event_years = ds.events().iter().map(|e| e.year());
    let (first, last) = match ds.years() {
        Some((lo, hi)) => event_years.fold((lo, hi), |(lo, hi), y| (lo.min(y), hi.max(y))),
        None => return None,
    };
    let lo = from
        .and_then(|y| Year::new(i64::from(y)))
        .map_or(first, |y| y.max(first));
    let hi = to
        .and_then(|y| Year::new(i64::from(y)))
        .map_or(last, |y| y.min(last));
    (lo <= hi).then_some((lo, hi))
}

#[derive(Clone, Copy, PartialEq)]
enum Direction {
    Up,
    Down,
    Flat,
}

/// One series' trend in words, within `range`.
///
/// ```
/// use pantau::core::{stats, format::PlainFormat, text::Lang};
/// let ds = pantau::core::validate::parse(include_str!("../../static/data/tanjungpinang.json")).unwrap();
/// let range = ds.years().unwrap();
/// assert_eq!(
///     stats::series_sentence(&ds.series()[0], range, Lang::En, &PlainFormat(Lang::En)),
///     "Cases reported to P2TP2A rose from 75 in 2015 to 150 in 2016, then fell to 87 in 2017."
/// );
/// ```
pub fn series_sentence(
    series: &Series,
    (from, to): (Year, Year),
    lang: Lang,
    fmt: &dyn NumberFormat,
) -> String {
    let en = lang == Lang::En;
    let label = shorten(series.label().get(lang), 120);
    let label = label.as_ref();
    let in_range: Vec<_> = series
        .points()
        .iter()
        .filter(|p| p.year >= from && p.year <= to)
        .collect();
    let known: Vec<(Year, f64)> = in_range
        .iter()
        .filter_map(|p| p.value.map(|v| (p.year, v)))
        .collect();
    let mut sentence = match known.as_slice() {
        [] => {
            if en {
                format!("{label}: no values reported from {from} to {to}.")
            } else {
                format!("{label}: tidak ada nilai yang dilaporkan dari {from} sampai {to}.")
            }
        }
        [(year, value)] => {
            if en {
                format!("{label}: {} in {year}.", fmt.number(*value))
            } else {
                format!("{label}: {} pada {year}.", fmt.number(*value))
            }
        }
        _ => narrate(label, &known, en, fmt),
    };
    let first_known = known.first().map(|k| k.0);
    let last_known = known.last().map(|k| k.0);
    let gaps: Vec<Year> = (from.get()..=to.get())
        .filter_map(|y| Year::new(i64::from(y)))
        .filter(|y| {
            first_known.is_some_and(|f| *y > f)
                && last_known.is_some_and(|l| *y < l)
                && series.value_in(*y).is_none()
        })
        .collect();
    if !gaps.is_empty() {
        let listed = if gaps.len() <= 5 {
            gaps.iter()
                .map(Year::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        } else if en {
            format!("{} years", gaps.len())
        } else {
            format!("{} tahun", gaps.len())
        };
        sentence.push_str(if en {
            " Not reported: "
        } else {
            " Tidak dilaporkan: "
        });
        sentence.push_str(&listed);
        sentence.push('.');
    }
    sentence
}

fn narrate(label: &str, known: &[(Year, f64)], en: bool, fmt: &dyn NumberFormat) -> String {
    // Runs of the same direction: each run is (direction, end index).
    let mut runs: Vec<(Direction, usize)> = Vec::new();
    for i in 1..known.len() {
        let dir = match known[i].1.partial_cmp(&known[i - 1].1) {
            Some(std::cmp::Ordering::Greater) => Direction::Up,
            Some(std::cmp::Ordering::Less) => Direction::Down,
            _ => Direction::Flat,
        };
        match runs.last_mut() {
            Some((last, end)) if *last == dir => *end = i,
            _ => runs.push((dir, i)),
        }
    }
    if runs.len() > 3 {
        let (y0, v0) = known[0];
        let (yn, vn) = known[known.len() - 1];
        let (ymax, vmax) = known
            .iter()
            .fold(known[0], |m, k| if k.1 > m.1 { *k } else { m });
        let (ymin, vmin) = known
            .iter()
            .fold(known[0], |m, k| if k.1 < m.1 { *k } else { m });
        return if en {
            format!(
                "{label} went from {} in {y0} to {} in {yn}, with a high of {} in {ymax} and a low of {} in {ymin}.",
                fmt.number(v0), fmt.number(vn), fmt.number(vmax), fmt.number(vmin)
            )
        } else {
            format!(
                "{label} berubah dari {} pada {y0} menjadi {} pada {yn}, tertinggi {} pada {ymax} dan terendah {} pada {ymin}.",
                fmt.number(v0), fmt.number(vn), fmt.number(vmax), fmt.number(vmin)
            )
        };
    }
    let mut text = String::from(label);
    let mut start = 0;
    for (n, (dir, end)) in runs.iter().enumerate() {
        let (ys, vs) = known[start];
        let (ye, ve) = known[*end];
        let then = if n == 0 {
            ""
        } else if en {
            ", then"
        } else {
            ", lalu"
        };
        text.push_str(then);
        let part = match (dir, en, n == 0) {
            (Direction::Flat, true, _) => {
                format!(" stayed at {} from {ys} to {ye}", fmt.number(vs))
            }
            (Direction::Flat, false, _) => {
                format!(" tetap {} dari {ys} sampai {ye}", fmt.number(vs))
            }
            (Direction::Up, true, true) => format!(
                " rose from {} in {ys} to {} in {ye}",
                fmt.number(vs),
                fmt.number(ve)
            ),
            (Direction::Down, true, true) => format!(
                " fell from {} in {ys} to {} in {ye}",
                fmt.number(vs),
                fmt.number(ve)
            ),
            (Direction::Up, true, false) => format!(" rose to {} in {ye}", fmt.number(ve)),
            (Direction::Down, true, false) => format!(" fell to {} in {ye}", fmt.number(ve)),
            (Direction::Up, false, true) => format!(
                " naik dari {} pada {ys} menjadi {} pada {ye}",
                fmt.number(vs),
                fmt.number(ve)
            ),
            (Direction::Down, false, true) => format!(
                " turun dari {} pada {ys} menjadi {} pada {ye}",
                fmt.number(vs),
                fmt.number(ve)
            ),
            (Direction::Up, false, false) => format!(" naik menjadi {} pada {ye}", fmt.number(ve)),
            (Direction::Down, false, false) => {
                format!(" turun menjadi {} pada {ye}", fmt.number(ve))
            }
        };
        text.push_str(&part);
        start = *end;
    }
    text.push('.');
    text
}

/// The trend chart in words: one sentence per shown series, then the events.
pub fn trend_summary(
    ds: &Dataset,
    shown: &[usize],
    range: Option<(Year, Year)>,
    lang: Lang,
    fmt: &dyn NumberFormat,
) -> String {
    let en = lang == Lang::En;
    let Some(range) = range else {
        return if en {
            "No yearly values to show.".into()
        } else {
            "Tidak ada nilai tahunan untuk ditampilkan.".into()
        };
    };
    if shown.is_empty() {
        return if en {
            "No series selected.".into()
        } else {
            "Tidak ada seri yang dipilih.".into()
        };
    }
    let mut parts: Vec<String> = shown
        .iter()
        .filter_map(|&i| ds.series().get(i))
        .map(|s| series_sentence(s, range, lang, fmt))
        .collect();
    let events: Vec<String> = ds
        .events()
        .iter()
        .filter(|e| e.year() >= range.0 && e.year() <= range.1)
        .map(|e| format!("{} ({})", e.label().get(lang), e.year()))
        .collect();
    if !events.is_empty() {
        let lead = if en {
            "Marked on the chart: "
        } else {
            "Ditandai pada grafik: "
        };
        parts.push(format!("{lead}{}.", events.join("; ")));
    }
    parts.join(" ")
}

/// How far a program has spread across a set of areas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// Areas counted.
    pub total: usize,
    /// Areas where it is formed.
    pub formed: usize,
    /// Areas where it is planned.
    pub planned: usize,
    /// The distinct years planned, ascending.
    pub planned_years: Vec<Year>,
}

impl Coverage {
    /// Counts `program` over the areas for which `include` is true.
    pub fn count(program: &Program, areas: &Areas, include: impl Fn(usize) -> bool) -> Coverage {
        let mut coverage = Coverage {
            total: 0,
            formed: 0,
            planned: 0,
            planned_years: Vec::new(),
        };
        for (i, status) in program
            .status()
            .iter()
            .enumerate()
            .take(areas.items().len())
        {
            if !include(i) {
                continue;
            }
            coverage.total += 1;
            match status {
                Status::Formed(_) => coverage.formed += 1,
                Status::Planned(year) => {
                    coverage.planned += 1;
                    if !coverage.planned_years.contains(year) {
                        coverage.planned_years.push(*year);
                    }
                }
                Status::None => {}
            }
        }
        super::order::sort_by_key(&mut coverage.planned_years, |y| i64::from(y.get()));
        coverage
    }

    /// The headline sentence, keeping formed and planned apart, e.g. "5 of
    /// 18 kelurahan have a PATBM team (28%); with the 4 planned for 2018, 9
    /// of 18 (50%)".
    pub fn headline(
        &self,
        program: &Program,
        areas: &Areas,
        lang: Lang,
        fmt: &dyn NumberFormat,
    ) -> String {
        let en = lang == Lang::En;
        let level = shorten(areas.level().get(lang), 60).to_ascii_lowercase();
        let label = shorten(program.label().get(lang), 120);
        let share = |n: usize| {
            if self.total == 0 {
                fmt.percent(0.0)
            } else {
                fmt.percent(n as f64 / self.total as f64)
            }
        };
        let (formed, total) = (
            fmt.number(self.formed as f64),
            fmt.number(self.total as f64),
        );
        let mut text = if en {
            let verb = if self.formed == 1 { "has" } else { "have" };
            format!(
                "{formed} of {total} {level} {verb} a {label} ({})",
                share(self.formed)
            )
        } else {
            format!(
                "{formed} dari {total} {level} memiliki {label} ({})",
                share(self.formed)
            )
        };
        if self.planned > 0 {
            let years = self.planned_years_text(lang);
            let planned = fmt.number(self.planned as f64);
            let with = fmt.number((self.formed + self.planned) as f64);
            let pct = share(self.formed + self.planned);
            if en {
                text.push_str(&format!(
                    "; with the {planned} planned for {years}, {with} of {total} ({pct})"
                ));
            } else {
                text.push_str(&format!("; dengan {planned} yang direncanakan pada {years}, {with} dari {total} ({pct})"));
            }
        }
        text
    }

    fn planned_years_text(&self, lang: Lang) -> String {
        match self.planned_years.as_slice() {
            [] => String::new(),
            [one] => one.to_string(),
            [first, .., last] if lang == Lang::En => format!("{first} to {last}"),
            [first, .., last] => format!("{first} sampai {last}"),
        }
    }
}

/// Cumulative coverage by year: `(year, formed by then, formed or planned
/// by then)`, one entry per year from the first to the last year named.
pub fn cumulative(program: &Program, include: impl Fn(usize) -> bool) -> Vec<(Year, usize, usize)> {
    let years: Vec<Year> = program
        .status()
        .iter()
        .enumerate()
        .filter(|(i, _)| include(*i))
        .filter_map(|(_, s)| s.year())
        .collect();
    let (Some(first), Some(last)) = (years.iter().min(), years.iter().max()) else {
        return Vec::new();
    };
    (first.get()..=last.get())
        .filter_map(|y| Year::new(i64::from(y)))
        .map(|year| {
            let mut formed = 0;
            let mut with_planned = 0;
            for (i, status) in program.status().iter().enumerate() {
                if !include(i) {
                    continue;
                }
                match status {
                    Status::Formed(y) if *y <= year => {
                        formed += 1;
                        with_planned += 1;
                    }
                    Status::Planned(y) if *y <= year => with_planned += 1,
                    _ => {}
                }
            }
            (year, formed, with_planned)
        })
        .collect()
}

/// [`cumulative`] from one year before the first step, at zero, so the
/// growth shows: what the step chart draws and its table lists.
pub fn cumulative_from_zero(
    program: &Program,
    include: impl Fn(usize) -> bool,
) -> Vec<(Year, usize, usize)> {
    let mut counts = cumulative(program, include);
    if let Some(before) = counts
        .first()
        .and_then(|c| Year::new(i64::from(c.0.get()) - 1))
    {
        counts.insert(0, (before, 0, 0));
    }
    counts
}

/// The coverage chart in words: the headline, then the growth by year.
pub fn coverage_summary(
    ds: &Dataset,
    program: usize,
    group: Option<&str>,
    lang: Lang,
    fmt: &dyn NumberFormat,
) -> String {
    let (Some(program), Some(areas)) = (ds.programs().get(program), ds.areas()) else {
        return if lang == Lang::En {
            "No coverage data.".into()
        } else {
            "Tidak ada data cakupan.".into()
        };
    };
    let include = |i: usize| group.is_none_or(|g| areas.items()[i].group() == g);
    let coverage = Coverage::count(program, areas, include);
    let mut text = coverage.headline(program, areas, lang, fmt);
    text.push('.');
    let steps: Vec<String> = cumulative(program, include)
        .iter()
        .map(|(year, formed, with_planned)| {
            let formed = fmt.number(*formed as f64);
            let planned = fmt.number(*with_planned as f64);
            match lang {
                Lang::En if formed == planned => format!("{formed} by {year}"),
                Lang::En => format!("{formed} formed and {planned} with planned by {year}"),
                Lang::Id if formed == planned => format!("{formed} hingga {year}"),
                Lang::Id => {
                    format!("{formed} terbentuk dan {planned} termasuk rencana hingga {year}")
                }
            }
        })
        .collect();
    if !steps.is_empty() {
        text.push_str(if lang == Lang::En {
            " By year: "
        } else {
            " Per tahun: "
        });
        text.push_str(&steps.join("; "));
        text.push('.');
    }
    text
}

/// Which areas have which status, as a sentence listing their names.
pub fn status_summary(
    ds: &Dataset,
    program: usize,
    group: Option<&str>,
    lang: Lang,
    fmt: &dyn NumberFormat,
) -> String {
    let en = lang == Lang::En;
    let (Some(program), Some(areas)) = (ds.programs().get(program), ds.areas()) else {
        return if en {
            "No areas to show.".into()
        } else {
            "Tidak ada area untuk ditampilkan.".into()
        };
    };
    let level = shorten(areas.level().get(lang), 60).to_ascii_lowercase();
    let mut formed = Vec::new();
    let mut planned = Vec::new();
    let mut none = 0usize;
    for (area, status) in areas.items().iter().zip(program.status()) {
        if group.is_some_and(|g| area.group() != g) {
            continue;
        }
        match status {
            Status::Formed(_) => formed.push(shorten(area.name(), 80)),
            Status::Planned(_) => planned.push(shorten(area.name(), 80)),
            Status::None => none += 1,
        }
    }
    let total = formed.len() + planned.len() + none;
    let names = |list: &[std::borrow::Cow<'_, str>]| {
        if list.len() <= 12 {
            format!(": {}", list.join(", "))
        } else {
            String::new()
        }
    };
    let label = shorten(program.label().get(lang), 120);
    if en {
        format!(
            "Map of {} {level} by {label} status. Formed in {}{}. Planned in {}{}. None in {}.",
            fmt.number(total as f64),
            fmt.number(formed.len() as f64),
            names(&formed),
            fmt.number(planned.len() as f64),
            names(&planned),
            fmt.number(none as f64)
        )
    } else {
        format!(
            "Peta {} {level} menurut status {label}. Terbentuk di {}{}. Direncanakan di {}{}. Belum ada di {}.",
            fmt.number(total as f64),
            fmt.number(formed.len() as f64),
            names(&formed),
            fmt.number(planned.len() as f64),
            names(&planned),
            fmt.number(none as f64)
        )
    }
}
