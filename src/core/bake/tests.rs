use super::*;
use crate::core::theme::Rgb;

const BYTES: &[u8] = include_bytes!("../../../static/data/tanjungpinang.json");

fn baked(site_url: Option<&str>) -> Baked {
    let dataset = Rc::new(crate::core::testing::default_dataset());
    bake(&Source {
        bytes: BYTES,
        dataset,
        shapes: None,
        data_href: "data/tanjungpinang.json",
        version_href: "data/tanjungpinang.2026-11-30.json",
        site_url,
    })
    .expect("bakes")
}

const INDEX: &str = "<!doctype html>\n<html lang=\"id\">\n<head>\n  <meta name=\"description\" content=\"generic\">\n  <title>Pantau</title>\n</head>\n<body data-state=\"loading\">\n  <div id=\"pantau\"></div>\n</body>\n</html>\n";

fn file<'a>(b: &'a Baked, name: &str) -> &'a str {
    &b.files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name}"))
        .1
}

#[test]
fn every_view_and_language_is_baked_with_the_checksum_of_its_bytes() {
    let b = baked(None);
    assert!(b
        .body
        .contains(&format!("data-checksum=\"{}\"", checksum(BYTES))));
    for view in View::ALL {
        // The default view is in the page, the others in files of their own.
        let text = match view {
            View::Trend => b.body.as_str(),
            _ => file(&b, &view_file(view)),
        };
        for lang in Lang::ALL {
            let open = format!("data-view=\"{}\" data-lang=\"{}\"", view.key(), lang.tag());
            assert_eq!(text.matches(&open).count(), 1, "{open}");
            if view == View::Table {
                continue;
            }
            // Three widths in two themes: in the page for the default
            // view, otherwise each a file the page names.
            for band in ["s", "m", "l"] {
                for theme in ["light", "dark"] {
                    let name = format!("baked/{}-{}-{band}-{theme}.svg", view.key(), lang.tag());
                    let named = text.contains(&format!("\"{name}\""));
                    if view == View::Trend {
                        assert!(!named && !b.files.iter().any(|(n, _)| *n == name), "{name}");
                    } else {
                        assert!(file(&b, &name).starts_with("<svg"));
                        assert!(named, "{name} is in the page");
                    }
                }
            }
        }
    }
    // The default view's chart needs no request: every band is in the
    // page, and nothing in it loads an image.
    let lang_view = |lang: &str| {
        let at = b
            .body
            .find(&format!("data-lang=\"{lang}\""))
            .expect("a view per language");
        &b.body[at..]
    };
    for lang in ["id", "en"] {
        let view = lang_view(lang);
        let view = &view[..view.find("</main>").expect("a whole view")];
        // One drawing per band: pantau.css recolours it for a dark page.
        for class in ["band-s", "band-m", "band-l"] {
            assert_eq!(
                view.matches(&format!("<svg class=\"{class}\" aria-hidden=\"true\""))
                    .count(),
                1,
                "{lang} {class}"
            );
        }
        assert!(view.contains("<div class=\"baked-themed\">"));
        assert!(!view.contains("baked-dark") && !view.contains("#15181d"));
    }
    assert!(!b.body.contains("<img"));
    let map = file(&b, &view_file(View::Map));
    assert_eq!(map.matches("loading=\"lazy\"").count(), 2);
    // The map credits its boundaries, as their licence asks.
    assert!(map.contains("<p class=\"boundaries-line\">Batas wilayah: BPS / OCHA, via HDX (lisensi CC-BY-IGO-3.0)</p>"));
    assert!(map.contains(
        "<p class=\"boundaries-line\">Boundaries: BPS / OCHA, via HDX (licence CC-BY-IGO-3.0)</p>"
    ));
    assert!(!b.body.contains("boundaries-line"), "not under the trend");
}

