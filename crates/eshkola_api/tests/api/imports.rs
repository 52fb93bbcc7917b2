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

async fn bad_files_get_clear_errors(app: TestApp) {
    let room = classroom(&app, "f-").await;
    let token = &room.admin.access;
    let file_error = |reply: &Reply| {
        let problem = reply.problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], "file", "{problem}");
        problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["message"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (Vec::new(), "пуст"),
        (b"\x00\x01\x02garbage\x00".to_vec(), "не таблица"),
        (b"\xFF\xFEU\x00T\x00".to_vec(), "UTF-16"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec(), ".xls"),
        (b"PK\x03\x04not really a zip".to_vec(), "повреждён"),
        (
            "Фамилия;Имя;Возраст\nИванов;Иван;12\n".into(),
            "Столбец «Возраст» не предусмотрен",
        ),
        (
            "Фамилия;Имя\nИванов;Иван\n".into(),
            "Нет обязательного столбца «Дата рождения»",
        ),
    ];
    for (body, expected) in cases {
        let reply = upload(&app, token, "students", "dry_run", body).await;
        let message = file_error(&reply);
        assert!(message.contains(expected), "{expected}: {message}");
    }
    // KOI8-R is neither of the two encodings: the headers come out garbled.
    let (koi8, _, _) = encoding_rs::KOI8_R.encode("Фамилия;Имя;Отчество;Дата рождения;Пол;Класс\n");
    let message = file_error(&upload(&app, token, "students", "dry_run", koi8.into_owned()).await);
    assert!(message.contains("Windows-1251"), "{message}");
    // Windows-1251 with `,` separators reads fine.
    let text = "Фамилия,Имя,Отчество,Дата рождения,Пол,Класс,Номер приказа\nЁжикова,Анна,,01.02.2019,ж,5А,7-у\n";
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(text);
    let reply = upload(&app, token, "students", "dry_run", cp1251.into_owned()).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(reply.json()["rows"][0]["label"], "Ёжикова Анна");
    assert_eq!(counts(&reply.json()), (1, 0, 0, 0));
    // Over 5 MiB: 413 with a problem document.
    let big = vec![b'a'; 5 * 1024 * 1024 + 1];
    let reply = upload(&app, token, "students", "dry_run", big).await;
    let problem = reply.problem(413, "payload_too_large");
    assert!(
        problem["detail"].as_str().unwrap().contains("5 МБ"),
        "{problem}"
    );
    // An unknown list is 404.
    let reply = upload(&app, token, "pets", "dry_run", STUDENTS_CSV.into()).await;
    reply.problem(404, "not_found");
}
both_engines!(bad_files_get_clear_errors);

fn xlsx(rows: &[&[&str]], formula_at: Option<(u32, u16, &str)>) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    if let Some((r, c, formula)) = formula_at {
        sheet.write_formula(r, c, formula).unwrap();
    }
    book.save_to_buffer().unwrap()
}

async fn xlsx_files_are_read_and_formulas_refused(app: TestApp) {
    let room = classroom(&app, "x-").await;
    let token = &room.admin.access;
    let header: &[&str] = &[
        "Фамилия",
        "Имя",
        "Дата рождения",
        "Пол",
        "Класс",
        "Номер приказа",
    ];
    let good = xlsx(
        &[header, &["Смирнова", "Дарья", "14.03.2019", "ж", "5А", "1"]],
        None,
    );
    let reply = upload(&app, token, "students", "dry_run", good).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(counts(&reply.json()), (1, 0, 0, 0));
    let with_formula = xlsx(
        &[header, &["Смирнова", "Дарья", "14.03.2019", "ж", "5А", "1"]],
        Some((1, 5, "=1+1")),
    );
    let reply = upload(&app, token, "students", "dry_run", with_formula).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let found = errors(&reply.json());
    assert!(
        found
            .iter()
            .any(|(r, c, m)| *r == 2 && c == "Номер приказа" && m.contains("формула")),
        "{found:?}"
    );
    // Templates come in both formats with the documented headers.
    let (status, csv) = download(&app, token, "/api/v1/imports/parents/template?format=csv").await;
    assert_eq!(status, 200);
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.contains(
            "Фамилия ребёнка;Имя ребёнка;Отчество ребёнка;Дата рождения ребёнка;Кем приходится"
        ),
        "{csv}"
    );
    let (status, book) = download(&app, token, "/api/v1/imports/students/template").await;
    assert_eq!(status, 200);
    let reply = upload(&app, token, "students", "dry_run", book).await;
    assert_eq!(reply.status, 200, "an empty template reads: {}", reply.text);
    assert_eq!(counts(&reply.json()), (0, 0, 0, 0));
}
both_engines!(xlsx_files_are_read_and_formulas_refused);

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
