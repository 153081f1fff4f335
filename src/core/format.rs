//! Number formatting as a seam: the browser and the command-line tool
//! write numbers with the same [`PlainFormat`]. Core code that writes
//! numbers into words or axis labels takes a `&dyn NumberFormat`.

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

/// Formatting for the browser and the command-line tool alike, as
/// `Intl.NumberFormat` prints `id` and `en`: at most two decimals, rounded
/// half away from zero on the number's shortest decimal digits (`1.005` →
/// `1.01`, `0.145` → `15%`), grouped in threes.
///
/// Hand-written, not the browser's `Intl`: the first `Intl.NumberFormat` of
/// a page loads the browser's locale data, 30–40 ms of main thread before
/// the first number (more on a slow phone), for two patterns written here
/// in a few lines; and the command-line tool's static views must print what
/// the app prints. A browser test checks it against `Intl` value by value.
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

/// A finite number's shortest round-trip form: `2.5`, `2016.0`, `1e300`.
pub fn shortest(value: f64) -> String {
    ryu::Buffer::new().format_finite(value).to_owned()
}

/// A finite number as Rust's `{}` and JavaScript's `String` print it below
/// 10²¹: its shortest digits, in plain notation (`75`, `2.5`, `0.0000001`),
/// for files that programs read and SVG attributes, without Rust's own
/// float printer.
pub fn plain(value: f64) -> String {
    let Some(decimal) = Decimal::parse(&shortest(value)) else {
        return String::from("NaN");
    };
    let sign = if value.is_sign_negative() { "-" } else { "" };
    format!("{sign}{}", decimal.written(None, '.'))
}

/// A length in whole CSS pixels, `12px`.
pub fn px(value: f64) -> String {
    format!("{}px", value.round() as i64)
}

/// How a sign is shown: `Intl`'s `signDisplay` `auto` or `exceptZero`.
#[derive(Clone, Copy, PartialEq)]
enum Sign {
    Negative,
    ExceptZero,
}

impl PlainFormat {
    fn write(&self, value: f64, percent: bool, sign: Sign) -> String {
        let suffix = if percent { "%" } else { "" };
        if value.is_nan() {
            return format!("NaN{suffix}");
        }
        let magnitude = if value.is_infinite() {
            String::from("∞")
        } else {
            let Some(mut decimal) = Decimal::parse(&shortest(value)) else {
                return String::from("?");
            };
            if percent && !decimal.digits.is_empty() {
                decimal.point += 2;
            }
            let decimals = if percent { 0 } else { 2 };
            decimal.round(decimals);
            if sign == Sign::ExceptZero && decimal.digits.is_empty() {
                return format!("0{suffix}");
            }
            let (group, point) = match self.0 {
                Lang::Id => ('.', ','),
                Lang::En => (',', '.'),
            };
            decimal.written(Some(group), point)
        };
        let sign = match (value.is_sign_negative(), sign) {
            (true, _) => "-",
            (false, Sign::ExceptZero) => "+",
            (false, Sign::Negative) => "",
        };
        format!("{sign}{magnitude}{suffix}")
    }
}

impl NumberFormat for PlainFormat {
    fn number(&self, value: f64) -> String {
        self.write(value, false, Sign::Negative)
    }
    fn percent(&self, ratio: f64) -> String {
        self.write(ratio, true, Sign::Negative)
    }
    fn change(&self, ratio: f64) -> String {
        self.write(ratio, true, Sign::ExceptZero)
    }
}

/// A number's magnitude as decimal digits: `0.d₁d₂… × 10^point`, without
/// leading or trailing zeros (zero has no digits).
#[derive(Debug, PartialEq)]
struct Decimal {
    digits: Vec<u8>,
    point: i32,
}

