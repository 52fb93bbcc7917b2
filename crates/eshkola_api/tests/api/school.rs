//! The school profile (R8): who reads what, who edits, bad values, two schools.

use eshkola_domain::Role;
use serde_json::json;

use crate::{
    both_engines,
    support::{
        TestApp, problem_fields,
        setup::{patch, setup_year},
    },
};

const PROFILE: &str = "/api/v1/school";

async fn everyone_reads_the_school_and_only_staff_see_requisites(app: TestApp) {
    let school = app.seed("p-");
    let admin = app.login(&school.login("admin")).await;
    let body = json!({
        "inn": "7707083893", "ogrn": "1024217012346", "code": "421701",
        "phone": "+7 (3843) 00-00-12", "address": "г. Новокузнецк, ул. Школьная, 12",
    });
    let reply = patch(&app, &admin.access, PROFILE, body).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(reply.json()["requisites"]["inn"], "7707083893");
    for role in ["student", "parent"] {
        let tokens = app.login(&school.login(role)).await;
        let seen = app.get(PROFILE, &tokens.access).await.json();
        assert_eq!(seen["short_name"], "Школа p-");
        assert_eq!(seen["phone"], "+7 (3843) 00-00-12");
        assert_eq!(seen["week_days"], 5);
        assert!(seen.get("requisites").is_none(), "{role}: {seen}");
    }
    let teacher = app.login(&school.login("teacher")).await;
    let seen = app.get(PROFILE, &teacher.access).await.json();
    assert_eq!(seen["requisites"]["ogrn"], "1024217012346");
}
both_engines!(everyone_reads_the_school_and_only_staff_see_requisites);

async fn only_the_administrator_and_the_director_edit_the_school(app: TestApp) {
    let mut school = app.seed("p-");
    app.add_person(&mut school, "director", &[Role::Director]);
    app.add_person(&mut school, "deputy", &[Role::Deputy]);
    let director = app.login(&school.login("director")).await;
    let body = json!({ "director_id": school.id_of("director"), "name": "МБОУ СОШ № 7" });
    let reply = patch(&app, &director.access, PROFILE, body).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(reply.json()["director"]["id"], school.id_of("director"));
    for role in ["deputy", "teacher", "student", "parent"] {
        let tokens = app.login(&school.login(role)).await;
        patch(&app, &tokens.access, PROFILE, json!({ "name": "Взлом" }))
            .await
            .problem(403, "forbidden");
    }
    let admin = app.login(&school.login("admin")).await;
    let cleared = patch(&app, &admin.access, PROFILE, json!({ "director_id": null })).await;
    assert_eq!(cleared.json()["director"], json!(null));
    assert_eq!(cleared.json()["name"], "МБОУ СОШ № 7");
}
both_engines!(only_the_administrator_and_the_director_edit_the_school);

async fn bad_values_are_field_errors_and_change_nothing(app: TestApp) {
    let school = app.seed("p-");
    let other = app.seed("q-");
    let admin = app.login(&school.login("admin")).await;
    let body = json!({
        "name": "  ", "time_zone": "Mars/Olympus", "week_days": 7, "inn": "7707083894",
        "ogrn": "123", "email": "не почта", "director_id": other.id_of("admin"),
    });
    let problem = patch(&app, &admin.access, PROFILE, body)
        .await
        .problem(422, "validation_failed");
    let mut fields = problem_fields(&problem);
    fields.sort();
    let expected = [
        "director_id",
        "email",
        "inn",
        "name",
        "ogrn",
        "time_zone",
        "week_days",
    ];
    assert_eq!(fields, expected);
    // A teacher of this school is not a director either.
    let body = json!({ "director_id": school.id_of("teacher") });
    patch(&app, &admin.access, PROFILE, body)
        .await
        .problem(422, "validation_failed");
    patch(&app, &admin.access, PROFILE, json!({ "logo": "x" }))
        .await
        .problem(422, "validation_failed");
    // An array is not an object, even if serde could fill fields by position.
    patch(&app, &admin.access, PROFILE, json!([null, null]))
        .await
        .problem(400, "malformed_body");
    let seen = app.get(PROFILE, &admin.access).await.json();
    assert_eq!(seen["name"], "Школа p-");
    assert_eq!(seen["time_zone"], "Asia/Novokuznetsk");
    assert_eq!(
        seen["requisites"],
        json!({ "inn": null, "ogrn": null, "code": null })
    );
}
both_engines!(bad_values_are_field_errors_and_change_nothing);

async fn each_school_sees_and_edits_only_itself(app: TestApp) {
    let mine = app.seed("p-");
    let theirs = app.seed("q-");
    let admin = app.login(&mine.login("admin")).await;
    patch(&app, &admin.access, PROFILE, json!({ "name": "Моя школа" })).await;
    let them = app.login(&theirs.login("teacher")).await;
    let seen = app.get(PROFILE, &them.access).await.json();
    assert_eq!(seen["name"], "Школа q-");
    assert_eq!(seen["id"], theirs.school_id);
}
both_engines!(each_school_sees_and_edits_only_itself);

async fn a_longer_week_that_would_open_gaps_between_periods_is_refused(app: TestApp) {
    let school = app.seed("p-");
    let admin = app.login(&school.login("admin")).await;
    setup_year(&app, &admin.access).await;
    // Saturday 26 October 2030 lies between the first quarter and the vacation.
    patch(&app, &admin.access, PROFILE, json!({ "week_days": 6 }))
        .await
        .problem(409, "conflict");
    assert_eq!(app.get(PROFILE, &admin.access).await.json()["week_days"], 5);
    // Without periods, the week may change.
    let other = app.seed("q-");
    let them = app.login(&other.login("admin")).await;
    let reply = patch(&app, &them.access, PROFILE, json!({ "week_days": 6 })).await;
    assert_eq!(reply.json()["week_days"], 6);
}
both_engines!(a_longer_week_that_would_open_gaps_between_periods_is_refused);
