//! The year rollover (R10): classes go up a grade into the next year, the
//! final grade and ninth-grade leavers graduate (their families lose access
//! as on withdrawal), repeaters stay in their grade; every move is in the
//! movement book with the order; a year is rolled over once. The school
//! all the tests share is set up here; `promotion` rolls it over,
//! `refusals` tries what must be refused.

mod promotion;
mod refusals;

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
