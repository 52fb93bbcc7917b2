//! The demo school's students and families: the demo `student` and a few
//! classmates in 5А, the demo `parent` (who also has a daughter in 1А), and
//! other parents, with admissions in the movement book. People other than the
//! eight demo accounts have never activated their accounts, so the class
//! teacher can try issuing activation codes.

use std::collections::HashMap;

use eshkola_db::{
    DbConn, QueryError,
    models::{
        ClassStudentRow, GuardianshipRow, MovementRow, ParentProfileRow, StudentProfileRow, UserRow,
    },
    queries::{class_students, movements, profiles, users},
};
use eshkola_domain::{
    Role,
    people::{MovementKind, Relationship, login::login_base},
};

use super::setup::date;

/// A demo student: key, surname, name, patronymic, birth date, sex, class.
type DemoStudent = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// A demo parent: key, surname, name, patronymic, phone, e-mail, declined e-access.
type DemoParent = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    bool,
);

/// `student` is the demo account; the others are registered here.
#[rustfmt::skip]
const STUDENTS: &[DemoStudent] = &[
    ("student", "Иванов", "Артём", "Дмитриевич", "2015-03-14", "male", "5А"),
    ("sofia", "Иванова", "София", "Дмитриевна", "2019-04-02", "female", "1А"),
    ("daria", "Алексеева", "Дарья", "Игоревна", "2015-07-22", "female", "5А"),
    ("maksim", "Борисов", "Максим", "Олегович", "2015-01-09", "male", "5А"),
    ("polina", "Григорьева", "Полина", "Андреевна", "2015-11-30", "female", "5А"),
    ("timofei", "Ефимов", "Тимофей", "Сергеевич", "2014-12-05", "male", "5А"),
];

/// `parent` is the demo account; the others are registered here.
#[rustfmt::skip]
const PARENTS: &[DemoParent] = &[
    ("parent", "Иванова", "Марина", "Сергеевна", "+7 (913) 401-22-17", Some("ivanova.ms@example.ru"), false),
    ("igor", "Алексеев", "Игорь", "Васильевич", "+7 (913) 555-10-42", None, false),
    ("svetlana", "Борисова", "Светлана", "Юрьевна", "+7 (905) 911-07-33", Some("borisova.s@example.ru"), false),
    ("olga", "Григорьева", "Ольга", "Николаевна", "+7 (3843) 45-61-28", None, true),
    ("anna", "Ефимова", "Анна", "Викторовна", "+7 (923) 600-81-19", Some("efimova.a@example.ru"), false),
    ("sergei", "Ефимов", "Сергей", "Павлович", "+7 (923) 600-81-20", None, false),
];

/// (parent key, student key, relationship).
const LINKS: &[(&str, &str, Relationship)] = &[
    ("parent", "student", Relationship::Mother),
    ("parent", "sofia", Relationship::Mother),
    ("igor", "daria", Relationship::Father),
    ("svetlana", "maksim", Relationship::Mother),
    ("olga", "polina", Relationship::Mother),
    ("anna", "timofei", Relationship::Mother),
    ("sergei", "timofei", Relationship::Father),
];

/// Registers a never-activated person with a login made from their name.
fn register(
    conn: &mut DbConn,
    school_id: &str,
    (surname, first_name, patronymic): (&str, &str, &str),
    role: Role,
) -> Result<String, QueryError> {
    let user = UserRow {
        id: eshkola_db::new_id(),
        school_id: school_id.into(),
        login: login_base(surname, first_name, Some(patronymic)),
        password_hash: None,
        surname: surname.into(),
        first_name: first_name.into(),
        patronymic: Some(patronymic.into()),
        active: true,
        created_at: eshkola_db::now(),
        last_login_at: None,
    };
    users::insert(conn, &user, &[role])?;
    Ok(user.id)
}

/// Seeds the families; `people` holds the demo accounts' ids by login.
pub fn seed(
    conn: &mut DbConn,
    school_id: &str,
    people: &HashMap<&str, String>,
    classes: &HashMap<String, String>,
) -> Result<(), QueryError> {
    let mut ids: HashMap<&str, String> = HashMap::new();
    for (key, surname, first_name, patronymic, birth, sex, class) in STUDENTS {
        let id = match people.get(*key) {
            Some(id) => id.clone(),
            None => register(
                conn,
                school_id,
                (surname, first_name, patronymic),
                Role::Student,
            )?,
        };
        profiles::save_student(
            conn,
            &StudentProfileRow {
                school_id: school_id.into(),
                user_id: id.clone(),
                birth_date: date(birth),
                sex: (*sex).into(),
                verified_at: None,
                verified_by: None,
            },
        )?;
        admit(conn, school_id, &id, &classes[*class], &people["secretary"])?;
        ids.insert(key, id);
    }
    for (key, surname, first_name, patronymic, phone, email, declined) in PARENTS {
        let id = match people.get(*key) {
            Some(id) => id.clone(),
            None => register(
                conn,
                school_id,
                (surname, first_name, patronymic),
                Role::Parent,
            )?,
        };
        profiles::save_parent(
            conn,
            &ParentProfileRow {
                school_id: school_id.into(),
                user_id: id.clone(),
                phone: Some((*phone).into()),
                email: email.map(Into::into),
                declined_electronic_access: *declined,
                verified_at: None,
                verified_by: None,
            },
        )?;
        ids.insert(key, id);
    }
    for (parent, student, relationship) in LINKS {
        users::link_guardian(
            conn,
            &GuardianshipRow {
                school_id: school_id.into(),
                parent_id: ids[parent].clone(),
                student_id: ids[student].clone(),
                relationship: relationship.as_str().into(),
            },
        )?;
    }
    Ok(())
}

/// Enrols a student from 1 September by the admission order of 28 August.
fn admit(
    conn: &mut DbConn,
    school_id: &str,
    student_id: &str,
    class_id: &str,
    recorded_by: &str,
) -> Result<(), QueryError> {
    class_students::enrol(
        conn,
        &ClassStudentRow {
            school_id: school_id.into(),
            class_id: class_id.into(),
            student_id: student_id.into(),
            enrolled_on: date("2026-09-01"),
            left_on: None,
        },
    )?;
    movements::insert(
        conn,
        &MovementRow {
            id: eshkola_db::new_id(),
            school_id: school_id.into(),
            student_id: student_id.into(),
            kind: MovementKind::Admission.as_str().into(),
            moved_on: date("2026-09-01"),
            order_number: "112-у".into(),
            order_date: date("2026-08-28"),
            from_class_id: None,
            to_class_id: Some(class_id.into()),
            reason: None,
            origin: None,
            destination: None,
            recorded_by: recorded_by.into(),
            recorded_at: eshkola_db::now(),
        },
    )
}
