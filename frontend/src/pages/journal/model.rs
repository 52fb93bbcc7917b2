//! A cell's data as the server confirmed it, the edits still on their way
//! (shown at once, optimistically), and what the cell then reads: pure
//! functions, tested on the host.

use eshkola_api_types::journal::{Attendance, Mark, MarkValue, WorkCategory, WorkKind};
use eshkola_domain::journal::average::{Average, Weighted};
use uuid::Uuid;

/// What the server holds for one student at one lesson.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CellData {
    /// In `position` order.
    pub marks: Vec<Mark>,
    pub attendance: Option<Attendance>,
}

/// An edit of a cell, saved in order after the ones before it.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// A new mark of the lesson's kind of work.
    AddMark(MarkValue),
    /// The last mark, else the absence, goes.
    RemoveLast,
    /// An absence (`None`: present).
    SetCode(Option<Uuid>),
    /// A mark changed in the cell's detail.
    Update {
        id: Uuid,
        value: MarkValue,
        work_kind_id: Uuid,
        comment: Option<String>,
        reason: Option<String>,
    },
    /// A mark removed in the cell's detail.
    Delete(Uuid),
}

/// A mark as the cell shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownMark {
    pub value: MarkValue,
    /// `None` until the server says (a new mark takes the lesson's kind).
    pub work_kind_id: Option<Uuid>,
    /// Not yet saved.
    pub pending: bool,
}

/// What a cell reads: its marks and its attendance code.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shown {
    pub marks: Vec<ShownMark>,
    pub code_id: Option<Uuid>,
}

impl CellData {
    /// Puts marks into their cell order.
    pub fn sorted(mut self) -> Self {
        self.marks.sort_by_key(|m| m.position);
        self
    }
}

/// The confirmed data with the pending edits applied on top.
pub fn shown(data: &CellData, pending: &[Op]) -> Shown {
    let mut out = Shown {
        marks: data
            .marks
            .iter()
            .map(|m| ShownMark {
                value: m.value,
                work_kind_id: Some(m.work_kind_id),
                pending: false,
            })
            .collect(),
        code_id: data.attendance.as_ref().map(|a| a.code_id),
    };
    let mut ids: Vec<Option<Uuid>> = data.marks.iter().map(|m| Some(m.id)).collect();
    for op in pending {
        match op {
            Op::AddMark(value) => {
                out.marks.push(ShownMark {
                    value: *value,
                    work_kind_id: None,
                    pending: true,
                });
                ids.push(None);
            }
            Op::RemoveLast => {
                if out.marks.pop().is_some() {
                    ids.pop();
                } else {
                    out.code_id = None;
                }
            }
            Op::SetCode(code) => out.code_id = *code,
            Op::Update {
                id,
                value,
                work_kind_id,
                ..
            } => {
                if let Some(i) = ids.iter().position(|m| *m == Some(*id)) {
                    out.marks[i] = ShownMark {
                        value: *value,
                        work_kind_id: Some(*work_kind_id),
                        pending: true,
                    };
                }
            }
            Op::Delete(id) => {
                if let Some(i) = ids.iter().position(|m| *m == Some(*id)) {
                    out.marks.remove(i);
                    ids.remove(i);
                }
            }
        }
    }
    out
}

/// How a mark's value is written in a cell: `5`, `зач`, `н/а`…
pub fn mark_text(value: MarkValue) -> &'static str {
    crate::texts::mark_short(value)
}

/// What goes before each mark in a cell: nothing before the first, `/`
/// inside a paired kind's two marks (a dictation's `3/5`), else a space.
pub fn joiners(marks: &[ShownMark], kinds: &[WorkKind]) -> Vec<&'static str> {
    let pair = |m: &ShownMark| {
        m.work_kind_id
            .and_then(|id| kinds.iter().find(|k| k.id == id))
            .is_some_and(|k| k.pair)
    };
    let mut out = Vec::with_capacity(marks.len());
    let mut open_pair = false;
    for (i, m) in marks.iter().enumerate() {
        if i == 0 {
            out.push("");
            open_pair = pair(m);
            continue;
        }
        let joins = open_pair && pair(m) && marks[i - 1].work_kind_id == m.work_kind_id;
        out.push(if joins { "/" } else { " " });
        open_pair = !joins && pair(m);
    }
    out
}

