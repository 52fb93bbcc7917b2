//! Who may write to whom (R20): staff write to each other; staff and a
//! family (a student, a parent) write to each other when the staff member
//! is of the administration or teaches or leads a class of that family;
//! families never write to other families. The rule is symmetric, so a
//! reply is always allowed.

/// One side of a conversation, as the rule sees them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Party {
    /// Holds a staff role.
    pub staff: bool,
    /// Of the school's administration (director, deputy, administrator,
    /// secretary).
    pub administration: bool,
    /// Classes they teach something in or lead as class teacher (staff).
    pub classes: Vec<String>,
    /// The classes they study in, or their children do (families).
    pub family_classes: Vec<String>,
}

impl Party {
    fn serves(&self, family: &Party) -> bool {
        self.administration
            || family
                .family_classes
                .iter()
                .any(|c| self.classes.contains(c))
    }
}

/// Whether `from` may write to `to`.
pub fn may_write(from: &Party, to: &Party) -> bool {
    match (from.staff, to.staff) {
        (true, true) => true,
        (true, false) => from.serves(to),
        (false, true) => to.serves(from),
        (false, false) => false,
    }
}

/// Whether these members may share one thread: nobody outside the staff
/// meets another person outside the staff (families stay apart, R5).
pub fn may_share_thread(members: &[&Party]) -> bool {
    members.iter().filter(|p| !p.staff).count() <= 1
}

/// Subjects and bodies: what a well-formed message is.
pub const SUBJECT_MAX: usize = 200;
pub const BODY_MAX: usize = 10_000;
/// At most this many attachments a message.
pub const FILES_MAX: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;

    fn staff(administration: bool, classes: &[&str]) -> Party {
        Party {
            staff: true,
            administration,
            classes: classes.iter().map(|c| c.to_string()).collect(),
            family_classes: Vec::new(),
        }
    }

    fn family(classes: &[&str]) -> Party {
        Party {
            family_classes: classes.iter().map(|c| c.to_string()).collect(),
            ..Party::default()
        }
    }

    #[test]
    fn families_write_to_their_teachers_and_the_administration_only() {
        let parent_5a = family(&["5a"]);
        let other_parent = family(&["5a"]);
        let teacher_5a = staff(false, &["5a"]);
        let teacher_9b = staff(false, &["9b"]);
        let deputy = staff(true, &[]);
        assert!(may_write(&parent_5a, &teacher_5a));
        assert!(may_write(&parent_5a, &deputy));
        assert!(!may_write(&parent_5a, &teacher_9b));
        assert!(!may_write(&parent_5a, &other_parent));
        assert!(may_write(&teacher_9b, &deputy));
        assert!(!may_write(&teacher_9b, &parent_5a));
    }

    #[test]
    fn the_rule_is_symmetric_so_a_reply_is_always_allowed() {
        let people = [
            family(&["5a"]),
            family(&["9b", "5a"]),
            family(&[]),
            staff(false, &["5a"]),
            staff(false, &[]),
            staff(true, &[]),
        ];
        for a in &people {
            for b in &people {
                assert_eq!(may_write(a, b), may_write(b, a), "{a:?} / {b:?}");
            }
        }
    }

    #[test]
    fn a_thread_holds_at_most_one_person_outside_the_staff() {
        let (p, q, t) = (family(&["5a"]), family(&["5a"]), staff(false, &["5a"]));
        assert!(may_share_thread(&[&p, &t, &staff(true, &[])]));
        assert!(!may_share_thread(&[&p, &q, &t]));
    }
}
