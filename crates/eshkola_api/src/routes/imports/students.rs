//! The student list of a year: name, birth date, sex and class, and for new
//! students the admission (date, order, origin). A student is the same
//! student when their full name and birth date are; a new one is admitted as
//! `POST /students` admits: registered, enrolled, and written in the
//! movement book.

use std::collections::HashMap;

use chrono::NaiveDate;
use eshkola_db::{
    DbConn,
    models::{ClassRow, ClassStudentRow, MovementRow, StudentProfileRow},
    queries::{class_students, classes, imports, movements, profiles},
};
use eshkola_domain::{
    Role,
    import::{
        RowStatus, cells, key,
        table::{Column, Columns},
    },
    people::{MovementKind, Sex},
    school_class::ClassName,
};

use super::{
    ctx::Ctx,
    file::Sheet,
    people::{self as p, PERSON, Students},
    report::{Report, change, status_of},
};
use crate::{
    ApiError,
    routes::{
        fields::Fields,
        people::input::{self, FullName, TEXT_MAX},
    },
    texts::{self, import as t},
};

pub const COLUMNS: [Column; 10] = [
    Column {
        header: t::SURNAME,
        required: true,
    },
    Column {
        header: t::FIRST_NAME,
        required: true,
    },
    Column {
        header: t::PATRONYMIC,
        required: false,
    },
    Column {
        header: t::BIRTH_DATE,
        required: true,
    },
    Column {
        header: t::SEX,
        required: true,
    },
    Column {
        header: t::CLASS,
        required: true,
    },
    Column {
        header: t::ENROLLED_ON,
        required: false,
    },
    Column {
        header: t::ORDER_NUMBER,
        required: false,
    },
    Column {
        header: t::ORDER_DATE,
        required: false,
    },
    Column {
        header: t::ORIGIN,
        required: false,
    },
];

struct Admission {
    name: FullName,
    birth_date: NaiveDate,
    sex: Sex,
    class_id: String,
    date: NaiveDate,
    order_number: String,
    order_date: NaiveDate,
    origin: Option<String>,
}

enum Write {
    Admit(Admission),
    Sex(StudentProfileRow),
}

fn class_name(c: &ClassRow) -> String {
    format!("{}{}", c.grade, c.letter)
}

