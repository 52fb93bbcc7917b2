//! Who may read a file: its uploader and the school's staff; students and
//! parents only through a lesson's homework of the student's class. Only
//! the uploader deletes, and only while the file is unattached.

use crate::{both_engines, support::TestApp, support::setup::delete, timetable::enrol};

use super::{PNG, download, stored, stored_names};
use crate::plans::plan_fixture;

fn attach(app: &TestApp, school: &str, lesson: &str, file: &str) {
    let sql = format!(
        "INSERT INTO homework_files (school_id, lesson_id, file_id) VALUES ('{school}', '{lesson}', '{file}')"
    );
    eshkola_db::execute_sql(&mut app.db.pool.get().expect("conn"), &sql).expect("attach");
}

async fn homework_files_reach_the_class_and_no_one_else(app: TestApp) {
    let (f, a) = plan_fixture(&app, "fa-").await;
    enrol(&app, &f, &f.c.five);
    let teacher = app.login(&f.c.school.login("subject")).await.access;
    let file = stored(&app, &teacher, "dz.png", "image/png", PNG.to_vec()).await;
    let id = file["id"].as_str().unwrap().to_owned();
    let token = |key: &'static str| {
        let (app, school) = (&app, &f.c.school);
        async move { app.login(&school.login(key)).await.access }
    };
    let status = |token: String| {
        let (app, id) = (&app, id.clone());
        async move { download(app, &token, &id).await.0 }
    };
    // Staff of the school read it; families do not until it is homework.
    for key in ["admin", "teacher2", "secretary"] {
        assert_eq!(status(token(key).await).await, 200, "{key}");
    }
    for key in ["student", "parent"] {
        assert_eq!(status(token(key).await).await, 404, "{key}");
    }
    let lessons = super::super::plans::schedule(&app, &teacher, &a).await;
    let lesson = lessons["lessons"][0]["lesson_id"]
        .as_str()
        .unwrap()
        .to_owned();
    attach(&app, &f.c.school.school_id, &lesson, &id);
    // 5А's student and their parent now read it; the other family not.
    for key in ["student", "parent"] {
        assert_eq!(status(token(key).await).await, 200, "{key}");
    }
    for key in ["student2", "parent2"] {
        assert_eq!(status(token(key).await).await, 404, "{key}");
    }
    let other = app.seed("fo-");
    let outsider = app.login(&other.login("admin")).await.access;
    assert_eq!(status(outsider.clone()).await, 404, "another school");

    // Deleting: not by others, not while attached.
    let path = format!("/api/v1/files/{id}");
    delete(&app, &token("teacher2").await, &path)
        .await
        .problem(403, "forbidden");
    delete(&app, &outsider, &path)
        .await
        .problem(404, "not_found");
    let problem = delete(&app, &teacher, &path).await.problem(409, "conflict");
    assert!(
        problem["detail"].as_str().unwrap().contains("прикреплён"),
        "{problem}"
    );
    // An unattached one goes, bytes and all.
    let loose = stored(&app, &teacher, "x.png", "image/png", PNG.to_vec()).await;
    let loose = loose["id"].as_str().unwrap().to_owned();
    let reply = delete(&app, &teacher, &format!("/api/v1/files/{loose}")).await;
    assert_eq!(reply.status, 204, "{}", reply.text);
    assert_eq!(download(&app, &teacher, &loose).await.0, 404);
    assert_eq!(stored_names(&app), [id]);
}
both_engines!(homework_files_reach_the_class_and_no_one_else);
