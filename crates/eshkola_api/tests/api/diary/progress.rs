//! Progress and the forecast (R24): marks of the period, the weighted
//! average, what the final leads to and what it takes to change it, the
//! posted finals and absences; the caller's own child only (R5).

use eshkola_db::queries::lessons::{self, Whose};
use serde_json::{Value, json};

use crate::{
    both_engines,
    journal::{J, code_id, give, journal, login, page, save},
    support::{TestApp, setup::put},
};

/// The 5А lessons held in the current period before today, oldest first.
fn held(app: &TestApp, j: &J) -> Vec<String> {
    let mut conn = app.db.pool.get().expect("conn");
    let rows = lessons::held_between(
        &mut conn,
        &j.school.school_id,
        Whose::Classes(std::slice::from_ref(&j.five)),
        j.ago(29),
        j.ago(1),
    )
    .expect("lessons");
    rows.into_iter().map(|l| l.id).collect()
}

async fn progress(app: &TestApp, token: &str, query: &str) -> Value {
    let reply = app.get(&format!("/api/v1/me/progress{query}"), token).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.json()
}

async fn progress_forecasts_the_final_of_the_period(app: TestApp) {
    let j = journal(&app, "dp-").await;
    let teacher = login(&app, &j, "subject").await;
    let lessons = held(&app, &j);
    for (lesson, value) in lessons.iter().zip(["4", "4", "5"]) {
        let given = give(&app, &teacher, lesson, &j.id("student2"), value).await;
        assert_eq!(given.status, 201, "{}", given.text);
    }
    let p = page(&app, &teacher, &j, 1).await.json();
    let body = json!({ "version": 0, "topic": "Проценты",
        "attendance": [{ "student_id": j.id("student2"), "code_id": code_id(&p, "Н"), "version": 0 }] });
    let saved = save(&app, &teacher, &lessons[3], body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);

    let student2 = login(&app, &j, "student2").await;
    let now = progress(&app, &student2, "").await;
    assert_eq!(
        now["period"]["id"],
        j.periods[1].as_str(),
        "today's period by default"
    );
    assert_eq!(now["periods"].as_array().map(Vec::len), Some(2));
    let maths = &now["subjects"][0];
    assert_eq!(maths["subject"]["name"], "Математика");
    let values: Vec<&Value> = maths["marks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| &m["value"])
        .collect();
    assert_eq!(values, [&json!("4"), &json!("4"), &json!("5")]);
    assert_eq!(maths["average"], 4.33);
    // 13/3 leads to «4»; one more five makes 4.50 → «5»; two twos make 3.40 → «3».
    assert_eq!(
        maths["forecast"],
        json!({ "leads_to": "4", "up": { "to": "5", "value": "5", "marks": 1 },
            "down": { "to": "3", "value": "2", "marks": 2 } })
    );
    assert_eq!(
        maths["absences"],
        json!({ "missed": 1, "excused": 0, "late": 0 })
    );

    // The first half-year's final, posted late by the administration.
    let slot = json!({ "kind": "period", "period_id": j.periods[0] });
    let body = json!({ "class_id": j.five, "subject_id": j.maths, "student_id": j.id("student2"),
        "slot": slot, "value": "4", "version": 0, "reason": "Приказ № 12",
        "comment": "По итогам устного опроса" });
    let posted = put(&app, &j.admin, "/api/v1/finals", body).await;
    assert_eq!(posted.status, 200, "{}", posted.text);
    let now = progress(&app, &student2, "").await;
    assert_eq!(
        now["subjects"][0]["finals"],
        json!([{ "kind": "period", "period_id": j.periods[0], "number": 1, "value": "4" }])
    );

    // The first half-year: lessons but no marks, so nothing to forecast.
    let first = progress(&app, &student2, &format!("?period_id={}", j.periods[0])).await;
    assert_eq!(first["period"]["id"], j.periods[0].as_str());
    assert_eq!(first["subjects"][0]["marks"], json!([]));
    assert_eq!(
        first["subjects"][0]["forecast"],
        json!({ "leads_to": null, "up": null, "down": null })
    );

    // The parent reads the same; another period id is a field error.
    let parent2 = login(&app, &j, "parent2").await;
    let theirs = progress(&app, &parent2, &format!("?child_id={}", j.id("student2"))).await;
    assert_eq!(theirs, now);
    let wrong = app
        .get(
            &format!("/api/v1/me/progress?period_id={}", j.maths),
            &student2,
        )
        .await
        .problem(422, "validation_failed");
    assert_eq!(wrong["errors"][0]["field"], "period_id", "{wrong}");
}
both_engines!(progress_forecasts_the_final_of_the_period);

async fn progress_is_only_for_the_family(app: TestApp) {
    let j = journal(&app, "dq-").await;
    let parent2 = login(&app, &j, "parent2").await;
    app.get(
        &format!("/api/v1/me/progress?child_id={}", j.id("student")),
        &parent2,
    )
    .await
    .problem(404, "not_found");
    let teacher = login(&app, &j, "subject").await;
    app.get("/api/v1/me/progress", &teacher)
        .await
        .problem(403, "forbidden");
}
both_engines!(progress_is_only_for_the_family);
