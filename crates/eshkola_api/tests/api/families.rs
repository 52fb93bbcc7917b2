//! Parents, family links and the class roster (R1, R5, R9, R22, R34):
//! field-level access to family contacts, and verification of the data.

use reqwest::Method;
use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{
        TestApp,
        people::{add_parent, admit, classroom, id_of},
        setup::{delete, patch, post},
    },
};

async fn the_roster_shows_each_caller_only_what_they_may_see(app: TestApp) {
    let room = classroom(&app, "r-").await;
    let admin = &room.admin.access;
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    admit(&app, admin, &room.five, "Алексеева", "Дарья").await;
    add_parent(&app, admin, &id_of(&artem), "Иванова", "Марина").await;
    let path = format!("/api/v1/classes/{}/roster", room.five);

    // The class teacher and the administration: everything, contacts included.
    for key in ["teacher", "admin", "secretary"] {
        let token = app.login(&room.school.login(key)).await;
        let roster = app.get(&path, &token.access).await.json();
        assert_eq!(roster["view"], "full", "{key}");
        assert_eq!(roster["class"]["name"], "5А");
        assert_eq!(roster["students"][0]["person"]["surname"], "Алексеева");
        let artem = &roster["students"][1]["details"];
        assert_eq!(artem["birth_date"], "2015-03-14");
        assert_eq!(
            artem["guardians"][0]["parent"]["email"],
            "mother@example.ru"
        );
    }
    // A subject teacher of the class: names, nothing else.
    let subject = app.login(&room.school.login("subject")).await;
    let roster = app.get(&path, &subject.access).await;
    assert_eq!(roster.status, 200, "{}", roster.text);
    assert_eq!(roster.json()["view"], "names_only");
    assert!(!roster.text.contains("details"), "{}", roster.text);
    assert!(!roster.text.contains("+7 ("), "{}", roster.text);
    assert!(!roster.text.contains("example.ru"), "{}", roster.text);
    assert!(!roster.text.contains("2015-03-14"), "{}", roster.text);
    assert!(!roster.text.contains("login"), "{}", roster.text);
    // Another class teacher, students and parents: nothing.
    for key in ["teacher2", "parent", "student"] {
        let token = app.login(&room.school.login(key)).await;
        app.get(&path, &token.access)
            .await
            .problem(403, "forbidden");
    }
    let other = classroom(&app, "ro-").await;
    app.get(&format!("/api/v1/classes/{}/roster", other.five), admin)
        .await
        .problem(404, "not_found");
}
both_engines!(the_roster_shows_each_caller_only_what_they_may_see);

async fn parents_are_registered_linked_and_corrected(app: TestApp) {
    let room = classroom(&app, "p-").await;
    let admin = &room.admin.access;
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    let sofia = admit(&app, admin, &room.six, "Иванова", "София").await;
    let teacher = app.login(&room.school.login("teacher")).await;
    let mother = add_parent(&app, &teacher.access, &id_of(&artem), "Иванова", "Марина").await;
    assert_eq!(mother["parent"]["login"], "ivanova.m");
    assert_eq!(mother["parent"]["status"], "never_activated");
    assert_eq!(mother["children"][0]["class"]["name"], "5А");
    let mother_id = id_of(&mother);

    // The class teacher of 6Б may not link a parent of another class: that would
    // hand them another family. The administration links her.
    let teacher2 = app.login(&room.school.login("teacher2")).await;
    let sofia_path = format!("/api/v1/students/{}/guardians", id_of(&sofia));
    let body = json!({ "parent_id": mother_id, "relationship": "mother" });
    post(&app, &teacher2.access, &sofia_path, body.clone())
        .await
        .problem(403, "forbidden");
    let linked = post(&app, admin, &sofia_path, body.clone()).await;
    assert_eq!(linked.status, 200, "{}", linked.text);
    post(&app, admin, &sofia_path, body)
        .await
        .problem(409, "conflict");
    let body = json!({ "parent_id": room.school.id_of("teacher"), "relationship": "other" });
    let problem = post(&app, admin, &sofia_path, body)
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "parent_id");
    // …but may not register parents for 5А.
    let body = json!({ "surname": "Иванов", "first_name": "Дмитрий",
        "student_id": id_of(&artem), "relationship": "father" });
    post(&app, &teacher2.access, "/api/v1/parents", body)
        .await
        .problem(403, "forbidden");
    let family = app
        .get(&format!("/api/v1/parents/{mother_id}"), &teacher2.access)
        .await
        .json();
    assert_eq!(family["children"].as_array().unwrap().len(), 2);

    let path = format!("/api/v1/parents/{mother_id}");
    for (body, field) in [
        (json!({ "email": "нет почты" }), "email"),
        (json!({ "phone": "+49 30 123456" }), "phone"),
        (json!({ "children": [] }), "children"),
    ] {
        let problem = patch(&app, &teacher.access, &path, body)
            .await
            .problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], field);
    }
    let fixed = patch(
        &app,
        &teacher.access,
        &path,
        json!({ "phone": "+7 (923) 600-81-19", "email": null, "declined_electronic_access": true }),
    )
    .await;
    assert_eq!(fixed.status, 200, "{}", fixed.text);
    let fixed = fixed.json();
    assert_eq!(fixed["parent"]["phone"], "+7 (923) 600-81-19");
    assert_eq!(fixed["parent"]["email"], Value::Null);
    assert_eq!(fixed["parent"]["declined_electronic_access"], true);
    assert_eq!(fixed["parent"]["verification"]["overdue"], false);
    // A subject teacher may neither read nor correct family contacts.
    let subject = app.login(&room.school.login("subject")).await;
    app.get(&path, &subject.access)
        .await
        .problem(403, "forbidden");
    patch(&app, &subject.access, &path, json!({ "phone": null }))
        .await
        .problem(403, "forbidden");

    // Unlinking: the link goes, the parent stays.
    let unlinked = delete(&app, &teacher2.access, &format!("{sofia_path}/{mother_id}")).await;
    assert_eq!(unlinked.status, 204, "{}", unlinked.text);
    delete(&app, &teacher2.access, &format!("{sofia_path}/{mother_id}"))
        .await
        .problem(404, "not_found");
    let list = app.get("/api/v1/parents", admin).await.json();
    let mother = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["parent"]["person"]["id"] == mother_id.as_str())
        .expect("still registered");
    assert_eq!(mother["children"].as_array().unwrap().len(), 1);
    app.get("/api/v1/parents", &teacher.access)
        .await
        .problem(403, "forbidden");
}
both_engines!(parents_are_registered_linked_and_corrected);

