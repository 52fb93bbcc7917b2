//! A whole rollover (R10): promotion, graduation, repeaters, the movement
//! book and the families' access afterwards.

use super::*;

async fn promotes_graduates_and_keeps_repeaters(app: TestApp) {
    let r = rollover_school(&app, "ro-").await;
    let admin = &r.admin.access;
    let first = admit(&app, admin, &r.class["1А"], "Агеев", "Пётр").await;
    let fourth = admit(&app, admin, &r.class["4А"], "Белов", "Иван").await;
    let fifth = admit(&app, admin, &r.class["5А"], "Волкова", "Анна").await;
    let repeater = admit(&app, admin, &r.class["5А"], "Громов", "Олег").await;
    let ninth = admit(&app, admin, &r.class["9А"], "Дёмин", "Роман").await;
    let leaver = admit(&app, admin, &r.class["9А"], "Егоров", "Илья").await;
    let senior = admit(&app, admin, &r.class["11А"], "Волков", "Денис").await;
    let alone = admit(&app, admin, &r.class["11А"], "Жуков", "Марк").await;
    // Anna's mother also has Denis, who graduates: she keeps her access.
    let volkova = add_parent(&app, admin, &id_of(&fifth), "Волкова", "Ирина").await;
    let link = json!({ "parent_id": id_of(&volkova), "relationship": "mother" });
    let path = format!("/api/v1/students/{}/guardians", id_of(&senior));
    assert_eq!(post(&app, admin, &path, link).await.status, 200);
    // Mark's father has no other child: he loses access with Mark.
    let zhukov = add_parent(&app, admin, &id_of(&alone), "Жуков", "Павел").await;
    let volkova_tokens = signed_in(&app, admin, &volkova).await;
    let zhukov_tokens = signed_in(&app, admin, &zhukov).await;
    let mark_tokens = signed_in(&app, admin, &alone).await;

    let repeaters = [id_of(&repeater)];
    let leavers = [id_of(&leaver)];
    let repeaters: Vec<&str> = repeaters.iter().map(String::as_str).collect();
    let leavers: Vec<&str> = leavers.iter().map(String::as_str).collect();
    let body = order(&r.target, &repeaters, &leavers);

    // The preview says what will happen and changes nothing.
    let preview = post(
        &app,
        admin,
        &format!("{}/preview", rollover_path(&r)),
        body.clone(),
    )
    .await;
    assert_eq!(preview.status, 200, "{}", preview.text);
    let plan = preview.json();
    assert_eq!(plan["date"], "2031-09-01");
    assert_eq!(
        (plan["promoted"].as_u64(), plan["repeaters"].as_u64()),
        (Some(4), Some(1))
    );
    assert_eq!(plan["graduates"], 2 + 1);
    let mapping: Vec<(String, Value)> = plan["classes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["from"]["name"].as_str().unwrap().to_owned(),
                c["to"].clone(),
            )
        })
        .collect();
    assert_eq!(
        mapping,
        [
            ("1А".to_owned(), json!("2А")),
            ("4А".to_owned(), json!("5А")),
            ("5А".to_owned(), json!("6А")),
            ("8А".to_owned(), json!("9А")),
            ("9А".to_owned(), json!("10А")),
            ("11А".to_owned(), Value::Null),
        ]
    );
    let nine = &plan["classes"][4]["students"];
    assert_eq!(nine[0]["student"]["surname"], "Дёмин");
    assert_eq!(nine[0]["kind"], "promotion");
    assert_eq!(nine[1]["kind"], "graduation");
    let five = &plan["classes"][2]["students"];
    assert_eq!(five[1]["kind"], "repeat");
    assert_eq!(five[1]["to_class"], "5А");
    let new: Vec<&Value> = plan["new_classes"].as_array().unwrap().iter().collect();
    let names: Vec<&str> = new.iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["2А", "5А", "6А", "9А", "10А"]);
    // Grade 1 → 2 gets marks; the primary teacher stays with grade 4 → a new
    // fifth grade has no class teacher yet; 5А's teacher and group go to 6А.
    assert_eq!(new[0]["assessment"], "marks");
    assert_eq!(new[1]["class_teacher"], Value::Null);
    assert_eq!(new[2]["class_teacher"]["id"], r.school.id_of("teacher2"));
    assert_eq!(new[2]["subgroups"], json!(["Английский 1"]));
    assert!(class_names(&app, admin, &r.target).await.is_empty());
    assert_eq!(student(&app, admin, &fifth).await["class"]["name"], "5А");

    // Apply.
    let done = post(&app, admin, &rollover_path(&r), body.clone()).await;
    assert_eq!(done.status, 201, "{}", done.text);
    assert_eq!(done.json()["promoted"], 4);
    assert_eq!(
        class_names(&app, admin, &r.target).await,
        ["2А", "5А", "6А", "9А", "10А"]
    );
    let classes = app
        .get(&format!("/api/v1/classes?year_id={}", r.target), admin)
        .await
        .json();
    let six = classes
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "6А")
        .unwrap();
    assert_eq!(six["subgroups"][0]["name"], "Английский 1");
    assert_eq!(six["class_teacher"]["id"], r.school.id_of("teacher2"));
    let two = &classes[0];
    assert_eq!(
        (two["name"].as_str(), two["assessment"].as_str()),
        (Some("2А"), Some("marks"))
    );

    for (record, class) in [
        (&first, "2А"),
        (&fourth, "5А"),
        (&fifth, "6А"),
        (&repeater, "5А"),
        (&ninth, "10А"),
    ] {
        let now = student(&app, admin, record).await;
        assert_eq!(now["class"]["name"], class, "{now}");
        assert_eq!(now["enrolled_on"], "2031-09-01");
    }
    // The old class's roster no longer lists them; the new one does.
    let roster = app
        .get(
            &format!("/api/v1/students?class_id={}", r.class["5А"]),
            admin,
        )
        .await
        .json();
    assert_eq!(roster, json!([]));
    // Graduates: no class, blocked; records stay.
    for record in [&leaver, &senior, &alone] {
        let now = student(&app, admin, record).await;
        assert_eq!(now["class"], Value::Null);
        assert_eq!(now["status"], "blocked");
    }
    app.get("/api/v1/me", &mark_tokens.access)
        .await
        .problem(401, "unauthenticated");
    app.try_login(&login_of(&alone), "новый пароль 1")
        .await
        .problem(403, "account_disabled");
    app.get("/api/v1/me", &zhukov_tokens.access)
        .await
        .problem(401, "unauthenticated");
    assert_eq!(
        app.get("/api/v1/me", &volkova_tokens.access).await.status,
        200
    );

    // The movement book: each move with its order.
    let book = app
        .get("/api/v1/movements?from=2031-06-01", admin)
        .await
        .json();
    let book = book.as_array().unwrap();
    assert_eq!(book.len(), 8);
    let line = |surname: &str| {
        book.iter()
            .find(|m| m["student"]["surname"] == surname)
            .unwrap()
    };
    let anna = line("Волкова");
    assert_eq!(anna["kind"], "promotion");
    assert_eq!(
        (
            anna["from_class"]["name"].as_str(),
            anna["to_class"]["name"].as_str()
        ),
        (Some("5А"), Some("6А"))
    );
    assert_eq!(
        (anna["order_number"].as_str(), anna["order_date"].as_str()),
        (Some("215-о"), Some("2031-05-29"))
    );
    assert_eq!(anna["date"], "2031-09-01");
    assert_eq!(line("Громов")["kind"], "repeat");
    assert_eq!(line("Громов")["to_class"]["name"], "5А");
    let mark = line("Жуков");
    assert_eq!(mark["kind"], "graduation");
    assert_eq!(mark["to_class"], Value::Null);
    assert_eq!(
        (mark["date"].as_str(), mark["order_number"].as_str()),
        (Some("2031-06-28"), Some("230-о"))
    );
    assert_eq!(mark["order_date"], "2031-06-28");
    assert_eq!(line("Егоров")["kind"], "graduation");

    // Twice is refused, and changes nothing.
    post(&app, admin, &rollover_path(&r), body.clone())
        .await
        .problem(409, "conflict");
    post(&app, admin, &format!("{}/preview", rollover_path(&r)), body)
        .await
        .problem(409, "conflict");
    assert_eq!(class_names(&app, admin, &r.target).await.len(), 5);
    let again = app
        .get("/api/v1/movements?from=2031-06-01", admin)
        .await
        .json();
    assert_eq!(again.as_array().unwrap().len(), 8);
}
both_engines!(promotes_graduates_and_keeps_repeaters);
