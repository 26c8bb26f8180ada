//! The query part of an address (`#/option/border?stance=for&q=fence`): the filter, and
//! the percent-coding of query values and path segments.

use crate::model::Filter;

/// Reads the filter in `query` (`q=..&source=a,b&stance=for&kind=statistic`, with or
/// without a leading `?`). Unknown keys and values are ignored, so an old or
/// hand-edited link still opens.
pub fn filter_from_query(query: &str) -> Filter {
    Filter::from_pairs(query.trim_start_matches('?').split('&').map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (key, percent_decode(value))
    }))
}

/// The value of `key` in `query` (`option=border`), decoded; `None` when it is absent or empty.
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, v)| *k == key && !v.is_empty())
        .map(|(_, v)| percent_decode(v))
}

/// `href` with `key=value` as its query (`value` percent-encoded).
pub fn with_query(mut href: String, key: &str, value: &str) -> String {
    href.push('?');
    href.push_str(key);
    href.push('=');
    percent_encode_into(&mut href, value, b"");
    href
}

/// The query string for `filter`, without `?`; empty when nothing is filtered.
pub fn query_from_filter(filter: &Filter) -> String {
    filter
        .query_pairs()
        .into_iter()
        .map(|(k, v)| {
            let mut pair = format!("{k}=");
            // `,` separates the values of one filter.
            percent_encode_into(&mut pair, &v, b",");
            pair
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Appends `s` to `out` with every byte but ASCII letters, digits, `-_.~` and the
/// bytes in `keep` written as `%XX`.
pub(super) fn percent_encode_into(out: &mut String, s: &str, keep: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') || keep.contains(&b)
        {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

/// Decodes a query value: `%XX`, and `+` as a space; invalid sequences are kept as written.
fn percent_decode(s: &str) -> String {
    String::from_utf8_lossy(&percent_decode_bytes(s, true)).into_owned()
}

/// The bytes `s` stands for: `%XX` decoded, and `+` as a space when `plus` is set
/// (query values, not paths); invalid sequences are kept as written.
pub(super) fn percent_decode_bytes(s: &str, plus: bool) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' if plus => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EvidenceKind, Stance};

    fn percent_encode(s: &str) -> String {
        let mut out = String::new();
        percent_encode_into(&mut out, s, b",");
        out
    }

    #[test]
    fn query_round_trip() {
        let f = filter_from_query(
            "?q=border%20fence&source=kakar,akbar&stance=against,for&kind=statistic&x=1",
        );
        assert_eq!(f.text, "border fence");
        assert_eq!(f.sources, vec!["akbar", "kakar"]);
        assert_eq!(f.stances, vec![Stance::For, Stance::Against]);
        assert_eq!(f.kinds, vec![EvidenceKind::Statistic]);
        assert_eq!(filter_from_query(&query_from_filter(&f)), f);
        assert_eq!(query_from_filter(&Filter::default()), "");
        assert!(filter_from_query("stance=nonsense&kind=&q=").is_empty());
    }

    #[test]
    fn one_query_value() {
        assert_eq!(
            query_value("?option=border&x=1", "option").as_deref(),
            Some("border")
        );
        assert_eq!(
            query_value("x=1&option=a%20b", "option").as_deref(),
            Some("a b")
        );
        assert_eq!(query_value("option=&x=1", "option"), None);
        assert_eq!(query_value("", "option"), None);
        let href = with_query("#/recommendations".into(), "option", "a b");
        assert_eq!(href, "#/recommendations?option=a%20b");
        assert_eq!(
            query_value(href.split_once('?').unwrap().1, "option").as_deref(),
            Some("a b")
        );
    }

    #[test]
    fn decode_edge_cases() {
        assert_eq!(percent_decode("a+b%2Cc%"), "a b,c%");
        assert_eq!(percent_decode("%E2%80%99"), "’");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%é1"), "%é1");
        assert_eq!(percent_encode("a b’"), "a%20b%E2%80%99");
    }
}
