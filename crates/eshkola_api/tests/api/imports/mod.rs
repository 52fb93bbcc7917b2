//! Bulk import and export (R11): dry run and apply of classes, students,
//! parents and staff from CSV and XLSX; re-importing changes nothing; bad
//! files and rows get errors by row and column and write nothing; who may
//! import what (R2: staff only by the administrator), and the wall between
//! schools.

use reqwest::StatusCode;
use serde_json::Value;

use crate::{
    both_engines,
    support::{Reply, TestApp, people::classroom},
};

const STUDENTS_CSV: &str = "\u{feff}Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Номер приказа\n\
    Смирнова;Дарья;Олеговна;14.03.2019;ж;5А;15-у\n\
    Кузьмин;Егор;;02.11.2018;м;6Б;15-у\n";

const PARENTS_CSV: &str = "Фамилия;Имя;Отчество;Телефон;Электронная почта;Фамилия ребёнка;Имя ребёнка;Отчество ребёнка;Дата рождения ребёнка;Кем приходится\n\
    Смирнова;Ольга;Петровна;8 913 111-22-33;;Смирнова;Дарья;Олеговна;14.03.2019;мать\n\
    Смирнова;Ольга;Петровна;+7 (913) 111-22-33;;Кузьмин;Егор;;02.11.2018;опекун\n\
    Кузьмин;Игорь;;;igor@example.org;Кузьмин;Егор;;02.11.2018;отец\n";

/// Uploads a file to `/api/v1/imports/{kind}`.
pub async fn upload(app: &TestApp, token: &str, kind: &str, mode: &str, body: Vec<u8>) -> Reply {
    send(
        app,
        token,
        &format!("/api/v1/imports/{kind}?mode={mode}"),
        body,
    )
    .await
}

async fn send(app: &TestApp, token: &str, path: &str, body: Vec<u8>) -> Reply {
    let response = reqwest::Client::new()
        .post(format!("{}{path}", app.base))
        .bearer_auth(token)
        .header("content-type", "text/csv")
        .body(body)
        .send()
        .await
        .expect("upload");
    Reply {
        status: response.status(),
        headers: response.headers().clone(),
        text: response.text().await.unwrap_or_default(),
    }
}

async fn download(app: &TestApp, token: &str, path: &str) -> (StatusCode, Vec<u8>) {
    let response = reqwest::Client::new()
        .get(format!("{}{path}", app.base))
        .bearer_auth(token)
        .send()
        .await
        .expect("download");
    let status = response.status();
    (status, response.bytes().await.unwrap_or_default().to_vec())
}

fn counts(report: &Value) -> (u64, u64, u64, usize) {
    (
        report["new"].as_u64().unwrap(),
        report["changed"].as_u64().unwrap(),
        report["unchanged"].as_u64().unwrap(),
        report["errors"].as_array().unwrap().len(),
    )
}

/// The errors of a report as (row, column, message).
fn errors(report: &Value) -> Vec<(u64, String, String)> {
    report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["row"].as_u64().unwrap(),
                e["column"].as_str().unwrap_or("").to_owned(),
                e["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn student_count(app: &TestApp, token: &str) -> usize {
    app.get("/api/v1/students", token)
        .await
        .json()
        .as_array()
        .unwrap()
        .len()
}

async fn the_secretary_imports_students_with_a_dry_run_first(app: TestApp) {
    let room = classroom(&app, "s-").await;
    let secretary = app.login(&room.school.login("secretary")).await;
    let token = &secretary.access;
    let before = student_count(&app, token).await;
    let dry = upload(&app, token, "students", "dry_run", STUDENTS_CSV.into()).await;
    assert_eq!(dry.status, 200, "{}", dry.text);
    let dry = dry.json();
    assert_eq!(counts(&dry), (2, 0, 0, 0));
    assert_eq!(dry["applied"], false);
    assert_eq!(dry["rows"][0]["row"], 2);
    assert_eq!(dry["rows"][0]["label"], "Смирнова Дарья Олеговна");
    assert_eq!(
        student_count(&app, token).await,
        before,
        "a dry run writes nothing"
    );

    let applied = upload(&app, token, "students", "apply", STUDENTS_CSV.into()).await;
    assert_eq!(applied.status, 200, "{}", applied.text);
    assert_eq!(applied.json()["applied"], true);
    let five = app
        .get(&format!("/api/v1/students?class_id={}", room.five), token)
        .await
        .json();
    assert_eq!(five.as_array().unwrap().len(), 1);
    assert_eq!(five[0]["person"]["surname"], "Смирнова");
    assert_eq!(five[0]["birth_date"], "2019-03-14");
    assert_eq!(five[0]["status"], "never_activated");
    // Admitted as by hand: enrolled on the year's first day, in the movement book.
    assert_eq!(five[0]["enrolled_on"], "2030-09-02");
    let book = app.get("/api/v1/movements", token).await.json();
    let admissions: Vec<_> = book
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "admission" && m["order_number"] == "15-у")
        .collect();
    assert_eq!(admissions.len(), 2);

    // The same file again changes nothing.
    let again = upload(&app, token, "students", "apply", STUDENTS_CSV.into()).await;
    assert_eq!(again.status, 200, "{}", again.text);
    assert_eq!(counts(&again.json()), (0, 0, 2, 0));
    assert_eq!(student_count(&app, token).await, before + 2);
    // Case and ё do not make another person; a corrected sex is a change.
    let edited = STUDENTS_CSV
        .replace("Кузьмин;Егор;;02.11.2018;м", "КУЗЬМИН;егор;;02.11.2018;ж")
        .replace(";15-у", ";");
    let changed = upload(&app, token, "students", "apply", edited.into()).await;
    let changed = changed.json();
    assert_eq!(counts(&changed), (0, 1, 1, 0), "{changed}");
    assert_eq!(changed["rows"][1]["changes"][0]["column"], "Пол");
    assert_eq!(changed["rows"][1]["changes"][0]["old"], "м");
    assert_eq!(changed["rows"][1]["changes"][0]["new"], "ж");
    assert_eq!(student_count(&app, token).await, before + 2);
}
both_engines!(the_secretary_imports_students_with_a_dry_run_first);

