//! From a pointer position or a key press to the data point it means,
//! reading only the layout: no re-layout and no drawing per pointer move.

use super::layout::coverage::CoverageLayout;
use super::layout::map::MapLayout;
use super::layout::trend::TrendLayout;

/// A point of the trend chart: `series` indexes [`TrendLayout::series`],
/// `point` that series' points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TrendHit {
    pub series: usize,
    pub point: usize,
}

/// A navigation key of a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
}

impl Key {
    /// Maps a `KeyboardEvent.key` value.
    pub fn from_key_name(name: &str) -> Option<Key> {
        Some(match name {
            "ArrowLeft" => Key::Left,
            "ArrowRight" => Key::Right,
            "ArrowUp" => Key::Up,
            "ArrowDown" => Key::Down,
            "Home" => Key::Home,
            "End" => Key::End,
            _ => return None,
        })
    }
}

/// The point under or nearest to `pos` in the same year's column: the
/// column is found by arithmetic, the year in each series by binary search,
/// so a move costs O(series × log points). Pointers left of, right of,
/// above or below the plot hit nothing.
pub fn trend(layout: &TrendLayout, (x, y): (f64, f64)) -> Option<TrendHit> {
    let plot = layout.plot;
    if y < plot.y - 12.0 || y > plot.bottom() + 4.0 {
        return None;
    }
    let year = layout.year_at(x)?;
    layout
        .series
        .iter()
        .enumerate()
        .filter_map(|(slot, series)| {
            let point = series.points.binary_search_by_key(&year, |p| p.year).ok()?;
            let distance = if layout.bars {
                0.0
            } else {
                (series.points[point].y - y).abs()
            };
            Some((
                distance,
                TrendHit {
                    series: slot,
                    point,
                },
            ))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, hit)| hit)
}

/// Where a key press moves the keyboard focus: left and right along a
/// series, up and down between series at the nearest year, Home and End to
/// the ends. With no focus yet, any key starts at the first point.
pub fn trend_step(layout: &TrendLayout, current: Option<TrendHit>, key: Key) -> Option<TrendHit> {
    let first = || {
        layout
            .series
            .iter()
            .position(|s| !s.points.is_empty())
            .map(|series| TrendHit { series, point: 0 })
    };
    let Some(current) = current.filter(|c| {
        layout
            .series
            .get(c.series)
            .is_some_and(|s| c.point < s.points.len())
    }) else {
        return first();
    };
    let points = &layout.series[current.series].points;
    match key {
        Key::Left => Some(TrendHit {
            point: current.point.saturating_sub(1),
            ..current
        }),
        Key::Right => Some(TrendHit {
            point: (current.point + 1).min(points.len() - 1),
            ..current
        }),
        Key::Home => Some(TrendHit {
            point: 0,
            ..current
        }),
        Key::End => Some(TrendHit {
            point: points.len() - 1,
            ..current
        }),
        Key::Up | Key::Down => {
            let year = points[current.point].year;
            let candidates: Box<dyn Iterator<Item = usize>> = if key == Key::Down {
                Box::new(current.series + 1..layout.series.len())
            } else {
                Box::new((0..current.series).rev())
            };
            for slot in candidates {
                let other = &layout.series[slot].points;
                if other.is_empty() {
                    continue;
                }
                let point = match other.binary_search_by_key(&year, |p| p.year) {
                    Ok(i) => i,
                    Err(i) => {
                        // The nearest year on either side.
                        let before = i.checked_sub(1);
                        let after = (i < other.len()).then_some(i);
                        match (before, after) {
                            (Some(b), Some(a)) => {
                                if year.get() - other[b].year.get()
                                    <= other[a].year.get() - year.get()
                                {
                                    b
                                } else {
                                    a
                                }
                            }
                            (Some(b), None) => b,
                            (None, Some(a)) => a,
                            (None, None) => continue,
                        }
                    }
                };
                return Some(TrendHit {
                    series: slot,
                    point,
                });
            }
            Some(current)
        }
    }
}

/// The year column of the coverage chart under `pos`, as an index into
/// its steps.
pub fn coverage(layout: &CoverageLayout, (x, y): (f64, f64)) -> Option<usize> {
    let plot = layout.plot;
    if x < plot.x
        || x > plot.right()
        || y < plot.y - 12.0
        || y > plot.bottom() + 4.0
        || layout.band <= 0.0
    {
        return None;
    }
    let i = ((x - plot.x) / layout.band).floor() as usize;
    (i < layout.steps.len()).then_some(i)
}

