//! Whom one may write to, conversations, read receipts and unread counts.

use serde_json::{Value, json};

use super::{subjects, unread, write};
use crate::{
    both_engines,
    journal::{journal, login},
    support::{TestApp, problem_fields, setup::post},
};

fn names(list: &Value) -> Vec<(String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["person"]["surname"].as_str().unwrap().to_owned()
                    + " "
                    + c["person"]["first_name"].as_str().unwrap(),
                c["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn families_write_to_their_teachers_and_never_to_other_families(app: TestApp) {
    let j = journal(&app, "ms-").await;
    let parent = login(&app, &j, "parent").await;
    // The address book: the class teacher, the subject teacher, the
    // administration — no other family, no teacher of other classes.
    let book = app.get("/api/v1/messages/recipients", &parent).await;
    assert_eq!(book.status, 200, "{}", book.text);
    let book = book.json();
    let listed = names(&book);
    assert!(
        listed.contains(&("Волков Сергей".into(), "class_teacher".into())),
        "{listed:?}"
    );
    assert!(
        listed.contains(&("Сотрудникова subject".into(), "teacher".into())),
        "{listed:?}"
    );
    assert!(
        listed.contains(&("Кузнецова Ольга".into(), "administration".into())),
        "{listed:?}"
    );
    assert!(listed.contains(&("Сотрудникова deputy".into(), "administration".into())));
    for absent in ["Петрова Анна", "Петров Глеб", "Сотрудникова teacher2"]
    {
        assert!(
            !listed.iter().any(|(n, _)| n == absent),
            "{absent} listed: {listed:?}"
        );
    }
    let subject_teacher = book
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["person"]["first_name"] == "subject")
        .unwrap();
    // Артём studies in 5А and, in this fixture, 1А too: each class named.
    assert_eq!(
        subject_teacher["detail"],
        "Математика (1А), Математика (5А)"
    );
    // A family's address book by class is refused.
    let path = format!("/api/v1/messages/recipients?class_id={}", j.five);
    app.get(&path, &parent).await.problem(403, "forbidden");

    // Another family, a teacher of no class of theirs, someone unknown: one
    // answer, that tells nothing of whether the person exists.
    for (key, id) in [
        ("parent2", j.id("parent2")),
        ("student2", j.id("student2")),
        ("teacher2", j.id("teacher2")),
        ("nobody", uuid::Uuid::now_v7().to_string()),
    ] {
        let problem = write(&app, &parent, &[&id], "Вопрос")
            .await
            .problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], "recipient_ids[0]", "{key}");
        assert!(
            problem["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("не можете"),
            "{key}: {problem}"
        );
    }
    assert_eq!(
        subjects(&app, &j, "parent").await,
        Vec::<String>::new(),
        "nothing written"
    );

    // To the class teacher and the subject teacher together.
    let (teacher_id, subject_id) = (j.id("teacher"), j.id("subject"));
    let reply = write(
        &app,
        &parent,
        &[&teacher_id, &subject_id],
        "Контрольная по математике",
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    let thread = reply.json();
    let id = thread["id"].as_str().unwrap().to_owned();
    assert_eq!(thread["members"].as_array().unwrap().len(), 3);
    assert_eq!(thread["messages"][0]["read_by"], json!([]));

    // The teacher sees it unread, reads, replies; the parent sees the reply
    // unread and the teacher's read receipt on their own message.
    let teacher = login(&app, &j, "teacher").await;
    assert_eq!(
        unread(&app, &teacher).await,
        json!({ "threads": 1, "messages": 1 })
    );
    let list = app.get("/api/v1/messages/threads", &teacher).await.json();
    assert_eq!(list[0]["unread"], 1);
    assert_eq!(list[0]["last_text"], "Добрый день! Подскажите, пожалуйста.");
    let read = post(
        &app,
        &teacher,
        &format!("/api/v1/messages/threads/{id}/read"),
        json!({}),
    )
    .await;
    assert_eq!(read.status, 204, "{}", read.text);
    assert_eq!(
        unread(&app, &teacher).await,
        json!({ "threads": 0, "messages": 0 })
    );
    let answer = json!({ "body": "Контрольная в четверг, повторите дроби." });
    let reply = post(
        &app,
        &teacher,
        &format!("/api/v1/messages/threads/{id}/messages"),
        answer,
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    assert_eq!(
        unread(&app, &parent).await,
        json!({ "threads": 1, "messages": 1 })
    );
    let seen = app
        .get(&format!("/api/v1/messages/threads/{id}"), &parent)
        .await
        .json();
    assert_eq!(
        seen["messages"][0]["read_by"],
        json!([teacher_id]),
        "the teacher read it"
    );
    assert_eq!(
        seen["messages"][1]["body"],
        "Контрольная в четверг, повторите дроби."
    );
    assert_eq!(
        subjects(&app, &j, "subject").await,
        ["Контрольная по математике"]
    );

    // Nobody else sees or writes into it: another family, other staff.
    for key in ["parent2", "student", "teacher2", "deputy"] {
        let token = login(&app, &j, key).await;
        app.get(&format!("/api/v1/messages/threads/{id}"), &token)
            .await
            .problem(404, "not_found");
        post(
            &app,
            &token,
            &format!("/api/v1/messages/threads/{id}/messages"),
            json!({ "body": "Я тоже тут" }),
        )
        .await
        .problem(404, "not_found");
        assert_eq!(subjects(&app, &j, key).await, Vec::<String>::new(), "{key}");
    }
}
both_engines!(families_write_to_their_teachers_and_never_to_other_families);

async fn staff_write_to_staff_and_to_the_families_they_teach(app: TestApp) {
    let j = journal(&app, "mt-").await;
    let subject = login(&app, &j, "subject").await;
    // The staff book lists the staff; by class, the class's families.
    let staff = app
        .get("/api/v1/messages/recipients", &subject)
        .await
        .json();
    let listed = names(&staff);
    assert!(
        listed.iter().any(|(n, _)| n == "Сотрудникова deputy"),
        "{listed:?}"
    );
    assert!(
        !listed.iter().any(|(_, k)| k == "parent" || k == "student"),
        "{listed:?}"
    );
    let path = format!("/api/v1/messages/recipients?class_id={}", j.five);
    let class = app.get(&path, &subject).await;
    assert_eq!(class.status, 200, "{}", class.text);
    let class = class.json();
    let listed = names(&class);
    assert!(
        listed.contains(&("Иванова Марина".into(), "parent".into())),
        "{listed:?}"
    );
    assert!(
        listed.contains(&("Петров Глеб".into(), "student".into())),
        "{listed:?}"
    );
    let mother = class
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["person"]["surname"] == "Иванова")
        .unwrap();
    assert_eq!(mother["detail"], "Иванов Артём, 5А");
    let teacher2 = login(&app, &j, "teacher2").await;
    app.get(&path, &teacher2).await.problem(403, "forbidden");
    let problem = write(&app, &teacher2, &[&j.id("parent")], "Вопрос")
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "recipient_ids[0]");

    // A subject teacher writes to a parent of their class; the deputy to anyone.
    let reply = write(&app, &subject, &[&j.id("parent")], "Пропуски по математике").await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    let deputy = login(&app, &j, "deputy").await;
    let reply = write(
        &app,
        &deputy,
        &[&j.id("teacher2"), &j.id("subject")],
        "Педсовет",
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    // Two families in one conversation: refused, nothing written.
    let problem = write(
        &app,
        &deputy,
        &[&j.id("parent"), &j.id("parent2")],
        "Собрание",
    )
    .await
    .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "recipient_ids");
    // To oneself, nobody, an unknown person, empty texts: field errors.
    let me = j.id("deputy");
    let problem = write(&app, &deputy, &[&me], "Себе")
        .await
        .problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "recipient_ids[0]");
    let unknown = uuid::Uuid::now_v7().to_string();
    let problem = write(&app, &deputy, &[&unknown], "Кому-то")
        .await
        .problem(422, "validation_failed");
    assert!(
        problem["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Нет такого")
    );
    let body = json!({ "subject": " ", "body": "", "recipient_ids": [] });
    let problem = post(&app, &deputy, "/api/v1/messages/threads", body)
        .await
        .problem(422, "validation_failed");
    let fields = problem_fields(&problem);
    assert_eq!(fields, ["subject", "body", "recipient_ids"]);
    assert_eq!(subjects(&app, &j, "deputy").await, ["Педсовет"]);
    assert_eq!(
        subjects(&app, &j, "parent").await,
        ["Пропуски по математике"]
    );
    assert_eq!(subjects(&app, &j, "parent2").await, Vec::<String>::new());
}
both_engines!(staff_write_to_staff_and_to_the_families_they_teach);
