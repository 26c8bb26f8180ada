//! WCAG 2.2 AA contrast of the stylesheet's colour pairs: 4.5:1 for text, 3:1 for the
//! lines and outlines that carry meaning (stance borders, focus rings).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

/// The custom properties (`--name: #rrggbb;`) of `static/css/app.css`.
fn palette() -> HashMap<String, (f64, f64, f64)> {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/css/app.css"))
        .unwrap();
    let mut out = HashMap::new();
    // Every `--name: #rrggbb` in the file.
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
    let p = palette();
    let get = |name: &str| {
        *p.get(name)
            .unwrap_or_else(|| panic!("--{name} is not in app.css"))
    };
    let evidence_bg = hex("#f6f7f8");
    let text_pairs = [
        ("ink", get("paper")),
        ("ink", get("card")),
        ("ink", evidence_bg),
        ("muted", get("paper")),
        ("muted", get("card")),
        ("muted", evidence_bg),
        ("link", get("paper")),
        ("link", get("card")),
        ("link", evidence_bg),
        ("ink", get("mark-used")),
        ("ink", get("mark-focus")),
        ("for-ink", get("for-bg")),
        ("against-ink", get("against-bg")),
        ("cond-ink", get("cond-bg")),
        ("mixed-ink", get("mixed-bg")),
    ];
    for (fg, bg) in text_pairs {
        let r = ratio(get(fg), bg);
        assert!(r >= 4.5, "--{fg} on its background: {r:.2}:1, needs 4.5:1");
    }
    for line in [
        "for-line",
        "against-line",
        "cond-line",
        "mixed-line",
        "focus",
    ] {
        for bg in [get("paper"), get("card")] {
            let r = ratio(get(line), bg);
            assert!(r >= 3.0, "--{line}: {r:.2}:1, needs 3:1");
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
    let p = palette();
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
            assert!((20.0..=340.0).contains(&h), "--{name} is red ({h:.0}°)");
            assert!(!(75.0..=165.0).contains(&h), "--{name} is green ({h:.0}°)");
        }
    }
}
