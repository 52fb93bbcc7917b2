//! The journal's setup (R13, R14, R15, R18): the rules with versions, kinds
//! of work with weights and attendance codes; staff read, the
//! administration writes; used kinds and codes are archived, not deleted.

use eshkola_db::{models::AbsenceRow, queries::attendance_corrections};
use serde_json::{Value, json};

use crate::{
    both_engines,
    finals::{fixture, row},
    support::{
        TestApp, problem_fields,
        setup::{delete, patch, post, put},
    },
};

async fn the_rules_have_defaults_versions_and_drive_the_suggestion(app: TestApp) {
    let f = fixture(&app, "js-").await;
    let teacher = app.login(&f.c.school.login("subject")).await.access;
    let reply = app.get("/api/v1/journal/settings", &teacher).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(
        reply.json(),
        json!({ "deadline": "19:00", "round_up_from": 50, "version": 0 })
    );
    let body = json!({ "deadline": "18:30", "round_up_from": 60, "version": 0 });
    put(&app, &teacher, "/api/v1/journal/settings", body.clone())
        .await
        .problem(403, "forbidden");
    let bad = json!({ "deadline": "25:00", "round_up_from": 0, "version": 0 });
    let problem = put(&app, f.admin(), "/api/v1/journal/settings", bad)
        .await
        .problem(422, "validation_failed");
    let fields = problem_fields(&problem);
    assert_eq!(fields, ["deadline", "round_up_from"]);

    // A 4.5 suggests 5 from x.50 and 4 from x.60.
    let l1 = f.lesson(&app, "2030-09-10", 1, &f.maths, "subject");
    let answer = f.kind(&app, "Ответ на уроке");
    f.mark(&app, &l1, "student", "4", &answer);
    f.mark(&app, &l1, "student", "5", &answer);
    let path = format!(
        "/api/v1/finals?class_id={}&subject_id={}",
        f.c.five, f.maths
    );
    let sheet = app.get(&path, &teacher).await.json();
    assert_eq!(row(&sheet, &f.id("student"))[0]["suggested"], "5");

    let saved = put(&app, f.admin(), "/api/v1/journal/settings", body.clone()).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.json()["version"], 1);
    let stale = put(&app, f.admin(), "/api/v1/journal/settings", body).await;
    let problem = stale.problem(409, "stale_version");
    assert_eq!(problem["current"]["deadline"], "18:30");
    assert_eq!(problem["current"]["version"], 1);
    let sheet = app.get(&path, &teacher).await.json();
    assert_eq!(row(&sheet, &f.id("student"))[0]["suggested"], "4");
}
both_engines!(the_rules_have_defaults_versions_and_drive_the_suggestion);

fn names(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|k| k["name"].as_str().unwrap().to_owned())
        .collect()
}

async fn kinds_of_work_are_edited_ordered_and_archived_when_used(app: TestApp) {
    let f = fixture(&app, "jk-").await;
    let teacher = app.login(&f.c.school.login("subject")).await.access;
    let list = app.get("/api/v1/work-kinds", &teacher).await.json();
    assert_eq!(list.as_array().unwrap().len(), 10);
    assert_eq!(list[5]["name"], "Контрольная работа");
    assert_eq!(list[5]["weight"], 2.0);

    let project =
        json!({ "name": "Проект", "short_name": "Пр", "weight": 2.5, "category": "ordinary" });
    post(&app, &teacher, "/api/v1/work-kinds", project.clone())
        .await
        .problem(403, "forbidden");
    let created = post(&app, f.admin(), "/api/v1/work-kinds", project).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let id = created.json()["id"].as_str().unwrap().to_owned();
    assert_eq!(created.json()["weight"], 2.5);
    let again = json!({ "name": "ПРОЕКТ", "short_name": "П", "weight": 1, "category": "ordinary" });
    post(&app, f.admin(), "/api/v1/work-kinds", again)
        .await
        .problem(409, "conflict");
    let heavy =
        json!({ "name": "Зачёт", "short_name": "З", "weight": 10.05, "category": "control" });
    let problem = post(&app, f.admin(), "/api/v1/work-kinds", heavy)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "weight");

    let moved = patch(
        &app,
        f.admin(),
        &format!("/api/v1/work-kinds/{id}"),
        json!({ "position": 0, "weight": 3 }),
    )
    .await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    assert_eq!(moved.json()["weight"], 3.0);
    let list = app.get("/api/v1/work-kinds", &teacher).await.json();
    assert_eq!(names(&list)[..2], ["Проект", "Ответ на уроке"]);

    // Unused: deleted. Used by a mark: archived and kept.
    let gone = delete(&app, f.admin(), &format!("/api/v1/work-kinds/{id}")).await;
    assert_eq!(gone.status, 204, "{}", gone.text);
    let essay = f.kind(&app, "Сочинение");
    let lesson = f.lesson(&app, "2030-09-10", 1, &f.maths, "subject");
    f.mark(&app, &lesson, "student", "5", &essay);
    let kept = delete(&app, f.admin(), &format!("/api/v1/work-kinds/{essay}")).await;
    assert_eq!(kept.status, 200, "{}", kept.text);
    assert_eq!(kept.json()["archived"], true);
    let list = app.get("/api/v1/work-kinds", &teacher).await.json();
    assert_eq!(list.as_array().unwrap().len(), 10);
    assert!(!names(&list).contains(&"Проект".to_owned()));
    let other = app.seed("jk2-");
    let stranger = app.login(&other.login("admin")).await.access;
    delete(&app, &stranger, &format!("/api/v1/work-kinds/{essay}"))
        .await
        .problem(404, "not_found");
}
both_engines!(kinds_of_work_are_edited_ordered_and_archived_when_used);

