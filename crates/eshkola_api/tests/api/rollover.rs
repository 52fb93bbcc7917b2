//! The year rollover (R10): classes go up a grade into the next year, the
//! final grade and ninth-grade leavers graduate (their families lose access
//! as on withdrawal), repeaters stay in their grade; every move is in the
//! movement book with the order; a year is rolled over once.

use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{
        School, TestApp, Tokens,
        people::{activate, add_parent, admit, id_of, login_of, reset},
        setup::{create_year, post},
    },
};
use eshkola_domain::Role;

/// A school in 2030/2031 with 1А, 4А (class teacher `teacher`), 5А (class
/// teacher `teacher2`, an English subgroup), 8А, 9А, 11А and an empty
/// 2031/2032.
struct Rollover {
    school: School,
    admin: Tokens,
    source: String,
    target: String,
    class: std::collections::HashMap<&'static str, String>,
}

async fn rollover_school(app: &TestApp, prefix: &str) -> Rollover {
    let mut school = app.seed(prefix);
    app.add_person(
        &mut school,
        "teacher2",
        &[Role::Teacher, Role::ClassTeacher],
    );
    app.add_person(&mut school, "deputy", &[Role::Deputy]);
    app.add_person(&mut school, "director", &[Role::Director]);
    app.add_person(&mut school, "secretary", &[Role::Secretary]);
    let admin = app.login(&school.login("admin")).await;
    let source = create_year(app, &admin.access).await;
    let body = json!({ "starts_on": "2031-09-01", "ends_on": "2032-05-31" });
    let target = post(app, &admin.access, "/api/v1/years", body).await;
    assert_eq!(target.status, 201, "{}", target.text);
    let target = target.json()["id"].as_str().unwrap().to_owned();
    let mut class = std::collections::HashMap::new();
    for (name, grade, teacher) in [
        ("1А", 1, None),
        ("4А", 4, Some("teacher")),
        ("5А", 5, Some("teacher2")),
        ("8А", 8, None),
        ("9А", 9, None),
        ("11А", 11, None),
    ] {
        let body = json!({ "year_id": source, "grade": grade, "letter": "А",
            "shift": if grade == 11 { 2 } else { 1 },
            "class_teacher_id": teacher.map(|t| school.id_of(t)) });
        let reply = post(app, &admin.access, "/api/v1/classes", body).await;
        assert_eq!(reply.status, 201, "{}", reply.text);
        class.insert(name, reply.json()["id"].as_str().unwrap().to_owned());
    }
    let path = format!("/api/v1/classes/{}/subgroups", class["5А"]);
    let reply = post(app, &admin.access, &path, json!({ "name": "Английский 1" })).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    Rollover {
        school,
        admin,
        source,
        target,
        class,
    }
}

fn order(target: &str, repeaters: &[&str], leavers: &[&str]) -> Value {
    json!({ "target_year_id": target, "repeaters": repeaters, "leavers": leavers,
        "order_number": "215-о", "order_date": "2031-05-29",
        "graduation_date": "2031-06-28", "graduation_order_number": "230-о" })
}

fn rollover_path(r: &Rollover) -> String {
    format!("/api/v1/years/{}/rollover", r.source)
}

async fn signed_in(app: &TestApp, admin: &str, record: &Value) -> Tokens {
    let slip = reset(app, admin, &id_of(record)).await;
    activate(app, &slip, "новый пароль 1").await
}

async fn class_names(app: &TestApp, token: &str, year: &str) -> Vec<String> {
    let list = app
        .get(&format!("/api/v1/classes?year_id={year}"), token)
        .await
        .json();
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect()
}

async fn student(app: &TestApp, token: &str, record: &Value) -> Value {
    app.get(&format!("/api/v1/students/{}", id_of(record)), token)
        .await
        .json()
}

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
