//! What one generated school holds — people, roles, family links — planned in
//! memory, deterministically, before anything is written.

use eshkola_domain::Role;

use crate::{
    names::{self, Family, Name, Sex},
    rng::Rng,
};

/// How many people of each kind a school gets.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    pub students: usize,
    pub parents: usize,
    pub staff: usize,
}

/// Students per class, which decides how many teachers are class teachers.
const CLASS_SIZE: usize = 30;

/// The administration, in the order staff places are filled; the rest teach.
const ADMINISTRATION: &[(&str, Role, usize)] = &[
    ("admin", Role::Administrator, 1),
    ("director", Role::Director, 1),
    ("deputy", Role::Deputy, 3),
    ("secretary", Role::Secretary, 2),
];

/// One account to create.
#[derive(Debug, Clone)]
pub struct Person {
    pub login: String,
    pub name: Name,
    pub roles: Vec<Role>,
}

/// A guardianship between two entries of [`SchoolPlan::people`].
#[derive(Debug, Clone)]
pub struct Link {
    pub parent: usize,
    pub student: usize,
    pub relationship: &'static str,
}

/// Everything one school will contain.
#[derive(Debug, Clone)]
pub struct SchoolPlan {
    pub number: usize,
    pub people: Vec<Person>,
    pub links: Vec<Link>,
}

/// Plans school number `number` (1-based); logins look like `s1-student-17`.
pub fn school(number: usize, sizes: Sizes) -> SchoolPlan {
    let mut rng = Rng::new(0x5C00_0000 + number as u64);
    let mut plan = SchoolPlan {
        number,
        people: Vec::with_capacity(sizes.students + sizes.parents + sizes.staff),
        links: Vec::new(),
    };
    add_staff(&mut plan, &mut rng, sizes);
    let families = add_students(&mut plan, &mut rng, sizes.students);
    add_parents(&mut plan, &mut rng, &families, sizes.parents);
    plan
}

fn push(plan: &mut SchoolPlan, kind: &str, k: usize, name: Name, roles: Vec<Role>) -> usize {
    plan.people.push(Person {
        login: format!("s{}-{kind}-{k}", plan.number),
        name,
        roles,
    });
    plan.people.len() - 1
}

fn add_staff(plan: &mut SchoolPlan, rng: &mut Rng, sizes: Sizes) {
    let mut left = sizes.staff;
    for &(kind, role, count) in ADMINISTRATION {
        for k in 1..=count.min(left) {
            let sex = Sex::random(rng);
            let name = names::stranger(rng, sex);
            push(plan, kind, k, name, vec![role]);
        }
        left = left.saturating_sub(count);
    }
    let classes = sizes.students.div_ceil(CLASS_SIZE);
    for k in 1..=left {
        let mut roles = vec![Role::Teacher];
        if k <= classes {
            roles.push(Role::ClassTeacher);
        }
        let sex = Sex::random(rng);
        let name = names::stranger(rng, sex);
        push(plan, "teacher", k, name, roles);
    }
}

/// Students come in families; about one family in six has two children at the school.
fn add_students(
    plan: &mut SchoolPlan,
    rng: &mut Rng,
    students: usize,
) -> Vec<(Family, Vec<usize>)> {
    let mut families = Vec::new();
    let mut k = 0;
    while k < students {
        let family = Family::random(rng);
        let size = if families.len() % 6 == 5 && students - k >= 2 {
            2
        } else {
            1
        };
        let mut children = Vec::with_capacity(size);
        for _ in 0..size {
            k += 1;
            let sex = Sex::random(rng);
            let name = family.child(rng, sex);
            children.push(push(plan, "student", k, name, vec![Role::Student]));
        }
        families.push((family, children));
    }
    families
}

/// Parents go round the families: first every mother, then fathers, then grandparents.
fn add_parents(
    plan: &mut SchoolPlan,
    rng: &mut Rng,
    families: &[(Family, Vec<usize>)],
    parents: usize,
) {
    if families.is_empty() {
        return;
    }
    for j in 0..parents {
        let (family, children) = &families[j % families.len()];
        let (name, relationship) = match j / families.len() {
            0 => (family.adult(rng, Sex::Female), "мать"),
            1 => (family.father(rng), "отец"),
            2 => (family.adult(rng, Sex::Female), "бабушка"),
            _ => (family.adult(rng, Sex::Male), "дедушка"),
        };
        let parent = push(plan, "parent", j + 1, name, vec![Role::Parent]);
        for &student in children {
            plan.links.push(Link {
                parent,
                student,
                relationship,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    const SIZES: Sizes = Sizes {
        students: 1000,
        parents: 1600,
        staff: 80,
    };

    fn count(plan: &SchoolPlan, role: Role) -> usize {
        plan.people
            .iter()
            .filter(|p| p.roles.contains(&role))
            .count()
    }

    #[test]
    fn a_school_has_the_requested_people_with_unique_logins() {
        let plan = school(3, SIZES);
        assert_eq!(plan.people.len(), 2680);
        assert_eq!(count(&plan, Role::Student), 1000);
        assert_eq!(count(&plan, Role::Parent), 1600);
        assert_eq!(count(&plan, Role::Teacher), 73);
        assert_eq!(count(&plan, Role::ClassTeacher), 34);
        assert_eq!(count(&plan, Role::Administrator), 1);
        let logins: HashSet<_> = plan.people.iter().map(|p| p.login.as_str()).collect();
        assert_eq!(logins.len(), plan.people.len());
        assert!(logins.contains("s3-teacher-1") && logins.contains("s3-student-1000"));
        assert!(logins.contains("s3-parent-1600"));
    }

    #[test]
    fn every_student_has_a_parent_and_links_point_the_right_way() {
        let plan = school(1, SIZES);
        assert!(plan.links.len() > 1600, "siblings share parents");
        let linked: HashSet<_> = plan.links.iter().map(|l| l.student).collect();
        assert_eq!(linked.len(), 1000);
        for link in &plan.links {
            assert_eq!(plan.people[link.parent].roles, [Role::Parent]);
            assert_eq!(plan.people[link.student].roles, [Role::Student]);
        }
    }

    #[test]
    fn plans_are_deterministic() {
        let (a, b) = (school(2, SIZES), school(2, SIZES));
        assert_eq!(a.people[500].name, b.people[500].name);
        assert_ne!(school(1, SIZES).people[500].name, a.people[500].name);
    }
}
