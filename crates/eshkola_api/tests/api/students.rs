//! Students (R1, R9, R10, R34): admission by the administration, checked
//! input with no partial writes, who reads and corrects a record, and the
//! wall between schools and between families.

use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{
        TestApp,
        people::{add_parent, admission, admit, classroom, id_of},
        problem_fields,
        setup::{patch, post},
    },
};

async fn the_administration_admits_students_into_a_class(app: TestApp) {
    let room = classroom(&app, "a-").await;
    let admin = &room.admin.access;
    let student = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    assert_eq!(student["class"]["name"], "5А");
    assert_eq!(student["login"], "ivanov.ao");
    assert_eq!(student["status"], "never_activated");
    assert_eq!(student["birth_date"], "2015-03-14");
    assert_eq!(student["sex"], "male");
    assert_eq!(student["enrolled_on"], "2030-09-02");
    assert_eq!(student["verification"]["overdue"], true);
    // Namesakes get the next free login.
    let namesake = admit(&app, admin, &room.six, "Иванов", "Алексей").await;
    assert_eq!(namesake["login"], "ivanov.ao2");
    let secretary = app.login(&room.school.login("secretary")).await;
    admit(&app, &secretary.access, &room.five, "Ёлкина", "Вера").await;

    let list = app.get("/api/v1/students", admin).await.json();
    let names: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["person"]["surname"].as_str().unwrap())
        .collect();
    // Fixture students (no class) are listed too; Ё sorts as Е.
    assert_eq!(names, ["Ёлкина", "Иванов", "Иванов", "Иванов", "Петров"]);
    let five = app
        .get(&format!("/api/v1/students?class_id={}", room.five), admin)
        .await
        .json();
    assert_eq!(five.as_array().unwrap().len(), 2);
    let book = app.get("/api/v1/movements", admin).await.json();
    assert_eq!(book.as_array().unwrap().len(), 3);
    assert_eq!(book[0]["kind"], "admission");
    assert_eq!(book[0]["order_number"], "112-у");
    assert_eq!(book[0]["to_class"]["name"], "5А");

    for key in ["teacher", "subject", "parent", "student"] {
        let token = app.login(&room.school.login(key)).await;
        post(
            &app,
            &token.access,
            "/api/v1/students",
            admission(&room.five, "Сидоров", "Иван"),
        )
        .await
        .problem(403, "forbidden");
        app.get("/api/v1/students", &token.access)
            .await
            .problem(403, "forbidden");
    }
}
both_engines!(the_administration_admits_students_into_a_class);

async fn bad_admissions_are_refused_whole(app: TestApp) {
    let room = classroom(&app, "b-").await;
    let other = classroom(&app, "bo-").await;
    let admin = &room.admin.access;
    let mut body = admission(&room.five, " ", "Артём");
    body["birth_date"] = json!("2099-01-01");
    body["order_number"] = json!("");
    let problem = post(&app, admin, "/api/v1/students", body)
        .await
        .problem(422, "validation_failed");
    assert_eq!(
        problem_fields(&problem),
        ["surname", "birth_date", "order_number"]
    );
    for (change, field) in [
        (json!({ "class_id": other.five }), "class_id"),
        (json!({ "birth_date": "1960-01-01" }), "birth_date"),
        (json!({ "date": "2031-06-15" }), "date"),
        (json!({ "date": "2020-01-15" }), "date"),
        (json!({ "order_date": "2203-08-28" }), "order_date"),
        (json!({ "email": "a@b.ru" }), "email"),
    ] {
        let mut body = admission(&room.five, "Петров", "Пётр");
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let problem = post(&app, admin, "/api/v1/students", body)
            .await
            .problem(422, "validation_failed");
        assert_eq!(problem_fields(&problem), [field], "{problem}");
    }
    // Nothing was written: no student, no movement.
    let five = app
        .get(&format!("/api/v1/students?class_id={}", room.five), admin)
        .await
        .json();
    assert_eq!(five, json!([]));
    assert_eq!(app.get("/api/v1/movements", admin).await.json(), json!([]));
}
both_engines!(bad_admissions_are_refused_whole);

