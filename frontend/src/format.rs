//! Dates and times as a Russian school writes them: `03.03.2026 14:05`,
//! in the school's own time zone.

use chrono::{DateTime, Utc};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `03.03.2026 14:05` in the IANA `time_zone` (the school's); in UTC if the
/// browser does not know that zone.
pub fn date_time(at: DateTime<Utc>, time_zone: &str) -> String {
    zoned_parts(at, time_zone).unwrap_or_else(|| at.format("%d.%m.%Y %H:%M").to_string())
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