async fn a_parent_sees_only_their_own_family(app: TestApp) {
    let room = classroom(&app, "f-").await;
    let admin = &room.admin.access;
    let artem = admit(&app, admin, &room.five, "Иванов", "Артём").await;
    let gleb = admit(&app, admin, &room.five, "Петров", "Глеб").await;
    for (student, parent) in [(&artem, "parent"), (&gleb, "parent2")] {
        let path = format!("/api/v1/students/{}/guardians", id_of(student));
        let body = json!({ "parent_id": room.school.id_of(parent), "relationship": "mother" });
        assert_eq!(post(&app, admin, &path, body).await.status, 200);
    }
    let parent = app.login(&room.school.login("parent")).await;
    let me = app.get("/api/v1/me", &parent.access).await.json();
    let children: Vec<_> = me["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["surname"].as_str().unwrap())
        .collect();
    assert_eq!(
        children,
        ["Иванов", "Иванов"],
        "the fixture child and Артём"
    );
    let own = app
        .get(
            &format!("/api/v1/students/{}", id_of(&artem)),
            &parent.access,
        )
        .await;
    assert_eq!(own.status, 200, "{}", own.text);
    assert!(!own.text.contains("Петров"));
    let parent2_id = room.school.id_of("parent2");
    for path in [
        format!("/api/v1/students/{}", id_of(&gleb)),
        format!("/api/v1/parents/{parent2_id}"),
        format!("/api/v1/classes/{}/roster", room.five),
        "/api/v1/parents".to_owned(),
        "/api/v1/movements".to_owned(),
    ] {
        app.get(&path, &parent.access)
            .await
            .problem(403, "forbidden");
    }
    for path in [
        format!("/api/v1/people/{parent2_id}/verify"),
        format!("/api/v1/people/{parent2_id}/credentials"),
    ] {
        app.send(Method::POST, &path, Some(&parent.access), None)
            .await
            .problem(403, "forbidden");
    }
}
both_engines!(a_parent_sees_only_their_own_family);

async fn the_class_teacher_verifies_the_data(app: TestApp) {
    let room = classroom(&app, "v-").await;
    let artem = admit(&app, &room.admin.access, &room.five, "Иванов", "Артём").await;
    let mother = add_parent(
        &app,
        &room.admin.access,
        &id_of(&artem),
        "Иванова",
        "Марина",
    )
    .await;
    let teacher = app.login(&room.school.login("teacher")).await;
    for record in [&artem, &mother] {
        let path = format!("/api/v1/people/{}/verify", id_of(record));
        let reply = app
            .send(Method::POST, &path, Some(&teacher.access), None)
            .await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        let verification = reply.json();
        assert_eq!(verification["overdue"], false);
        assert_eq!(verification["verified_by"]["surname"], "Волков");
        for key in ["teacher2", "subject"] {
            let token = app.login(&room.school.login(key)).await;
            app.send(Method::POST, &path, Some(&token.access), None)
                .await
                .problem(403, "forbidden");
        }
    }
    let roster = app
        .get(
            &format!("/api/v1/classes/{}/roster", room.five),
            &teacher.access,
        )
        .await
        .json();
    let details = &roster["students"][0]["details"];
    assert_eq!(details["verification"]["overdue"], false);
    assert_eq!(
        details["guardians"][0]["parent"]["verification"]["overdue"],
        false
    );
    // Staff are not verified here; ids of other schools are not found.
    let admin_id = room.school.id_of("admin");
    app.send(
        Method::POST,
        &format!("/api/v1/people/{admin_id}/verify"),
        Some(&room.admin.access),
        None,
    )
    .await
    .problem(404, "not_found");
    let other = classroom(&app, "vo-").await;
    let stranger = admit(&app, &other.admin.access, &other.five, "Чужой", "Ученик").await;
    let path = format!("/api/v1/people/{}/verify", id_of(&stranger));
    app.send(Method::POST, &path, Some(&room.admin.access), None)
        .await
        .problem(404, "not_found");
}
both_engines!(the_class_teacher_verifies_the_data);