async fn parents_are_linked_to_their_children_once(app: TestApp) {
    let room = classroom(&app, "p-").await;
    let token = &room.admin.access;
    let reply = upload(&app, token, "students", "apply", STUDENTS_CSV.into()).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let parents_before = app
        .get("/api/v1/parents", token)
        .await
        .json()
        .as_array()
        .unwrap()
        .len();
    let dry = upload(&app, token, "parents", "dry_run", PARENTS_CSV.into()).await;
    assert_eq!(dry.status, 200, "{}", dry.text);
    assert_eq!(counts(&dry.json()), (3, 0, 0, 0));
    let applied = upload(&app, token, "parents", "apply", PARENTS_CSV.into()).await;
    assert_eq!(applied.status, 200, "{}", applied.text);
    let parents = app.get("/api/v1/parents", token).await.json();
    // One mother of two children (same phone, written two ways) and a father.
    assert_eq!(parents.as_array().unwrap().len(), parents_before + 2);
    let olga = parents
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["parent"]["person"]["first_name"] == "Ольга")
        .expect("Ольга")
        .clone();
    assert_eq!(olga["parent"]["phone"], "+7 (913) 111-22-33");
    assert_eq!(olga["children"].as_array().unwrap().len(), 2, "{olga}");

    let again = upload(&app, token, "parents", "apply", PARENTS_CSV.into()).await;
    assert_eq!(counts(&again.json()), (0, 0, 3, 0));
    // A new e-mail and another relationship are changes of the stored parent.
    let edited = PARENTS_CSV.replace(
        "igor@example.org;Кузьмин;Егор;;02.11.2018;отец",
        "igor@example.org;Кузьмин;Егор;;02.11.2018;другое",
    );
    let changed = upload(&app, token, "parents", "apply", edited.into())
        .await
        .json();
    assert_eq!(counts(&changed), (0, 1, 2, 0), "{changed}");
    assert_eq!(changed["rows"][2]["changes"][0]["column"], "Кем приходится");
    assert_eq!(
        app.get("/api/v1/parents", token)
            .await
            .json()
            .as_array()
            .unwrap()
            .len(),
        parents_before + 2
    );
}
both_engines!(parents_are_linked_to_their_children_once);

async fn the_administrator_imports_staff_and_classes(app: TestApp) {
    let room = classroom(&app, "c-").await;
    let token = &room.admin.access;
    let staff = "Фамилия;Имя;Отчество;Логин;Роли\n\
        Орлова;Нина;Викторовна;;учитель, классный руководитель\n\
        Волков;Сергей;;c-teacher;учитель, классный руководитель\n";
    let dry = upload(&app, token, "staff", "dry_run", staff.into())
        .await
        .json();
    assert_eq!(counts(&dry), (1, 0, 1, 0), "{dry}");
    let applied = upload(&app, token, "staff", "apply", staff.into()).await;
    assert_eq!(applied.status, 200, "{}", applied.text);
    let again = upload(&app, token, "staff", "apply", staff.into())
        .await
        .json();
    assert_eq!(counts(&again), (0, 0, 2, 0), "{again}");

    let classes = "Класс;Смена;Оценивание;Классный руководитель\n\
        7В;2;;Орлова Нина Викторовна\n\
        1А;1;без отметок;\n\
        5а;;;Волков Сергей\n";
    let dry = upload(&app, token, "classes", "dry_run", classes.into())
        .await
        .json();
    assert_eq!(counts(&dry), (2, 0, 1, 0), "{dry}");
    assert_eq!(dry["rows"][2]["label"], "5А");
    upload(&app, token, "classes", "apply", classes.into()).await;
    let list = app.get("/api/v1/classes", token).await.json();
    let seven = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "7В")
        .expect("7В")
        .clone();
    assert_eq!(seven["shift"], 2);
    assert_eq!(seven["class_teacher"]["surname"], "Орлова");
    let again = upload(&app, token, "classes", "apply", classes.into())
        .await
        .json();
    assert_eq!(counts(&again), (0, 0, 3, 0), "{again}");

    // Exports read back unchanged, in both formats.
    for kind in ["classes", "staff"] {
        for format in ["csv", "xlsx"] {
            let (status, file) = download(
                &app,
                token,
                &format!("/api/v1/exports/{kind}?format={format}"),
            )
            .await;
            assert_eq!(status, 200);
            let back = upload(&app, token, kind, "dry_run", file).await;
            assert_eq!(back.status, 200, "{kind} {format}: {}", back.text);
            let back = back.json();
            assert_eq!(back["new"], 0, "{kind} {format}: {back}");
            assert_eq!(back["changed"], 0, "{kind} {format}: {back}");
            assert_eq!(back["errors"].as_array().unwrap().len(), 0, "{back}");
        }
    }
}
both_engines!(the_administrator_imports_staff_and_classes);

