//! What a rollover refuses (R10): bad orders change nothing, a year is
//! rolled over once, and only the administration may do it.

use super::*;

async fn refuses_bad_input_and_changes_nothing(app: TestApp) {
    let r = rollover_school(&app, "rb-").await;
    let admin = &r.admin.access;
    let fifth = admit(&app, admin, &r.class["5А"], "Волкова", "Анна").await;
    let eighth = admit(&app, admin, &r.class["8А"], "Зайцев", "Лев").await;
    let other = rollover_school(&app, "rx-").await;
    let stranger = admit(
        &app,
        &other.admin.access,
        &other.class["5А"],
        "Чужой",
        "Ученик",
    )
    .await;
    let path = rollover_path(&r);
    let field = |p: &Value| p["errors"][0]["field"].as_str().unwrap().to_owned();

    // The target year: missing, the same, earlier, another school's.
    let before = json!({ "starts_on": "2029-09-03", "ends_on": "2030-05-31" });
    let earlier = post(&app, admin, "/api/v1/years", before).await.json()["id"].clone();
    for target in [
        json!(uuid::Uuid::now_v7()),
        json!(r.source),
        earlier,
        json!(other.target),
    ] {
        let mut body = order(&r.target, &[], &[]);
        body["target_year_id"] = target;
        let p = post(&app, admin, &path, body)
            .await
            .problem(422, "validation_failed");
        assert_eq!(field(&p), "target_year_id");
    }
    // Another school's year as the source is not found.
    let theirs = format!("/api/v1/years/{}/rollover", other.source);
    post(&app, admin, &theirs, order(&other.target, &[], &[]))
        .await
        .problem(404, "not_found");
    // Repeaters and leavers must study in this year; leavers only in grade 9.
    for (list, who) in [
        ("repeaters", id_of(&stranger)),
        ("repeaters", uuid::Uuid::now_v7().to_string()),
        ("leavers", id_of(&eighth)),
    ] {
        let mut body = order(&r.target, &[], &[]);
        body[list] = json!([who]);
        let p = post(&app, admin, &format!("{path}/preview"), body)
            .await
            .problem(422, "validation_failed");
        assert_eq!(field(&p), list);
    }
    let mut both = order(&r.target, &[], &[]);
    both["repeaters"] = json!([id_of(&fifth)]);
    both["leavers"] = json!([id_of(&fifth)]);
    post(&app, admin, &path, both)
        .await
        .problem(422, "validation_failed");
    // The order is required to apply (not to preview); the final grade is 9 or 11.
    let mut no_order = order(&r.target, &[], &[]);
    no_order["order_number"] = json!("  ");
    let p = post(&app, admin, &path, no_order.clone())
        .await
        .problem(422, "validation_failed");
    assert_eq!(field(&p), "order_number");
    let preview = post(&app, admin, &format!("{path}/preview"), no_order).await;
    assert_eq!(preview.status, 200, "{}", preview.text);
    let mut tenth = order(&r.target, &[], &[]);
    tenth["final_grade"] = json!(10);
    let p = post(&app, admin, &path, tenth)
        .await
        .problem(422, "validation_failed");
    assert_eq!(field(&p), "final_grade");
    // A basic school (final grade 9) cannot have an 11th grade.
    let mut basic = order(&r.target, &[], &[]);
    basic["final_grade"] = json!(9);
    let p = post(&app, admin, &path, basic)
        .await
        .problem(422, "validation_failed");
    assert_eq!(field(&p), "final_grade");
    let mut late = order(&r.target, &[], &[]);
    late["graduation_date"] = json!("2031-09-01");
    let p = post(&app, admin, &path, late)
        .await
        .problem(422, "validation_failed");
    assert_eq!(field(&p), "graduation_date");

    // A class the rollover would make already exists in the next year.
    let body = json!({ "year_id": r.target, "grade": 6, "letter": "А" });
    assert_eq!(post(&app, admin, "/api/v1/classes", body).await.status, 201);
    let p = post(&app, admin, &path, order(&r.target, &[], &[]))
        .await
        .problem(409, "conflict");
    assert!(p["detail"].as_str().unwrap().contains("6А"), "{p}");

    // Nothing was changed by any of it.
    assert_eq!(class_names(&app, admin, &r.target).await, ["6А"]);
    assert_eq!(student(&app, admin, &fifth).await["class"]["name"], "5А");
    let book = app.get("/api/v1/movements", admin).await.json();
    assert!(
        book.as_array()
            .unwrap()
            .iter()
            .all(|m| m["kind"] == "admission")
    );
    // A first grade set up beforehand is fine: a first-grade repeater joins it.
    let first = admit(&app, admin, &r.class["1А"], "Агеев", "Пётр").await;
    let body = json!({ "year_id": r.target, "grade": 1, "letter": "А" });
    assert_eq!(post(&app, admin, "/api/v1/classes", body).await.status, 201);
    let six = class_names(&app, admin, &r.target).await;
    assert_eq!(six, ["1А", "6А"]);
    let classes = app
        .get(&format!("/api/v1/classes?year_id={}", r.target), admin)
        .await
        .json();
    let six_id = classes[1]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        app.send(
            reqwest::Method::DELETE,
            &format!("/api/v1/classes/{six_id}"),
            Some(admin),
            None
        )
        .await
        .status,
        204
    );
    let first_id = id_of(&first);
    let done = post(&app, admin, &path, order(&r.target, &[&first_id], &[])).await;
    assert_eq!(done.status, 201, "{}", done.text);
    let plan = done.json();
    let one = plan["new_classes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "1А")
        .unwrap()
        .clone();
    assert_eq!(
        (one["exists"].as_bool(), one["assessment"].as_str()),
        (Some(true), Some("no_marks"))
    );
    let now = student(&app, admin, &first).await;
    assert_eq!(now["class"]["id"], classes[0]["id"]);
}
both_engines!(refuses_bad_input_and_changes_nothing);

async fn only_the_administration_rolls_over(app: TestApp) {
    let r = rollover_school(&app, "rr-").await;
    admit(&app, &r.admin.access, &r.class["5А"], "Волкова", "Анна").await;
    let path = rollover_path(&r);
    let body = order(&r.target, &[], &[]);
    for key in ["teacher", "secretary", "student", "parent"] {
        let tokens = app.login(&r.school.login(key)).await;
        for p in [path.clone(), format!("{path}/preview")] {
            post(&app, &tokens.access, &p, body.clone())
                .await
                .problem(403, "forbidden");
        }
    }
    for key in ["deputy", "director"] {
        let tokens = app.login(&r.school.login(key)).await;
        let reply = post(
            &app,
            &tokens.access,
            &format!("{path}/preview"),
            body.clone(),
        )
        .await;
        assert_eq!(reply.status, 200, "{key}: {}", reply.text);
    }
    let deputy = app.login(&r.school.login("deputy")).await;
    let reply = post(&app, &deputy.access, &path, body).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    app.send(reqwest::Method::POST, &path, None, Some(json!({})))
        .await
        .problem(401, "unauthenticated");
}
both_engines!(only_the_administration_rolls_over);
