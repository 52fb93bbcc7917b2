//! Announcements and events (R21): the administration writes to anyone, a
//! class teacher to their own class; each reader sees only what is for
//! them (staff, students, parents; grades; classes); bad input is a field
//! error; the author or the administration edits and deletes.

use serde_json::{Value, json};

use crate::{
    both_engines,
    journal::{J, journal, login},
    support::{
        TestApp, problem_fields,
        setup::{post, put},
    },
};

async fn titles(app: &TestApp, j: &J, key: &str) -> Vec<String> {
    let token = login(app, j, key).await;
    let reply = app.get("/api/v1/announcements", &token).await;
    assert_eq!(reply.status, 200, "{key}: {}", reply.text);
    let mut out: Vec<String> = reply
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap().to_owned())
        .collect();
    out.sort();
    out
}

fn announcement(title: &str, audience: Value) -> Value {
    json!({ "title": title, "body": "Подробности у классного руководителя.", "audience": audience })
}

async fn each_reader_sees_what_is_for_them(app: TestApp) {
    let j = journal(&app, "am-").await;
    let deputy = login(&app, &j, "deputy").await;
    for (title, audience) in [
        ("Педсовет", json!({ "staff": true })),
        ("Родительское собрание", json!({ "parents": true })),
        (
            "Олимпиада 9–11",
            json!({ "students": true, "parents": true, "grade_from": 9, "grade_to": 11 }),
        ),
        (
            "Экскурсия 1А",
            json!({ "students": true, "class_ids": [j.first] }),
        ),
    ] {
        let reply = post(
            &app,
            &deputy,
            "/api/v1/announcements",
            announcement(title, audience),
        )
        .await;
        assert_eq!(reply.status, 201, "{}", reply.text);
    }
    let mut event = announcement("Ярмарка", json!({ "students": true, "parents": true }));
    event["event_on"] = json!(j.today);
    let fair = post(&app, &deputy, "/api/v1/announcements", event).await;
    assert_eq!(fair.status, 201, "{}", fair.text);
    assert_eq!(fair.json()["event_on"], j.today.to_string());

    // The class teacher of 5А writes to its parents only.
    let class_teacher = login(&app, &j, "teacher").await;
    let own = announcement(
        "Сбор на экскурсию 5А",
        json!({ "parents": true, "class_ids": [j.five] }),
    );
    let reply = post(&app, &class_teacher, "/api/v1/announcements", own).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    assert_eq!(reply.json()["class_names"], json!(["5А"]));
    let school_wide = announcement("Всем", json!({ "parents": true }));
    post(&app, &class_teacher, "/api/v1/announcements", school_wide)
        .await
        .problem(403, "forbidden");
    let subject = login(&app, &j, "subject").await;
    let other = announcement(
        "Чужой класс",
        json!({ "parents": true, "class_ids": [j.five] }),
    );
    post(&app, &subject, "/api/v1/announcements", other)
        .await
        .problem(403, "forbidden");

    // student2 is in 5А; student in 5А and 1А; parents read for their children.
    assert_eq!(titles(&app, &j, "student2").await, ["Ярмарка"]);
    assert_eq!(
        titles(&app, &j, "student").await,
        ["Экскурсия 1А", "Ярмарка"]
    );
    assert_eq!(
        titles(&app, &j, "parent2").await,
        ["Родительское собрание", "Сбор на экскурсию 5А", "Ярмарка"]
    );
    assert_eq!(titles(&app, &j, "subject").await, ["Педсовет"]);
    assert_eq!(
        titles(&app, &j, "deputy").await.len(),
        6,
        "the administration sees all"
    );
}
both_engines!(each_reader_sees_what_is_for_them);