pub fn run(
    conn: &mut DbConn,
    ctx: &Ctx,
    sheet: &Sheet,
    cols: &Columns,
    report: &mut Report,
    apply: bool,
) -> Result<(), ApiError> {
    let year = ctx.year()?;
    let year_classes: HashMap<(i32, String), ClassRow> =
        classes::list(conn, &ctx.school, Some(&year.id))?
            .into_iter()
            .map(|c| ((c.grade, c.letter.clone()), c))
            .collect();
    let all_classes: HashMap<String, ClassRow> = classes::list(conn, &ctx.school, None)?
        .into_iter()
        .map(|c| (c.id.clone(), c))
        .collect();
    let students = Students::load(conn, &ctx.school)?;
    let enrolments: HashMap<String, String> = imports::current_enrolments(conn, &ctx.school)?
        .into_iter()
        .map(|e| (e.student_id, e.class_id))
        .collect();
    let sexes: HashMap<String, StudentProfileRow> = imports::student_profiles(conn, &ctx.school)?
        .into_iter()
        .map(|p| (p.user_id.clone(), p))
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut writes = Vec::new();
    for row in &sheet.table.rows {
        let name = p::name(report, cols, row, &PERSON);
        let label = p::label(&name);
        let birth_date = p::required_date(report, cols, row, t::BIRTH_DATE);
        let mut fields = Fields::default();
        if let Some(d) = birth_date {
            input::birth_date(&mut fields, d);
        }
        let sex_text = cols.get(row, t::SEX);
        let sex = cells::parse_sex(sex_text);
        if sex.is_none() {
            let message = if sex_text.is_empty() {
                texts::FIELD_REQUIRED
            } else {
                t::SEX_FORMAT
            };
            report.error(row, Some(t::SEX), message);
        }
        let class_text = cols.get(row, t::CLASS);
        let class = match ClassName::parse(class_text) {
            Err(_) if class_text.is_empty() => {
                report.error(row, Some(t::CLASS), texts::FIELD_REQUIRED);
                None
            }
            Err(e) => {
                report.error(row, Some(t::CLASS), p::class_name_error(e));
                None
            }
            Ok(n) => {
                let found = year_classes.get(&(i32::from(n.grade()), n.letter().to_string()));
                if found.is_none() {
                    report.error(
                        row,
                        Some(t::CLASS),
                        t::class_not_in_year(&format!("{}{}", n.grade(), n.letter()), &year.name),
                    );
                }
                found
            }
        };
        let enrolled = p::date(report, cols, row, t::ENROLLED_ON).ok().flatten();
        let order_date = p::date(report, cols, row, t::ORDER_DATE).ok().flatten();
        let origin = fields.optional("origin", cols.get(row, t::ORIGIN), TEXT_MAX);
        let Some(birth_date) = birth_date else {
            report.fields(row, fields, &[]);
            report.row(row, RowStatus::Error, label, vec![]);
            continue;
        };
        let k = key::student(
            &name.surname,
            &name.first_name,
            name.patronymic.as_deref(),
            birth_date,
        );
        if let Some(first) = seen.insert(k, row.number) {
            report.error(row, None, t::same_as_row(first));
        }
        let found = students.find(&name, birth_date);
        match found {
            Some(student) => {
                report.fields(
                    row,
                    fields,
                    &[("birth_date", t::BIRTH_DATE), ("origin", t::ORIGIN)],
                );
                match (enrolments.get(&student.id), class) {
                    (None, _) => report.error(row, None, t::STUDENT_LEFT),
                    (Some(now), Some(class)) if *now != class.id => {
                        let now = all_classes.get(now).map(class_name).unwrap_or_default();
                        report.error(row, Some(t::CLASS), t::student_in_other_class(&now));
                    }
                    _ => {}
                }
                let mut changes = Vec::new();
                let old = sexes.get(&student.id);
                if let (Some(old), Some(sex)) = (old, sex) {
                    let old_sex = Sex::parse(&old.sex).map_or("", cells::sex_word);
                    change(&mut changes, t::SEX, old_sex, cells::sex_word(sex));
                    if !changes.is_empty() {
                        writes.push(Write::Sex(StudentProfileRow {
                            sex: sex.as_str().into(),
                            ..old.clone()
                        }));
                    }
                }
                report.row(row, status_of(&changes), label, changes);
            }
            None => {
                let date = enrolled.unwrap_or(year.starts_on);
                let earliest = year.starts_on - chrono::Duration::days(366);
                if year.ends_on < date {
                    fields.add("date", texts::DATE_AFTER_YEAR);
                } else if date < earliest {
                    fields.add("date", texts::DATE_BEFORE_YEAR);
                }
                let (order_number, order_date) = input::order(
                    &mut fields,
                    cols.get(row, t::ORDER_NUMBER),
                    order_date,
                    date,
                );
                report.fields(
                    row,
                    fields,
                    &[
                        ("birth_date", t::BIRTH_DATE),
                        ("origin", t::ORIGIN),
                        ("date", t::ENROLLED_ON),
                        ("order_number", t::ORDER_NUMBER),
                        ("order_date", t::ORDER_DATE),
                    ],
                );
                if let (Some(sex), Some(class)) = (sex, class) {
                    writes.push(Write::Admit(Admission {
                        name,
                        birth_date,
                        sex,
                        class_id: class.id.clone(),
                        date,
                        order_number,
                        order_date,
                        origin,
                    }));
                }
                report.row(row, RowStatus::New, label, vec![]);
            }
        }
    }
    if apply && report.is_clean() {
        let mut logins = p::Logins::load(conn)?;
        for write in writes {
            match write {
                Write::Admit(a) => admit(conn, ctx, &mut logins, a)?,
                Write::Sex(profile) => profiles::save_student(conn, &profile)?,
            }
        }
    }
    Ok(())
}

