//! Plan files (R13): a dry run reports rows and errors by row and column,
//! an apply replaces the plan, the export reads back unchanged, in CSV
//! (UTF-8 and Windows-1251, `;` or `,`) and XLSX.

use reqwest::Method;
use serde_json::json;

use super::{plan_fixture, put_plan, topic, topic_ids};
use crate::{
    both_engines,
    support::{Reply, TestApp},
};

async fn upload(app: &TestApp, token: &str, a: &str, mode: &str, body: Vec<u8>) -> Reply {
    app.send_raw_with(
        Method::POST,
        &format!("/api/v1/assignments/{a}/plan/import?mode={mode}"),
        token,
        "text/csv",
        body,
    )
    .await
}

async fn download(app: &TestApp, token: &str, path: &str) -> Vec<u8> {
    app.download(path, token).await.1
}

const PLAN_CSV: &str = "№;Тема урока;Часы;Вид работы\n\
    1;Натуральные числа;2;\n\
    2;Входная контрольная работа;1;контрольная работа\n\
    3;Измерение длины;1;практическая\n";

async fn a_plan_file_is_checked_then_applied(app: TestApp) {
    let (f, a) = plan_fixture(&app, "pi-").await;
    let teacher = app.login(&f.c.school.login("subject")).await.access;

    let dry = upload(&app, &teacher, &a, "dry_run", PLAN_CSV.into()).await;
    assert_eq!(dry.status, 200, "{}", dry.text);
    let dry = dry.json();
    assert_eq!(dry["applied"], false);
    assert_eq!(dry["total_hours"], 4);
    assert_eq!(dry["topics"][1]["category"], "control");
    assert_eq!(dry["topics"][2]["category"], "practical");
    assert_eq!(dry["errors"], json!([]));
    let plan = app
        .get(&format!("/api/v1/assignments/{a}/plan"), &teacher)
        .await
        .json();
    assert_eq!(plan["topics"], json!([]), "a dry run writes nothing");

    let applied = upload(&app, &teacher, &a, "apply", PLAN_CSV.into()).await;
    assert_eq!(applied.status, 200, "{}", applied.text);
    assert_eq!(applied.json()["applied"], true);
    let plan = app
        .get(&format!("/api/v1/assignments/{a}/plan"), &teacher)
        .await
        .json();
    let titles: Vec<&str> = plan["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Натуральные числа",
            "Входная контрольная работа",
            "Измерение длины"
        ]
    );
    let ids = topic_ids(&plan);

    // The export imports back unchanged, keeping every id.
    for format in ["csv", "xlsx"] {
        let file = download(
            &app,
            &teacher,
            &format!("/api/v1/assignments/{a}/plan/export?format={format}"),
        )
        .await;
        let again = upload(&app, &teacher, &a, "apply", file).await;
        assert_eq!(again.status, 200, "{format}: {}", again.text);
        assert_eq!(again.json()["kept"], 3, "{format}");
        assert_eq!(again.json()["removed"], 0, "{format}");
        let plan = app
            .get(&format!("/api/v1/assignments/{a}/plan"), &teacher)
            .await
            .json();
        assert_eq!(topic_ids(&plan), ids, "{format}");
        assert_eq!(plan["total_hours"], 4);
    }

    // Windows-1251, `,`-separated, without the optional columns.
    let text = "Тема урока,Часы\nЁмкость сосудов,2\n";
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(text);
    let reply = upload(&app, &teacher, &a, "dry_run", cp1251.into_owned()).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(
        reply.json()["topics"],
        json!([{ "id": null, "title": "Ёмкость сосудов", "hours": 2, "category": "ordinary" }])
    );
    assert_eq!(reply.json()["removed"], 3);

    // The template has the header row.
    let template = download(&app, &teacher, "/api/v1/plans/template?format=csv").await;
    let template = String::from_utf8(template).unwrap();
    assert!(
        template.starts_with("\u{feff}№;Тема урока;Часы;Вид работы"),
        "{template}"
    );
}
both_engines!(a_plan_file_is_checked_then_applied);

async fn bad_plan_files_report_rows_and_write_nothing(app: TestApp) {
    let (f, a) = plan_fixture(&app, "pb-").await;
    let teacher = app.login(&f.c.school.login("subject")).await.access;
    let saved = put_plan(&app, &teacher, &a, json!([topic("Было", 1)])).await;
    assert_eq!(saved.status, 200);
    let bad = "№;Тема урока;Часы;Вид работы\n1;Дроби;два;\nx;;1;экскурсия\n";
    let dry = upload(&app, &teacher, &a, "dry_run", bad.into()).await;
    assert_eq!(dry.status, 200, "{}", dry.text);
    let errors: Vec<(u64, String)> = dry.json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["row"].as_u64().unwrap(),
                e["column"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            (2, "Часы".to_owned()),
            (3, "№".to_owned()),
            (3, "Тема урока".to_owned()),
            (3, "Вид работы".to_owned())
        ]
    );
    let refused = upload(&app, &teacher, &a, "apply", bad.into()).await;
    let problem = refused.problem(422, "validation_failed");
    assert_eq!(problem["report"]["applied"], false);
    assert_eq!(problem["report"]["errors"].as_array().unwrap().len(), 4);
    let plan = app
        .get(&format!("/api/v1/assignments/{a}/plan"), &teacher)
        .await
        .json();
    assert_eq!(plan["topics"][0]["title"], "Было", "nothing written");
    // A missing required column is a file error.
    let reply = upload(&app, &teacher, &a, "dry_run", "№;Часы\n1;2\n".into()).await;
    let problem = reply.problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "file");
    assert!(
        problem["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Тема урока"),
        "{problem}"
    );
    // Readers cannot import.
    let class_teacher = app.login(&f.c.school.login("teacher")).await.access;
    upload(&app, &class_teacher, &a, "apply", PLAN_CSV.into())
        .await
        .problem(403, "forbidden");
}
both_engines!(bad_plan_files_report_rows_and_write_nothing);
