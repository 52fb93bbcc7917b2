//! Resolving a detached lesson in the browser (R25, R30). Set up through the
//! API: the administrator declares the last day 5А had maths before today
//! an extra day off, so that lesson — which holds the demo's marks — is kept
//! out of the timetable as detached; the deputy adds an extra maths lesson
//! to 5А that week. Then in the browser the deputy finds the detached lesson
//! on the changes page, picks the extra lesson and moves the entries there.

use anyhow::{Context, Result, ensure};
use chrono::{Datelike, Days, NaiveDate, Utc};
use serde_json::{Value, json};

use crate::browser_harness::{Browser, api::As, wait_for};

fn date(value: &Value) -> Result<NaiveDate> {
    Ok(value.as_str().context("no date")?.parse()?)
}

/// 5А's last maths lesson before today (in the last two weeks).
async fn last_maths(deputy: &As, class: &str, today: NaiveDate) -> Result<Value> {
    let mut lessons = Vec::new();
    for week in [today - Days::new(7), today] {
        let page = deputy
            .get(&format!("/classes/{class}/lessons?week={week}"))
            .await?;
        lessons.extend(page["lessons"].as_array().cloned().unwrap_or_default());
    }
    lessons
        .into_iter()
        .rfind(|l| {
            l["subject"]["name"] == "Математика"
                && !l["cancelled"].as_bool().unwrap_or(true)
                && date(&l["date"]).is_ok_and(|d| d < today)
        })
        .context("no maths lesson of 5А before today")
}

pub async fn deputy_moves_the_entries_of_a_detached_lesson(b: &Browser) -> Result<()> {
    let admin = As::sign_in(b, "admin").await?;
    let deputy = As::sign_in(b, "deputy").await?;
    // The UTC date is never after the school's (east of Greenwich): the
    // lessons before it were held, and the demo filled them.
    let today = Utc::now().date_naive();
    let years = deputy.get("/years").await?;
    let year = years
        .as_array()
        .into_iter()
        .flatten()
        .find(|y| {
            date(&y["starts_on"]).is_ok_and(|d| d <= today)
                && date(&y["ends_on"]).is_ok_and(|d| today <= d)
        })
        .context("no current year")?;
    let year_id = year["id"].as_str().context("year id")?;
    let classes = deputy.get("/classes").await?;
    let five = classes
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["name"] == "5А")
        .context("no 5А")?;
    let five_id = five["id"].as_str().context("class id")?;
    let maths = last_maths(&deputy, five_id, today).await?;
    let from = maths["id"].as_str().context("lesson id")?.to_owned();
    let day = date(&maths["date"])?;

    // The day becomes a day off: its lesson holds marks, so it is kept.
    let entry = json!({ "kind": "day_off", "name": "Санитарный день", "starts_on": day });
    admin
        .post(&format!("/years/{year_id}/calendar"), entry)
        .await?;
    let detached = deputy
        .get(&format!("/years/{year_id}/lessons/detached"))
        .await?;
    ensure!(
        detached
            .as_array()
            .into_iter()
            .flatten()
            .any(|k| k["lesson_id"] == from.as_str()),
        "the lesson of {day} was not kept: {detached}"
    );
    // An extra maths lesson the same week, on another weekday, 7th.
    let monday = day - Days::new(u64::from(day.weekday().num_days_from_monday()));
    let other = if day == monday {
        monday + Days::new(1)
    } else {
        monday
    };
    let extra = json!({ "kind": "extra", "date": other, "lesson": 7, "class_id": five_id,
        "subject_id": maths["subject"]["id"], "teacher_id": maths["teacher"]["id"] });
    deputy.post("/timetable/changes", extra).await?;
    let week = deputy
        .get(&format!("/classes/{five_id}/lessons?week={other}"))
        .await?;
    let to = week["lessons"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|l| l["lesson"] == 7 && date(&l["date"]).is_ok_and(|d| d == other))
        .and_then(|l| l["id"].as_str())
        .context("the extra lesson is not in 5А's week")?
        .to_owned();

    let client = &b.client;
    b.sign_in("deputy").await?;
    b.goto("/timetable/changes").await?;
    let item = format!("#detached-lessons li[data-lesson='{from}']");
    wait_for(
        client,
        &format!("{item} #move-to-{from} option[value='{to}']"),
    )
    .await?;
    wait_for(client, &format!("#move-to-{from}"))
        .await?
        .select_by_value(&to)
        .await?;
    wait_for(client, &format!("{item} .move-entries"))
        .await?
        .click()
        .await?;
    // Moved: the lesson leaves the list, and the server no longer keeps it.
    for _ in 0..50 {
        if client
            .find_all(fantoccini::Locator::Css(&item))
            .await?
            .is_empty()
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    crate::browser_harness::ensure_absent(client, &item).await?;
    let detached = deputy
        .get(&format!("/years/{year_id}/lessons/detached"))
        .await?;
    ensure!(
        !detached
            .as_array()
            .into_iter()
            .flatten()
            .any(|k| k["lesson_id"] == from.as_str()),
        "the lesson is still kept: {detached}"
    );
    b.sign_out().await
}
