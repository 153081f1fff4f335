//! Number formatting as a seam: the browser formats through `Intl`, the
//! command-line tool through [`PlainFormat`]. Core code that writes numbers
//! into words or axis labels takes a `&dyn NumberFormat`.

use super::text::Lang;

/// Formats numbers for one language.
pub trait NumberFormat {
    /// A count or value, grouped for the language (`1.234` / `1,234`), with
    /// at most two decimals.
    fn number(&self, value: f64) -> String;
    /// A share, `0.278` → `28%`, no decimals.
    fn percent(&self, ratio: f64) -> String;
    /// A signed change, `1.0` → `+100%`, `-0.42` → `-42%`.
    fn change(&self, ratio: f64) -> String;
}

/// Formatting without a browser, for the command-line tool and native tests.
///
/// Hand-written because native Rust has no `Intl`, and a full locale crate
/// (ICU) would cost megabytes for the two patterns Pantau needs; it matches
/// what `Intl.NumberFormat` prints for `id` and `en`.
///
/// ```
/// use pantau::core::format::{NumberFormat, PlainFormat};
/// use pantau::core::text::Lang;
/// assert_eq!(PlainFormat(Lang::Id).number(1234.5), "1.234,5");
/// assert_eq!(PlainFormat(Lang::En).number(1234.5), "1,234.5");
/// assert_eq!(PlainFormat(Lang::En).change(1.0), "+100%");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct PlainFormat(pub Lang);

impl PlainFormat {
    fn separators(self) -> (char, char) {
        match self.0 {
            Lang::Id => ('.', ','),
            Lang::En => (',', '.'),
        }
    }

    fn grouped(self, value: f64, max_decimals: usize) -> String {
        let (group, decimal) = self.separators();
        let scale = 10f64.powi(max_decimals as i32);
        // Near f64::MAX, scaling up overflows: such numbers have no decimals anyway.
        let (rounded, decimals) = if (value.abs() * scale).is_finite() {
            ((value.abs() * scale).round() / scale, max_decimals)
        } else {
            (value.abs(), 0)
        };
        let text = format!("{rounded:.decimals$}");
        let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
        let frac_part = frac_part.trim_end_matches('0');
        let mut out = String::with_capacity(text.len() + text.len() / 3 + 2);
        if value < 0.0 && rounded != 0.0 {
            out.push('-');
        }
        let digits = int_part.len();
        for (i, ch) in int_part.chars().enumerate() {
            if i > 0 && (digits - i) % 3 == 0 {
                out.push(group);
            }
            out.push(ch);
        }
        if !frac_part.is_empty() {
            out.push(decimal);
            out.push_str(frac_part);
        }
        out
    }
}

impl NumberFormat for PlainFormat {
    fn number(&self, value: f64) -> String {
        if !value.is_finite() {
            return value.to_string();
        }
        self.grouped(value, 2)
    }

    fn percent(&self, ratio: f64) -> String {
        format!("{}%", self.grouped(ratio * 100.0, 0))
    }

    fn change(&self, ratio: f64) -> String {
        let pct = self.grouped(ratio * 100.0, 0);
        if pct == "0" {
            "0%".into()
        } else if ratio > 0.0 {
            format!("+{pct}%")
        } else {
            format!("{pct}%")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_per_language() {
        assert_eq!(PlainFormat(Lang::Id).number(1234.0), "1.234");
        assert_eq!(PlainFormat(Lang::En).number(1234.0), "1,234");
        assert_eq!(PlainFormat(Lang::En).number(1234567.0), "1,234,567");
        assert_eq!(PlainFormat(Lang::En).number(150.0), "150");
        assert_eq!(PlainFormat(Lang::En).number(0.0), "0");
    }

    #[test]
    fn keeps_at_most_two_decimals() {
        assert_eq!(PlainFormat(Lang::En).number(2.345), "2.35");
        assert_eq!(PlainFormat(Lang::Id).number(2.5), "2,5");
        assert_eq!(PlainFormat(Lang::En).number(-1500.25), "-1,500.25");
    }

    #[test]
    fn percentages_round_to_whole_numbers() {
        assert_eq!(PlainFormat(Lang::En).percent(5.0 / 18.0), "28%");
        assert_eq!(PlainFormat(Lang::Id).percent(0.5), "50%");
    }

    #[test]
    fn changes_carry_their_sign() {
        assert_eq!(PlainFormat(Lang::En).change(1.0), "+100%");
        assert_eq!(PlainFormat(Lang::En).change(-0.42), "-42%");
        assert_eq!(PlainFormat(Lang::En).change(0.001), "0%");
    }

    #[test]
    fn decimals_are_rounded_and_padded_by_place() {
        let en = PlainFormat(Lang::En);
        // A leading zero after the point stays; one that rounds away goes.
        assert_eq!(en.number(1.05), "1.05");
        assert_eq!(en.number(0.07), "0.07");
        assert_eq!(en.number(9.999), "10");
        assert_eq!(en.number(999.996), "1,000");
        assert_eq!(en.number(-0.001), "0", "no minus on what rounds to zero");
        assert_eq!(en.number(-0.006), "-0.01");
        assert_eq!(en.number(12_345_678.9), "12,345,678.9");
        // Past 2^53 hundredths, the integer digits are still exact.
        assert_eq!(en.number(1e17), "100,000,000,000,000,000");
    }

    #[test]
    fn huge_numbers_do_not_panic() {
        assert!(PlainFormat(Lang::En)
            .number(f64::MAX)
            .starts_with("179,769"));
        assert_eq!(PlainFormat(Lang::En).number(f64::INFINITY), "inf");
    }
}
