//! Subjects, teaching assignments and the teacher list (R8): who may write,
//! which references are accepted, and that a subject is taught either to the
//! whole class or by subgroups.

use eshkola_domain::Role;
use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{
        TestApp,
        setup::{create_class, create_subject, create_year, delete, patch, post},
    },
};

async fn subjects_are_unique_sorted_and_kept_while_in_use(app: TestApp) {
    let school = app.seed("s-");
    let admin = app.login(&school.login("admin")).await;
    let maths = create_subject(&app, &admin.access, "Математика").await;
    let english = post(
        &app,
        &admin.access,
        "/api/v1/subjects",
        json!({ "name": "Английский язык", "short_name": "Англ. яз." }),
    )
    .await
    .json();
    assert_eq!(english["short_name"], "Англ. яз.");
    create_subject(&app, &admin.access, "Ёмкое чтение").await;
    post(
        &app,
        &admin.access,
        "/api/v1/subjects",
        json!({ "name": "математика" }),
    )
    .await
    .problem(409, "conflict");
    post(
        &app,
        &admin.access,
        "/api/v1/subjects",
        json!({ "name": "" }),
    )
    .await
    .problem(422, "validation_failed");
    let teacher = app.login(&school.login("teacher")).await;
    let names: Vec<_> = app
        .get("/api/v1/subjects", &teacher.access)
        .await
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["Английский язык", "Ёмкое чтение", "Математика"]);
    let path = format!("/api/v1/subjects/{maths}");
    let renamed = patch(
        &app,
        &admin.access,
        &path,
        json!({ "short_name": "Матем." }),
    )
    .await
    .json();
    assert_eq!(
        (renamed["name"].as_str(), renamed["short_name"].as_str()),
        (Some("Математика"), Some("Матем."))
    );
    patch(
        &app,
        &admin.access,
        &path,
        json!({ "name": "Английский язык" }),
    )
    .await
    .problem(409, "conflict");

    let year = create_year(&app, &admin.access).await;
    let class = create_class(&app, &admin.access, &year, 5, "А").await;
    let body =
        json!({ "subject_id": maths, "teacher_id": school.id_of("teacher"), "hours_per_week": 5 });
    post(
        &app,
        &admin.access,
        &format!(
            "/api/v1/classes/{}/assignments",
            class["id"].as_str().unwrap()
        ),
        body,
    )
    .await;
    delete(&app, &admin.access, &path)
        .await
        .problem(409, "conflict");

    patch(&app, &teacher.access, &path, json!({ "name": "Алгебра" }))
        .await
        .problem(403, "forbidden");
    delete(&app, &teacher.access, &path)
        .await
        .problem(403, "forbidden");
    for role in ["student", "parent"] {
        let tokens = app.login(&school.login(role)).await;
        app.get("/api/v1/subjects", &tokens.access)
            .await
            .problem(403, "forbidden");
    }
    let other = app.seed("x-");
    let them = app.login(&other.login("admin")).await;
    assert_eq!(
        app.get("/api/v1/subjects", &them.access).await.json(),
        json!([])
    );
    patch(&app, &them.access, &path, json!({ "name": "Чужой" }))
        .await
        .problem(404, "not_found");
    delete(&app, &them.access, &path)
        .await
        .problem(404, "not_found");
}
both_engines!(subjects_are_unique_sorted_and_kept_while_in_use);

fn id(value: &Value) -> &str {
    value["id"].as_str().unwrap()
}

