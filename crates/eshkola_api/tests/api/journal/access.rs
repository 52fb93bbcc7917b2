//! Who keeps and reads a journal: the assignment's teacher writes; a
//! substitute writes only the lessons they give; the class teacher and the
//! administration read; another teacher, students and parents are refused.

use serde_json::json;

use super::{give, journal, login, page, save};
use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{create_subject, post, put},
    },
};

async fn only_the_lessons_teachers_write(app: TestApp) {
    let j = journal(&app, "jw-").await;
    let (lesson, date) = j.lesson_before(&app, &j.five, j.ago(3));
    let (other, _) = j.lesson_before(&app, &j.five, date - chrono::Days::new(1));
    let body = json!({ "version": 0, "topic": "Тема" });

    let stranger = login(&app, &j, "teacher2").await;
    page(&app, &stranger, &j, 1).await.problem(403, "forbidden");
    save(&app, &stranger, &lesson, body.clone())
        .await
        .problem(403, "forbidden");
    give(&app, &stranger, &lesson, &j.id("student"), "5")
        .await
        .problem(403, "forbidden");
    app.get(&format!("/api/v1/journal/lessons/{lesson}"), &stranger)
        .await
        .problem(403, "forbidden");

    for reader in ["teacher", "deputy", "admin"] {
        let token = login(&app, &j, reader).await;
        let p = page(&app, &token, &j, 1).await;
        assert_eq!(p.status, 200, "{reader}: {}", p.text);
        assert!(
            p.json()["lessons"]
                .as_array()
                .unwrap()
                .iter()
                .all(|l| l["may_edit"] == false)
        );
        save(&app, &token, &lesson, body.clone())
            .await
            .problem(403, "forbidden");
    }
    for family in ["student", "parent"] {
        let token = login(&app, &j, family).await;
        page(&app, &token, &j, 1).await.problem(403, "forbidden");
    }
    let missing = format!("/api/v1/journal/lessons/{}", uuid::Uuid::now_v7());
    app.get(&missing, &j.admin).await.problem(404, "not_found");

    // A substitute gives one lesson: writes it, not the others.
    let mut change =
        json!({ "kind": "substitution", "date": date, "lesson": 1, "class_id": j.five });
    change["teacher_id"] = json!(j.id("sub"));
    let created = post(&app, &j.admin, "/api/v1/timetable/changes", change).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let sub = login(&app, &j, "sub").await;
    let mark = give(&app, &sub, &lesson, &j.id("student"), "5").await;
    assert_eq!(mark.status, 201, "{}", mark.text);
    give(&app, &sub, &other, &j.id("student"), "5")
        .await
        .problem(403, "forbidden");
    let p = page(&app, &sub, &j, 1).await;
    assert_eq!(p.status, 200, "{}", p.text);
    let editable: Vec<_> = p.json()["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["may_edit"] == true)
        .map(|l| l["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(editable, std::slice::from_ref(&lesson));
    let list = app.get("/api/v1/journal/list", &sub).await.json();
    assert_eq!(list["journals"].as_array().unwrap().len(), 1);
    assert_eq!(
        list["journals"][0]["may_edit"], false,
        "a substitute keeps no journal"
    );
    assert_eq!(
        list["journals"][0]["teachers"][0]["id"],
        json!(j.id("subject"))
    );
    // The usual teacher still keeps the journal.
    let teacher = login(&app, &j, "subject").await;
    assert_eq!(
        give(&app, &teacher, &lesson, &j.id("student2"), "4")
            .await
            .status,
        201
    );
}
both_engines!(only_the_lessons_teachers_write);

async fn the_list_shows_kept_and_read_journals(app: TestApp) {
    let j = journal(&app, "jj-").await;
    let list = |token: String| {
        let app = &app;
        async move {
            let reply = app.get("/api/v1/journal/list", &token).await;
            assert_eq!(reply.status, 200, "{}", reply.text);
            reply.json()
        }
    };
    let teacher = list(login(&app, &j, "subject").await).await;
    let kept: Vec<_> = teacher["journals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["class_name"].clone(), r["may_edit"].clone()))
        .collect();
    assert_eq!(
        kept,
        [(json!("1А"), json!(true)), (json!("5А"), json!(true))]
    );
    assert_eq!(teacher["current_period_id"], json!(j.periods[1]));
    assert_eq!(
        teacher["periods_by_class"][0]["periods"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let class_teacher = list(login(&app, &j, "teacher").await).await;
    assert!(
        class_teacher["journals"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["may_edit"] == false)
    );
    assert_eq!(
        class_teacher["journals"].as_array().unwrap().len(),
        2,
        "5А and 1А are theirs"
    );
    assert_eq!(
        class_teacher["journals"][0]["teachers"][0]["id"],
        json!(j.id("subject"))
    );

    let stranger = list(login(&app, &j, "teacher2").await).await;
    assert_eq!(stranger["journals"], json!([]));
    let deputy = login(&app, &j, "deputy").await;
    let only = app
        .get(
            &format!("/api/v1/journal/list?class_id={}", j.five),
            &deputy,
        )
        .await
        .json();
    assert_eq!(only["journals"].as_array().unwrap().len(), 1);
    assert_eq!(only["journals"][0]["class_name"], "5А");
    let parent = login(&app, &j, "parent").await;
    app.get("/api/v1/journal/list", &parent)
        .await
        .problem(403, "forbidden");
}
both_engines!(the_list_shows_kept_and_read_journals);

async fn a_subgroups_journal_is_its_members_and_its_teacher(app: TestApp) {
    let j = journal(&app, "jg-").await;
    let admin = &j.admin;
    let path = format!("/api/v1/classes/{}/subgroups", j.five);
    let group = post(
        &app,
        admin,
        &path,
        json!({ "name": "Английский язык, группа 1" }),
    )
    .await;
    assert_eq!(group.status, 201, "{}", group.text);
    let group = group.json()["id"].as_str().unwrap().to_owned();
    let members = json!({ "student_ids": [j.id("student")] });
    let set = put(
        &app,
        admin,
        &format!("/api/v1/subgroups/{group}/members"),
        members,
    )
    .await;
    assert_eq!(set.status, 200, "{}", set.text);
    let english = create_subject(&app, admin, "Английский язык").await;
    let body = json!({ "subject_id": english, "subgroup_id": group,
        "teacher_id": j.id("teacher2"), "hours_per_week": 2 });
    let path = format!("/api/v1/classes/{}/assignments", j.five);
    assert_eq!(post(&app, admin, &path, body).await.status, 201);
    let cell = |weekday: u8, lesson: u8, subject: &str, teacher: &str, group: Option<&str>| {
        json!({ "weekday": weekday, "lesson": lesson, "subject_id": subject,
            "teacher_id": j.id(teacher), "subgroup_id": group })
    };
    let mut entries: Vec<_> = (1..=5)
        .map(|d| cell(d, 1, &j.maths, "subject", None))
        .collect();
    entries.push(cell(2, 3, &english, "teacher2", Some(&group)));
    let path = format!(
        "/api/v1/timetable/versions/{}/classes/{}",
        j.version, j.five
    );
    let week = app
        .send(
            reqwest::Method::PUT,
            &path,
            Some(admin),
            Some(json!({ "entries": entries })),
        )
        .await;
    assert_eq!(week.status, 200, "{}", week.text);

    let lesson = j.lesson_of(&app, &j.five, &english, j.ago(2));
    let teacher2 = login(&app, &j, "teacher2").await;
    let path = format!(
        "/api/v1/journal?class_id={}&subject_id={english}&period_id={}&subgroup_id={group}",
        j.five, j.periods[1]
    );
    let p = app.get(&path, &teacher2).await;
    assert_eq!(p.status, 200, "{}", p.text);
    let p = p.json();
    assert_eq!(p["subgroup"]["id"], json!(group));
    let students: Vec<_> = p["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].clone())
        .collect();
    assert_eq!(students, [json!(j.id("student"))]);
    assert!(
        p["lessons"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["may_edit"] == true)
    );
    assert_eq!(
        give(&app, &teacher2, &lesson, &j.id("student"), "5")
            .await
            .status,
        201
    );
    give(&app, &teacher2, &lesson, &j.id("student2"), "5")
        .await
        .problem(422, "validation_failed");
    let maths_teacher = login(&app, &j, "subject").await;
    give(&app, &maths_teacher, &lesson, &j.id("student"), "5")
        .await
        .problem(403, "forbidden");
    app.get(&path, &maths_teacher)
        .await
        .problem(403, "forbidden");
}
both_engines!(a_subgroups_journal_is_its_members_and_its_teacher);
