//! The class list of a year: `Класс`, `Смена`, `Оценивание`, `Классный
//! руководитель`. A class is the same class when its name (`5А`) is; its
//! shift, assessment and class teacher are what may change.

use std::collections::HashMap;

use eshkola_db::{
    DbConn,
    models::{ClassRow, UserRow},
    queries::{classes, users},
};
use eshkola_domain::{
    Role,
    import::{
        RowStatus, cells, key,
        table::{Column, Columns},
    },
    school_class::{Assessment, ClassName},
};

use super::{
    ctx::Ctx,
    file::Sheet,
    report::{FieldColumns, Report, change, status_of},
};
use crate::{
    ApiError,
    routes::{classes::check_class, fields::Fields, setup::small},
    texts::{self, import as t},
};

pub const COLUMNS: [Column; 4] = [
    Column {
        header: t::CLASS,
        required: true,
    },
    Column {
        header: t::SHIFT,
        required: false,
    },
    Column {
        header: t::ASSESSMENT,
        required: false,
    },
    Column {
        header: t::CLASS_TEACHER,
        required: false,
    },
];

const FIELDS: &FieldColumns = &[
    ("grade", t::CLASS),
    ("letter", t::CLASS),
    ("shift", t::SHIFT),
    ("assessment", t::ASSESSMENT),
];

fn full_name(user: &UserRow) -> String {
    super::report::person_label(&user.surname, &user.first_name, user.patronymic.as_deref())
}

/// The school's teachers by name key (several for namesakes).
fn teachers(conn: &mut DbConn, school: &str) -> Result<HashMap<String, Vec<UserRow>>, ApiError> {
    let mut map: HashMap<String, Vec<UserRow>> = HashMap::new();
    for user in users::with_role(conn, school, Role::Teacher)? {
        map.entry(key::name_part(&full_name(&user)))
            .or_default()
            .push(user);
    }
    Ok(map)
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
    let existing: HashMap<(i32, String), ClassRow> =
        classes::list(conn, &ctx.school, Some(&year.id))?
            .into_iter()
            .map(|c| ((c.grade, c.letter.clone()), c))
            .collect();
    let teachers = teachers(conn, &ctx.school)?;
    let teacher_names: HashMap<&str, String> = teachers
        .values()
        .flatten()
        .map(|u| (u.id.as_str(), full_name(u)))
        .collect();
    let mut seen: HashMap<(i32, String), usize> = HashMap::new();
    let mut writes: Vec<(ClassRow, bool)> = Vec::new();
    for row in &sheet.table.rows {
        let name = match ClassName::parse(cols.get(row, t::CLASS)) {
            Ok(name) => name,
            Err(e) => {
                report.error(row, Some(t::CLASS), super::people::class_name_error(e));
                report.row(
                    row,
                    RowStatus::Error,
                    cols.get(row, t::CLASS).into(),
                    vec![],
                );
                continue;
            }
        };
        let label = format!("{}{}", name.grade(), name.letter());
        let id_key = (i32::from(name.grade()), name.letter().to_string());
        if let Some(first) = seen.insert(id_key.clone(), row.number) {
            report.error(row, Some(t::CLASS), t::same_as_row(first));
        }
        let old = existing.get(&id_key);
        let shift = match cols.get_if(row, t::SHIFT) {
            None => old.map_or(1, |c| small(c.shift)),
            Some("") => 1,
            Some(text) => cells::parse_small_number(text).unwrap_or(0),
        };
        let assessment = match cols.get_if(row, t::ASSESSMENT) {
            None => old
                .and_then(|c| Assessment::parse(&c.assessment))
                .unwrap_or(Assessment::default_for(name.grade())),
            Some("") => Assessment::default_for(name.grade()),
            Some(text) => match cells::parse_assessment(text) {
                Some(a) => a,
                None => {
                    report.error(row, Some(t::ASSESSMENT), t::ASSESSMENT_FORMAT);
                    Assessment::default_for(name.grade())
                }
            },
        };
        let mut fields = Fields::default();
        let letter = check_class(
            &mut fields,
            name.grade(),
            &name.letter().to_string(),
            shift,
            assessment,
        );
        report.fields(row, fields, FIELDS);
        let class_teacher_id = match cols.get_if(row, t::CLASS_TEACHER) {
            None => old.and_then(|c| c.class_teacher_id.clone()),
            Some("") => None,
            Some(text) => match teachers.get(&key::name_part(text)).map(Vec::as_slice) {
                Some([one]) => Some(one.id.clone()),
                Some([]) | None => {
                    report.error(row, Some(t::CLASS_TEACHER), texts::TEACHER_NOT_FOUND);
                    None
                }
                Some(_) => {
                    report.error(row, Some(t::CLASS_TEACHER), t::TEACHER_AMBIGUOUS);
                    None
                }
            },
        };
        let new_row = ClassRow {
            id: old.map_or_else(eshkola_db::new_id, |c| c.id.clone()),
            school_id: ctx.school.clone(),
            year_id: year.id.clone(),
            grade: i32::from(name.grade()),
            letter,
            shift: i32::from(shift),
            assessment: assessment.as_str().into(),
            class_teacher_id,
        };
        let teacher_name = |id: &Option<String>| {
            id.as_deref()
                .and_then(|id| teacher_names.get(id))
                .cloned()
                .unwrap_or_default()
        };
        match old {
            None => {
                report.row(row, RowStatus::New, label, vec![]);
                writes.push((new_row, true));
            }
            Some(old) => {
                let mut changes = Vec::new();
                change(
                    &mut changes,
                    t::SHIFT,
                    &old.shift.to_string(),
                    &new_row.shift.to_string(),
                );
                let old_assessment =
                    Assessment::parse(&old.assessment).unwrap_or(Assessment::Marks);
                change(
                    &mut changes,
                    t::ASSESSMENT,
                    cells::assessment_word(old_assessment),
                    cells::assessment_word(assessment),
                );
                change(
                    &mut changes,
                    t::CLASS_TEACHER,
                    &teacher_name(&old.class_teacher_id),
                    &teacher_name(&new_row.class_teacher_id),
                );
                let status = status_of(&changes);
                if status == RowStatus::Changed {
                    writes.push((new_row, false));
                }
                report.row(row, status, label, changes);
            }
        }
    }
    if apply && report.is_clean() {
        for (row, is_new) in writes {
            if is_new {
                classes::insert(conn, &row)?;
            } else {
                classes::update(conn, &row)?;
            }
        }
    }
    Ok(())
}

/// The year's classes in template order, by grade and letter.
pub fn export(conn: &mut DbConn, ctx: &Ctx) -> Result<Vec<Vec<String>>, ApiError> {
    let year = ctx.year()?;
    let mut list = classes::list(conn, &ctx.school, Some(&year.id))?;
    list.sort_by_cached_key(|c| (c.grade, eshkola_domain::names::collation_key(&c.letter)));
    let people: HashMap<String, String> = users::list(conn, &ctx.school)?
        .into_iter()
        .map(|u| (u.id.clone(), full_name(&u)))
        .collect();
    Ok(list
        .into_iter()
        .map(|c| {
            let assessment = Assessment::parse(&c.assessment).unwrap_or(Assessment::Marks);
            vec![
                format!("{}{}", c.grade, c.letter),
                c.shift.to_string(),
                cells::assessment_word(assessment).into(),
                c.class_teacher_id
                    .and_then(|t| people.get(&t).cloned())
                    .unwrap_or_default(),
            ]
        })
        .collect())
}
