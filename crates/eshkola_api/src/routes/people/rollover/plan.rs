//! Planning a year rollover from the database: the ending year's classes and
//! students, the school's choices (repeaters, leavers), the next year's
//! classes that already exist. The preview shows the plan; apply writes it.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Duration, NaiveDate};
use eshkola_api_types::rollover::{
    ClassOutcome, NewClass, RolloverPlan, RolloverRequest, StudentOutcome,
};
use eshkola_db::{
    DbConn,
    models::{AcademicYearRow, ClassRow, UserRow},
    queries::{class_students, classes, movements, users, years},
};
use eshkola_domain::{
    people::{
        MovementKind,
        rollover::{
            ChoiceError, FINAL_GRADES, Outcome, keeps_class_teacher, next_assessment, next_class,
            outcome,
        },
    },
    school_class::{Assessment, ClassName},
};
use uuid::Uuid;

use crate::{
    ApiError,
    routes::{
        convert::{person_name, sort_people, uuid},
        fields::Fields,
        people::records::class_ref,
        setup::Optional,
    },
    texts,
};

/// A class of the next year the students go to.
pub struct Target {
    pub name: ClassName,
    /// The existing class, or the row to insert.
    pub row: ClassRow,
    pub exists: bool,
    /// The ending year's class whose subgroups it takes over.
    pub subgroups_from: Option<String>,
    pub subgroups: Vec<String>,
}

/// One student's move.
pub struct Move {
    pub student_id: String,
    pub from_class_id: String,
    pub enrolled_on: NaiveDate,
    pub outcome: Outcome,
}

pub struct Plan {
    pub target: AcademicYearRow,
    pub graduation_date: NaiveDate,
    pub targets: BTreeMap<ClassName, Target>,
    pub moves: Vec<Move>,
    pub dto: RolloverPlan,
}

fn name_of(class: &ClassRow) -> Option<ClassName> {
    ClassName::new(u8::try_from(class.grade).ok()?, &class.letter).ok()
}

/// The ending year (404 if not the school's) and the next, checked first:
/// nothing else can be planned without them (422).
pub fn years_of(
    conn: &mut DbConn,
    school_id: &str,
    source_id: &str,
    body: &RolloverRequest,
) -> Result<(AcademicYearRow, AcademicYearRow), ApiError> {
    let mut fields = Fields::default();
    let source = years::get(conn, school_id, source_id)?;
    let target_id = body.target_year_id.to_string();
    let target = years::get(conn, school_id, &target_id).optional()?;
    match &target {
        None => fields.add("target_year_id", texts::TARGET_YEAR_NOT_FOUND),
        Some(t) if t.id == source.id => fields.add("target_year_id", texts::TARGET_YEAR_SAME),
        Some(t) if t.starts_on <= source.ends_on => {
            fields.add("target_year_id", texts::TARGET_YEAR_NOT_AFTER)
        }
        Some(_) => {}
    }
    if !FINAL_GRADES.contains(&body.final_grade) {
        fields.add("final_grade", texts::FINAL_GRADE);
    }
    match target {
        Some(target) => fields.check().map(|()| (source, target)),
        None => Err(fields.into_error()),
    }
}

