//! A week of dated lessons as a grid: lesson numbers down, the week's days
//! across; cancelled lessons struck through, changes marked.

use chrono::{Days, NaiveDate};
use eshkola_api_types::lessons::{Lesson, LessonWeek};
use leptos::prelude::*;

use crate::{format, texts};

/// What each cell names besides the subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// The class (a teacher's or a room's week).
    Class,
    /// The teacher (a class's or a student's week).
    Teacher,
}

#[component]
pub fn WeekGrid(week: LessonWeek, show: Show) -> impl IntoView {
    let days: Vec<NaiveDate> = (0..6)
        .filter_map(|n| week.from.checked_add_days(Days::new(n)))
        .collect();
    let numbers: Vec<u8> = {
        let mut n: Vec<u8> = week.lessons.iter().map(|l| l.lesson).collect();
        n.sort_unstable();
        n.dedup();
        n
    };
    if numbers.is_empty() {
        return view! { <p class="muted" id="no-lessons">{texts::NO_LESSONS_WEEK}</p> }.into_any();
    }
    let lessons = week.lessons;
    view! {
        <table class="week-grid" id="week-grid">
            <thead>
                <tr>
                    <th scope="col">{texts::LESSON_NUMBER}</th>
                    {days.iter().enumerate().map(|(i, d)| view! {
                        <th scope="col">{texts::WEEKDAYS_SHORT[i]}" "{format::date(*d)}</th>
                    }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {numbers.into_iter().map(|n| {
                    let cells = days.iter().map(|d| {
                        let here: Vec<Lesson> = lessons.iter().filter(|l| l.date == *d && l.lesson == n).cloned().collect();
                        view! { <td>{here.into_iter().map(|l| view! { <LessonCard lesson=l show/> }).collect_view()}</td> }
                    }).collect_view();
                    view! { <tr><th scope="row">{n}</th>{cells}</tr> }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

#[component]
fn LessonCard(lesson: Lesson, show: Show) -> impl IntoView {
    let who = match show {
        Show::Class => lesson.class_name.clone(),
        Show::Teacher => lesson.teacher.short(),
    };
    let time = lesson
        .starts_at
        .clone()
        .zip(lesson.ends_at.clone())
        .map(|(a, b)| format!("{a}–{b}"));
    let marks: Vec<&'static str> = lesson
        .changes
        .iter()
        .map(|c| texts::change_name(*c))
        .collect();
    view! {
        <div class="lesson" class:lesson--cancelled=lesson.cancelled class:lesson--changed=!lesson.changes.is_empty()
            data-subject=lesson.subject.name.clone() data-class=lesson.class_name.clone()
            data-date=lesson.date.to_string() data-lesson=lesson.lesson.to_string()>
            <strong class="lesson__subject">{lesson.subject.short_name.clone()}</strong>
            {lesson.subgroup.map(|g| view! { <span class="lesson__group">{g.name}</span> })}
            <span class="lesson__who">{who}</span>
            {lesson.room.map(|r| view! { <span class="lesson__room">{r.name}</span> })}
            {time.map(|t| view! { <span class="lesson__time muted">{t}</span> })}
            {(!marks.is_empty()).then(|| view! { <span class="lesson__changes badge">{marks.join(", ")}</span> })}
            {lesson.detached.then(|| view! { <span class="badge badge--warn">{texts::DETACHED}</span> })}
        </div>
    }
}