impl Decimal {
    /// Reads `1.005`, `-1.005e0`, `1e+21`, `5e-324`; the sign is dropped.
    fn parse(text: &str) -> Option<Decimal> {
        let text = text.strip_prefix('-').unwrap_or(text);
        let (mantissa, exponent) = match text.split_once(['e', 'E']) {
            Some((m, e)) => (m, e.strip_prefix('+').unwrap_or(e).parse::<i32>().ok()?),
            None => (text, 0),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let mut digits = Vec::with_capacity(int.len() + frac.len());
        for byte in int.bytes().chain(frac.bytes()) {
            if !byte.is_ascii_digit() {
                return None;
            }
            digits.push(byte - b'0');
        }
        let leading = digits.iter().take_while(|&&d| d == 0).count();
        digits.drain(..leading);
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let point = if digits.is_empty() {
            0
        } else {
            i32::try_from(int.len()).ok()? + exponent - leading as i32
        };
        Some(Decimal { digits, point })
    }

    /// Rounds to `decimals` places, half away from zero.
    fn round(&mut self, decimals: i32) {
        let keep = self.point.saturating_add(decimals);
        if keep < 0 {
            self.digits.clear();
            return;
        }
        let keep = keep as usize;
        if keep >= self.digits.len() {
            return;
        }
        let up = self.digits[keep] >= 5;
        self.digits.truncate(keep);
        if up {
            match self.digits.iter().rposition(|&d| d < 9) {
                Some(at) => {
                    self.digits[at] += 1;
                    self.digits.truncate(at + 1);
                }
                None => {
                    self.digits = vec![1];
                    self.point += 1;
                }
            }
        }
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
        if self.digits.is_empty() {
            self.point = 0;
        }
    }

    /// The digits in plain notation, grouped in threes by `group` if any.
    fn written(&self, group: Option<char>, decimal: char) -> String {
        let digit = |i: usize| char::from(b'0' + self.digits.get(i).copied().unwrap_or(0));
        let int_len = usize::try_from(self.point).unwrap_or(0);
        let mut out = String::with_capacity(int_len + int_len / 3 + self.digits.len() + 2);
        if int_len == 0 {
            out.push('0');
        }
        for i in 0..int_len {
            if let Some(group) = group.filter(|_| i > 0 && (int_len - i) % 3 == 0) {
                out.push(group);
            }
            out.push(digit(i));
        }
        if self.digits.len() > int_len {
            out.push(decimal);
            for _ in self.point..0 {
                out.push('0');
            }
            for i in int_len..self.digits.len() {
                out.push(digit(i));
            }
        }
        out
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
        assert_eq!(PlainFormat(Lang::Id).percent(0.0), "0%");
        assert_eq!(PlainFormat(Lang::En).percent(0.001), "0%");
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
        // As Intl: a negative number keeps its minus when it rounds to zero.
        assert_eq!(en.number(-0.001), "-0");
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
        assert_eq!(PlainFormat(Lang::En).number(f64::INFINITY), "∞");
        assert_eq!(PlainFormat(Lang::En).change(f64::NEG_INFINITY), "-∞%");
        assert_eq!(PlainFormat(Lang::Id).percent(f64::NAN), "NaN%");
    }

    #[test]
    fn rounds_the_decimal_digits_not_the_binary_value() {
        let en = PlainFormat(Lang::En);
        // 1.005 is 1.00499999… in binary; Intl rounds its shortest digits.
        assert_eq!(en.number(1.005), "1.01");
        assert_eq!(en.number(0.125), "0.13");
        assert_eq!(en.number(-0.005), "-0.01");
        // 0.145 × 100 is 14.499999… in binary; the percent moves the point.
        assert_eq!(en.percent(0.145), "15%");
        assert_eq!(en.change(-0.004), "0%");
        assert_eq!(en.change(0.005), "+1%");
    }

    #[test]
    fn big_and_tiny_numbers_print_their_shortest_digits() {
        let en = PlainFormat(Lang::En);
        // Intl pads the shortest digits with zeros, not the exact binary value.
        assert_eq!(en.number(2f64.powi(70)), "1,180,591,620,717,411,300,000");
        assert_eq!(en.number(5e-324), "0");
        assert_eq!(en.number(1e-7), "0");
        assert_eq!(
            PlainFormat(Lang::Id).number(1e21),
            "1.000.000.000.000.000.000.000"
        );
        assert_eq!(en.percent(1e21), "100,000,000,000,000,000,000,000%");
    }

    #[test]
    fn plain_numbers_print_as_rust_prints_them() {
        let mut values = vec![
            0.0,
            -0.0,
            75.0,
            2.5,
            -2.5,
            0.1,
            1e-7,
            5e-324,
            1e21,
            2f64.powi(70),
            1234.5678,
            f64::MAX,
            -f64::MIN_POSITIVE,
            0.3,
            100.0,
            1e15,
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..2000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            values.push(f64::from_bits(seed));
        }
        for v in values.into_iter().filter(|v| v.is_finite()) {
            assert_eq!(plain(v), format!("{v}"), "{v:e}");
        }
    }

    #[test]
    fn lengths_are_whole_pixels() {
        assert_eq!(px(12.4), "12px");
        assert_eq!(px(12.5), "13px");
        assert_eq!(px(-3.6), "-4px");
    }

    #[test]
    fn reads_the_shortest_forms() {
        let d = |digits: &[u8], point| {
            Some(Decimal {
                digits: digits.to_vec(),
                point,
            })
        };
        assert_eq!(Decimal::parse("1.005"), d(&[1, 0, 0, 5], 1));
        assert_eq!(Decimal::parse("1.005e0"), d(&[1, 0, 0, 5], 1));
        assert_eq!(Decimal::parse("1e+21"), d(&[1], 22));
        assert_eq!(Decimal::parse("1e21"), d(&[1], 22));
        assert_eq!(Decimal::parse("-0"), d(&[], 0));
        assert_eq!(Decimal::parse("0e0"), d(&[], 0));
        assert_eq!(Decimal::parse("0.000"), d(&[], 0));
        assert_eq!(Decimal::parse("0.000001"), d(&[1], -5));
        assert_eq!(Decimal::parse("5e-324"), d(&[5], -323));
        assert_eq!(Decimal::parse("150"), d(&[1, 5], 3));
        assert_eq!(Decimal::parse(&shortest(2016.0)), d(&[2, 0, 1, 6], 4));
        assert_eq!(Decimal::parse(&shortest(-0.0)), d(&[], 0));
        assert_eq!(Decimal::parse(&shortest(1e300)), d(&[1], 301));
        assert_eq!(Decimal::parse(&shortest(1e-7)), d(&[1], -6));
        assert_eq!(Decimal::parse("1.5x"), None);
        assert_eq!(Decimal::parse("1e"), None);
    }
}
