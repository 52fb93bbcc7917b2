//! The school-setup tables on both engines: every migration reverts cleanly,
//! and the composite keys stop a row from pointing into another school.

use chrono::NaiveDate;
use eshkola_db::{
    DbConn, Engine,
    models::{
        AcademicYearRow, AssignmentRow, ClassRow, SchoolRow, SubgroupRow, SubjectRow, UserRow,
    },
    queries::{assignments, classes, schools, subjects, users, years},
};
use eshkola_domain::Role;
use eshkola_test_support::TestDb;

fn engines() -> Vec<TestDb> {
    [Engine::Sqlite, Engine::Postgres]
        .into_iter()
        .filter_map(TestDb::new)
        .collect()
}

/// A school with one teacher and one year; returns (school, teacher, year) ids.
fn school(conn: &mut DbConn, login: &str) -> (String, String, String) {
    let now = eshkola_db::now();
    let school = SchoolRow {
        id: eshkola_db::new_id(),
        name: login.into(),
        short_name: login.into(),
        time_zone: "Asia/Novokuznetsk".into(),
        created_at: now,
    };
    schools::insert(conn, &school).unwrap();
    let teacher = UserRow {
        id: eshkola_db::new_id(),
        school_id: school.id.clone(),
        login: login.into(),
        password_hash: None,
        surname: "Волков".into(),
        first_name: "Сергей".into(),
        patronymic: None,
        active: true,
        created_at: now,
        last_login_at: None,
    };
    users::insert(conn, &teacher, &[Role::Teacher]).unwrap();
    let year = AcademicYearRow {
        id: eshkola_db::new_id(),
        school_id: school.id.clone(),
        name: "2030/2031".into(),
        starts_on: NaiveDate::from_ymd_opt(2030, 9, 2).unwrap(),
        ends_on: NaiveDate::from_ymd_opt(2031, 5, 31).unwrap(),
    };
    years::insert(conn, &year).unwrap();
    (school.id, teacher.id, year.id)
}

fn class(school: &str, year: &str, teacher: Option<&str>) -> ClassRow {
    ClassRow {
        id: eshkola_db::new_id(),
        school_id: school.into(),
        year_id: year.into(),
        grade: 5,
        letter: "А".into(),
        shift: 1,
        assessment: "marks".into(),
        class_teacher_id: teacher.map(str::to_owned),
    }
}

#[test]
fn every_migration_reverts_and_applies_again() {
    for db in engines() {
        let mut conn = db.pool.get().unwrap();
        let versions = eshkola_db::migration_versions(db.engine).len();
        assert_eq!(eshkola_db::revert_all(&mut conn).unwrap(), versions);
        assert_eq!(eshkola_db::migrate(&mut conn).unwrap(), versions);
    }
}

#[test]
fn rows_cannot_point_into_another_school() {
    for db in engines() {
        let mut conn = db.pool.get().unwrap();
        let (mine, my_teacher, my_year) = school(&mut conn, "mine");
        let (_, their_teacher, their_year) = school(&mut conn, "theirs");
        // Another school's year or teacher, under my school id.
        assert!(classes::insert(&mut conn, &class(&mine, &their_year, None)).is_err());
        let stolen_teacher = class(&mine, &my_year, Some(&their_teacher));
        assert!(classes::insert(&mut conn, &stolen_teacher).is_err());
        let five = class(&mine, &my_year, Some(&my_teacher));
        classes::insert(&mut conn, &five).unwrap();
        // A subgroup of another class of the same school is refused too.
        let mut other = class(&mine, &my_year, None);
        other.letter = "Б".into();
        classes::insert(&mut conn, &other).unwrap();
        let group = SubgroupRow {
            id: eshkola_db::new_id(),
            school_id: mine.clone(),
            class_id: other.id.clone(),
            name: "Группа 1".into(),
        };
        classes::insert_subgroup(&mut conn, &group).unwrap();
        let subject = SubjectRow {
            id: eshkola_db::new_id(),
            school_id: mine.clone(),
            name: "Математика".into(),
            short_name: "Матем.".into(),
        };
        subjects::insert(&mut conn, &subject).unwrap();
        let assignment = |subgroup: Option<&str>| AssignmentRow {
            id: eshkola_db::new_id(),
            school_id: mine.clone(),
            class_id: five.id.clone(),
            subgroup_id: subgroup.map(str::to_owned),
            subject_id: subject.id.clone(),
            teacher_id: my_teacher.clone(),
            weekly_half_hours: 10,
        };
        assert!(assignments::insert(&mut conn, &assignment(Some(&group.id))).is_err());
        // The whole-class assignment is unique even though its subgroup is NULL.
        assignments::insert(&mut conn, &assignment(None)).unwrap();
        let again = assignments::insert(&mut conn, &assignment(None)).unwrap_err();
        assert!(
            matches!(
                again,
                eshkola_db::QueryError::DatabaseError(
                    eshkola_db::DatabaseErrorKind::UniqueViolation,
                    _
                )
            ),
            "{again:?}"
        );
    }
}