/// Admits one student the way `POST /students` does.
fn admit(
    conn: &mut DbConn,
    ctx: &Ctx,
    logins: &mut p::Logins,
    a: Admission,
) -> Result<(), ApiError> {
    let school = ctx.school.as_str();
    let user = logins.register(conn, school, a.name, &[Role::Student])?;
    profiles::save_student(
        conn,
        &StudentProfileRow {
            school_id: school.into(),
            user_id: user.id.clone(),
            birth_date: a.birth_date,
            sex: a.sex.as_str().into(),
            verified_at: None,
            verified_by: None,
        },
    )?;
    class_students::enrol(
        conn,
        &ClassStudentRow {
            school_id: school.into(),
            class_id: a.class_id.clone(),
            student_id: user.id.clone(),
            enrolled_on: a.date,
            left_on: None,
        },
    )?;
    movements::insert(
        conn,
        &MovementRow {
            id: eshkola_db::new_id(),
            school_id: school.into(),
            student_id: user.id,
            kind: MovementKind::Admission.as_str().into(),
            moved_on: a.date,
            order_number: a.order_number,
            order_date: a.order_date,
            from_class_id: None,
            to_class_id: Some(a.class_id),
            reason: None,
            origin: a.origin,
            destination: None,
            recorded_by: ctx.user.clone(),
            recorded_at: eshkola_db::now(),
        },
    )?;
    Ok(())
}

/// The students studying in the year's classes now, by class and name, with
/// their latest admission from the movement book.
pub fn export(conn: &mut DbConn, ctx: &Ctx) -> Result<Vec<Vec<String>>, ApiError> {
    let year = ctx.year()?;
    let year_classes: HashMap<String, ClassRow> = classes::list(conn, &ctx.school, Some(&year.id))?
        .into_iter()
        .map(|c| (c.id.clone(), c))
        .collect();
    let students = Students::load(conn, &ctx.school)?;
    let sexes: HashMap<String, String> = imports::student_profiles(conn, &ctx.school)?
        .into_iter()
        .map(|p| (p.user_id, p.sex))
        .collect();
    let mut admissions: HashMap<String, MovementRow> = HashMap::new();
    for m in movements::list(conn, &ctx.school, None, None)? {
        if m.kind == MovementKind::Admission.as_str() {
            admissions.insert(m.student_id.clone(), m);
        }
    }
    let mut rows = Vec::new();
    for e in imports::current_enrolments(conn, &ctx.school)? {
        let (Some(class), Some(user)) = (
            year_classes.get(&e.class_id),
            students.users.get(&e.student_id),
        ) else {
            continue;
        };
        let admission = admissions.get(&user.id);
        let sort = (
            class.grade,
            eshkola_domain::names::collation_key(&class.letter),
            eshkola_domain::names::collation_key(&p::user_label(user)),
        );
        rows.push((
            sort,
            vec![
                user.surname.clone(),
                user.first_name.clone(),
                user.patronymic.clone().unwrap_or_default(),
                students
                    .birth_dates
                    .get(&user.id)
                    .map(|d| cells::format_date(*d))
                    .unwrap_or_default(),
                sexes
                    .get(&user.id)
                    .and_then(|s| Sex::parse(s))
                    .map(cells::sex_word)
                    .unwrap_or_default()
                    .into(),
                class_name(class),
                cells::format_date(e.enrolled_on),
                admission
                    .map(|m| m.order_number.clone())
                    .unwrap_or_default(),
                admission
                    .map(|m| cells::format_date(m.order_date))
                    .unwrap_or_default(),
                admission.and_then(|m| m.origin.clone()).unwrap_or_default(),
            ],
        ));
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(rows.into_iter().map(|(_, r)| r).collect())
}
