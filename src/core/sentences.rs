//! The numbers of [`super::stats`] in words: the charts' `aria-label`s,
//! the coverage headline and `pantau summary` all come from here, so every
//! place says the same thing. Each sentence matches on the language, so a
//! missing translation does not compile.

use super::format::NumberFormat;
use super::model::{Areas, Dataset, Program, Series, Status, Year};
use super::stats::{cumulative, Coverage};
use super::text::{shorten, Lang};

#[derive(Clone, Copy, PartialEq)]
enum Direction {
    Up,
    Down,
    Flat,
}

/// One series' trend in words, within `range`.
///
/// ```
/// use pantau::core::{sentences, format::PlainFormat, text::Lang};
/// let ds = pantau::core::validate::parse(include_str!("../../static/data/tanjungpinang.json")).unwrap();
/// let range = ds.years().unwrap();
/// assert_eq!(
///     sentences::series_sentence(&ds.series()[0], range, Lang::En, &PlainFormat(Lang::En)),
///     "Cases reported to P2TP2A rose from 75 in 2015 to 150 in 2016, then fell to 87 in 2017."
/// );
/// ```
pub fn series_sentence(
    series: &Series,
    (from, to): (Year, Year),
    lang: Lang,
    fmt: &dyn NumberFormat,
) -> String {
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
        [] => match lang {
            Lang::En => {
                format!("{label}: no values reported from {from} to {to}.")
            }
            Lang::Id => {
                format!("{label}: tidak ada nilai yang dilaporkan dari {from} sampai {to}.")
            }
        },
        [(year, value)] => match lang {
            Lang::En => {
                format!("{label}: {} in {year}.", fmt.number(*value))
            }
            Lang::Id => {
                format!("{label}: {} pada {year}.", fmt.number(*value))
            }
        },
        _ => narrate(label, &known, lang, fmt),
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
        } else {
            match lang {
                Lang::En => {
                    format!("{} years", gaps.len())
                }
                Lang::Id => {
                    format!("{} tahun", gaps.len())
                }
            }
        };
        sentence.push_str(match lang {
            Lang::En => " Not reported: ",
            Lang::Id => " Tidak dilaporkan: ",
        });
        sentence.push_str(&listed);
        sentence.push('.');
    }
    sentence
}

