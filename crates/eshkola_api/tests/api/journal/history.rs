//! The history (R30): every write leaves rows with who, when, from where and
//! old → new, a deleted mark's too; a family reads only its own child's.

use serde_json::{Value, json};

use super::{code_id, give, journal, login, page, save};
use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{delete, patch},
    },
};

fn fields(entries: &Value) -> Vec<(String, String)> {
    entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["entity"].as_str().unwrap().to_owned(),
                e["field"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn every_write_leaves_history(app: TestApp) {
    let j = journal(&app, "jh-").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, _) = j.lesson_before(&app, &j.five, j.ago(4));
    let student = j.id("student");
    let mark = give(&app, &teacher, &lesson, &student, "3").await.json();
    let path = format!("/api/v1/journal/marks/{}", mark["id"].as_str().unwrap());
    let body =
        json!({ "version": 1, "value": "4", "comment": "Исправил ошибку", "reason": "Пересдача" });
    assert_eq!(patch(&app, &teacher, &path, body).await.status, 200);
    assert_eq!(
        delete(&app, &teacher, &format!("{path}?version=2&reason=Ошибка"))
            .await
            .status,
        204
    );
    let p = page(&app, &teacher, &j, 1).await.json();
    let body = json!({ "version": 0, "topic": "Проценты", "homework": "№ 5",
        "attendance": [{ "student_id": student, "code_id": code_id(&p, "Н"), "version": 0 }] });
    assert_eq!(save(&app, &teacher, &lesson, body).await.status, 200);

    let cell = app
        .get(
            &format!("/api/v1/journal/history?lesson_id={lesson}&student_id={student}"),
            &teacher,
        )
        .await;
    assert_eq!(cell.status, 200, "{}", cell.text);
    let cell = cell.json();
    assert_eq!(
        fields(&cell),
        [
            ("mark", "created"),
            ("mark", "value"),
            ("mark", "comment"),
            ("mark", "deleted"),
            ("attendance", "code")
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
    assert_eq!(
        (cell[1]["old_value"].clone(), cell[1]["new_value"].clone()),
        (json!("3"), json!("4"))
    );
    assert_eq!(cell[1]["reason"], "Пересдача");
    assert_eq!(cell[3]["old_value"], "4");
    assert_eq!(cell[3]["reason"], "Ошибка");
    assert_eq!(cell[4]["new_value"], "Н");
    assert_eq!(cell[0]["actor"]["id"], json!(j.id("subject")));
    assert_eq!(cell[0]["client_addr"], "127.0.0.1");

    let whole = app
        .get(
            &format!("/api/v1/journal/history?lesson_id={lesson}"),
            &teacher,
        )
        .await
        .json();
    let lesson_fields: Vec<_> = fields(&whole)
        .into_iter()
        .filter(|(e, _)| e == "lesson")
        .map(|(_, f)| f)
        .collect();
    assert_eq!(lesson_fields, ["topic", "homework"]);
    let journal_path = format!(
        "/api/v1/journal/history?class_id={}&subject_id={}&limit=2",
        j.five, j.maths
    );
    let latest = app.get(&journal_path, &teacher).await.json();
    assert_eq!(latest.as_array().unwrap().len(), 2);
    assert!(
        latest[0]["at"].as_str() >= latest[1]["at"].as_str(),
        "newest first"
    );
    let stranger = login(&app, &j, "teacher2").await;
    app.get(&journal_path, &stranger)
        .await
        .problem(403, "forbidden");
    app.get("/api/v1/journal/history", &teacher)
        .await
        .problem(422, "validation_failed");
}
both_engines!(every_write_leaves_history);

async fn a_family_reads_its_own_childs_marks_history(app: TestApp) {
    let j = journal(&app, "jf-").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, _) = j.lesson_before(&app, &j.five, j.ago(2));
    assert_eq!(
        give(&app, &teacher, &lesson, &j.id("student"), "5")
            .await
            .status,
        201
    );
    assert_eq!(
        give(&app, &teacher, &lesson, &j.id("student2"), "2")
            .await
            .status,
        201
    );
    let own = |who: &str| format!("/api/v1/students/{}/marks/history", j.id(who));

    let parent = login(&app, &j, "parent").await;
    let mine = app.get(&own("student"), &parent).await;
    assert_eq!(mine.status, 200, "{}", mine.text);
    let mine = mine.json();
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["new_value"], "5");
    assert_eq!(mine[0]["student_id"], json!(j.id("student")));
    app.get(&own("student2"), &parent)
        .await
        .problem(404, "not_found");

    let child = login(&app, &j, "student").await;
    assert_eq!(app.get(&own("student"), &child).await.status, 200);
    app.get(&own("student2"), &child)
        .await
        .problem(404, "not_found");

    for staff in ["teacher", "subject", "deputy"] {
        let token = login(&app, &j, staff).await;
        assert_eq!(
            app.get(&own("student2"), &token).await.status,
            200,
            "{staff}"
        );
    }
    let stranger = login(&app, &j, "teacher2").await;
    app.get(&own("student2"), &stranger)
        .await
        .problem(403, "forbidden");
}
both_engines!(a_family_reads_its_own_childs_marks_history);