async fn attendance_codes_are_cyrillic_unique_and_archived_when_used(app: TestApp) {
    let f = fixture(&app, "jc-").await;
    let teacher = app.login(&f.c.school.login("subject")).await.access;
    let list = app.get("/api/v1/attendance-codes", &teacher).await.json();
    let codes: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["Н", "Б", "УП", "ОП"]);

    let bad = json!({ "code": "N1", "name": "Латиница", "kind": "absent" });
    let problem = post(&app, f.admin(), "/api/v1/attendance-codes", bad)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "code");
    let taken = json!({ "code": "н", "name": "Ещё одно Н", "kind": "absent" });
    post(&app, f.admin(), "/api/v1/attendance-codes", taken)
        .await
        .problem(409, "conflict");
    let body = json!({ "code": "ув", "name": "По заявлению родителей", "kind": "absent", "excused": true });
    post(&app, &teacher, "/api/v1/attendance-codes", body.clone())
        .await
        .problem(403, "forbidden");
    let created = post(&app, f.admin(), "/api/v1/attendance-codes", body).await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.json()["code"], "УВ");
    assert_eq!(created.json()["excused"], true);
    let id = created.json()["id"].as_str().unwrap().to_owned();
    let renamed = patch(
        &app,
        f.admin(),
        &format!("/api/v1/attendance-codes/{id}"),
        json!({ "name": "Заявление" }),
    )
    .await;
    assert_eq!(renamed.status, 200, "{}", renamed.text);
    assert_eq!(renamed.json()["name"], "Заявление");

    // Used by an entry (as set): archived; unused: deleted.
    let absent = list[0]["id"].as_str().unwrap().to_owned();
    let lesson = f.lesson(&app, "2030-09-10", 1, &f.maths, "subject");
    let entry = AbsenceRow {
        school_id: f.school().into(),
        lesson_id: lesson,
        student_id: f.id("student"),
        code_id: absent.clone(),
        set_by: f.id("subject"),
        set_at: eshkola_db::now(),
        late: false,
        corrected_code_id: None,
        corrected_by: None,
        corrected_at: None,
        version: 1,
    };
    attendance_corrections::insert_entry(&mut app.db.pool.get().unwrap(), &entry).unwrap();
    let kept = delete(
        &app,
        f.admin(),
        &format!("/api/v1/attendance-codes/{absent}"),
    )
    .await;
    assert_eq!(kept.status, 200, "{}", kept.text);
    assert_eq!(kept.json()["archived"], true);
    let gone = delete(&app, f.admin(), &format!("/api/v1/attendance-codes/{id}")).await;
    assert_eq!(gone.status, 204, "{}", gone.text);
    let list = app.get("/api/v1/attendance-codes", &teacher).await.json();
    assert_eq!(list.as_array().unwrap().len(), 4);
    assert_eq!(list[0]["archived"], true);
}
both_engines!(attendance_codes_are_cyrillic_unique_and_archived_when_used);
