//! Classes and subgroups (R8, R12): names, assessment, class teachers,
//! roles, conflicts and the wall between schools.

use eshkola_domain::Role;
use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{create_class, create_year, delete, patch, post},
    },
};

fn field_of(problem: &Value) -> &str {
    problem["errors"][0]["field"].as_str().unwrap_or_default()
}

async fn classes_are_named_checked_and_sorted(app: TestApp) {
    let school = app.seed("k-");
    let other = app.seed("o-");
    let admin = app.login(&school.login("admin")).await;
    let year = create_year(&app, &admin.access).await;
    let body = json!({ "year_id": year, "grade": 5, "letter": "а", "shift": 2,
        "class_teacher_id": school.id_of("teacher") });
    let five = post(&app, &admin.access, "/api/v1/classes", body).await;
    assert_eq!(five.status, 201, "{}", five.text);
    let five = five.json();
    assert_eq!(
        (five["name"].as_str(), five["assessment"].as_str()),
        (Some("5А"), Some("marks"))
    );
    assert_eq!(five["class_teacher"]["id"], school.id_of("teacher"));
    let first = create_class(&app, &admin.access, &year, 1, "Б").await;
    assert_eq!(
        first["assessment"], "no_marks",
        "R12: grade 1 gets no marks"
    );
    create_class(&app, &admin.access, &year, 11, "Ё").await;
    create_class(&app, &admin.access, &year, 5, "Б").await;

    let problem = post(
        &app,
        &admin.access,
        "/api/v1/classes",
        json!({ "year_id": year, "grade": 5, "letter": "А" }),
    )
    .await
    .problem(409, "conflict");
    assert!(
        problem["detail"].as_str().unwrap().contains("5А"),
        "{problem}"
    );
    for (body, field) in [
        (
            json!({ "year_id": year, "grade": 5, "letter": "Z" }),
            "letter",
        ),
        (
            json!({ "year_id": year, "grade": 5, "letter": "A" }),
            "letter",
        ),
        (
            json!({ "year_id": year, "grade": 5, "letter": "АБ" }),
            "letter",
        ),
        (
            json!({ "year_id": year, "grade": 12, "letter": "А" }),
            "grade",
        ),
        (
            json!({ "year_id": year, "grade": 0, "letter": "А" }),
            "grade",
        ),
        (
            json!({ "year_id": year, "grade": 6, "letter": "А", "shift": 3 }),
            "shift",
        ),
        (
            json!({ "year_id": year, "grade": 1, "letter": "В", "assessment": "marks" }),
            "assessment",
        ),
        (
            json!({ "year_id": year, "grade": 6, "letter": "А", "class_teacher_id": other.id_of("teacher") }),
            "class_teacher_id",
        ),
        (
            json!({ "year_id": year, "grade": 6, "letter": "А", "class_teacher_id": school.id_of("student") }),
            "class_teacher_id",
        ),
        (
            json!({ "year_id": other.school_id, "grade": 6, "letter": "А" }),
            "year_id",
        ),
        (
            json!({ "year_id": year, "grade": 6, "letter": "А", "students": [] }),
            "students",
        ),
    ] {
        let problem = post(&app, &admin.access, "/api/v1/classes", body)
            .await
            .problem(422, "validation_failed");
        assert_eq!(field_of(&problem), field, "{problem}");
    }
    let list = app
        .get(&format!("/api/v1/classes?year_id={year}"), &admin.access)
        .await
        .json();
    let names: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["1Б", "5А", "5Б", "11Ё"]);
}
both_engines!(classes_are_named_checked_and_sorted);

async fn a_class_is_changed_and_deleted_by_the_administration(app: TestApp) {
    let mut school = app.seed("k-");
    app.add_person(&mut school, "deputy", &[Role::Deputy]);
    app.add_person(&mut school, "secretary", &[Role::Secretary]);
    let deputy = app.login(&school.login("deputy")).await;
    let year = create_year(&app, &deputy.access).await;
    let class = create_class(&app, &deputy.access, &year, 5, "А").await;
    create_class(&app, &deputy.access, &year, 5, "Б").await;
    let path = format!("/api/v1/classes/{}", class["id"].as_str().unwrap());
    let body = json!({ "class_teacher_id": school.id_of("teacher"), "shift": 2 });
    let changed = patch(&app, &deputy.access, &path, body).await.json();
    assert_eq!(
        (
            changed["shift"].as_u64(),
            changed["class_teacher"]["id"].as_str()
        ),
        (Some(2), Some(school.id_of("teacher")))
    );
    patch(&app, &deputy.access, &path, json!({ "letter": "Б" }))
        .await
        .problem(409, "conflict");
    patch(&app, &deputy.access, &path, json!({ "grade": 1 }))
        .await
        .problem(422, "validation_failed");
    let renamed = patch(
        &app,
        &deputy.access,
        &path,
        json!({ "grade": 6, "class_teacher_id": null }),
    )
    .await
    .json();
    assert_eq!(
        (renamed["name"].as_str(), &renamed["class_teacher"]),
        (Some("6А"), &json!(null))
    );

    for role in ["secretary", "teacher"] {
        let tokens = app.login(&school.login(role)).await;
        assert_eq!(
            app.get("/api/v1/classes", &tokens.access).await.status,
            200,
            "{role}"
        );
        assert_eq!(
            app.get(&path, &tokens.access).await.json()["name"],
            "6А",
            "{role}"
        );
        patch(&app, &tokens.access, &path, json!({ "shift": 1 }))
            .await
            .problem(403, "forbidden");
        delete(&app, &tokens.access, &path)
            .await
            .problem(403, "forbidden");
        let body = json!({ "year_id": year, "grade": 7, "letter": "А" });
        post(&app, &tokens.access, "/api/v1/classes", body)
            .await
            .problem(403, "forbidden");
    }
    for role in ["student", "parent"] {
        let tokens = app.login(&school.login(role)).await;
        app.get("/api/v1/classes", &tokens.access)
            .await
            .problem(403, "forbidden");
        app.get(&path, &tokens.access)
            .await
            .problem(403, "forbidden");
    }
    assert_eq!(delete(&app, &deputy.access, &path).await.status, 204);
    app.get(&path, &deputy.access)
        .await
        .problem(404, "not_found");
}
both_engines!(a_class_is_changed_and_deleted_by_the_administration);

