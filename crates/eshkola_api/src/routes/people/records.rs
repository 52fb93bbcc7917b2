//! Students' and parents' records as the API shows them, loaded in a fixed
//! number of queries however many people a page lists.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use eshkola_api_types::people::{
    ClassRef, Guardian, Parent, ParentRecord, Student, Verification, Ward,
};
use eshkola_db::{
    DbConn, QueryError,
    models::{
        ClassRow, ClassStudentRow, GuardianshipRow, ParentProfileRow, StudentProfileRow, UserRow,
    },
    queries::{class_students, classes, profiles, users},
};
use eshkola_domain::{
    account::AccountStatus,
    names::collation_key,
    people::{Relationship, Sex, verification_overdue},
};

use crate::routes::convert::person_name;

pub fn class_name(class: &ClassRow) -> String {
    format!("{}{}", class.grade, class.letter)
}

pub fn class_ref(class: &ClassRow) -> ClassRef {
    ClassRef {
        id: crate::routes::convert::uuid(&class.id),
        name: class_name(class),
    }
}

pub fn status(user: &UserRow) -> AccountStatus {
    AccountStatus::of(user.password_hash.is_some(), user.active)
}

/// A Russian list's sort key for a person.
pub fn name_key(user: &UserRow) -> String {
    collation_key(&format!(
        "{} {} {}",
        user.surname,
        user.first_name,
        user.patronymic.as_deref().unwrap_or("")
    ))
}

/// Everything needed to show some students and parents with their families.
pub struct Records {
    people: HashMap<String, UserRow>,
    students: HashMap<String, StudentProfileRow>,
    parents: HashMap<String, ParentProfileRow>,
    links: Vec<GuardianshipRow>,
    enrolments: HashMap<String, ClassStudentRow>,
    classes: HashMap<String, ClassRow>,
    today: NaiveDate,
}

fn ids<'a>(items: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    items
        .into_iter()
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

impl Records {
    /// Loads these students and parents, their family links, and the people
    /// on the other end of those links.
    pub fn load(
        conn: &mut DbConn,
        school_id: &str,
        student_ids: &[String],
        parent_ids: &[String],
    ) -> Result<Records, QueryError> {
        let links = users::links_of(conn, school_id, student_ids, parent_ids)?;
        let student_ids = ids(student_ids
            .iter()
            .chain(links.iter().map(|l| &l.student_id)));
        let parent_ids = ids(parent_ids.iter().chain(links.iter().map(|l| &l.parent_id)));
        let students: HashMap<_, _> = profiles::students_of(conn, school_id, &student_ids)?
            .into_iter()
            .map(|p| (p.user_id.clone(), p))
            .collect();
        let parents: HashMap<_, _> = profiles::parents_of(conn, school_id, &parent_ids)?
            .into_iter()
            .map(|p| (p.user_id.clone(), p))
            .collect();
        let enrolments = class_students::current_for(conn, school_id, &student_ids)?
            .into_iter()
            .map(|e| (e.student_id.clone(), e))
            .collect();
        let verifiers = students
            .values()
            .filter_map(|p| p.verified_by.as_ref())
            .chain(parents.values().filter_map(|p| p.verified_by.as_ref()));
        let everyone = ids(student_ids.iter().chain(&parent_ids).chain(verifiers));
        let people = users::get_many(conn, school_id, &everyone)?
            .into_iter()
            .map(|u| (u.id.clone(), u))
            .collect();
        let classes = classes::list(conn, school_id, None)?
            .into_iter()
            .map(|c| (c.id.clone(), c))
            .collect();
        Ok(Records {
            people,
            students,
            parents,
            links,
            enrolments,
            classes,
            today: chrono::Utc::now().date_naive(),
        })
    }

    fn verification(&self, at: Option<chrono::NaiveDateTime>, by: Option<&String>) -> Verification {
        Verification {
            verified_at: at.map(|t| t.and_utc()),
            verified_by: by.and_then(|id| self.people.get(id)).map(person_name),
            overdue: verification_overdue(at.map(|t| t.date()), self.today),
        }
    }

    /// The current class of a student, if any.
    pub fn class_of(&self, student_id: &str) -> Option<&ClassRow> {
        let enrolment = self.enrolments.get(student_id)?;
        self.classes.get(&enrolment.class_id)
    }

    pub fn parent(&self, id: &str) -> Option<Parent> {
        let user = self.people.get(id)?;
        let profile = self.parents.get(id);
        Some(Parent {
            person: person_name(user),
            login: user.login.clone(),
            status: status(user),
            phone: profile.and_then(|p| p.phone.clone()),
            email: profile.and_then(|p| p.email.clone()),
            declined_electronic_access: profile.is_some_and(|p| p.declined_electronic_access),
            verification: self.verification(
                profile.and_then(|p| p.verified_at),
                profile.and_then(|p| p.verified_by.as_ref()),
            ),
        })
    }

    pub fn student(&self, id: &str) -> Option<Student> {
        let user = self.people.get(id)?;
        let profile = self.students.get(id);
        let mut guardians: Vec<(String, Guardian)> = self
            .links
            .iter()
            .filter(|l| l.student_id == id)
            .filter_map(|l| {
                let parent = self.parent(&l.parent_id)?;
                let key = name_key(&self.people[&l.parent_id]);
                Some((
                    key,
                    Guardian {
                        relationship: relationship(l),
                        parent,
                    },
                ))
            })
            .collect();
        guardians.sort_by(|a, b| a.0.cmp(&b.0));
        Some(Student {
            person: person_name(user),
            class: self.class_of(id).map(class_ref),
            enrolled_on: self.enrolments.get(id).map(|e| e.enrolled_on),
            login: user.login.clone(),
            status: status(user),
            birth_date: profile.map(|p| p.birth_date),
            sex: profile.and_then(|p| Sex::parse(&p.sex)),
            verification: self.verification(
                profile.and_then(|p| p.verified_at),
                profile.and_then(|p| p.verified_by.as_ref()),
            ),
            guardians: guardians.into_iter().map(|(_, g)| g).collect(),
        })
    }

    pub fn parent_record(&self, id: &str) -> Option<ParentRecord> {
        let parent = self.parent(id)?;
        let mut children: Vec<(String, Ward)> = self
            .links
            .iter()
            .filter(|l| l.parent_id == id)
            .filter_map(|l| {
                let child = self.people.get(&l.student_id)?;
                Some((
                    name_key(child),
                    Ward {
                        relationship: relationship(l),
                        student: person_name(child),
                        class: self.class_of(&l.student_id).map(class_ref),
                    },
                ))
            })
            .collect();
        children.sort_by(|a, b| a.0.cmp(&b.0));
        Some(ParentRecord {
            parent,
            children: children.into_iter().map(|(_, w)| w).collect(),
        })
    }

    /// These people's records, sorted by name (unknown ids are left out).
    pub fn sorted<T>(&self, ids: &[String], record: impl Fn(&Self, &str) -> Option<T>) -> Vec<T> {
        let mut found: Vec<(String, T)> = ids
            .iter()
            .filter_map(|id| Some((name_key(self.people.get(id)?), record(self, id)?)))
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found.into_iter().map(|(_, r)| r).collect()
    }
}

/// A stored relationship; rows were written from [`Relationship::as_str`].
fn relationship(link: &GuardianshipRow) -> Relationship {
    Relationship::parse(&link.relationship).unwrap_or(Relationship::Other)
}