/// pantau.css shows the inline drawing of the band the width is in; its
/// media queries are the bands' own.
#[test]
fn the_stylesheet_knows_the_bands() {
    let css = include_str!("../../../static/pantau.css");
    for (name, query, _) in BANDS {
        if query.is_empty() {
            assert!(css.contains(".baked-chart img, .baked-chart svg { display: block;"));
            continue;
        }
        let rule = format!("@media {query} {{\n  .baked-chart .band-");
        let at = css
            .find(&rule)
            .unwrap_or_else(|| panic!("no rule for {query}"));
        let block = &css[at..at + css[at..].find("\n}").unwrap_or(0)];
        assert!(
            block.contains(&format!(".baked-chart .band-{name} {{ display: block; }}")),
            "{block}"
        );
    }
}

#[test]
fn a_static_chart_says_what_the_live_one_says() {
    let b = baked(None);
    let start = b.body.find("data-view=\"trend\" data-lang=\"en\"").unwrap();
    let trend = &b.body[start..];
    let summary =
        "role=\"img\" aria-label=\"Cases reported to P2TP2A rose from 75 in 2015 to 150 in 2016, then fell to 87 in 2017.";
    assert!(trend.contains(summary), "the canvas's own summary");
    assert!(trend.contains("Published 13 August 2018"), "its data date");
    assert!(trend.contains("<a href=\"data/tanjungpinang.json\">JSON</a>"));
    let inline = |class: &str| {
        let at = trend
            .find(&format!("<svg class=\"{class}\""))
            .expect("an inline drawing");
        &trend[at..at + trend[at..].find("</svg>").expect("a whole SVG")]
    };
    let svg = inline("band-m");
    for number in [">150<", ">75<", ">87<"] {
        assert!(svg.contains(number), "{number}");
    }
    assert_eq!(
        svg.matches("font-family").count(),
        1,
        "one font on the root"
    );
    let map = file(&b, "baked/map-en-m-dark.svg");
    assert_eq!(
        map.matches("font-family").count(),
        1,
        "one font on the root"
    );
    assert!(map.contains("#15181d"), "dark colours");
}

#[test]
fn baking_twice_gives_the_page_of_baking_once() {
    let b = baked(Some("https://city.example/pantau/"));
    let once = inject(INDEX, &b).expect("injects");
    assert_eq!(inject(&once, &b).expect("again"), once);
    assert_eq!(
        once.matches("name=\"description\"").count(),
        1,
        "the generic one is replaced"
    );
    assert!(once.contains(
        "<meta property=\"og:image\" content=\"https://city.example/pantau/baked/share.png\">"
    ));
    assert!(once.find("pantau-baked").unwrap() < once.find("id=\"pantau\"").unwrap());
    let relative = inject(INDEX, &baked(None)).unwrap();
    assert!(relative.contains("<meta property=\"og:image\" content=\"baked/share.png\">"));
    assert!(relative.contains("id=\"pantau-last-good\" href=\"baked/last-good.json\" data-for=\"data/tanjungpinang.json\""));
    assert!(!relative.contains("og:url"));
    assert!(inject("<p>no head</p>", &b).is_none());
}

#[test]
fn the_share_image_is_1200_by_630_with_title_and_source() {
    let b = baked(None);
    assert!(
        b.share_svg
            .starts_with("<svg width=\"1200\" height=\"630\""),
        "{}",
        &b.share_svg[..80]
    );
    assert!(b.share_svg.contains("Kekerasan terhadap perempuan"));
    assert!(b.share_svg.contains("Humas Pemko Tanjungpinang"));
}