/// Keyboard steps along the coverage chart's years.
pub fn coverage_step(layout: &CoverageLayout, current: Option<usize>, key: Key) -> Option<usize> {
    let last = layout.steps.len().checked_sub(1)?;
    let Some(current) = current.filter(|c| *c <= last) else {
        return Some(0);
    };
    Some(match key {
        Key::Left | Key::Down => current.saturating_sub(1),
        Key::Right | Key::Up => (current + 1).min(last),
        Key::Home => 0,
        Key::End => last,
    })
}

/// The area under `pos` on the map, as an index into its areas: inside a
/// polygon (smallest first, as they are drawn on top), else the nearest
/// dot or marker within reach.
pub fn map(layout: &MapLayout, pos: (f64, f64)) -> Option<usize> {
    if layout.polygons {
        let inside = layout.areas.iter().enumerate().rev().find(|(_, a)| {
            a.bbox.contains(pos) && a.rings.iter().any(|r| crate::core::geo::contains(r, pos))
        });
        if let Some((i, _)) = inside {
            return Some(i);
        }
    }
    let reach = layout.dot_radius + 6.0;
    layout
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| {
            (
                i,
                (a.center.0 - pos.0).powi(2) + (a.center.1 - pos.1).powi(2),
            )
        })
        .filter(|(_, d2)| *d2 <= reach * reach)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// Keyboard steps on the map: arrows go to the nearest area in that