/// Whether a kind of work is a control, laboratory or practical one (shown bold).
pub fn is_weighty(kind: Option<&WorkKind>) -> bool {
    kind.is_some_and(|k| k.category != WorkCategory::Ordinary)
}

/// The weighted average of marks, rounded to hundredths as shown.
pub fn average<'a>(marks: impl IntoIterator<Item = &'a Mark>) -> Option<f64> {
    Average::of(marks.into_iter().map(|m| Weighted {
        value: m.value,
        weight_tenths: (m.weight * 10.0).round().clamp(0.0, 1000.0) as u16,
    }))
    .rounded_hundredths()
}

/// The mean of the averages that exist, rounded to hundredths.
pub fn mean(values: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .flatten()
        .fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| (sum / f64::from(n) * 100.0).round() / 100.0)
}

/// An average with a decimal comma: `4,67`.
pub fn average_text(value: Option<f64>) -> String {
    value
        .map(|v| format!("{v:.2}").replace('.', ","))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use super::*;

    fn mark(value: MarkValue, kind: Uuid, weight: f64, position: u16) -> Mark {
        Mark {
            id: Uuid::from_u128(1000 + u128::from(position)),
            lesson_id: Uuid::nil(),
            student_id: Uuid::nil(),
            value,
            work_kind_id: kind,
            weight,
            comment: None,
            position,
            late: false,
            created_at: DateTime::<Utc>::MIN_UTC,
            updated_at: DateTime::<Utc>::MIN_UTC,
            version: 1,
        }
    }

    fn kind(id: Uuid, pair: bool) -> WorkKind {
        WorkKind {
            id,
            name: "Диктант".into(),
            short_name: "Дикт".into(),
            weight: 2.0,
            category: WorkCategory::Control,
            pair,
            archived: false,
        }
    }

    #[test]
    fn pending_edits_show_on_top_of_the_saved_marks() {
        let k = Uuid::from_u128(1);
        let four = mark(MarkValue::Four, k, 1.0, 0);
        let data = CellData {
            marks: vec![four.clone()],
            attendance: None,
        };
        let s = shown(&data, &[Op::AddMark(MarkValue::Five)]);
        assert_eq!(s.marks.len(), 2);
        assert!(s.marks[1].pending);
        let s = shown(&data, &[Op::AddMark(MarkValue::Five), Op::RemoveLast]);
        assert_eq!(s.marks.len(), 1);
        let s = shown(&data, &[Op::RemoveLast, Op::RemoveLast]);
        assert!(s.marks.is_empty());
        let s = shown(
            &data,
            &[Op::Update {
                id: four.id,
                value: MarkValue::Five,
                work_kind_id: k,
                comment: None,
                reason: None,
            }],
        );
        assert_eq!(s.marks[0].value, MarkValue::Five);
        let code = Uuid::from_u128(4);
        let s = shown(&data, &[Op::SetCode(Some(code)), Op::Delete(four.id)]);
        assert_eq!(s.code_id, Some(code));
        assert!(s.marks.is_empty());
    }

    #[test]
    fn marks_read_as_a_teacher_writes_them() {
        let plain = Uuid::from_u128(2);
        let dictation = Uuid::from_u128(3);
        let kinds = vec![kind(plain, false), kind(dictation, true)];
        let shown = |v: MarkValue, k: Uuid| ShownMark {
            value: v,
            work_kind_id: Some(k),
            pending: false,
        };
        let cell = [
            shown(MarkValue::Five, plain),
            shown(MarkValue::Four, plain),
            shown(MarkValue::Three, dictation),
            shown(MarkValue::Five, dictation),
            shown(MarkValue::Four, dictation),
        ];
        let text: String = joiners(&cell, &kinds)
            .into_iter()
            .zip(&cell)
            .map(|(j, m)| format!("{j}{}", mark_text(m.value)))
            .collect();
        assert_eq!(text, "5 4 3/5 4");
    }

    #[test]
    fn averages_weigh_marks_and_round_to_hundredths() {
        let k = Uuid::from_u128(1);
        let marks = [
            mark(MarkValue::Five, k, 1.0, 0),
            mark(MarkValue::Three, k, 2.0, 1),
            mark(MarkValue::Pass, k, 1.0, 2),
        ];
        assert_eq!(average(&marks), Some(3.67));
        assert_eq!(average(&[]), None);
        assert_eq!(mean([Some(3.67), None, Some(5.0)]), Some(4.34));
        assert_eq!(average_text(Some(4.5)), "4,50");
    }
}