#[test]
fn a_text_the_page_s_language_lacks_is_marked_with_its_own() {
    let mut value: serde_json::Value = serde_json::from_slice(BYTES).expect("json");
    value["title"] = serde_json::json!({"id": "Judul saja"});
    let mut second = value["series"][0].clone();
    second["id"] = "anak".into();
    second["label"] = serde_json::json!({"id": "Korban anak"});
    value["series"].as_array_mut().expect("series").push(second);
    let bytes = value.to_string();
    let b = bake(&Source {
        bytes: bytes.as_bytes(),
        dataset: Rc::new(crate::core::validate::parse(&bytes).expect("valid")),
        shapes: None,
        data_href: "data/x.json",
        version_href: "data/x.2026-11-30.json",
        site_url: None,
    })
    .expect("bakes");
    let english = b
        .body
        .split("data-lang=\"en\"")
        .nth(1)
        .expect("an English view");
    assert!(
        english.contains("<h1 lang=\"id\">Judul saja</h1>"),
        "{english}"
    );
    assert!(
        english.contains(" lang=\"id\">Korban anak</span>"),
        "{english}"
    );
    assert!(
        !english.contains("lang=\"id\">Cases"),
        "English labels stay unmarked"
    );
    let indonesian = b
        .body
        .split("data-lang=\"en\"")
        .next()
        .expect("the Indonesian view");
    assert!(indonesian.contains("<h1>Judul saja</h1>"), "{indonesian}");
}

#[test]
fn a_static_view_has_the_live_page_s_parts_in_their_places() {
    let b = baked(None);
    for view in [View::Trend, View::Coverage, View::Map, View::Table] {
        let html = match view {
            View::Trend => b.body.as_str(),
            other => file(&b, &view_file(other)),
        };
        let page = html
            .split("<div class=\"pantau baked\"")
            .find(|v| v.contains(&format!("data-view=\"{}\" data-lang=\"en\"", view.key())))
            .expect("an English static view");
        let at = |part: &str| page.find(part);
        let (footer, note) = (at("</footer>"), at("<p class=\"baked-note\">"));
        assert!(
            note > footer && footer.is_some(),
            "{view:?}: the data date and links come last"
        );
        let bar = at("<div class=\"toolbar full-only\" role=\"group\" aria-label=\"Download\">");
        if view == View::Table {
            // After the tables, as the live table view has it.
            assert!(at("<table") < bar && bar < footer, "{view:?}");
            assert!(page.contains("-table.en.csv\" download>Data (CSV) · Trend</a>"));
            assert!(page.contains("-coverage.en.csv\" download>Data (CSV) · Coverage</a>"));
            assert!(!page.contains("<select disabled>"), "no images of a table");
            continue;
        }
        // The download bar under the chart, where the live one will be.
        assert!(
            at("baked-chart") < bar && bar < at("<details class=\"numbers\">"),
            "{view:?}"
        );
        assert!(
            page.contains(&format!("-{}.en.csv\" download>Data (CSV)</a>", view.key())),
            "{view:?}: the CSV is the baked file's link"
        );
        assert!(page.contains("<select disabled><option>As on screen</option><option>"));
    }
}

#[test]
fn text_is_escaped() {
    assert_eq!(
        html::escape("a<b & \"c\" 'd'"),
        "a&lt;b &amp; &quot;c&quot; &#39;d&#39;"
    );
}

/// pantau.css reserves each chart's height before it draws: the same
/// clamps as the views' height functions.
#[test]
fn the_stylesheet_reserves_the_charts_heights() {
    let css = include_str!("../../../static/pantau.css");
    for (view, height, percent) in [
        (
            "trend",
            crate::core::view::trend_height as fn(f64) -> f64,
            55,
        ),
        ("coverage", crate::core::view::coverage_height, 42),
    ] {
        let (low, high) = (height(0.0), height(1e6));
        let rule = format!(
            ".view.{view} .chart {{ min-height: clamp({low}px, {percent}cqw, {high}px); }}"
        );
        assert!(css.contains(&rule), "{rule}");
        // The static chart is that tall too, whatever its band's drawing.
        let rule = format!(
            ".view.{view} .baked-chart :is(svg, img) {{ height: clamp({low}px, {percent}cqw, {high}px); }}"
        );
        assert!(css.contains(&rule), "{rule}");
        // Between the clamps, the height is that share of the width.
        let width = (low + high) / 2.0 / (f64::from(percent) / 100.0);
        assert!(
            (height(width) - width * f64::from(percent) / 100.0).abs() < 1e-9,
            "{view}"
        );
    }
}

