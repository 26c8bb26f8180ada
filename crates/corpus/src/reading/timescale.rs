//! Pictures at a glance: the geometry of the time axis (dates → positions, year ticks,
//! rows for markers that would overlap) and which stances each source's arguments take
//! on each option. Pure: the views only draw what these functions return.
//!
//! Positions are whole units of an axis `width` (integer arithmetic): formatting a
//! float for an SVG attribute would bring core's float printing into the bundle.

use crate::schema::*;

/// How precisely a source dates an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// A date as the corpus stores it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. `month` and
/// `day` are 0 when not given, so the derived order is the order of the strings (a
/// year-precision event comes before the months of that year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Date {
    /// Reads a corpus date; `None` for anything else (the checker refuses such dates,
    /// so the views never meet one, but a view must not panic on it either).
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let num = |p: Option<&str>, len: usize| -> Option<u32> {
            let p = p?;
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        let year = num(parts.next(), 4)? as i32;
        let month = match parts.next() {
            None => 0,
            m => num(m, 2).filter(|m| (1..=12).contains(m))?,
        };
        let day = match parts.next() {
            None => 0,
            d => num(d, 2).filter(|d| (1..=days_in_month(year, month)).contains(d))?,
        };
        parts.next().is_none().then_some(Date { year, month, day })
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The first day of the period the date names (a year, a month or a day), as days
    /// since 1970-01-01.
    pub fn first_day(self) -> i64 {
        days_from_civil(self.year, self.month.max(1), self.day.max(1))
    }

    /// The day after the last day of the period.
    pub fn end_day(self) -> i64 {
        match self.precision() {
            Precision::Year => days_from_civil(self.year + 1, 1, 1),
            Precision::Month if self.month == 12 => days_from_civil(self.year + 1, 1, 1),
            Precision::Month => days_from_civil(self.year, self.month + 1, 1),
            Precision::Day => self.first_day() + 1,
        }
    }

    /// The date as a reader writes it, no more precise than the source:
    /// "2021", "Aug 2021", "15 Aug 2021".
    pub fn printed(self) -> String {
        let mut out = String::new();
        if self.day > 0 {
            out.push_str(&self.day.to_string());
            out.push(' ');
        }
        if let Some(m) = MONTHS.get(self.month.wrapping_sub(1) as usize) {
            out.push_str(m);
            out.push(' ');
        }
        out.push_str(&self.year.to_string());
        out
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A time axis over whole years, `width` units long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    pub first_year: i32,
    /// The year after the last year shown.
    pub end_year: i32,
    pub width: u32,
    start: i64,
    end: i64,
}

impl Scale {
    /// The axis from 1 January of `first_year` to 31 December of `last_year` (a single
    /// year when they are the same or in the wrong order).
    pub fn years(first_year: i32, last_year: i32, width: u32) -> Scale {
        let end_year = last_year.max(first_year) + 1;
        Scale {
            first_year,
            end_year,
            width,
            start: days_from_civil(first_year, 1, 1),
            end: days_from_civil(end_year, 1, 1),
        }
    }

    /// The whole years that hold `dates`; `None` when there are none.
    pub fn covering(dates: &[Date], width: u32) -> Option<Scale> {
        let first = dates.iter().map(|d| d.year).min()?;
        let last = dates.iter().map(|d| d.year).max()?;
        Some(Scale::years(first, last, width))
    }

    /// Where `day` (days since 1970-01-01) falls; days before or after the axis sit
    /// at its ends.
    pub fn x(&self, day: i64) -> u32 {
        let day = day.clamp(self.start, self.end);
        ((day - self.start) * i64::from(self.width) / (self.end - self.start)) as u32
    }

    /// The stretch of the axis a date's period covers (a year, a month or a day).
    pub fn span(&self, d: Date) -> (u32, u32) {
        (self.x(d.first_day()), self.x(d.end_day()))
    }

    /// The years that get a tick: every 1, 2, 5, 10, 20, 50, 100… years, the smallest
    /// step that gives at most `max` ticks, on multiples of the step (the first year
    /// when no multiple falls on the axis).
    pub fn ticks(&self, max: usize) -> Vec<i32> {
        let span = self.end_year - self.first_year;
        let max = max.max(1) as i32;
        let mut p = 1;
        let step = loop {
            if let Some(s) = [p, 2 * p, 5 * p].into_iter().find(|s| span / s < max) {
                break s;
            }
            p *= 10;
        };
        let ticks: Vec<i32> = (self.first_year..self.end_year)
            .filter(|y| y.rem_euclid(step) == 0)
            .collect();
        if ticks.is_empty() {
            vec![self.first_year]
        } else {
            ticks
        }
    }
}

/// For marks in date order, each given as the stretch `(x0, x1)` it covers, the row it
/// goes in: the first row whose last mark ends at least `gap` before this one starts.
/// Marks never move sideways; ones that would touch stack instead.
pub fn rows(spans: &[(u32, u32)], gap: u32) -> Vec<usize> {
    let mut ends: Vec<u32> = Vec::new();
    spans
        .iter()
        .map(|&(x0, x1)| {
            let row = ends
                .iter()
                .position(|&end| end.saturating_add(gap) <= x0)
                .unwrap_or(ends.len());
            if row == ends.len() {
                ends.push(x1);
            } else {
                ends[row] = x1;
            }
            row
        })
        .collect()
}

/// The years of a close-up of `dates` (in date order): from the year of the date a
/// quarter of the way through to the last year, when that is at most half the span of
/// the whole axis; `None` when the whole axis is already close enough.
pub fn close_up(dates: &[Date]) -> Option<(i32, i32)> {
    let first = dates.first()?.year;
    let last = dates.last()?.year;
    let from = dates.get(dates.len() / 4)?.year;
    (2 * (last - from + 1) <= last - first + 1).then_some((from, last))
}

/// `events` in date order, each with its date (stable: events of one date keep the
/// corpus order); events whose date does not read come last, with `None`.
pub fn in_date_order(events: &[Event]) -> Vec<(&Event, Option<Date>)> {
    let mut v: Vec<(&Event, Option<Date>)> =
        events.iter().map(|e| (e, Date::parse(&e.date))).collect();
    // Insertion sort: a few dozen events, and std's sort costs bundle bytes per type.
    let key = |d: Option<Date>| (d.is_none(), d);
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(v[j - 1].1) > key(v[j].1) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
    v
}

/// The distinct stances of `source`'s arguments on `option`, in the fixed stance order
/// (presence only: never how many).
pub fn stances_on(c: &Corpus, option: &str, source: &str) -> Vec<Stance> {
    Stance::ALL
        .into_iter()
        .filter(|&s| c.arguments_on(option, source).any(|a| a.stance == s))
        .collect()
}

/// The arguments whose quotes share a passage with one of `event`'s mentions (a quote
/// of the same source overlapping it), in corpus order. The corpus does not link events
/// to arguments; this is the link the texts themselves make.
pub fn citing<'a>(c: &'a Corpus, event: &'a Event) -> impl Iterator<Item = &'a Argument> + 'a {
    c.arguments.iter().filter(move |a| {
        event.mentions.iter().any(|m| {
            m.source == a.source
                && a.evidence
                    .iter()
                    .any(|e| e.span.start < m.span.end && m.span.start < e.span.end)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or_else(|| panic!("{s}"))
    }

    #[test]
    fn reads_and_prints_dates_as_precisely_as_given() {
        assert_eq!(d("2021").printed(), "2021");
        assert_eq!(d("2021-08").printed(), "Aug 2021");
        assert_eq!(d("2021-08-15").printed(), "15 Aug 2021");
        assert_eq!(d("2021").precision(), Precision::Year);
        assert_eq!(d("2021-08").precision(), Precision::Month);
        assert_eq!(d("2021-08-05").precision(), Precision::Day);
        for bad in [
            "",
            "21",
            "2021-8",
            "2021-13",
            "2021-00",
            "2021-02-30",
            "2021-08-15-1",
            "August 2021",
            "2021-08-",
            "-2021",
            "２０２１",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2023-02-29").is_none());
    }

    #[test]
    fn orders_dates_as_their_strings() {
        let mut v = ["2021-08-15", "2021", "2020-12-31", "2021-08", "2021-01"];
        let mut dates: Vec<Date> = v.iter().map(|s| d(s)).collect();
        dates.sort();
        v.sort();
        assert_eq!(dates, v.iter().map(|s| d(s)).collect::<Vec<_>>());
    }

    #[test]
    fn counts_days_like_the_calendar() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(
            days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 1),
            29
        );
        assert_eq!(
            days_from_civil(2001, 1, 1) - days_from_civil(2000, 1, 1),
            366
        );
        // Checked against Python's datetime.date.
        assert_eq!(days_from_civil(1839, 1, 1), -47_847);
        assert_eq!(days_from_civil(2021, 8, 15), 18_854);
        assert_eq!(d("2021-02").end_day() - d("2021-02").first_day(), 28);
        assert_eq!(d("2021-12").end_day(), d("2022").first_day());
        assert_eq!(d("2021").end_day() - d("2021").first_day(), 365);
        assert_eq!(d("2021-08-15").end_day() - d("2021-08-15").first_day(), 1);
    }

    #[test]
    fn keeps_date_order_and_proportional_gaps() {
        let dates: Vec<Date> = [
            "1839",
            "1979",
            "2001-10-07",
            "2021",
            "2021-08",
            "2021-08-15",
            "2024",
        ]
        .iter()
        .map(|s| d(s))
        .collect();
        let s = Scale::covering(&dates, 10_000).unwrap();
        assert_eq!((s.first_year, s.end_year), (1839, 2025));
        let xs: Vec<u32> = dates.iter().map(|&e| s.span(e).0).collect();
        assert!(xs.windows(2).all(|w| w[0] <= w[1]), "{xs:?}");
        assert_eq!(s.x(d("1839").first_day()), 0);
        assert_eq!(s.x(d("2024").end_day()), 10_000);
        // Equal stretches of time are equal stretches of axis (to a unit of rounding).
        let len = |a: &str, b: &str| s.x(d(b).first_day()) - s.x(d(a).first_day());
        assert!(len("1900", "1950").abs_diff(len("1950", "2000")) <= 1);
        let ten = len("1990", "2000");
        assert!(len("1839", "1989").abs_diff(15 * ten) <= 15);
    }

    #[test]
    fn a_period_covers_its_stretch_of_the_axis() {
        let s = Scale::years(2021, 2021, 3650);
        assert_eq!(s.span(d("2021")), (0, 3650));
        let (a, b) = s.span(d("2021-08"));
        assert_eq!(
            (a, b),
            (
                s.x(d("2021-08-01").first_day()),
                s.x(d("2021-09-01").first_day())
            )
        );
        assert!((b - a).abs_diff(310) <= 1, "{a} {b}");
        let (a, b) = s.span(d("2021-08-15"));
        assert_eq!(b - a, 10);
        // A day lies inside its month, a month inside its year.
        let (m0, m1) = s.span(d("2021-08"));
        assert!(m0 <= a && b <= m1);
    }

    #[test]
    fn one_event_and_one_day() {
        let one = [d("2022-06-02")];
        let s = Scale::covering(&one, 1000).unwrap();
        assert_eq!((s.first_year, s.end_year), (2022, 2023));
        assert_eq!(s.ticks(10), vec![2022]);
        assert_eq!(close_up(&one), None);
        let same = [d("2022-06-02"); 5];
        let s = Scale::covering(&same, 1000).unwrap();
        let spans: Vec<(u32, u32)> = same.iter().map(|&e| s.span(e)).collect();
        assert!(spans.windows(2).all(|w| w[0] == w[1]));
        // Five marks on one day stack in five rows, none hidden under another.
        assert_eq!(rows(&spans, 2), vec![0, 1, 2, 3, 4]);
        assert_eq!(Scale::covering(&[], 1000), None);
        assert_eq!(close_up(&[]), None);
    }

    #[test]
    fn days_off_the_axis_sit_at_its_ends() {
        let s = Scale::years(2000, 2009, 1000);
        assert_eq!(s.x(d("1990").first_day()), 0);
        assert_eq!(s.x(d("2030-01-01").first_day()), 1000);
        assert_eq!(s.span(d("1999-12")), (0, 0));
        assert_eq!(s.span(d("2010")), (1000, 1000));
        // A backwards range is one year, never a division by zero.
        let b = Scale::years(2010, 2000, 100);
        assert_eq!((b.first_year, b.end_year), (2010, 2011));
        assert_eq!(b.x(0), 0);
    }

    #[test]
    fn ticks_every_few_years_on_round_numbers() {
        assert_eq!(
            Scale::years(1839, 2024, 1000).ticks(10),
            (1840..=2020).step_by(20).collect::<Vec<_>>()
        );
        assert_eq!(
            Scale::years(2009, 2024, 1000).ticks(10),
            (2010..=2024).step_by(2).collect::<Vec<_>>()
        );
        assert_eq!(
            Scale::years(2020, 2024, 1000).ticks(10),
            vec![2020, 2021, 2022, 2023, 2024]
        );
        for (a, b, max) in [
            (1000, 2999, 3),
            (1990, 1990, 1),
            (1839, 2024, 7),
            (2001, 2003, 0),
        ] {
            let t = Scale::years(a, b, 100).ticks(max);
            assert!(
                !t.is_empty() && t.len() <= max.max(1) + 1,
                "{a} {b} {max}: {t:?}"
            );
            assert!(t.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn stacks_only_marks_that_would_touch() {
        assert_eq!(
            rows(&[(0, 5), (10, 15), (12, 20), (13, 14), (30, 31)], 2),
            vec![0, 0, 1, 2, 0]
        );
        assert!(rows(&[], 2).is_empty());
    }

    #[test]
    fn the_close_up_holds_the_recent_three_quarters() {
        let c = crate::test_corpus();
        let dates: Vec<Date> = c
            .events
            .iter()
            .filter_map(|e| Date::parse(&e.date))
            .collect();
        assert_eq!(dates.len(), c.events.len(), "every corpus date reads");
        assert!(
            dates.windows(2).all(|w| w[0] <= w[1]),
            "events.json is in date order"
        );
        let (from, to) = close_up(&dates).unwrap();
        let inside = dates.iter().filter(|d| d.year >= from).count();
        assert!(inside * 4 >= dates.len() * 3);
        assert_eq!(to, dates.iter().map(|d| d.year).max().unwrap());
        assert_eq!(close_up(&[d("2001"), d("2002"), d("2003")]), None);
    }

    #[test]
    fn events_come_in_date_order_and_undated_ones_last() {
        let ev = |id: &str, date: &str| Event {
            id: id.into(),
            date: date.into(),
            label: String::new(),
            mentions: vec![],
        };
        let events = [
            ev("a", "2022-08"),
            ev("b", "circa 1990"),
            ev("c", "2001"),
            ev("d", "2022-08"),
            ev("e", "2022"),
        ];
        let order: Vec<&str> = in_date_order(&events).iter().map(|(e, _)| &*e.id).collect();
        assert_eq!(order, ["c", "e", "a", "d", "b"]);
        assert!(in_date_order(&events)[4].1.is_none());
    }

    #[test]
    fn stances_are_the_distinct_stances_of_the_arguments() {
        let c = crate::test_corpus();
        for o in &c.options {
            for s in &c.sources {
                let got = stances_on(c, &o.id, &s.id);
                let mut want: Vec<Stance> =
                    c.arguments_on(&o.id, &s.id).map(|a| a.stance).collect();
                crate::sort_dedup(&mut want);
                assert_eq!(got, want, "{} {}", o.id, s.id);
            }
        }
    }

    #[test]
    fn arguments_cite_an_event_where_their_quotes_overlap_its_mentions() {
        let c = crate::test_corpus();
        let mut linked = 0;
        for e in &c.events {
            for a in citing(c, e) {
                linked += 1;
                assert!(e.mentions.iter().any(|m| m.source == a.source));
            }
        }
        assert!(linked > 0);
        let ceasefire = c.events.iter().find(|e| e.id == "ceasefire-ends");
        if let Some(e) = ceasefire {
            assert!(citing(c, e).any(|a| a.option == "negotiation"));
        }
    }
}
