//! A student's timetable shows the whole class's lessons and their own
//! subgroups' (R5, R8, R25): once a subgroup's list is set, its lessons leave
//! the timetables of the students outside it; a subgroup without a list
//! stays visible to the whole class.

use serde_json::{Value, json};

use super::{cell, enrol, fixture, put_week};
use crate::{
    both_engines,
    support::{
        TestApp,
        people::{admit, id_of},
        setup::{post, put},
    },
};

async fn subgroup(app: &TestApp, token: &str, class: &str, name: &str) -> String {
    let path = format!("/api/v1/classes/{class}/subgroups");
    let reply = post(app, token, &path, json!({ "name": name })).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.json()["id"].as_str().expect("id").to_owned()
}

/// (lesson number, subgroup name or "") of a week's lessons.
fn cells(week: &Value) -> Vec<(u64, String)> {
    week["lessons"]
        .as_array()
        .expect("lessons")
        .iter()
        .map(|l| {
            let group = l["subgroup"]["name"].as_str().unwrap_or_default();
            (l["lesson"].as_u64().unwrap(), group.to_owned())
        })
        .collect()
}

async fn students_see_only_their_own_subgroups(app: TestApp) {
    let f = fixture(&app, "sv-").await;
    let admin = f.admin().to_owned();
    let one = subgroup(&app, &admin, &f.c.five, "Группа 1").await;
    let two = subgroup(&app, &admin, &f.c.five, "Группа 2").await;
    let mut first = cell(2, 2, &f.maths, &f.id("subject"), None);
    first["subgroup_id"] = json!(one);
    let mut second = cell(2, 2, &f.maths, &f.id("teacher2"), None);
    second["subgroup_id"] = json!(two);
    let week = json!([cell(2, 1, &f.maths, &f.id("subject"), None), first, second]);
    let saved = put_week(&app, &admin, &f.version, &f.c.five, week).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    enrol(&app, &f, &f.c.five);
    let classmate = id_of(&admit(&app, &admin, &f.c.five, "Яковлева", "Анна").await);

    let student = app.login(&f.c.school.login("student")).await;
    let path = "/api/v1/me/timetable?week=2030-09-03";
    let before = app.get(path, &student.access).await.json();
    let both = [
        (1, String::new()),
        (2, "Группа 1".into()),
        (2, "Группа 2".into()),
    ];
    assert_eq!(cells(&before), both, "no lists yet: every lesson shows");

    let members = |g: &str| format!("/api/v1/subgroups/{g}/members");
    let me = f.id("student");
    for (group, ids) in [(&one, json!([me])), (&two, json!([classmate]))] {
        let set = put(&app, &admin, &members(group), json!({ "student_ids": ids })).await;
        assert_eq!(set.status, 200, "{}", set.text);
    }
    let own = [(1, String::new()), (2, "Группа 1".into())];
    let after = app.get(path, &student.access).await.json();
    assert_eq!(cells(&after), own);

    let parent = app.login(&f.c.school.login("parent")).await;
    let child = app
        .get(&format!("{path}&child_id={me}"), &parent.access)
        .await
        .json();
    assert_eq!(
        cells(&child),
        own,
        "the parent sees the child's own lessons"
    );

    // Staff still see the whole class.
    let class = app
        .get(
            &format!("/api/v1/classes/{}/lessons?week=2030-09-03", f.c.five),
            &admin,
        )
        .await
        .json();
    assert_eq!(cells(&class).len(), 3);
}
both_engines!(students_see_only_their_own_subgroups);