fn narrate(label: &str, known: &[(Year, f64)], lang: Lang, fmt: &dyn NumberFormat) -> String {
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
        return match lang {
            Lang::En => {
                format!(
                "{label} went from {} in {y0} to {} in {yn}, with a high of {} in {ymax} and a low of {} in {ymin}.",
                fmt.number(v0), fmt.number(vn), fmt.number(vmax), fmt.number(vmin)
            )
            }
            Lang::Id => {
                format!(
                "{label} berubah dari {} pada {y0} menjadi {} pada {yn}, tertinggi {} pada {ymax} dan terendah {} pada {ymin}.",
                fmt.number(v0), fmt.number(vn), fmt.number(vmax), fmt.number(vmin)
            )
            }
        };
    }
    let mut text = String::from(label);
    let mut start = 0;
    for (n, (dir, end)) in runs.iter().enumerate() {
        let (ys, vs) = known[start];
        let (ye, ve) = known[*end];
        let then = if n == 0 {
            ""
        } else {
            match lang {
                Lang::En => ", then",
                Lang::Id => ", lalu",
            }
        };
        text.push_str(then);
        let part = match (dir, lang, n == 0) {
            (Direction::Flat, Lang::En, _) => {
                format!(" stayed at {} from {ys} to {ye}", fmt.number(vs))
            }
            (Direction::Flat, Lang::Id, _) => {
                format!(" tetap {} dari {ys} sampai {ye}", fmt.number(vs))
            }
            (Direction::Up, Lang::En, true) => format!(
                " rose from {} in {ys} to {} in {ye}",
                fmt.number(vs),
                fmt.number(ve)
            ),
            (Direction::Down, Lang::En, true) => format!(
                " fell from {} in {ys} to {} in {ye}",
                fmt.number(vs),
                fmt.number(ve)
            ),
            (Direction::Up, Lang::En, false) => format!(" rose to {} in {ye}", fmt.number(ve)),
            (Direction::Down, Lang::En, false) => format!(" fell to {} in {ye}", fmt.number(ve)),
            (Direction::Up, Lang::Id, true) => format!(
                " naik dari {} pada {ys} menjadi {} pada {ye}",
                fmt.number(vs),
                fmt.number(ve)
            ),
            (Direction::Down, Lang::Id, true) => format!(
                " turun dari {} pada {ys} menjadi {} pada {ye}",
                fmt.number(vs),
                fmt.number(ve)
            ),
            (Direction::Up, Lang::Id, false) => {
                format!(" naik menjadi {} pada {ye}", fmt.number(ve))
            }
            (Direction::Down, Lang::Id, false) => {
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
    let Some(range) = range else {
        return match lang {
            Lang::En => "No yearly values to show.".into(),
            Lang::Id => "Tidak ada nilai tahunan untuk ditampilkan.".into(),
        };
    };
    if shown.is_empty() {
        return match lang {
            Lang::En => "No series selected.".into(),
            Lang::Id => "Tidak ada seri yang dipilih.".into(),
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
        let lead = match lang {
            Lang::En => "Marked on the chart: ",
            Lang::Id => "Ditandai pada grafik: ",
        };
        parts.push(format!("{lead}{}.", events.join("; ")));
    }
    parts.join(" ")
}

impl Coverage {
    /// The status key's entries: a status, its words (the planned ones with
    /// their first year) and how many areas have it. The page's key and
    /// the static views' draw from this.
    pub fn key_items(&self, lang: Lang) -> [(Status, String, usize); 3] {
        let t = super::strings::strings(lang);
        let planned_year = self
            .planned_years
            .first()
            .map(|y| format!(" {y}"))
            .unwrap_or_default();
        [
            (Status::Formed(Year::MIN), t.formed.to_owned(), self.formed),
            (
                Status::Planned(Year::MIN),
                format!("{}{planned_year}", t.planned),
                self.planned,
            ),
            (
                Status::None,
                t.none.to_owned(),
                self.total - self.formed - self.planned,
            ),
        ]
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
        let mut text = match lang {
            Lang::En => {
                let verb = if self.formed == 1 { "has" } else { "have" };
                format!(
                    "{formed} of {total} {level} {verb} a {label} ({})",
                    share(self.formed)
                )
            }
            Lang::Id => {
                format!(
                    "{formed} dari {total} {level} memiliki {label} ({})",
                    share(self.formed)
                )
            }
        };
        if self.planned > 0 {
            let years = self.planned_years_text(lang);
            let planned = fmt.number(self.planned as f64);
            let with = fmt.number((self.formed + self.planned) as f64);
            let pct = share(self.formed + self.planned);
            match lang {
                Lang::En => {
                    text.push_str(&format!(
                        "; with the {planned} planned for {years}, {with} of {total} ({pct})"
                    ));
                }
                Lang::Id => {
                    text.push_str(&format!("; dengan {planned} yang direncanakan pada {years}, {with} dari {total} ({pct})"));
                }
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
    let include = areas.member_of(group);
    let coverage = Coverage::count(program, areas, &include);
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
    let (Some(program), Some(areas)) = (ds.programs().get(program), ds.areas()) else {
        return match lang {
            Lang::En => "No areas to show.".into(),
            Lang::Id => "Tidak ada area untuk ditampilkan.".into(),
        };
    };
    let level = shorten(areas.level().get(lang), 60).to_ascii_lowercase();
    let mut formed = Vec::new();
    let mut planned = Vec::new();
    let mut none = 0usize;
    let member = areas.member_of(group);
    for (i, (area, status)) in areas.items().iter().zip(program.status()).enumerate() {
        if !member(i) {
            continue;
        }
        match status {
            Status::Formed(_) => formed.push(shorten(area.name(), 80)),
            Status::Planned(_) => planned.push(shorten(area.name(), 80)),
            Status::None => none += 1,
        }
    }
    let total = formed.len() + planned.len() + none;
    // No names for an empty list: "Formed in 0." and not "Formed in 0: ."
    let names = |list: &[std::borrow::Cow<'_, str>]| {
        if !list.is_empty() && list.len() <= 12 {
            format!(": {}", list.join(", "))
        } else {
            String::new()
        }
    };
    let label = shorten(program.label().get(lang), 120);
    match lang {
        Lang::En => {
            format!(
                "Map of {} {level} by {label} status. Formed in {}{}. Planned in {}{}. None in {}.",
                fmt.number(total as f64),
                fmt.number(formed.len() as f64),
                names(&formed),
                fmt.number(planned.len() as f64),
                names(&planned),
                fmt.number(none as f64)
            )
        }
        Lang::Id => {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::PlainFormat;
    use crate::core::testing::default_dataset;

    #[test]
    fn the_map_summary_lists_names_only_where_there_are_some() {
        let ds = default_dataset();
        let en = status_summary(&ds, 0, None, Lang::En, &PlainFormat(Lang::En));
        assert!(en.contains("Formed in 5: "), "{en}");
        assert!(en.contains("Tanjungpinang Barat"), "{en}");
        let none_planned = include_str!("../../static/data/tanjungpinang.json")
            .replace("\"status\": \"planned\"", "\"status\": \"none\"");
        let ds = crate::core::validate::parse(&none_planned).expect("still valid");
        for lang in Lang::ALL {
            let text = status_summary(&ds, 0, None, lang, &PlainFormat(lang));
            assert!(!text.contains(": ."), "{text}");
            let planned = match lang {
                Lang::En => "Planned in 0.",
                Lang::Id => "Direncanakan di 0.",
            };
            assert!(text.contains(planned), "{text}");
        }
    }
}
