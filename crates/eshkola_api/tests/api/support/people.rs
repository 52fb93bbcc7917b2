//! People helpers: a school with two classes and their teachers, students
//! admitted and parents registered through the API, and activation.

use eshkola_domain::Role;
use reqwest::Method;
use serde_json::{Value, json};

use super::{
    Reply, TestApp, Tokens,
    fixtures::School,
    setup::{create_subject, create_year, post},
};

/// A seeded school with the 2030/2031 year and two classes: 5А, whose class
/// teacher is `teacher` and where `subject` teaches maths, and 6Б, whose class
/// teacher is `teacher2`. Also a `secretary`.
pub struct Classroom {
    pub school: School,
    pub admin: Tokens,
    pub five: String,
    pub six: String,
}

pub async fn classroom(app: &TestApp, prefix: &str) -> Classroom {
    let mut school = app.seed(prefix);
    app.add_person(
        &mut school,
        "teacher2",
        &[Role::Teacher, Role::ClassTeacher],
    );
    app.add_person(&mut school, "subject", &[Role::Teacher]);
    app.add_person(&mut school, "secretary", &[Role::Secretary]);
    let admin = app.login(&school.login("admin")).await;
    let year = create_year(app, &admin.access).await;
    let class = |grade: u8, letter: &str, teacher: &str| {
        json!({ "year_id": year, "grade": grade, "letter": letter,
            "class_teacher_id": school.id_of(teacher) })
    };
    let (five, six) = (class(5, "А", "teacher"), class(6, "Б", "teacher2"));
    let five = post(app, &admin.access, "/api/v1/classes", five)
        .await
        .json()["id"]
        .as_str()
        .expect("5А")
        .to_owned();
    let six = post(app, &admin.access, "/api/v1/classes", six)
        .await
        .json()["id"]
        .as_str()
        .expect("6Б")
        .to_owned();
    let maths = create_subject(app, &admin.access, "Математика").await;
    let body = json!({ "subject_id": maths, "teacher_id": school.id_of("subject"),
        "hours_per_week": 5 });
    let reply = post(
        app,
        &admin.access,
        &format!("/api/v1/classes/{five}/assignments"),
        body,
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    Classroom {
        school,
        admin,
        five,
        six,
    }
}

/// An admission body into `class` on 2 September 2030.
pub fn admission(class: &str, surname: &str, first_name: &str) -> Value {
    json!({
        "surname": surname, "first_name": first_name, "patronymic": "Олегович",
        "birth_date": "2015-03-14", "sex": "male", "class_id": class,
        "date": "2030-09-02", "order_number": "112-у",
    })
}

/// Admits a student; returns the record.
pub async fn admit(app: &TestApp, token: &str, class: &str, surname: &str, first: &str) -> Value {
    let reply = post(
        app,
        token,
        "/api/v1/students",
        admission(class, surname, first),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.json()
}

/// Registers a mother of `student` with a phone; returns the parent record.
pub async fn add_parent(
    app: &TestApp,
    token: &str,
    student: &str,
    surname: &str,
    first: &str,
) -> Value {
    let body = json!({ "surname": surname, "first_name": first, "phone": "8 913 123 45 67",
        "email": "mother@example.ru", "student_id": student, "relationship": "mother" });
    let reply = post(app, token, "/api/v1/parents", body).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.json()
}

/// The person id of a student record or a parent record.
pub fn id_of(record: &Value) -> String {
    let person = if record["parent"].is_object() {
        &record["parent"]["person"]
    } else {
        &record["person"]
    };
    person["id"].as_str().expect("id").to_owned()
}

pub fn login_of(record: &Value) -> String {
    let login = if record["parent"].is_object() {
        &record["parent"]["login"]
    } else {
        &record["login"]
    };
    login.as_str().expect("login").to_owned()
}

/// Issues a new code for one person; returns the slip.
pub async fn reset(app: &TestApp, token: &str, person: &str) -> Value {
    let path = format!("/api/v1/people/{person}/credentials");
    let reply = app.send(Method::POST, &path, Some(token), None).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.json()
}

pub async fn try_activate(app: &TestApp, login: &str, code: &str, password: &str) -> Reply {
    let body = json!({ "login": login, "code": code, "new_password": password });
    app.send(Method::POST, "/api/v1/auth/activate", None, Some(body))
        .await
}

/// Activates with the slip's code and `password`; returns the tokens.
pub async fn activate(app: &TestApp, slip: &Value, password: &str) -> Tokens {
    let login = slip["login"].as_str().expect("login");
    let reply = try_activate(app, login, slip["code"].as_str().expect("code"), password).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let body = reply.json();
    Tokens {
        access: body["access_token"].as_str().expect("access").into(),
        refresh: body["refresh_token"].as_str().expect("refresh").into(),
    }
}
