//! WCAG 2.2 AA contrast of the stylesheet's colour pairs: 4.5:1 for text, 3:1 for the
//! lines and outlines that carry meaning (stance borders, focus rings).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

type Rgb = (f64, f64, f64);

/// The `--name: #rrggbb` custom properties in `css`.
fn vars_in(css: &str) -> HashMap<String, Rgb> {
    let mut out = HashMap::new();
    for (at, _) in css.match_indices("--") {
        let rest = &css[at + 2..];
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(0);
        let (name, after) = rest.split_at(name_len);
        let Some(value) = after.strip_prefix(':').map(str::trim_start) else {
            continue;
        };
        if let Some(h) = value.strip_prefix('#').and_then(|v| v.get(..6)) {
            if h.chars().all(|c| c.is_ascii_hexdigit()) {
                out.insert(name.to_string(), hex(&format!("#{h}")));
            }
        }
    }
    out
}

fn stylesheet() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/css/app.css")).unwrap()
}

/// The declarations of every rule whose selector is exactly `selector` (`{ ... }` with
/// no nested braces), in file order.
fn blocks<'a>(css: &'a str, selector: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = css[from..].find(selector) {
        let start = from + at;
        from = start + selector.len();
        // The selector must stand alone: preceded by a line start or `}` / `{`, followed by `{`.
        let before = css[..start].trim_end_matches([' ', '\t']);
        let after = css[from..].trim_start();
        if !(before.is_empty() || before.ends_with(['\n', '{', '}'])) || !after.starts_with('{') {
            continue;
        }
        let body_start = from + css[from..].find('{').unwrap() + 1;
        let body_end = body_start + css[body_start..].find('}').unwrap();
        out.push(&css[body_start..body_end]);
    }
    out
}

/// Every theme's palette: Light is every `:root` block; Dark and Projector are Light
/// overlaid with their own block. Dark is checked as chosen (`data-theme=dark`) and as the
/// system setting (the `prefers-color-scheme` block), which must say the same.
fn themes() -> Vec<(&'static str, HashMap<String, Rgb>)> {
    let css = stylesheet();
    let mut light = HashMap::new();
    for b in blocks(&css, ":root") {
        light.extend(vars_in(b));
    }
    let mut out = vec![("light", light.clone())];
    for (name, selector) in [
        ("dark", ":root[data-theme=dark]"),
        ("dark (system)", ":root:not([data-theme])"),
        ("projector", ":root[data-theme=projector]"),
    ] {
        let found = blocks(&css, selector);
        assert_eq!(found.len(), 1, "one `{selector}` block in app.css");
        let mut palette = light.clone();
        palette.extend(vars_in(found[0]));
        out.push((name, palette));
    }
    assert_eq!(
        out[1].1, out[2].1,
        "the dark theme as chosen and as the system setting differ"
    );
    out
}

