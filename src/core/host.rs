//! The look of the page an embed sits in, as the host's `embed.js`
//! measures it where the iframe is: its background colour and whether it
//! is light or dark. With `theme=auto`, an embed follows it, so a widget in
//! a dark article is dark on the article's own background, whatever the
//! reader's system setting (most CMS themes declare no colour scheme).

use super::theme::{Mode, Rgb};

/// The host page's look where an embed sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HostLook {
    pub background: Rgb,
    pub mode: Mode,
}

impl HostLook {
    /// From `embed.js`'s message: the colour as `#rrggbb` (`embed.js`
    /// turns the browser's computed colour into hex, so no CSS colour
    /// parser is needed here) and the scheme, `dark` or `light`; without a
    /// scheme the colour's luminance decides.
    ///
    /// ```
    /// use pantau::core::host::HostLook;
    /// use pantau::core::theme::{Mode, Rgb};
    /// let look = HostLook::parse("#202124", None).unwrap();
    /// assert_eq!((look.background, look.mode), (Rgb(32, 33, 36), Mode::Dark));
    /// ```
    pub fn parse(background: &str, scheme: Option<&str>) -> Option<HostLook> {
        let background = Rgb::parse_hex(background)?;
        let mode = match scheme {
            Some("dark") => Mode::Dark,
            Some("light") => Mode::Light,
            _ if background.luminance() < 0.18 => Mode::Dark,
            _ => Mode::Light,
        };
        Some(HostLook { background, mode })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dark_colour_without_a_scheme_is_a_dark_host() {
        let look = |hex| HostLook::parse(hex, None).map(|l| l.mode);
        assert_eq!(look("#ffffff"), Some(Mode::Light));
        assert_eq!(look("#121212"), Some(Mode::Dark));
        assert_eq!(look("#202124"), Some(Mode::Dark));
        assert_eq!(look("#f4f1e8"), Some(Mode::Light));
        assert_eq!(
            HostLook::parse("#FAF8F0", None).map(|l| l.background),
            Some(Rgb(250, 248, 240))
        );
    }

    #[test]
    fn the_scheme_the_host_names_wins_over_the_luminance() {
        let look = HostLook::parse("#787878", Some("dark")).map(|l| l.mode);
        assert_eq!(look, Some(Mode::Dark));
        let look = HostLook::parse("#141414", Some("light")).map(|l| l.mode);
        assert_eq!(look, Some(Mode::Light));
    }

    #[test]
    fn malformed_colours_are_refused() {
        for text in [
            "rgb(1, 2, 3)",
            "transparent",
            "#12345",
            "#1234567",
            "#gggggg",
            "",
        ] {
            assert_eq!(HostLook::parse(text, None), None, "{text}");
        }
    }
}