/// direction, Home and End to the first and last area.
pub fn map_step(layout: &MapLayout, current: Option<usize>, key: Key) -> Option<usize> {
    let last = layout.areas.len().checked_sub(1)?;
    let Some(current) = current.filter(|c| *c <= last) else {
        return Some(0);
    };
    let (dx, dy) = match key {
        Key::Home => return Some(0),
        Key::End => return Some(last),
        Key::Left => (-1.0, 0.0),
        Key::Right => (1.0, 0.0),
        Key::Up => (0.0, -1.0),
        Key::Down => (0.0, 1.0),
    };
    let from = layout.areas[current].center;
    let best = layout
        .areas
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != current)
        .filter_map(|(i, a)| {
            let (vx, vy) = (a.center.0 - from.0, a.center.1 - from.1);
            let along = vx * dx + vy * dy;
            let across = (vx * dy - vy * dx).abs();
            (along > 0.0).then_some((i, along + 2.0 * across))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i);
    Some(best.unwrap_or(current))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::PlainFormat;
    use crate::core::layout::trend::{layout, TrendInput};
    use crate::core::model::Year;
    use crate::core::text::Lang;
    use crate::core::validate::parse;

    fn lines(json: &str) -> TrendLayout {
        let ds = parse(json).expect("valid");
        let shown: Vec<usize> = (0..ds.series().len()).collect();
        let range = crate::core::stats::year_range(&ds, None, None).expect("years");
        layout(&TrendInput {
            dataset: &ds,
            shown: &shown,
            range,
            size: (600.0, 300.0),
            bars: false,
            lang: Lang::En,
            format: &PlainFormat(Lang::En),
        })
    }

    fn two_series() -> TrendLayout {
        lines(
            r#"{"format":"pantau/1","id":"t","title":"T","place":{"name":"P"},"published":"2020-01-01",
        "sources":[{"id":"s","name":"S"}],
        "series":[
          {"id":"a","label":"A","unit":"u","source":"s","points":[{"year":2010,"value":10},{"year":2011,"value":100},{"year":2013,"value":50}]},
          {"id":"b","label":"B","unit":"u","source":"s","points":[{"year":2010,"value":90},{"year":2012,"value":null},{"year":2013,"value":5}]}
        ]}"#,
        )
    }

    #[test]
    fn pointer_on_a_column_hits_the_nearest_series() {
        let l = two_series();
        let a2010 = &l.series[0].points[0];
        let b2010 = &l.series[1].points[0];
        assert_eq!(
            trend(&l, (a2010.x + 3.0, a2010.y - 2.0)),
            Some(TrendHit {
                series: 0,
                point: 0
            })
        );
        assert_eq!(
            trend(&l, (b2010.x - 3.0, b2010.y + 2.0)),
            Some(TrendHit {
                series: 1,
                point: 0
            })
        );
    }

    #[test]
    fn pointer_outside_the_plot_hits_nothing() {
        let l = two_series();
        assert_eq!(trend(&l, (l.plot.x - 2.0, l.plot.y + 10.0)), None);
        assert_eq!(trend(&l, (l.plot.right() + 2.0, l.plot.y + 10.0)), None);
        assert_eq!(trend(&l, (l.plot.x + 10.0, l.plot.bottom() + 30.0)), None);
    }

    #[test]
    fn a_year_without_values_hits_only_series_that_have_it() {
        let l = two_series();
        let x2012 = l.x_of(Year::new(2012).unwrap());
        assert_eq!(trend(&l, (x2012, l.plot.y + 5.0)), None);
        let x2011 = l.x_of(Year::new(2011).unwrap());
        assert_eq!(
            trend(&l, (x2011, l.plot.bottom())),
            Some(TrendHit {
                series: 0,
                point: 1
            })
        );
    }

    #[test]
    fn nulls_break_the_line() {
        let l = two_series();
        assert_eq!(l.series[1].runs, vec![0..1, 1..2]);
        assert_eq!(l.series[0].runs, vec![0..3]);
    }

    #[test]
    fn arrows_walk_along_and_across_series() {
        let l = two_series();
        let start = trend_step(&l, None, Key::Right);
        assert_eq!(
            start,
            Some(TrendHit {
                series: 0,
                point: 0
            })
        );
        let right = trend_step(&l, start, Key::Right);
        assert_eq!(
            right,
            Some(TrendHit {
                series: 0,
                point: 1
            })
        );
        // 2011 in A; B has 2010 and 2013: 2010 is nearer.
        assert_eq!(
            trend_step(&l, right, Key::Down),
            Some(TrendHit {
                series: 1,
                point: 0
            })
        );
        assert_eq!(trend_step(&l, right, Key::Up), right);
        assert_eq!(
            trend_step(&l, right, Key::End),
            Some(TrendHit {
                series: 0,
                point: 2
            })
        );
        let end = trend_step(&l, right, Key::End);
        assert_eq!(trend_step(&l, end, Key::Right), end);
        assert_eq!(trend_step(&l, start, Key::Left), start);
    }

    #[test]
    fn stale_focus_restarts_at_the_first_point() {
        let l = two_series();
        let stale = Some(TrendHit {
            series: 7,
            point: 0,
        });
        assert_eq!(
            trend_step(&l, stale, Key::Left),
            Some(TrendHit {
                series: 0,
                point: 0
            })
        );
    }

    use crate::core::testing::default_dataset;

    #[test]
    fn coverage_columns_are_hit_and_stepped() {
        use crate::core::layout::coverage::{layout, CoverageInput};
        let ds = default_dataset();
        let l = layout(&CoverageInput {
            dataset: &ds,
            program: 0,
            group: None,
            size: (600.0, 300.0),
            lang: Lang::En,
            format: &PlainFormat(Lang::En),
        })
        .unwrap();
        assert_eq!(coverage(&l, (l.steps[2].x, l.plot.y + 20.0)), Some(2));
        assert_eq!(coverage(&l, (l.plot.x - 5.0, l.plot.y + 20.0)), None);
        assert_eq!(coverage_step(&l, None, Key::Right), Some(0));
        assert_eq!(coverage_step(&l, Some(2), Key::Right), Some(2));
        assert_eq!(coverage_step(&l, Some(2), Key::Home), Some(0));
    }

    #[test]
    fn map_dots_are_hit_within_reach_only() {
        let ds = default_dataset();
        let l = crate::core::testing::dot_map(&ds, 600.0);
        for (i, a) in l.areas.iter().enumerate() {
            assert_eq!(map(&l, a.center), Some(i));
        }
        assert_eq!(map(&l, (-50.0, -50.0)), None);
    }

    #[test]
    fn map_arrows_move_towards_their_direction() {
        let ds = default_dataset();
        let l = crate::core::testing::dot_map(&ds, 600.0);
        for start in 0..l.areas.len() {
            let from = l.areas[start].center;
            if let Some(next) = map_step(&l, Some(start), Key::Right).filter(|n| *n != start) {
                assert!(l.areas[next].center.0 > from.0);
            }
            if let Some(next) = map_step(&l, Some(start), Key::Up).filter(|n| *n != start) {
                assert!(l.areas[next].center.1 < from.1);
            }
        }
    }
}
