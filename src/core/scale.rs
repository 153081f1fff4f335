//! Scales: value domains, "nice" ticks and the mapping from data to pixels.

/// A linear map from a data domain to a pixel range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Linear {
    /// Maps a data value to a pixel; a zero-width domain maps to the range's
    /// middle rather than dividing by zero.
    ///
    /// ```
    /// use pantau::core::scale::Linear;
    /// let y = Linear { domain: (0.0, 200.0), range: (300.0, 100.0) };
    /// assert_eq!(y.map(150.0), 150.0);
    /// ```
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return (r0 + r1) / 2.0;
        }
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }
}

/// Ticks for a count axis starting at zero: a rounded top of the domain and
/// the tick values, about `target` of them, at steps of 1, 2, 2.5 or 5 times
/// a power of ten. Counts never get fractional steps below 1.
///
/// ```
/// use pantau::core::scale::count_ticks;
/// assert_eq!(count_ticks(150.0, 5), (150.0, vec![0.0, 50.0, 100.0, 150.0]));
/// assert_eq!(count_ticks(0.0, 5), (1.0, vec![0.0, 1.0]));
/// assert_eq!(count_ticks(3.0, 5), (3.0, vec![0.0, 1.0, 2.0, 3.0]));
/// ```
pub fn count_ticks(max: f64, target: usize) -> (f64, Vec<f64>) {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let target = target.max(2) as f64;
    let raw_step = max / (target - 1.0);
    let magnitude = whole_power_of_ten_at_most(raw_step);
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw_step)
        .unwrap_or(10.0 * magnitude)
        .max(1.0);
    let steps = (max / step).ceil().max(1.0);
    let top = steps * step;
    if !top.is_finite() {
        return (max, vec![0.0, max]);
    }
    let ticks = (0..=steps as usize).map(|i| i as f64 * step).collect();
    (top, ticks)
}

/// The largest power of ten at most `x` (`10^floor(log10 x)`), and 1 for
/// an `x` below 1: a count's step is never below 1 whatever the power.
/// Multiplied out rather than through `powf` and `log10`, which were, with
/// the luminance's `powf`, all that brought libm's `pow` and `log10` into
/// the wasm (1.7 KB gzip); up to 10^22 every power of ten is exact in an
/// `f64` either way.
fn whole_power_of_ten_at_most(x: f64) -> f64 {
    debug_assert!(x.is_finite(), "count_ticks passes a finite step");
    let mut power = 1.0;
    while power * 10.0 <= x {
        power *= 10.0;
    }
    power
}

/// Which years of `first..=last` get a label when at most `max_labels` fit:
/// every year, or every 2nd, 5th, 10th, 20th, 25th, 50th or 100th, aligned
/// on round years.
///
/// ```
/// use pantau::core::scale::year_ticks;
/// assert_eq!(year_ticks(2015, 2017, 10), vec![2015, 2016, 2017]);
/// assert_eq!(year_ticks(1990, 2020, 4), vec![1990, 2000, 2010, 2020]);
/// ```
pub fn year_ticks(first: i32, last: i32, max_labels: usize) -> Vec<i32> {
    if last < first {
        return Vec::new();
    }
    let span = (last - first + 1) as usize;
    let max_labels = max_labels.max(1);
    for step in [1, 2, 5, 10, 20, 25, 50, 100, 200] {
        let ticks: Vec<i32> = (first..=last).filter(|y| y.rem_euclid(step) == 0).collect();
        let fits = if step == 1 {
            span <= max_labels
        } else {
            ticks.len() <= max_labels
        };
        if fits && (!ticks.is_empty() || step == 200) {
            return if step == 1 {
                (first..=last).collect()
            } else {
                ticks
            };
        }
    }
    vec![first]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_maps_data_to_pixels() {
        let s = Linear {
            domain: (2015.0, 2017.0),
            range: (40.0, 240.0),
        };
        assert_eq!(s.map(2016.0), 140.0);
        assert_eq!(s.map(2015.0), 40.0);
    }

    #[test]
    fn zero_range_domain_maps_to_the_middle() {
        let s = Linear {
            domain: (5.0, 5.0),
            range: (0.0, 100.0),
        };
        assert_eq!(s.map(5.0), 50.0);
    }

    #[test]
    fn the_power_of_ten_is_the_largest_at_most_the_step() {
        let mut x: f64 = 1.0;
        while x < 1e22 {
            for k in [1.0, 1.5, 2.0, 2.5, 5.0, 9.99, 9.999_999_999_999] {
                let v = x * k;
                let p = whole_power_of_ten_at_most(v);
                assert!(p <= v && p * 10.0 > v, "{v}: {p}");
            }
            x *= 10.0;
        }
        assert_eq!(whole_power_of_ten_at_most(1000.0), 1000.0);
        assert_eq!(whole_power_of_ten_at_most(999.999), 100.0);
        assert_eq!(whole_power_of_ten_at_most(0.75), 1.0);
    }

    #[test]
    fn count_ticks_are_those_log10_and_powf_gave() {
        // The formula before: log10 rounds just below a power of ten up to
        // it, but the step chosen is the same power either way.
        let before = |max: f64, target: usize| {
            let raw_step = max / (target.max(2) as f64 - 1.0);
            let magnitude = 10f64.powf(raw_step.log10().floor());
            [1.0, 2.0, 2.5, 5.0, 10.0]
                .iter()
                .map(|m| m * magnitude)
                .find(|s| *s >= raw_step)
                .unwrap_or(10.0 * magnitude)
                .max(1.0)
        };
        let mut max: f64 = 0.01;
        while max < 1e15 {
            for k in [
                1.0,
                1.2,
                2.0,
                3.7,
                4.0,
                4.000_000_000_001,
                9.0,
                9.999_999_999,
            ] {
                for target in [2, 3, 5, 6, 8] {
                    let m = max * k;
                    let (top, ticks) = count_ticks(m, target);
                    let step = before(m, target);
                    assert_eq!(ticks.get(1).copied(), Some(step), "{m} {target}");
                    assert_eq!(top, (m / step).ceil().max(1.0) * step, "{m} {target}");
                }
            }
            max *= 10.0;
        }
    }

    #[test]
    fn count_ticks_cover_the_maximum() {
        for max in [1.0, 7.0, 87.0, 150.0, 151.0, 999.0, 12345.0, 0.3] {
            let (top, ticks) = count_ticks(max, 5);
            assert!(top >= max, "{max}");
            assert_eq!(ticks.first(), Some(&0.0));
            assert_eq!(ticks.last(), Some(&top));
            assert!(ticks.len() <= 7, "{max}: {ticks:?}");
            assert!(ticks.windows(2).all(|w| w[1] - w[0] >= 1.0));
        }
    }

    #[test]
    fn count_ticks_survive_nonsense() {
        assert_eq!(count_ticks(f64::NAN, 5).0, 1.0);
        assert_eq!(count_ticks(-4.0, 5).0, 1.0);
        let (top, ticks) = count_ticks(f64::MAX, 5);
        assert!(top.is_finite());
        assert!(ticks.len() >= 2);
    }

    #[test]
    fn year_ticks_thin_out_long_ranges() {
        assert_eq!(
            year_ticks(1900, 2100, 5),
            vec![1900, 1950, 2000, 2050, 2100]
        );
        assert_eq!(year_ticks(2001, 2009, 3), vec![2005]);
        assert_eq!(year_ticks(2017, 2017, 1), vec![2017]);
        assert!(year_ticks(2018, 2017, 3).is_empty());
    }
}
