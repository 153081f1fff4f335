//! Languages of the interface and the multilingual `Text` of a dataset.

use std::fmt;

/// A language the interface is translated into.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Indonesian, the default: the city publishes in it.
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// Every interface language, in the order a language switch lists them.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The BCP 47 tag, as used in `<html lang>` and `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, for a language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Id => "Bahasa Indonesia",
            Lang::En => "English",
        }
    }

    /// A language button's accessible name: the visible tag first, so a
    /// person who says what they see ("ID") reaches it by voice (WCAG
    /// 2.5.3), then the name in full.
    pub fn button_label(self) -> &'static str {
        match self {
            Lang::Id => "ID, Bahasa Indonesia",
            Lang::En => "EN, English",
        }
    }

    /// Reads a language tag such as `id`, `en` or `en-GB` (only the primary
    /// subtag counts). Anything else is `None`.
    ///
    /// ```
    /// use pantau::core::text::Lang;
    /// assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
    /// assert_eq!(Lang::parse("ID"), Some(Lang::Id));
    /// assert_eq!(Lang::parse("fr"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("id") || primary.eq_ignore_ascii_case("in") {
            Some(Lang::Id)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// Picks the first of the browser's preferred languages that Pantau
    /// speaks, else Indonesian.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::parse)
            .unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Text of a dataset in one or more languages. Never empty: validation
/// refuses a text with no language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// `(language tag, text)` in the order the file gives them; a plain
    /// string is stored under the empty tag.
    entries: Vec<(String, String)>,
}

impl Text {
    /// A text that is the same in every language.
    pub fn plain(text: impl Into<String>) -> Text {
        Text {
            entries: vec![(String::new(), text.into())],
        }
    }

    /// Builds a text from `(tag, text)` pairs; `None` when there are none.
    pub fn from_entries(entries: Vec<(String, String)>) -> Option<Text> {
        if entries.is_empty() {
            None
        } else {
            Some(Text { entries })
        }
    }

    /// The text in `lang`, falling back to Indonesian (`id`), then to the
    /// first language given, as SPEC requires.
    ///
    /// ```
    /// use pantau::core::text::{Lang, Text};
    /// let t = Text::from_entries(vec![("en".into(), "Cases".into()), ("id".into(), "Kasus".into())]).unwrap();
    /// assert_eq!(t.get(Lang::En), "Cases");
    /// assert_eq!(t.get_tag("fr"), "Kasus");
    /// ```
    pub fn get(&self, lang: Lang) -> &str {
        self.get_tag(lang.tag())
    }

    /// Like [`Text::get`] for any language tag.
    pub fn get_tag(&self, tag: &str) -> &str {
        self.entry(tag)
            .map(|(_, text)| text.as_str())
            .unwrap_or_default()
    }

    /// The language tag of what [`Text::get`] gives for `lang` when that
    /// is another language (a fallback), so the element showing it can say
    /// so (`lang="id"`: WCAG's language of parts); `None` when it is in
    /// `lang`, or a plain string, the same in every language.
    ///
    /// ```
    /// use pantau::core::text::{Lang, Text};
    /// let t = Text::from_entries(vec![("id".into(), "Kasus".into())]).unwrap();
    /// assert_eq!(t.other_lang(Lang::En), Some("id"));
    /// assert_eq!(t.other_lang(Lang::Id), None);
    /// ```
    pub fn other_lang(&self, lang: Lang) -> Option<&str> {
        self.entry(lang.tag())
            .map(|(tag, _)| tag.as_str())
            .filter(|tag| {
                !tag.is_empty()
                    && !tag
                        .split('-')
                        .next()
                        .is_some_and(|primary| primary.eq_ignore_ascii_case(lang.tag()))
            })
    }

    /// The entry [`Text::get_tag`] shows for `tag`.
    fn entry(&self, tag: &str) -> Option<&(String, String)> {
        let exact = self
            .entries
            .iter()
            .find(|(t, _)| t.eq_ignore_ascii_case(tag));
        let primary = || {
            let wanted = tag.split('-').next().unwrap_or_default();
            self.entries.iter().find(|(t, _)| {
                !t.is_empty()
                    && t.split('-')
                        .next()
                        .is_some_and(|p| p.eq_ignore_ascii_case(wanted))
            })
        };
        let indonesian = || self.entries.iter().find(|(t, _)| t == "id");
        exact
            .or_else(primary)
            .or_else(indonesian)
            .or(self.entries.first())
    }