fn luminance((r, g, b): (f64, f64, f64)) -> f64 {
    let lin = |c: f64| {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

fn ratio(a: (f64, f64, f64), b: (f64, f64, f64)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn hex(s: &str) -> (f64, f64, f64) {
    let c = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).unwrap() as f64 / 255.0;
    (c(1), c(3), c(5))
}

#[test]
fn text_and_meaningful_lines_meet_aa() {
    for (theme, p) in themes() {
        text_and_lines_meet_aa(theme, &p);
    }
}

fn text_and_lines_meet_aa(theme: &str, p: &HashMap<String, Rgb>) {
    let get = |name: &str| {
        *p.get(name)
            .unwrap_or_else(|| panic!("--{name} is not in app.css"))
    };
    let backgrounds = ["paper", "card", "panel", "hover", "target-bg"];
    let mut text_pairs: Vec<(&str, &str)> = Vec::new();
    for fg in ["ink", "muted", "link"] {
        for bg in backgrounds {
            text_pairs.push((fg, bg));
        }
    }
    text_pairs.extend([
        ("ink", "mark-used"),
        ("ink", "mark-focus"),
        // A pressed button (presenter mode) is the reverse.
        ("card", "ink"),
        ("for-ink", "for-bg"),
        ("against-ink", "against-bg"),
        ("cond-ink", "cond-bg"),
        ("mixed-ink", "mixed-bg"),
    ]);
    for (fg, bg) in text_pairs {
        let r = ratio(get(fg), get(bg));
        assert!(r >= 4.5, "{theme}: --{fg} on --{bg}: {r:.2}:1, needs 4.5:1");
    }
    // Lines that carry meaning or mark a control (WCAG 1.4.11): stance borders, the focus
    // ring, control borders. (The line beside a quote is decoration: the quote is also set
    // in a serif face inside its captioned figure.)
    for line in [
        "for-line",
        "against-line",
        "cond-line",
        "mixed-line",
        "focus",
        "control",
    ] {
        for bg in ["paper", "card", "panel", "target-bg"] {
            let r = ratio(get(line), get(bg));
            assert!(r >= 3.0, "{theme}: --{line} on --{bg}: {r:.2}:1, needs 3:1");
        }
    }
    // The focused passage is outlined in ink on its mark.
    let r = ratio(get("ink"), get("mark-focus"));
    assert!(r >= 3.0, "{theme}: focus outline on its mark: {r:.2}:1");
}

#[test]
fn every_theme_sets_every_colour() {
    let all = themes();
    let names: Vec<&String> = all[0].1.keys().collect();
    for (theme, p) in &all {
        assert_eq!(p.len(), all[0].1.len(), "{theme}");
        for n in &names {
            assert!(p.contains_key(*n), "{theme} has no --{n}");
        }
    }
    // Each screen theme replaces every colour of the light one (a colour left light in
    // the dark theme would be light text on a light panel, or the reverse).
    let css = stylesheet();
    for selector in [":root[data-theme=dark]", ":root[data-theme=projector]"] {
        let own = vars_in(blocks(&css, selector)[0]);
        for n in &names {
            assert!(own.contains_key(*n), "{selector} does not set --{n}");
        }
    }
}

#[test]
fn the_ratio_formula_matches_known_values() {
    assert!((ratio(hex("#000000"), hex("#ffffff")) - 21.0).abs() < 0.01);
    assert!((ratio(hex("#777777"), hex("#ffffff")) - 4.48).abs() < 0.01);
}

/// Hue in degrees, or `None` for a grey.
fn hue((r, g, b): (f64, f64, f64)) -> Option<f64> {
    let (max, min) = (r.max(g).max(b), r.min(g).min(b));
    let d = max - min;
    if d < 0.08 {
        return None;
    }
    let h = if max == r {
        60.0 * (((g - b) / d).rem_euclid(6.0))
    } else if max == g {
        60.0 * ((b - r) / d + 2.0)
    } else {
        60.0 * ((r - g) / d + 4.0)
    };
    Some(h)
}

#[test]
fn stance_colours_are_not_red_or_green() {
    // Stances must not read as good/bad: no reds (around 0°) and no greens (75°–165°).
    for (theme, p) in themes() {
        for name in [
            "for-line",
            "against-line",
            "cond-line",
            "mixed-line",
            "for-ink",
            "against-ink",
            "cond-ink",
            "mixed-ink",
        ] {
            if let Some(h) = hue(p[name]) {
                assert!(
                    (20.0..=340.0).contains(&h),
                    "{theme}: --{name} is red ({h:.0}°)"
                );
                assert!(
                    !(75.0..=165.0).contains(&h),
                    "{theme}: --{name} is green ({h:.0}°)"
                );
            }
        }
    }
}

/// `scripts/precache.sh` strips the stylesheet's comments from the build with a regular
/// expression, which is only right while no quoted string holds a comment mark.
#[test]
fn comments_can_be_stripped_from_the_build() {
    let css = stylesheet();
    let mut rest = css.as_str();
    while let Some(at) = rest.find(['"', '\'', '/']) {
        let after = &rest[at + 1..];
        if let Some(body) = rest[at..].strip_prefix("/*") {
            let end = body.find("*/").expect("every comment in app.css is closed");
            rest = &body[end + 2..];
        } else if rest[at..].starts_with('/') {
            rest = after;
        } else {
            let quote = &rest[at..at + 1];
            let end = after
                .find(quote)
                .expect("every string in app.css is closed");
            let string = &after[..end];
            assert!(
                !string.contains("/*") && !string.contains("*/"),
                "app.css has a comment mark in the string {string:?}; scripts/precache.sh would cut it"
            );
            rest = &after[end + 1..];
        }
    }
}
