//! Bulk import (R11): malformed files, encodings, XLSX and formula cells.

use super::*;

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