    /// Every `(tag, text)` pair, in file order.
    pub fn entries(&self) -> &[(String, String)] {
        &self.entries
    }

    /// True when the text was given as a plain string.
    pub fn is_plain(&self) -> bool {
        self.entries.len() == 1 && self.entries[0].0.is_empty()
    }
}

/// Shortens `text` to at most `max_chars` characters for display, ending in
/// an ellipsis when cut. Exports keep the whole text; only screens shorten.
pub fn shorten(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max_chars) {
        None => std::borrow::Cow::Borrowed(text),
        Some(_) => {
            let keep = max_chars.saturating_sub(1);
            let end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
            std::borrow::Cow::Owned(format!("{}…", text.get(..end).unwrap_or(text).trim_end()))
        }
    }
}

/// Text made safe inside an element or a quoted attribute of HTML or SVG.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bilingual() -> Text {
        Text::from_entries(vec![
            ("en".into(), "Cases".into()),
            ("id".into(), "Kasus".into()),
        ])
        .unwrap()
    }

    #[test]
    fn a_fallback_names_its_language_and_the_language_asked_for_does_not() {
        assert_eq!(bilingual().other_lang(Lang::En), None);
        assert_eq!(bilingual().other_lang(Lang::Id), None);
        let indonesian = Text::from_entries(vec![("id".into(), "Kasus".into())]).unwrap();
        assert_eq!(indonesian.other_lang(Lang::En), Some("id"));
        let regional = Text::from_entries(vec![("en-GB".into(), "Cases".into())]).unwrap();
        assert_eq!(regional.other_lang(Lang::En), None);
        assert_eq!(regional.other_lang(Lang::Id), Some("en-GB"));
        assert_eq!(Text::plain("P2TP2A").other_lang(Lang::En), None);
    }

    #[test]
    fn requested_language_wins() {
        assert_eq!(bilingual().get(Lang::En), "Cases");
        assert_eq!(bilingual().get(Lang::Id), "Kasus");
    }

    #[test]
    fn falls_back_to_indonesian_then_first() {
        assert_eq!(bilingual().get_tag("fr"), "Kasus");
        let only_en_de = Text::from_entries(vec![
            ("de".into(), "Fälle".into()),
            ("en".into(), "Cases".into()),
        ])
        .unwrap();
        assert_eq!(only_en_de.get(Lang::Id), "Fälle");
    }

    #[test]
    fn regional_tags_match_their_language() {
        let t = Text::from_entries(vec![
            ("id".into(), "Kasus".into()),
            ("en-GB".into(), "Cases".into()),
        ])
        .unwrap();
        assert_eq!(t.get(Lang::En), "Cases");
    }

    #[test]
    fn plain_text_is_the_same_everywhere() {
        let t = Text::plain("PATBM");
        assert_eq!(t.get(Lang::En), "PATBM");
        assert_eq!(t.get(Lang::Id), "PATBM");
        assert!(t.is_plain());
    }

    #[test]
    fn empty_text_cannot_be_built() {
        assert!(Text::from_entries(vec![]).is_none());
    }

    #[test]
    fn negotiation_takes_the_first_known_language() {
        assert_eq!(Lang::negotiate(["fr-FR", "en-US", "id"]), Lang::En);
        assert_eq!(Lang::negotiate(["fr"]), Lang::Id);
        assert_eq!(Lang::negotiate([]), Lang::Id);
    }

    #[test]
    fn shorten_cuts_on_characters_not_bytes() {
        assert_eq!(shorten("Kasus", 10), "Kasus");
        assert_eq!(shorten("ééééééé", 4), "ééé…");
        assert_eq!(shorten("abcdef", 6), "abcdef");
        assert_eq!(shorten("abcdefg", 6), "abcde…");
    }
}
