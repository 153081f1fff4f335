use super::*;

const BYTES: &[u8] = include_bytes!("../../../static/data/tanjungpinang.json");

fn baked(site_url: Option<&str>) -> Baked {
    let dataset = Rc::new(crate::core::testing::default_dataset());
    bake(&Source {
        bytes: BYTES,
        dataset,
        shapes: None,
        data_href: "data/tanjungpinang.json",
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
            // Three widths in two themes, each a file the page names.
            for band in ["s", "m", "l"] {
                for theme in ["light", "dark"] {
                    let name = format!("baked/{}-{}-{band}-{theme}.svg", view.key(), lang.tag());
                    assert!(file(&b, &name).starts_with("<svg"));
                    assert!(
                        text.contains(&format!("\"{name}\"")),
                        "{name} is in the page"
                    );
                }
            }
        }
    }
    // Only the default view's drawings load before they are shown.
    assert_eq!(b.body.matches("loading=\"lazy\"").count(), 0);
    let map = file(&b, &view_file(View::Map));
    assert_eq!(map.matches("loading=\"lazy\"").count(), 2);
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
    let svg = file(&b, "baked/trend-en-m-light.svg");
    for number in [">\n150\n<", ">\n75\n<", ">\n87\n<"] {
        assert!(svg.contains(number), "{number}");
    }
    assert_eq!(
        svg.matches("font-family").count(),
        1,
        "one font on the root"
    );
    assert!(
        file(&b, "baked/trend-en-m-dark.svg").contains("#15181D"),
        "dark colours"
    );
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
fn text_is_escaped() {
    assert_eq!(
        html::escape("a<b & \"c\" 'd'"),
        "a&lt;b &amp; &quot;c&quot; &#39;d&#39;"
    );
}
