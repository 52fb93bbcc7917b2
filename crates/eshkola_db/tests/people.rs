//! The people tables on both engines: profiles, movements and activation
//! codes cannot point into another school, and enrolment keeps its history.

use chrono::NaiveDate;
use eshkola_db::{
    DbConn, Engine,
    models::{
        AcademicYearRow, ActivationCodeRow, ClassRow, ClassStudentRow, MovementRow,
        StudentProfileRow, UserRow,
    },
    queries::{
        activation_codes, class_students, classes, movements, profiles, schools, users, years,
    },
};
use eshkola_domain::Role;
use eshkola_test_support::TestDb;

fn engines() -> Vec<TestDb> {
    [Engine::Sqlite, Engine::Postgres]
        .into_iter()
        .filter_map(TestDb::new)
        .collect()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// A school with a student and two classes; returns (school, student, class, class).
fn school(conn: &mut DbConn, login: &str) -> (String, String, String, String) {
    let now = eshkola_db::now();
    let school = eshkola_db::models::SchoolRow {
        id: eshkola_db::new_id(),
        name: login.into(),
        short_name: login.into(),
        time_zone: "Asia/Novokuznetsk".into(),
        created_at: now,
    };
    schools::insert(conn, &school).unwrap();
    let student = UserRow {
        id: eshkola_db::new_id(),
        school_id: school.id.clone(),
        login: login.into(),
        password_hash: None,
        surname: "Иванов".into(),
        first_name: "Артём".into(),
        patronymic: None,
        active: true,
        created_at: now,
        last_login_at: None,
    };
    users::insert(conn, &student, &[Role::Student]).unwrap();
    let year = AcademicYearRow {
        id: eshkola_db::new_id(),
        school_id: school.id.clone(),
        name: "2030/2031".into(),
        starts_on: day("2030-09-02"),
        ends_on: day("2031-05-31"),
    };
    years::insert(conn, &year).unwrap();
    let mut ids = Vec::new();
    for letter in ["А", "Б"] {
        let class = ClassRow {
            id: eshkola_db::new_id(),
            school_id: school.id.clone(),
            year_id: year.id.clone(),
            grade: 5,
            letter: letter.into(),
            shift: 1,
            assessment: "marks".into(),
            class_teacher_id: None,
        };
        classes::insert(conn, &class).unwrap();
        ids.push(class.id);
    }
    (school.id, student.id, ids[0].clone(), ids[1].clone())
}

#[test]
fn people_rows_cannot_point_into_another_school() {
    for db in engines() {
        let mut conn = db.pool.get().unwrap();
        let (mine, my_student, my_class, _) = school(&mut conn, "mine");
        let (_, their_student, their_class, _) = school(&mut conn, "theirs");
        let profile = |user: &str| StudentProfileRow {
            school_id: mine.clone(),
            user_id: user.into(),
            birth_date: day("2015-03-14"),
            sex: "male".into(),
            verified_at: None,
            verified_by: None,
        };
        assert!(profiles::save_student(&mut conn, &profile(&their_student)).is_err());
        profiles::save_student(&mut conn, &profile(&my_student)).unwrap();
        let movement = |class: &str| MovementRow {
            id: eshkola_db::new_id(),
            school_id: mine.clone(),
            student_id: my_student.clone(),
            kind: "admission".into(),
            moved_on: day("2030-09-02"),
            order_number: "1".into(),
            order_date: day("2030-09-02"),
            from_class_id: None,
            to_class_id: Some(class.into()),
            reason: None,
            origin: None,
            destination: None,
            recorded_by: my_student.clone(),
            recorded_at: eshkola_db::now(),
        };
        assert!(movements::insert(&mut conn, &movement(&their_class)).is_err());
        movements::insert(&mut conn, &movement(&my_class)).unwrap();
        let code = ActivationCodeRow {
            id: eshkola_db::new_id(),
            school_id: mine.clone(),
            user_id: my_student.clone(),
            code_hash: "hash".into(),
            issued_by: their_student.clone(),
            issued_at: eshkola_db::now(),
            expires_at: eshkola_db::now(),
            used_at: None,
            revoked_at: None,
        };
        assert!(activation_codes::insert(&mut conn, &code).is_err());
    }
}

#[test]
fn enrolment_keeps_its_history() {
    for db in engines() {
        let mut conn = db.pool.get().unwrap();
        let (school, student, five_a, five_b) = school(&mut conn, "history");
        let enrol = |class: &str, on: &str| ClassStudentRow {
            school_id: school.clone(),
            class_id: class.into(),
            student_id: student.clone(),
            enrolled_on: day(on),
            left_on: None,
        };
        class_students::enrol(&mut conn, &enrol(&five_a, "2030-09-02")).unwrap();
        let now = class_students::current_of(&mut conn, &school, &student).unwrap();
        assert_eq!(now.map(|e| e.class_id), Some(five_a.clone()));
        class_students::leave(&mut conn, &school, &five_a, &student, day("2030-10-01")).unwrap();
        class_students::enrol(&mut conn, &enrol(&five_b, "2030-10-01")).unwrap();
        class_students::leave(&mut conn, &school, &five_b, &student, day("2030-11-01")).unwrap();
        // Back to 5А: the old row is reopened, the class keeps everyone it had.
        class_students::reopen(&mut conn, &enrol(&five_a, "2030-11-01")).unwrap();
        let current =
            class_students::current_for(&mut conn, &school, std::slice::from_ref(&student))
                .unwrap();
        assert_eq!(current.len(), 1);
        assert_eq!(current[0].enrolled_on, day("2030-11-01"));
        assert_eq!(
            class_students::count_in_class(&mut conn, &school, &five_b).unwrap(),
            1
        );
        assert!(
            class_students::current_in_class(&mut conn, &school, &five_b)
                .unwrap()
                .is_empty()
        );
    }
}