async fn subgroups_have_unique_names_and_go_with_their_class(app: TestApp) {
    let school = app.seed("k-");
    let admin = app.login(&school.login("admin")).await;
    let year = create_year(&app, &admin.access).await;
    let class = create_class(&app, &admin.access, &year, 5, "А").await;
    let path = format!(
        "/api/v1/classes/{}/subgroups",
        class["id"].as_str().unwrap()
    );
    let first = post(
        &app,
        &admin.access,
        &path,
        json!({ "name": "Английский язык, группа 2" }),
    )
    .await;
    assert_eq!(first.status, 201, "{}", first.text);
    let first = first.json();
    post(
        &app,
        &admin.access,
        &path,
        json!({ "name": "Английский язык, группа 1" }),
    )
    .await;
    post(
        &app,
        &admin.access,
        &path,
        json!({ "name": "английский язык, группа 1" }),
    )
    .await
    .problem(409, "conflict");
    post(&app, &admin.access, &path, json!({ "name": "" }))
        .await
        .problem(422, "validation_failed");
    let one = format!("{path}/{}", first["id"].as_str().unwrap());
    patch(
        &app,
        &admin.access,
        &one,
        json!({ "name": "Английский язык, группа 1" }),
    )
    .await
    .problem(409, "conflict");
    let renamed = patch(
        &app,
        &admin.access,
        &one,
        json!({ "name": "Информатика, группа 1" }),
    )
    .await
    .json();
    assert_eq!(renamed["name"], "Информатика, группа 1");
    let class_path = format!("/api/v1/classes/{}", class["id"].as_str().unwrap());
    let names: Vec<_> = app.get(&class_path, &admin.access).await.json()["subgroups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        names,
        ["Английский язык, группа 1", "Информатика, группа 1"]
    );
    assert_eq!(delete(&app, &admin.access, &one).await.status, 204);
    delete(&app, &admin.access, &one)
        .await
        .problem(404, "not_found");
    let teacher = app.login(&school.login("teacher")).await;
    post(&app, &teacher.access, &path, json!({ "name": "Группа" }))
        .await
        .problem(403, "forbidden");
}
both_engines!(subgroups_have_unique_names_and_go_with_their_class);

async fn another_schools_class_is_not_found(app: TestApp) {
    let mine = app.seed("k-");
    let theirs = app.seed("t-");
    let them = app.login(&theirs.login("admin")).await;
    let year = create_year(&app, &them.access).await;
    let class = create_class(&app, &them.access, &year, 5, "А").await;
    let path = format!("/api/v1/classes/{}", class["id"].as_str().unwrap());
    let group = post(
        &app,
        &them.access,
        &format!("{path}/subgroups"),
        json!({ "name": "Группа 1" }),
    )
    .await
    .json();
    let group_path = format!("{path}/subgroups/{}", group["id"].as_str().unwrap());

    let admin = app.login(&mine.login("admin")).await;
    app.get(&path, &admin.access)
        .await
        .problem(404, "not_found");
    app.get(&format!("/api/v1/classes?year_id={year}"), &admin.access)
        .await
        .problem(404, "not_found");
    patch(&app, &admin.access, &path, json!({ "shift": 2 }))
        .await
        .problem(404, "not_found");
    delete(&app, &admin.access, &path)
        .await
        .problem(404, "not_found");
    post(
        &app,
        &admin.access,
        &format!("{path}/subgroups"),
        json!({ "name": "Моя" }),
    )
    .await
    .problem(404, "not_found");
    patch(&app, &admin.access, &group_path, json!({ "name": "Моя" }))
        .await
        .problem(404, "not_found");
    delete(&app, &admin.access, &group_path)
        .await
        .problem(404, "not_found");
    app.get(&format!("{path}/assignments"), &admin.access)
        .await
        .problem(404, "not_found");
    assert_eq!(
        app.get("/api/v1/classes", &admin.access).await.json(),
        json!([])
    );
    let seen = app.get(&path, &them.access).await.json();
    assert_eq!(
        (
            seen["shift"].as_u64(),
            seen["subgroups"][0]["name"].as_str()
        ),
        (Some(1), Some("Группа 1"))
    );
}
both_engines!(another_schools_class_is_not_found);