async fn exports_of_students_and_parents_read_back_unchanged(app: TestApp) {
    let room = classroom(&app, "e-").await;
    let token = &room.admin.access;
    upload(&app, token, "students", "apply", STUDENTS_CSV.into()).await;
    upload(&app, token, "parents", "apply", PARENTS_CSV.into()).await;
    for kind in ["students", "parents"] {
        for format in ["csv", "xlsx"] {
            let (status, file) = download(
                &app,
                token,
                &format!("/api/v1/exports/{kind}?format={format}"),
            )
            .await;
            assert_eq!(status, 200);
            let back = upload(&app, token, kind, "dry_run", file).await.json();
            assert_eq!(
                counts(&back),
                (0, 0, if kind == "students" { 2 } else { 3 }, 0),
                "{kind} {format}: {back}"
            );
        }
    }
    let (_, csv) = download(&app, token, "/api/v1/exports/students?format=csv").await;
    let text = String::from_utf8(csv).unwrap();
    assert!(
        text.starts_with("\u{feff}Фамилия;Имя;Отчество;Дата рождения;Пол;Класс"),
        "{text}"
    );
    assert!(
        text.contains("Смирнова;Дарья;Олеговна;14.03.2019;ж;5А;02.09.2030;15-у"),
        "{text}"
    );
}
both_engines!(exports_of_students_and_parents_read_back_unchanged);

async fn bad_rows_are_reported_by_row_and_column_and_nothing_is_written(app: TestApp) {
    let room = classroom(&app, "r-").await;
    let token = &room.admin.access;
    let before = student_count(&app, token).await;
    let csv = "Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Номер приказа\n\
        Смирнова;Дарья;;14.03.2019;ж;5А;15-у\n\
        ;Пётр;;31.02.2018;x;5Я;15-у\n\
        Лаптев;Иван;;01.01.1990;м;5А;\n\
        Смирнова;Дарья;;14.03.2019;ж;5А;15-у\n\
        Белов;Олег;;=1+1;м;5A;15-у\n";
    let dry = upload(&app, token, "students", "dry_run", csv.into()).await;
    assert_eq!(dry.status, 200, "{}", dry.text);
    let found = errors(&dry.json());
    let has = |row: u64, column: &str, part: &str| {
        found
            .iter()
            .any(|(r, c, m)| *r == row && c == column && m.contains(part))
    };
    assert!(has(3, "Фамилия", "Обязательное"), "{found:?}");
    assert!(has(3, "Дата рождения", "ДД.ММ.ГГГГ"), "{found:?}");
    assert!(has(3, "Пол", "«м» или «ж»"), "{found:?}");
    assert!(has(3, "Класс", "нет класса 5Я"), "{found:?}");
    assert!(has(4, "Дата рождения", "больше 30 лет"), "{found:?}");
    assert!(has(4, "Номер приказа", "Обязательное"), "{found:?}");
    assert!(has(5, "", "строке 2"), "{found:?}");
    assert!(has(6, "Дата рождения", "формула"), "{found:?}");
    let about_the_formula = found
        .iter()
        .filter(|(r, c, _)| *r == 6 && c == "Дата рождения");
    assert_eq!(
        about_the_formula.count(),
        1,
        "a formula cell gets one error: {found:?}"
    );
    assert!(has(6, "Класс", "латиницей"), "{found:?}");
    let report = dry.json();
    assert_eq!(report["rows"][0]["status"], "new");
    assert_eq!(report["rows"][1]["status"], "error");

    let refused = upload(&app, token, "students", "apply", csv.into()).await;
    let problem = refused.problem(422, "validation_failed");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("ничего не записано")
    );
    assert_eq!(problem["report"]["applied"], false);
    assert_eq!(errors(&problem["report"]), found);
    assert_eq!(student_count(&app, token).await, before, "all or nothing");
}
both_engines!(bad_rows_are_reported_by_row_and_column_and_nothing_is_written);

mod access;
mod files;
