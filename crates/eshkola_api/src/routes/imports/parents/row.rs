//! One row of a parent list, read and checked: the parent's name and
//! contacts as given, the child found among the school's students, the
//! relationship. Each problem goes into the report against its cell.

use eshkola_db::models::UserRow;
use eshkola_domain::{
    import::{
        RowStatus, cells,
        table::{Columns, Row},
    },
    people::Relationship,
};

use super::super::{
    people::{self as p, CHILD, PERSON, Students},
    report::Report,
};
use crate::{
    routes::{
        fields::Fields,
        people::input::{self, FullName},
    },
    texts::{self, import as t},
};

pub(super) struct ParentRow<'a> {
    pub name: FullName,
    pub label: String,
    /// `Some(None)`: the column is there and the cell empty (clears it).
    pub phone: Option<Option<String>>,
    pub email: Option<Option<String>>,
    pub declined: Option<bool>,
    pub child: &'a UserRow,
    pub relationship: Relationship,
}

/// The row, or `None` when it names no known child or relationship (the
/// row is then reported as an error).
pub(super) fn read<'a>(
    report: &mut Report,
    cols: &Columns,
    row: &Row,
    students: &'a Students,
) -> Option<ParentRow<'a>> {
    let name = p::name(report, cols, row, &PERSON);
    let label = p::label(&name);
    let mut fields = Fields::default();
    let phone = cols
        .get_if(row, t::PHONE)
        .map(|v| input::phone(&mut fields, Some(v)));
    let email = cols
        .get_if(row, t::EMAIL)
        .map(|v| input::email(&mut fields, Some(v)));
    report.fields(row, fields, &[("phone", t::PHONE), ("email", t::EMAIL)]);
    let declined = match cols.get_if(row, t::DECLINED).map(cells::parse_yes_no) {
        None => None,
        Some(None) => Some(false),
        Some(Some(Ok(v))) => Some(v),
        Some(Some(Err(()))) => {
            report.error(row, Some(t::DECLINED), t::YES_NO_FORMAT);
            None
        }
    };
    let child_name = p::name(report, cols, row, &CHILD);
    let child_born = p::required_date(report, cols, row, t::CHILD_BIRTH_DATE);
    let child = child_born.and_then(|born| students.find(&child_name, born));
    if child.is_none() && child_born.is_some() && !report.has_errors(row) {
        report.error(row, Some(t::CHILD_SURNAME), t::CHILD_NOT_FOUND);
    }
    let rel_text = cols.get(row, t::RELATIONSHIP);
    let relationship = cells::parse_relationship(rel_text);
    if relationship.is_none() {
        let message = if rel_text.is_empty() {
            texts::FIELD_REQUIRED
        } else {
            t::RELATIONSHIP_FORMAT
        };
        report.error(row, Some(t::RELATIONSHIP), message);
    }
    let (Some(child), Some(relationship)) = (child, relationship) else {
        report.row(row, RowStatus::Error, label, vec![]);
        return None;
    };
    Some(ParentRow {
        name,
        label,
        phone,
        email,
        declined,
        child,
        relationship,
    })
}