async fn bad_announcements_are_refused_and_authors_delete(app: TestApp) {
    let j = journal(&app, "ax-").await;
    let deputy = login(&app, &j, "deputy").await;
    let mut bad = announcement(
        " ",
        json!({ "grade_from": 9, "grade_to": 5, "class_ids": [j.maths] }),
    );
    bad["event_until"] = json!(j.today);
    let problem = post(&app, &deputy, "/api/v1/announcements", bad)
        .await
        .problem(422, "validation_failed");
    let mut fields = problem_fields(&problem);
    fields.sort();
    assert_eq!(
        fields,
        [
            "audience",
            "audience.class_ids[0]",
            "audience.grade_to",
            "event_until",
            "title"
        ]
    );
    assert_eq!(
        titles(&app, &j, "deputy").await.len(),
        0,
        "nothing was written"
    );

    let class_teacher = login(&app, &j, "teacher").await;
    let own = announcement("Сбор", json!({ "parents": true, "class_ids": [j.five] }));
    let made = post(&app, &class_teacher, "/api/v1/announcements", own)
        .await
        .json();
    let path = format!("/api/v1/announcements/{}", made["id"].as_str().unwrap());
    let subject = login(&app, &j, "subject").await;
    assert_eq!(
        app.send(reqwest::Method::DELETE, &path, Some(&subject), None)
            .await
            .status,
        403
    );
    let parent2 = login(&app, &j, "parent2").await;
    assert_eq!(
        app.send(reqwest::Method::DELETE, &path, Some(&parent2), None)
            .await
            .status,
        403
    );
    assert_eq!(
        app.send(reqwest::Method::DELETE, &path, Some(&class_teacher), None)
            .await
            .status,
        204
    );
    assert_eq!(titles(&app, &j, "parent2").await.len(), 0);
}
both_engines!(bad_announcements_are_refused_and_authors_delete);

async fn the_author_or_the_administration_edits_an_announcement(app: TestApp) {
    let j = journal(&app, "ae-").await;
    let class_teacher = login(&app, &j, "teacher").await;
    let own = announcement("Сбор", json!({ "parents": true, "class_ids": [j.five] }));
    let made = post(&app, &class_teacher, "/api/v1/announcements", own)
        .await
        .json();
    let path = format!("/api/v1/announcements/{}", made["id"].as_str().unwrap());
    assert_eq!(titles(&app, &j, "student2").await.len(), 0);

    // Someone else's: another teacher or a parent may not.
    let moved = json!({ "title": "Сбор перенесён", "body": "Встречаемся у школы в 9:30.",
        "event_on": j.today, "audience": { "parents": true, "students": true, "class_ids": [j.five] } });
    for key in ["subject", "parent2"] {
        let token = login(&app, &j, key).await;
        put(&app, &token, &path, moved.clone())
            .await
            .problem(403, "forbidden");
    }
    // The author corrects the text, the date and the audience: now 5А's
    // students read it too, under the same author and date.
    let reply = put(&app, &class_teacher, &path, moved).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let edited = reply.json();
    assert_eq!(edited["title"], "Сбор перенесён");
    assert_eq!(edited["event_on"], j.today.to_string());
    assert_eq!(edited["created_at"], made["created_at"]);
    assert_eq!(titles(&app, &j, "student2").await, ["Сбор перенесён"]);
    assert_eq!(titles(&app, &j, "parent2").await, ["Сбор перенесён"]);

    // The class teacher may not widen it past their class; bad input is a
    // field error; neither changes anything.
    let school_wide = announcement("Всем", json!({ "parents": true }));
    put(&app, &class_teacher, &path, school_wide.clone())
        .await
        .problem(403, "forbidden");
    let deputy = login(&app, &j, "deputy").await;
    let blank = announcement(" ", json!({ "parents": true }));
    let problem = put(&app, &deputy, &path, blank)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem_fields(&problem), ["title"]);
    assert_eq!(titles(&app, &j, "parent2").await, ["Сбор перенесён"]);

    // The administration may: the author stays the class teacher.
    let reply = put(&app, &deputy, &path, school_wide).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(reply.json()["author"]["surname"], "Волков");
    assert_eq!(reply.json()["class_names"], json!([]));
    assert_eq!(titles(&app, &j, "parent").await, ["Всем"]);
    assert_eq!(titles(&app, &j, "student2").await.len(), 0);

    let unknown = format!("/api/v1/announcements/{}", uuid::Uuid::now_v7());
    put(
        &app,
        &deputy,
        &unknown,
        announcement("Всем", json!({ "parents": true })),
    )
    .await
    .problem(404, "not_found");
}
both_engines!(the_author_or_the_administration_edits_an_announcement);