async fn teachers_are_assigned_to_classes_and_subgroups(app: TestApp) {
    let mut school = app.seed("s-");
    app.add_person(&mut school, "english", &[Role::Teacher]);
    let other = app.seed("x-");
    let admin = app.login(&school.login("admin")).await;
    let year = create_year(&app, &admin.access).await;
    let class = create_class(&app, &admin.access, &year, 5, "А").await;
    let other_class = create_class(&app, &admin.access, &year, 5, "Б").await;
    let path = format!("/api/v1/classes/{}/assignments", id(&class));
    let groups = format!("/api/v1/classes/{}/subgroups", id(&class));
    let group = post(&app, &admin.access, &groups, json!({ "name": "Группа 1" }))
        .await
        .json();
    let foreign_group = post(
        &app,
        &admin.access,
        &format!("/api/v1/classes/{}/subgroups", id(&other_class)),
        json!({ "name": "Группа 1" }),
    )
    .await
    .json();
    let maths = create_subject(&app, &admin.access, "Математика").await;
    let english = create_subject(&app, &admin.access, "Английский язык").await;
    let teacher = school.id_of("teacher");

    let body = json!({ "subject_id": maths, "teacher_id": teacher, "hours_per_week": 4.5 });
    let created = post(&app, &admin.access, &path, body.clone()).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let created = created.json();
    assert_eq!(
        (
            created["hours_per_week"].as_f64(),
            created["subject"]["name"].as_str()
        ),
        (Some(4.5), Some("Математика"))
    );
    post(&app, &admin.access, &path, body)
        .await
        .problem(409, "conflict");
    let split = json!({ "subject_id": maths, "subgroup_id": id(&group), "teacher_id": teacher, "hours_per_week": 2 });
    post(&app, &admin.access, &path, split)
        .await
        .problem(409, "conflict");
    let by_group = json!({ "subject_id": english, "subgroup_id": id(&group), "teacher_id": school.id_of("english"), "hours_per_week": 3 });
    assert_eq!(post(&app, &admin.access, &path, by_group).await.status, 201);
    let whole = json!({ "subject_id": english, "teacher_id": teacher, "hours_per_week": 3 });
    post(&app, &admin.access, &path, whole)
        .await
        .problem(409, "conflict");

    for (body, field) in [
        (
            json!({ "subject_id": english, "teacher_id": other.id_of("teacher"), "hours_per_week": 3 }),
            "teacher_id",
        ),
        (
            json!({ "subject_id": english, "teacher_id": school.id_of("student"), "hours_per_week": 3 }),
            "teacher_id",
        ),
        (
            json!({ "subject_id": english, "teacher_id": teacher, "subgroup_id": id(&foreign_group), "hours_per_week": 3 }),
            "subgroup_id",
        ),
        (
            json!({ "subject_id": other.school_id, "teacher_id": teacher, "hours_per_week": 3 }),
            "subject_id",
        ),
        (
            json!({ "subject_id": english, "teacher_id": teacher, "subgroup_id": id(&group), "hours_per_week": 0.25 }),
            "hours_per_week",
        ),
        (
            json!({ "subject_id": english, "teacher_id": teacher, "subgroup_id": id(&group), "hours_per_week": 40 }),
            "hours_per_week",
        ),
        (
            json!({ "subject_id": english, "teacher_id": teacher, "hours": 3 }),
            "hours",
        ),
    ] {
        let problem = post(&app, &admin.access, &path, body)
            .await
            .problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    let staff = app.login(&school.login("teacher")).await;
    let list = app.get(&path, &staff.access).await.json();
    let subjects: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["subject"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(subjects, ["Английский язык", "Математика"]);
    assert_eq!(list[0]["subgroup"]["name"], "Группа 1");
    delete(&app, &admin.access, &format!("{groups}/{}", id(&group)))
        .await
        .problem(409, "conflict");
    let one = format!("{path}/{}", id(&list[0]));
    delete(&app, &staff.access, &one)
        .await
        .problem(403, "forbidden");
    assert_eq!(delete(&app, &admin.access, &one).await.status, 204);
    delete(&app, &admin.access, &one)
        .await
        .problem(404, "not_found");
    let parent = app.login(&school.login("parent")).await;
    app.get(&path, &parent.access)
        .await
        .problem(403, "forbidden");
}
both_engines!(teachers_are_assigned_to_classes_and_subgroups);

async fn staff_list_their_schools_teachers(app: TestApp) {
    let mut school = app.seed("s-");
    app.add_person(&mut school, "english", &[Role::Teacher]);
    app.add_person(&mut school, "secretary", &[Role::Secretary]);
    app.seed("x-");
    let secretary = app.login(&school.login("secretary")).await;
    let list = app.get("/api/v1/teachers", &secretary.access).await.json();
    let ids: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    // Волков before Сотрудникова; nobody from the other school.
    assert_eq!(ids, [school.id_of("teacher"), school.id_of("english")]);
    let student = app.login(&school.login("student")).await;
    app.get("/api/v1/teachers", &student.access)
        .await
        .problem(403, "forbidden");
}
both_engines!(staff_list_their_schools_teachers);
