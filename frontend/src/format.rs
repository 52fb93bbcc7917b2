//! Dates and times as a Russian school writes them: `03.03.2026 14:05`,
//! in the school's own time zone.

use chrono::{DateTime, NaiveDate, Utc};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::texts;

/// `03.03.2026 14:05` in the IANA `time_zone` (the school's); in UTC if the
/// browser does not know that zone.
pub fn date_time(at: DateTime<Utc>, time_zone: &str) -> String {
    zoned_parts(at, time_zone).unwrap_or_else(|| at.format("%d.%m.%Y %H:%M").to_string())
}

/// `03.03.2026`.
pub fn date(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// `01.09.2026 – 31.05.2027`, or one date when the range is one day.
pub fn date_range(from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        date(from)
    } else {
        format!("{} – {}", date(from), date(to))
    }
}

/// Hours a week with a decimal comma: `3`, `2,5`.
pub fn hours(hours: f64) -> String {
    let text = format!("{hours}");
    text.replace('.', ",")
}

/// Formats with `Intl.DateTimeFormat`; `None` when the zone is unknown.
fn zoned_parts(at: DateTime<Utc>, time_zone: &str) -> Option<String> {
    let formatter = formatter(time_zone)?;
    let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let parts = formatter.format_to_parts(&date);
    let part = |kind: &str| -> Option<String> {
        parts.iter().find_map(|p| {
            let is_kind = Reflect::get(&p, &"type".into()).ok()?.as_string()? == kind;
            if is_kind {
                Reflect::get(&p, &"value".into()).ok()?.as_string()
            } else {
                None
            }
        })
    };
    Some(format!(
        "{}.{}.{} {}:{}",
        part("day")?,
        part("month")?,
        part("year")?,
        part("hour")?,
        part("minute")?
    ))
}

/// `new Intl.DateTimeFormat(...)` through `Reflect.construct`, which turns the
/// `RangeError` for an unknown zone into an `Err` instead of a thrown exception.
fn formatter(time_zone: &str) -> Option<Intl::DateTimeFormat> {
    let options = Object::new();
    for (key, value) in [
        ("timeZone", time_zone),
        ("year", "numeric"),
        ("month", "2-digit"),
        ("day", "2-digit"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
    ] {
        Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: Function = Reflect::get(&intl, &"DateTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let args = Array::of2(&"ru-RU".into(), &options);
    Reflect::construct(&constructor, &args)
        .ok()
        .map(JsCast::unchecked_into)
}

/// «Chrome 156 · Windows» from a User-Agent string; anything that is not a
/// known browser (scripts, apps) is shown as sent.
pub fn device(user_agent: &str) -> String {
    if user_agent.trim().is_empty() {
        return texts::UNKNOWN_DEVICE.to_owned();
    }
    let browser = BROWSERS.iter().find_map(|(token, name)| {
        let rest = &user_agent[user_agent.find(token)? + token.len()..];
        let major: String = rest.chars().take_while(char::is_ascii_digit).collect();
        Some(if major.is_empty() {
            (*name).to_owned()
        } else {
            format!("{name} {major}")
        })
    });
    let system = SYSTEMS
        .iter()
        .find(|(token, _)| user_agent.contains(token))
        .map(|(_, name)| *name);
    match (browser, system) {
        (Some(browser), Some(system)) => format!("{browser} · {system}"),
        (Some(browser), None) => browser,
        _ => user_agent.to_owned(),
    }
}

/// Checked in order: Edge, Opera and Yandex also say "Chrome", Chrome also says "Safari".
const BROWSERS: [(&str, &str); 8] = [
    ("YaBrowser/", texts::YANDEX_BROWSER),
    ("Edg/", "Edge"),
    ("OPR/", "Opera"),
    ("Firefox/", "Firefox"),
    ("HeadlessChrome/", "Chrome"),
    ("Chrome/", "Chrome"),
    ("CriOS/", "Chrome"),
    ("Version/", "Safari"),
];

/// Checked in order: Android also says "Linux", iOS also says "Mac OS X".
const SYSTEMS: [(&str, &str); 7] = [
    ("Android", "Android"),
    ("iPhone", "iOS"),
    ("iPad", "iPadOS"),
    ("Windows", "Windows"),
    ("Mac OS X", "macOS"),
    ("CrOS", "ChromeOS"),
    ("Linux", "Linux"),
];

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::{date_range, device, hours};

    #[test]
    fn dates_and_hours_as_a_school_writes_them() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            date_range(day("2026-09-01"), day("2027-05-31")),
            "01.09.2026 – 31.05.2027"
        );
        assert_eq!(
            date_range(day("2026-11-04"), day("2026-11-04")),
            "04.11.2026"
        );
        assert_eq!(hours(2.5), "2,5");
        assert_eq!(hours(5.0), "5");
    }

    #[test]
    fn names_common_browsers() {
        let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) \
                      HeadlessChrome/156.0.0.0 Safari/537.36";
        assert_eq!(device(chrome), "Chrome 156 · Linux");
        let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) \
                    Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91";
        assert_eq!(device(edge), "Edge 120 · Windows");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 \
                      (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";
        assert_eq!(device(iphone), "Safari 17 · iOS");
        assert_eq!(device("curl/8.5.0"), "curl/8.5.0");
    }
}