/// The plan; `fields` has the errors found so far and gets the rest.
pub fn plan(
    conn: &mut DbConn,
    school_id: &str,
    source: AcademicYearRow,
    target: AcademicYearRow,
    body: &RolloverRequest,
    mut fields: Fields,
) -> Result<Plan, ApiError> {
    let graduation_date = body.graduation_date.unwrap_or(source.ends_on);
    if graduation_date < source.starts_on || graduation_date >= target.starts_on {
        fields.add("graduation_date", texts::GRADUATION_DATE);
    }
    let mut sources = classes::list(conn, school_id, Some(&source.id))?;
    sources.sort_by_key(|c| (c.grade, c.letter.clone()));
    if sources
        .iter()
        .any(|c| c.grade > i32::from(body.final_grade))
    {
        fields.add("final_grade", texts::CLASSES_ABOVE_FINAL_GRADE);
    }
    let class_ids: Vec<String> = sources.iter().map(|c| c.id.clone()).collect();
    let kinds: Vec<&str> = MovementKind::ALL
        .into_iter()
        .filter(|k| k.by_rollover())
        .map(MovementKind::as_str)
        .collect();
    if movements::any_from(conn, school_id, &class_ids, &kinds)? {
        return Err(ApiError::Conflict(texts::YEAR_ROLLED_OVER.into()));
    }
    let enrolments = class_students::current_for_classes(conn, school_id, &class_ids)?;
    let ids: Vec<String> = enrolments.iter().map(|e| e.student_id.clone()).collect();
    let mut people = users::get_many(conn, school_id, &ids)?;
    sort_people(&mut people);
    let rank: HashMap<String, usize> = people
        .iter()
        .enumerate()
        .map(|(i, u)| (u.id.clone(), i))
        .collect();
    let studying: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let chosen = |field: &str, list: &[Uuid], fields: &mut Fields| -> HashSet<String> {
        let set: HashSet<String> = list.iter().map(Uuid::to_string).collect();
        if set.iter().any(|s| !studying.contains(s.as_str())) {
            fields.add(field, texts::NOT_IN_SOURCE_YEAR);
        }
        set
    };
    let repeaters = chosen("repeaters", &body.repeaters, &mut fields);
    let leavers = chosen("leavers", &body.leavers, &mut fields);

    let existing: HashMap<ClassName, ClassRow> = classes::list(conn, school_id, Some(&target.id))?
        .into_iter()
        .filter_map(|c| Some((name_of(&c)?, c)))
        .collect();
    let mut targets = BTreeMap::new();
    let mut taken = Vec::new();
    for class in &sources {
        let Some(name) = name_of(class) else { continue };
        let Some(next) = next_class(name, body.final_grade) else {
            continue;
        };
        if existing.contains_key(&next) {
            taken.push(next.to_string());
            continue;
        }
        let teacher = keeps_class_teacher(name.grade())
            .then(|| class.class_teacher_id.clone())
            .flatten();
        let assessment = Assessment::parse(&class.assessment).unwrap_or(Assessment::Marks);
        let row = ClassRow {
            id: eshkola_db::new_id(),
            school_id: school_id.into(),
            year_id: target.id.clone(),
            grade: next.grade().into(),
            letter: next.letter().to_string(),
            shift: class.shift,
            assessment: next_assessment(assessment, name.grade(), next.grade())
                .as_str()
                .into(),
            class_teacher_id: teacher,
        };
        let mut subgroups: Vec<String> = classes::list_subgroups_of(conn, school_id, &class.id)?
            .into_iter()
            .map(|s| s.name)
            .collect();
        subgroups.sort();
        targets.insert(
            next,
            Target {
                name: next,
                row,
                exists: false,
                subgroups_from: Some(class.id.clone()),
                subgroups,
            },
        );
    }
    if !taken.is_empty() {
        return Err(ApiError::Conflict(texts::classes_in_target_year(
            &taken.join(", "),
        )));
    }

    let by_class: HashMap<&str, &ClassRow> = sources.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut moves = Vec::new();
    for enrolment in &enrolments {
        let Some(class) = by_class.get(enrolment.class_id.as_str()) else {
            continue;
        };
        let Some(name) = name_of(class) else { continue };
        let student = &enrolment.student_id;
        let result = outcome(
            name,
            body.final_grade,
            repeaters.contains(student),
            leavers.contains(student),
        );
        let decided = match result {
            Ok(o) => o,
            Err(ChoiceError::RepeatAndLeave) => {
                fields.add("leavers", texts::REPEATER_AND_LEAVER);
                continue;
            }
            Err(ChoiceError::LeaverNotInBasicGrade) => {
                fields.add("leavers", texts::LEAVER_NOT_NINTH);
                continue;
            }
        };
        if decided == Outcome::Graduate && graduation_date < enrolment.enrolled_on {
            fields.add("graduation_date", texts::GRADUATION_BEFORE_ENROLMENT);
        }
        if let Outcome::Repeat(same) = decided
            && !targets.contains_key(&same)
        {
            // A repeater's grade may get no class by promotion (no class
            // below it): join one set up beforehand, or open one like theirs.
            let (row, exists) = match existing.get(&same) {
                Some(row) => (row.clone(), true),
                None => (
                    ClassRow {
                        id: eshkola_db::new_id(),
                        school_id: school_id.into(),
                        year_id: target.id.clone(),
                        class_teacher_id: None,
                        ..(*class).clone()
                    },
                    false,
                ),
            };
            targets.insert(
                same,
                Target {
                    name: same,
                    row,
                    exists,
                    subgroups_from: None,
                    subgroups: Vec::new(),
                },
            );
        }
        moves.push(Move {
            student_id: student.clone(),
            from_class_id: class.id.clone(),
            enrolled_on: enrolment.enrolled_on,
            outcome: decided,
        });
    }
    fields.check()?;
    moves.sort_by_key(|m| rank.get(&m.student_id).copied());
    let dto = describe(
        conn,
        school_id,
        &source,
        &target,
        graduation_date,
        body,
        &sources,
        &targets,
        &moves,
        &people,
    )?;
    Ok(Plan {
        target,
        graduation_date,
        targets,
        moves,
        dto,
    })
}