/// The page's one drawing per band turns into exactly the dark drawing
/// the bake would otherwise inline, so a dark page shows what the live
/// chart draws.
#[test]
fn recolouring_a_light_drawing_gives_the_dark_one() {
    let ctx = context(
        &Source {
            bytes: BYTES,
            dataset: Rc::new(crate::core::testing::default_dataset()),
            shapes: None,
            data_href: "",
            version_href: "",
            site_url: None,
        },
        Lang::En,
    );
    let pairs = recolour::pairs();
    for view in [View::Trend, View::Coverage, View::Map] {
        let d = describe_default(&ctx, view);
        let variants = charts(&d).expect("draws");
        assert!(!variants.is_empty());
        for pair in variants.chunks(2) {
            let [light, dark] = pair else {
                panic!("a light and a dark drawing")
            };
            assert_eq!((light.theme, dark.theme), ("light", "dark"));
            assert_ne!(light.svg, dark.svg);
            assert_eq!(
                recolour::recolour(&light.svg, &pairs),
                dark.svg,
                "{:?} {}",
                view,
                light.name
            );
        }
    }
}

#[test]
fn recolouring_touches_only_fill_and_stroke_colours_in_one_pass() {
    let (white, ink) = (Rgb(0xff, 0xff, 0xff), Rgb(0x15, 0x18, 0x1d));
    // A chain: white turns to ink and ink to white, each once.
    let pairs = [(white, ink), (ink, white)];
    let svg = "<rect fill=\"#ffffff\" stroke=\"#15181d\"/><text fill=\"#ffffff\">#ffffff</text><a href=\"#ffffff\"/><rect fill=\"#123456\"/><rect fill=\"#ffff\"/>";
    assert_eq!(
        recolour::recolour(svg, &pairs),
        "<rect fill=\"#15181d\" stroke=\"#ffffff\"/><text fill=\"#15181d\">#ffffff</text><a href=\"#ffffff\"/><rect fill=\"#123456\"/><rect fill=\"#ffff\"/>"
    );
}

#[test]
fn a_light_colour_two_roles_share_with_different_dark_ones_is_not_recoloured() {
    let pairs = recolour::pairs();
    let light = Palette::new(Mode::Light, None);
    let dark = Palette::new(Mode::Dark, None);
    // The first series and "formed" share their colour in both schemes.
    assert_eq!(light.series[0], light.formed);
    assert!(pairs.contains(&(light.series[0], dark.series[0])));
    for (i, &(from, _)) in pairs.iter().enumerate() {
        assert!(
            pairs[i + 1..].iter().all(|&(f, _)| f != from),
            "one dark colour for {from}"
        );
    }
    // Every colour the dark palette draws with is reachable.
    assert!(pairs.contains(&(light.background, dark.background)));
    assert!(pairs.contains(&(light.text, dark.text)));
    assert!(pairs.contains(&(light.grid, dark.grid)));
}

/// pantau.css carries the rules [`recolour::css`] writes, between its
/// marks; a palette change fails here until the stylesheet follows.
#[test]
fn the_stylesheet_recolours_with_the_palettes_of_the_code() {
    let css = include_str!("../../../static/pantau.css");
    let (open, close) = ("/* pantau:recolour */\n", "/* /pantau:recolour */");
    let start = css.find(open).expect("the recolour marks") + open.len();
    let end = css[start..].find(close).expect("the closing mark") + start;
    assert_eq!(
        &css[start..end],
        recolour::css(),
        "pantau.css's recolour rules; put these between the marks"
    );
}