async fn a_record_is_read_by_its_class_teacher_and_its_own_family(app: TestApp) {
    let room = classroom(&app, "c-").await;
    let admin = &room.admin.access;
    let student = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    let id = id_of(&student);
    let path = format!("/api/v1/students/{id}");
    let class_teacher = app.login(&room.school.login("teacher")).await;
    add_parent(&app, &class_teacher.access, &id, "Иванова", "Марина").await;
    let record = app.get(&path, &class_teacher.access).await.json();
    assert_eq!(record["guardians"][0]["relationship"], "mother");
    assert_eq!(
        record["guardians"][0]["parent"]["phone"],
        "+7 (913) 123-45-67"
    );
    for key in ["teacher2", "subject", "parent", "student"] {
        let token = app.login(&room.school.login(key)).await;
        app.get(&path, &token.access)
            .await
            .problem(403, "forbidden");
    }
    // Another school's id is not found, for every caller.
    let other = classroom(&app, "co-").await;
    let stranger = admit(&app, &other.admin.access, &other.five, "Чужой", "Ученик").await;
    app.get(&format!("/api/v1/students/{}", id_of(&stranger)), admin)
        .await
        .problem(404, "not_found");
    // A fixture parent linked to this student reads the record (R5).
    let fixture_parent = room.school.id_of("parent2");
    let body = json!({ "parent_id": fixture_parent, "relationship": "guardian" });
    let linked = post(&app, admin, &format!("{path}/guardians"), body).await;
    assert_eq!(linked.status, 200, "{}", linked.text);
    let parent2 = app.login(&room.school.login("parent2")).await;
    let own = app.get(&path, &parent2.access).await.json();
    assert_eq!(own["guardians"].as_array().unwrap().len(), 2);
}
both_engines!(a_record_is_read_by_its_class_teacher_and_its_own_family);

async fn corrections_are_checked_and_count_as_verification(app: TestApp) {
    let room = classroom(&app, "d-").await;
    let student = admit(&app, &room.admin.access, &room.five, "Иванов", "Артём").await;
    let path = format!("/api/v1/students/{}", id_of(&student));
    let teacher = app.login(&room.school.login("teacher")).await;
    let fixed = patch(
        &app,
        &teacher.access,
        &path,
        json!({ "first_name": "Артемий", "patronymic": null, "sex": "male" }),
    )
    .await;
    assert_eq!(fixed.status, 200, "{}", fixed.text);
    let fixed = fixed.json();
    assert_eq!(fixed["person"]["first_name"], "Артемий");
    assert_eq!(fixed["person"]["patronymic"], Value::Null);
    assert_eq!(fixed["verification"]["overdue"], false);
    assert_eq!(fixed["verification"]["verified_by"]["surname"], "Волков");
    for (body, field) in [
        (json!({ "birth_date": "2099-01-01" }), "birth_date"),
        (json!({ "surname": "" }), "surname"),
        (json!({ "login": "hacker" }), "login"),
        (json!({ "sex": "other" }), ""),
    ] {
        let reply = patch(&app, &teacher.access, &path, body).await;
        if field.is_empty() {
            reply.problem(400, "malformed_body");
        } else {
            let problem = reply.problem(422, "validation_failed");
            assert_eq!(problem_fields(&problem), [field]);
        }
    }
    let unchanged = app.get(&path, &teacher.access).await.json();
    assert_eq!(unchanged["person"]["first_name"], "Артемий");
    assert_eq!(unchanged["birth_date"], "2015-03-14");
    // The teacher of 6Б and a subject teacher may not correct 5А's students.
    for key in ["teacher2", "subject"] {
        let token = app.login(&room.school.login(key)).await;
        patch(&app, &token.access, &path, json!({ "first_name": "Х" }))
            .await
            .problem(403, "forbidden");
    }
}
both_engines!(corrections_are_checked_and_count_as_verification);