/// The plan as the API shows it.
#[allow(clippy::too_many_arguments)]
fn describe(
    conn: &mut DbConn,
    school_id: &str,
    source: &AcademicYearRow,
    target: &AcademicYearRow,
    graduation_date: NaiveDate,
    body: &RolloverRequest,
    sources: &[ClassRow],
    targets: &BTreeMap<ClassName, Target>,
    moves: &[Move],
    people: &[UserRow],
) -> Result<RolloverPlan, ApiError> {
    let teacher_ids: Vec<String> = targets
        .values()
        .filter_map(|t| t.row.class_teacher_id.clone())
        .collect();
    let teachers: HashMap<String, UserRow> = users::get_many(conn, school_id, &teacher_ids)?
        .into_iter()
        .map(|u| (u.id.clone(), u))
        .collect();
    let names: HashMap<&str, &UserRow> = people.iter().map(|u| (u.id.as_str(), u)).collect();
    let count = |kind: MovementKind| {
        u32::try_from(moves.iter().filter(|m| m.outcome.kind() == kind).count()).unwrap_or(0)
    };
    let classes = sources
        .iter()
        .map(|class| ClassOutcome {
            from: class_ref(class),
            to: name_of(class)
                .and_then(|n| next_class(n, body.final_grade))
                .map(|n| n.to_string()),
            students: moves
                .iter()
                .filter(|m| m.from_class_id == class.id)
                .filter_map(|m| {
                    Some(StudentOutcome {
                        student: person_name(names.get(m.student_id.as_str())?),
                        kind: m.outcome.kind(),
                        to_class: m.outcome.class().map(|c| c.to_string()),
                    })
                })
                .collect(),
        })
        .collect();
    let new_classes = targets
        .values()
        .map(|t| NewClass {
            name: t.name.to_string(),
            grade: t.name.grade(),
            letter: t.name.letter().to_string(),
            shift: u8::try_from(t.row.shift).unwrap_or(1),
            assessment: Assessment::parse(&t.row.assessment).unwrap_or(Assessment::Marks),
            class_teacher: t
                .row
                .class_teacher_id
                .as_ref()
                .and_then(|id| teachers.get(id))
                .map(person_name),
            subgroups: t.subgroups.clone(),
            exists: t.exists,
        })
        .collect();
    Ok(RolloverPlan {
        source_year_id: uuid(&source.id),
        target_year_id: uuid(&target.id),
        date: target.starts_on,
        graduation_date,
        final_grade: body.final_grade,
        classes,
        new_classes,
        promoted: count(MovementKind::Promotion),
        repeaters: count(MovementKind::Repeat),
        graduates: count(MovementKind::Graduation),
    })
}

/// The last day in the old class of a student who goes on next year: the
/// day before the next year begins (never before they joined it).
pub fn last_day(plan: &Plan, m: &Move) -> NaiveDate {
    (plan.target.starts_on - Duration::days(1)).max(m.enrolled_on)
}
