//! Subgroup membership (R8): who of a class studies in each subgroup. The
//! administration and the class's own class teacher set the whole list; only
//! the class's current students are admitted; other schools see 404.

use serde_json::{Value, json};

use crate::{
    both_engines,
    support::{
        TestApp,
        people::{admit, classroom, id_of},
        problem_fields,
        setup::{post, put},
    },
};

fn members_path(group: &str) -> String {
    format!("/api/v1/subgroups/{group}/members")
}

/// The names of the students flagged as members, in list order.
fn member_names(view: &Value) -> Vec<String> {
    view["students"]
        .as_array()
        .expect("students")
        .iter()
        .filter(|s| s["member"] == true)
        .map(|s| {
            s["student"]["surname"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

async fn add_subgroup(app: &TestApp, token: &str, class: &str, name: &str) -> String {
    let path = format!("/api/v1/classes/{class}/subgroups");
    let reply = post(app, token, &path, json!({ "name": name })).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.json()["id"].as_str().expect("id").to_owned()
}

async fn class_teacher_and_administration_set_the_list(app: TestApp) {
    let room = classroom(&app, "sm-").await;
    let admin = &room.admin.access;
    let a = id_of(&admit(&app, admin, &room.five, "Абрамов", "Илья").await);
    let b = id_of(&admit(&app, admin, &room.five, "Белова", "Вера").await);
    let c = id_of(&admit(&app, admin, &room.five, "Васильев", "Олег").await);
    let stranger = id_of(&admit(&app, admin, &room.six, "Гусев", "Пётр").await);
    let group = add_subgroup(&app, admin, &room.five, "Английский язык, группа 1").await;
    let path = members_path(&group);

    let before = app.get(&path, admin).await;
    assert_eq!(before.status, 200, "{}", before.text);
    let before = before.json();
    assert_eq!(before["students"].as_array().map(Vec::len), Some(3));
    assert!(member_names(&before).is_empty(), "{before}");

    // The class's own class teacher sets the list and reads it back.
    let teacher = app.login(&room.school.login("teacher")).await;
    let set = put(
        &app,
        &teacher.access,
        &path,
        json!({ "student_ids": [c, a] }),
    )
    .await;
    assert_eq!(set.status, 200, "{}", set.text);
    assert_eq!(member_names(&set.json()), ["Абрамов", "Васильев"]);
    let read = app.get(&path, &teacher.access).await.json();
    assert_eq!(member_names(&read), ["Абрамов", "Васильев"]);
    assert_eq!(read["subgroup"]["name"], "Английский язык, группа 1");

    // A student of another class (or twice the same one) is a field error and
    // changes nothing.
    let problem = put(
        &app,
        admin,
        &path,
        json!({ "student_ids": [b, stranger, b] }),
    )
    .await
    .problem(422, "validation_failed");
    let fields = problem_fields(&problem);
    assert_eq!(fields, ["student_ids[1]", "student_ids[2]"], "{problem}");
    let unchanged = app.get(&path, admin).await.json();
    assert_eq!(member_names(&unchanged), ["Абрамов", "Васильев"]);

    // Replacing the list drops those left out (the administration may too).
    let set = put(&app, admin, &path, json!({ "student_ids": [b] })).await;
    assert_eq!(set.status, 200, "{}", set.text);
    let read = app.get(&path, admin).await.json();
    assert_eq!(member_names(&read), ["Белова"]);
    let emptied = put(&app, admin, &path, json!({ "student_ids": [] })).await;
    assert!(member_names(&emptied.json()).is_empty());
}
both_engines!(class_teacher_and_administration_set_the_list);

async fn others_may_not_set_and_other_schools_see_nothing(app: TestApp) {
    let room = classroom(&app, "sn-").await;
    let admin = &room.admin.access;
    let a = id_of(&admit(&app, admin, &room.five, "Абрамов", "Илья").await);
    let group = add_subgroup(&app, admin, &room.five, "Информатика, группа 1").await;
    let path = members_path(&group);
    let body = json!({ "student_ids": [a] });

    // A subject teacher of the class, the class teacher of another class and a
    // parent may not set it; staff still read it, a parent may not.
    for key in ["subject", "teacher2", "parent"] {
        let who = app.login(&room.school.login(key)).await;
        put(&app, &who.access, &path, body.clone())
            .await
            .problem(403, "forbidden");
    }
    let subject = app.login(&room.school.login("subject")).await;
    assert_eq!(app.get(&path, &subject.access).await.status, 200);
    let parent = app.login(&room.school.login("parent")).await;
    app.get(&path, &parent.access)
        .await
        .problem(403, "forbidden");
    let read = app.get(&path, admin).await.json();
    assert!(
        member_names(&read).is_empty(),
        "R8: refused writes changed nothing"
    );

    // Another school's administrator: 404 both ways.
    let other = app.seed("so-");
    let outsider = app.login(&other.login("admin")).await;
    app.get(&path, &outsider.access)
        .await
        .problem(404, "not_found");
    put(&app, &outsider.access, &path, body)
        .await
        .problem(404, "not_found");
}
both_engines!(others_may_not_set_and_other_schools_see_nothing);
