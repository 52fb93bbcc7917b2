//! The weekly digest (R23) through a real SMTP server: from Saturday noon in
//! the school's time zone each parent with an address gets a letter per
//! child with the week's marks and absences — once, however often the
//! worker looks; not before Saturday; not to a parent who turned it off.

use chrono::{Datelike, Days, NaiveTime, TimeZone};
use eshkola_api::mail::{deliver_due, queue_digests};
use serde_json::json;

use crate::{
    both_engines,
    journal::{code_id, give, journal, login, page, save},
    mail::{Sink, give_address, mailer},
    support::{TestApp, setup::put},
};

/// `date`'s week's Saturday (or a day before it) at `hour`:00 in the
/// fixture's time zone (Asia/Novokuznetsk), as UTC.
fn local(
    date: chrono::NaiveDate,
    weekday_from_monday: u64,
    hour: u32,
) -> chrono::DateTime<chrono::Utc> {
    let monday = date - Days::new(u64::from(date.weekday().num_days_from_monday()));
    let day = monday + Days::new(weekday_from_monday);
    chrono_tz::Asia::Novokuznetsk
        .from_local_datetime(&day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap()))
        .single()
        .expect("a plain local time")
        .with_timezone(&chrono::Utc)
}

async fn parents_get_the_weeks_digest_once_on_saturday(app: TestApp) {
    let j = journal(&app, "wd-").await;
    give_address(&app, &j, "parent2", "anna.petrova@example.org").await;
    give_address(&app, &j, "parent", "marina.ivanova@example.org").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, date) = j.lesson_before(&app, &j.five, j.ago(1));
    let p = page(&app, &teacher, &j, 1).await.json();
    let body = json!({ "version": 0, "topic": "Дроби",
        "attendance": [{ "student_id": j.id("student"), "code_id": code_id(&p, "Н"), "version": 0 }] });
    let saved = save(&app, &teacher, &lesson, body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(
        give(&app, &teacher, &lesson, &j.id("student2"), "5")
            .await
            .status,
        201
    );
    assert_eq!(
        give(&app, &teacher, &lesson, &j.id("student2"), "4")
            .await
            .status,
        201
    );
    // Marina turns the digest off; the letters of the marks are not what is counted here.
    let parent = login(&app, &j, "parent").await;
    let off = put(
        &app,
        &parent,
        "/api/v1/me/mail",
        json!({ "kinds": [{ "kind": "weekly_digest", "email": false }] }),
    )
    .await;
    assert_eq!(off.status, 200, "{}", off.text);
    let (sink, port) = Sink::start();
    let mailer = mailer(port);
    deliver_due(&app.db.pool, &mailer, eshkola_db::now())
        .await
        .expect("round");
    let before = sink.letters().len();

    // Friday evening: not yet.
    assert_eq!(
        queue_digests(&app.db.pool, local(date, 4, 20))
            .await
            .unwrap(),
        0
    );
    // Saturday 13:00: one letter, to Anna about Глеб; a second look adds none.
    assert_eq!(
        queue_digests(&app.db.pool, local(date, 5, 13))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        queue_digests(&app.db.pool, local(date, 6, 10))
            .await
            .unwrap(),
        0
    );
    let sent = deliver_due(&app.db.pool, &mailer, eshkola_db::now())
        .await
        .expect("round");
    assert_eq!(sent, 1);
    let letters = sink.letters();
    assert_eq!(letters.len(), before + 1);
    let (to, subject, text) = letters.last().expect("the digest");
    assert!(to.contains("anna.petrova@example.org"), "{to}");
    assert!(
        subject.starts_with("Итоги недели ") && subject.ends_with("Петров Глеб"),
        "{subject}"
    );
    for expected in [
        "Петров Глеб, 5А — неделя с ",
        "— Математика: 5, 4 — средний балл 4,50",
        "Пропущено уроков: 0, из них без уважительной причины: 0",
    ] {
        assert!(text.contains(expected), "«{expected}» not in {text}");
    }
}
both_engines!(parents_get_the_weeks_digest_once_on_saturday);
