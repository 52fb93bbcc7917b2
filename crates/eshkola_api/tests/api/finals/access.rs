//! Who reads and posts finals (R15, R12): the journal's teacher and the
//! administration post; the class teacher reads; other staff, students and
//! parents are refused; grade 1 takes no finals; other schools' classes do
//! not exist.

use eshkola_domain::Role;
use serde_json::json;

use super::fixture;
use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{post, put},
    },
};

async fn only_the_journal_s_people_read_and_post(app: TestApp) {
    let mut f = fixture(&app, "fa-").await;
    app.add_person(&mut f.c.school, "other", &[Role::Teacher]);
    let path = format!(
        "/api/v1/finals?class_id={}&subject_id={}",
        f.c.five, f.maths
    );
    let class_teacher = app.login(&f.c.school.login("teacher")).await.access;
    let reply = app.get(&path, &class_teacher).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(reply.json()["may_post"], false);

    let other = app.login(&f.c.school.login("other")).await.access;
    app.get(&path, &other).await.problem(403, "forbidden");
    for key in ["student", "parent"] {
        let token = app.login(&f.c.school.login(key)).await.access;
        app.get(&path, &token).await.problem(403, "forbidden");
    }
    let slot = json!({ "kind": "period", "period_id": f.quarters[0] });
    let body = json!({ "class_id": f.c.five, "subject_id": f.maths, "student_id": f.id("student"),
        "slot": slot, "value": "4", "version": 0 });
    put(&app, &class_teacher, "/api/v1/finals", body.clone())
        .await
        .problem(403, "forbidden");

    // Another school's administrator does not see the class.
    let elsewhere = app.seed("fa2-");
    let stranger = app.login(&elsewhere.login("admin")).await.access;
    app.get(&path, &stranger).await.problem(404, "not_found");
    put(&app, &stranger, "/api/v1/finals", body.clone())
        .await
        .problem(404, "not_found");

    // A student not in the class, and a slot the grade does not have.
    let mut outsider = body.clone();
    outsider["student_id"] = json!(f.id("parent"));
    let problem = put(&app, f.admin(), "/api/v1/finals", outsider)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "student_id");
    let mut bad_slot = body;
    bad_slot["slot"] = json!({ "kind": "period" });
    let problem = put(&app, f.admin(), "/api/v1/finals", bad_slot)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "slot");
}
both_engines!(only_the_journal_s_people_read_and_post);

async fn grade_one_takes_no_finals(app: TestApp) {
    let f = fixture(&app, "f1-").await;
    let class = json!({ "year_id": f.year, "grade": 1, "letter": "А" });
    let first = post(&app, f.admin(), "/api/v1/classes", class).await;
    assert_eq!(first.status, 201, "{}", first.text);
    let first = first.json()["id"].as_str().unwrap().to_owned();
    let body = json!({ "subject_id": f.maths, "teacher_id": f.id("subject"), "hours_per_week": 4 });
    let reply = post(
        &app,
        f.admin(),
        &format!("/api/v1/classes/{first}/assignments"),
        body,
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    let teacher = app.login(&f.c.school.login("subject")).await.access;
    let slot = json!({ "kind": "year" });
    let body = json!({ "class_id": first, "subject_id": f.maths, "student_id": f.id("student"),
        "slot": slot, "value": "5", "version": 0 });
    let problem = put(&app, &teacher, "/api/v1/finals", body)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "class_id");
    let path = format!("/api/v1/finals?class_id={first}&subject_id={}", f.maths);
    let sheet = app.get(&path, &teacher).await.json();
    assert_eq!(sheet["assessment"], "no_marks");
}
both_engines!(grade_one_takes_no_finals);
