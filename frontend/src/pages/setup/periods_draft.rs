//! The period schemes as they are being edited: a signal per input, so typing
//! re-renders nothing but the input, and a key per row, so refilling the
//! drafts replaces rows instead of reusing stale ones.

use std::cell::Cell;

use eshkola_api_types::years::{PeriodInput, PeriodKind, PeriodScheme, PeriodSchemeInput};
use leptos::prelude::*;

use super::shared::{date_value, parse_date};
use crate::texts;

thread_local! {
    static NEXT_KEY: Cell<u32> = const { Cell::new(0) };
}

fn next_key() -> u32 {
    NEXT_KEY.with(|k| {
        k.set(k.get() + 1);
        k.get()
    })
}

/// One period's four dates as typed (`yyyy-mm-dd`, or empty).
#[derive(Clone, Copy)]
pub struct PeriodDraft {
    pub key: u32,
    pub starts_on: RwSignal<String>,
    pub ends_on: RwSignal<String>,
    pub finals_open_on: RwSignal<String>,
    pub finals_close_on: RwSignal<String>,
}

impl PeriodDraft {
    fn new(dates: [String; 4]) -> Self {
        let [a, b, c, d] = dates.map(RwSignal::new);
        Self {
            key: next_key(),
            starts_on: a,
            ends_on: b,
            finals_open_on: c,
            finals_close_on: d,
        }
    }

    fn blank() -> Self {
        Self::new(Default::default())
    }

    fn from_input(p: &PeriodInput) -> Self {
        Self::new([p.starts_on, p.ends_on, p.finals_open_on, p.finals_close_on].map(date_value))
    }

    /// The four inputs with their field names, in table order.
    pub fn fields(self) -> [(&'static str, &'static str, RwSignal<String>); 4] {
        [
            ("starts_on", texts::PERIOD_STARTS, self.starts_on),
            ("ends_on", texts::PERIOD_ENDS, self.ends_on),
            ("finals_open_on", texts::FINALS_OPEN, self.finals_open_on),
            ("finals_close_on", texts::FINALS_CLOSE, self.finals_close_on),
        ]
    }
}

/// One range of grades with its kind of periods.
#[derive(Clone, Copy)]
pub struct SchemeDraft {
    pub key: u32,
    pub grade_from: RwSignal<String>,
    pub grade_to: RwSignal<String>,
    pub kind: RwSignal<PeriodKind>,
    pub periods: RwSignal<Vec<PeriodDraft>>,
}

impl SchemeDraft {
    fn new(from: u8, to: u8, kind: PeriodKind, periods: Vec<PeriodDraft>) -> Self {
        Self {
            key: next_key(),
            grade_from: RwSignal::new(from.to_string()),
            grade_to: RwSignal::new(to.to_string()),
            kind: RwSignal::new(kind),
            periods: RwSignal::new(periods),
        }
    }

    /// A new, empty scheme for the grades after the last one.
    pub fn blank(from: u8) -> Self {
        let kind = PeriodKind::Quarter;
        let periods = (0..kind.count()).map(|_| PeriodDraft::blank()).collect();
        Self::new(from.min(11), 11, kind, periods)
    }

    /// Changes the kind, keeping the dates already typed for the first periods.
    pub fn set_kind(self, kind: PeriodKind) {
        self.kind.set(kind);
        self.periods.update(|p| {
            p.truncate(kind.count());
            while p.len() < kind.count() {
                p.push(PeriodDraft::blank());
            }
        });
    }
}

/// Drafts of the saved schemes.
pub fn from_saved(schemes: &[PeriodScheme]) -> Vec<SchemeDraft> {
    schemes
        .iter()
        .map(|s| {
            let periods = s
                .periods
                .iter()
                .map(|p| {
                    PeriodDraft::new(
                        [p.starts_on, p.ends_on, p.finals_open_on, p.finals_close_on]
                            .map(date_value),
                    )
                })
                .collect();
            SchemeDraft::new(s.grade_from, s.grade_to, s.kind, periods)
        })
        .collect()
}

/// Drafts of the schemes the server suggested.
pub fn from_inputs(schemes: &[PeriodSchemeInput]) -> Vec<SchemeDraft> {
    schemes
        .iter()
        .map(|s| {
            let periods = s.periods.iter().map(PeriodDraft::from_input).collect();
            SchemeDraft::new(s.grade_from, s.grade_to, s.kind, periods)
        })
        .collect()
}

/// The body of `PUT …/periods`, or the paths of the dates left empty.
pub fn to_inputs(drafts: &[SchemeDraft]) -> Result<Vec<PeriodSchemeInput>, Vec<String>> {
    let mut missing = Vec::new();
    let mut schemes = Vec::new();
    for (i, s) in drafts.iter().enumerate() {
        let mut periods = Vec::new();
        for (j, p) in s.periods.get_untracked().iter().enumerate() {
            let dates = p.fields().map(|(name, _, value)| {
                let date = parse_date(&value.get_untracked());
                if date.is_none() {
                    missing.push(format!("schemes[{i}].periods[{j}].{name}"));
                }
                date.unwrap_or_default()
            });
            periods.push(PeriodInput {
                starts_on: dates[0],
                ends_on: dates[1],
                finals_open_on: dates[2],
                finals_close_on: dates[3],
            });
        }
        let grade = |g: RwSignal<String>| g.get_untracked().parse().unwrap_or(0);
        schemes.push(PeriodSchemeInput {
            grade_from: grade(s.grade_from),
            grade_to: grade(s.grade_to),
            kind: s.kind.get_untracked(),
            periods,
        });
    }
    if missing.is_empty() {
        Ok(schemes)
    } else {
        Err(missing)
    }
}
