//! Statistics of a dataset: changes, year ranges, coverage counts and
//! cumulative coverage. [`super::sentences`] puts them in words.

use super::model::{Areas, Dataset, Program, Series, Status, Year};

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
