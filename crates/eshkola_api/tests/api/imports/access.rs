//! Bulk import (R11): who may import and export, and other schools out of reach.

use super::*;

async fn who_may_import_and_export(app: TestApp) {
    let room = classroom(&app, "w-").await;
    let mut school = room.school;
    app.add_person(&mut school, "deputy", &[eshkola_domain::Role::Deputy]);
    let secretary = app.login(&school.login("secretary")).await.access;
    let deputy = app.login(&school.login("deputy")).await.access;
    let teacher = app.login(&school.login("teacher")).await.access;
    let parent = app.login(&school.login("parent")).await.access;
    let student = app.login(&school.login("student")).await.access;
    let admin = room.admin.access;
    let allowed: &[(&str, &[&str])] = &[
        ("classes", &["admin", "deputy"]),
        ("students", &["admin", "deputy", "secretary"]),
        ("parents", &["admin", "deputy", "secretary"]),
        ("staff", &["admin"]),
    ];
    let people = [
        ("admin", &admin),
        ("deputy", &deputy),
        ("secretary", &secretary),
        ("teacher", &teacher),
        ("parent", &parent),
        ("student", &student),
    ];
    for (kind, who) in allowed {
        for (name, token) in &people {
            let may = who.contains(name);
            let expect = if may { 200 } else { 403 };
            let (status, _) =
                download(&app, token, &format!("/api/v1/imports/{kind}/template")).await;
            assert_eq!(status.as_u16(), expect, "{name} template {kind}");
            let (status, _) = download(&app, token, &format!("/api/v1/exports/{kind}")).await;
            assert_eq!(status.as_u16(), expect, "{name} export {kind}");
            let reply = upload(&app, token, kind, "dry_run", b"x".to_vec()).await;
            let expect = if may { 422 } else { 403 };
            assert_eq!(
                reply.status.as_u16(),
                expect,
                "{name} import {kind}: {}",
                reply.text
            );
        }
    }
    let reply = reqwest::Client::new()
        .post(format!("{}/api/v1/imports/students", app.base))
        .body(STUDENTS_CSV)
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 401);
}
both_engines!(who_may_import_and_export);

async fn another_schools_lists_stay_out_of_reach(app: TestApp) {
    let a = classroom(&app, "a-").await;
    let b = classroom(&app, "b-").await;
    upload(
        &app,
        &a.admin.access,
        "students",
        "apply",
        STUDENTS_CSV.into(),
    )
    .await;
    // School B's export has none of school A's students, and its parents file
    // cannot reach them.
    let (_, csv) = download(&app, &b.admin.access, "/api/v1/exports/students?format=csv").await;
    assert!(!String::from_utf8(csv).unwrap().contains("Смирнова"));
    let reply = upload(
        &app,
        &b.admin.access,
        "parents",
        "dry_run",
        PARENTS_CSV.into(),
    )
    .await;
    let found = errors(&reply.json());
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found
            .iter()
            .all(|(_, c, m)| c == "Фамилия ребёнка" && m.contains("нет ученика"))
    );
    // Staff matched by login only within the school.
    let staff = "Фамилия;Имя;Логин;Роли\nКузнецова;Ольга;a-admin;учитель\n";
    let reply = upload(&app, &b.admin.access, "staff", "dry_run", staff.into()).await;
    let found = errors(&reply.json());
    assert_eq!(
        found,
        vec![(
            2,
            "Логин".into(),
            "Среди сотрудников школы нет такого логина.".into()
        )]
    );
    // Another school's year is not found.
    let years = app.get("/api/v1/years", &a.admin.access).await.json();
    let year_a = years[0]["id"].as_str().unwrap();
    let path = format!("/api/v1/imports/students?mode=dry_run&year_id={year_a}");
    send(&app, &b.admin.access, &path, STUDENTS_CSV.into())
        .await
        .problem(404, "not_found");
    let (status, _) = download(
        &app,
        &b.admin.access,
        &format!("/api/v1/exports/classes?year_id={year_a}"),
    )
    .await;
    assert_eq!(status, 404);
}
both_engines!(another_schools_lists_stay_out_of_reach);

async fn namesakes_in_one_file_get_their_own_logins(app: TestApp) {
    let room = classroom(&app, "n-").await;
    let token = &room.admin.access;
    let csv = "Фамилия;Имя;Дата рождения;Пол;Класс;Номер приказа\n\
        Орлов;Иван;01.01.2016;м;5А;3-у\n\
        Орлов;Иван;02.02.2016;м;6Б;3-у\n";
    let reply = upload(&app, token, "students", "apply", csv.into()).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let list = app.get("/api/v1/students", token).await.json();
    let mut logins: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["person"]["surname"] == "Орлов")
        .map(|s| s["login"].as_str().unwrap().to_owned())
        .collect();
    logins.sort();
    assert_eq!(logins, ["orlov.i", "orlov.i2"]);
}
both_engines!(namesakes_in_one_file_get_their_own_logins);
