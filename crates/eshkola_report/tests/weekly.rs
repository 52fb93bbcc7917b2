//! The weekly paper report as a reader gets it: PDF bytes, fonts, text per page.

mod common;

use std::time::Instant;

use common::{page_texts, pdffonts, sample};
use eshkola_report::{Renderer, renderer};

#[test]
fn realistic_report_is_a_pdf_with_embedded_fonts_and_russian_text() {
    let report = sample::weekly_report("Ёлкин Семён Артёмович");
    let pdf = renderer()
        .weekly_reports_pdf(std::slice::from_ref(&report))
        .unwrap();
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");

    match pdffonts("realistic", &pdf) {
        // Header, a rule, then one line per font: name type encoding emb sub uni ...
        Some(fonts) => {
            let rows: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!rows.is_empty(), "no fonts:\n{fonts}");
            assert!(fonts.contains("LibertinusSerif"), "{fonts}");
            for row in rows {
                let cols: Vec<&str> = row.split_whitespace().collect();
                let emb = cols[cols.len() - 5];
                assert_eq!(emb, "yes", "font not embedded: {row}");
            }
        }
        None => eprintln!("pdffonts not installed: font embedding not checked"),
    }

    let text = page_texts("realistic", &pdf).join(" ");
    for expected in [
        "МБОУ СОШ № 12",
        "Еженедельный отчёт об успеваемости и посещаемости",
        "Ученик: Ёлкин Семён Артёмович, класс 5А",
        "Неделя: 07.12.2026 – 12.12.2026",
        "Понедельник, 07.12.2026",
        "Суббота, 12.12.2026",
        "Уроков нет",
        "Русский язык",
        "Математика",
        "Изобразительное искусство",
        "4 (контрольная)",
        "отменён",
        "Итоги недели по предметам",
        "4,20",
        "Пропущено уроков: 1, из них без уважительной причины: 0; опозданий: 1",
        "Классный руководитель:",
        "Смирнова Ольга Викторовна",
        "Подпись родителя (законного представителя):",
        "Отчёт сформирован 12.12.2026",
    ] {
        assert!(text.contains(expected), "missing «{expected}» in:\n{text}");
    }
}

#[test]
fn each_student_of_a_class_batch_starts_on_a_new_page() {
    let reports = sample::class_batch(3);
    let pdf = renderer().weekly_reports_pdf(&reports).unwrap();
    let pages = page_texts("batch3", &pdf);
    assert!(pages.len() >= 3, "{} pages", pages.len());

    // The footer names the student on every page, so a page showing two names means
    // a report did not start on a new page.
    let owner = |page: &String| -> usize {
        let owners: Vec<usize> = (0..reports.len())
            .filter(|&i| page.contains(&reports[i].student))
            .collect();
        assert_eq!(
            owners.len(),
            1,
            "page not owned by exactly one student: {page}"
        );
        owners[0]
    };
    let owners: Vec<usize> = pages.iter().map(owner).collect();
    assert!(owners.is_sorted(), "reports out of order: {owners:?}");
    for (i, report) in reports.iter().enumerate() {
        let first = owners
            .iter()
            .position(|&o| o == i)
            .expect("every student has a page");
        let header = format!("Ученик: {}, класс 5А", report.student);
        assert!(
            pages[first].contains(&header),
            "page {} lacks «{header}»",
            first + 1
        );
    }
}

#[test]
fn markup_in_user_text_prints_literally() {
    let hostile = [
        "#panic(\"x\")",
        "]",
        "$x$",
        "*bold*",
        "#set page(width: 1cm)",
        "<report-end>",
    ];
    let mut reports = Vec::new();
    for name in hostile {
        let mut report = sample::weekly_report(name);
        report.school = format!("Школа {name}");
        report.days[0].lessons[0].topic = Some(format!("Тема {name} // _x_ @ref"));
        report.days[0].lessons[0].homework = Some(format!("Задание {name} \\ `code`"));
        report.subjects[0].subject = format!("Предмет {name}");
        report.class_teacher = Some(format!("Учитель {name}"));
        reports.push(report);
    }
    let pdf = Renderer::new().weekly_reports_pdf(&reports).unwrap();
    let text = page_texts("injection", &pdf).join(" ");
    for name in hostile {
        for expected in [
            format!("Ученик: {name}, класс 5А"),
            format!("Школа {name}"),
            format!("Тема {name} // _x_ @ref"),
            format!("Задание {name} \\ `code`"),
            format!("Предмет {name}"),
            format!("Учитель {name}"),
        ] {
            assert!(text.contains(&expected), "missing «{expected}» in:\n{text}");
        }
    }
}

#[test]
fn empty_week_renders_on_one_page() {
    let report = sample::empty_report("Жукова Мария Игоревна");
    let pdf = renderer().weekly_reports_pdf(&[report]).unwrap();
    let pages = page_texts("empty", &pdf);
    assert_eq!(pages.len(), 1);
    for expected in [
        "Уроков на этой неделе нет.",
        "Оценок за неделю нет.",
        "Пропущено уроков: 0, из них без уважительной причины: 0; опозданий: 0",
        "Подпись родителя",
    ] {
        assert!(
            pages[0].contains(expected),
            "missing «{expected}» in:\n{}",
            pages[0]
        );
    }
}

#[test]
fn a_long_week_flows_onto_more_pages_with_table_headers_repeated() {
    let mut report = sample::weekly_report("Кузнецов Илья Олегович");
    let long =
        "Прочитать главу, составить план и ответить на вопросы в конце параграфа. ".repeat(6);
    for day in &mut report.days {
        for lesson in &mut day.lessons {
            lesson.homework = Some(long.clone());
        }
    }
    let pdf = renderer().weekly_reports_pdf(&[report]).unwrap();
    let pages = page_texts("long", &pdf);
    assert!(pages.len() >= 2, "{} pages", pages.len());
    let total = pages.len();
    for (n, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Страница {} из {total}", n + 1)),
            "{page}"
        );
    }
    // A day table split across the break shows its header row again.
    assert!(pages[1].contains("№ Предмет Тема урока Оценки Посещаемость Домашнее задание"));
    assert!(pages[total - 1].contains("Подпись родителя"));
}

#[test]
fn same_data_gives_the_same_bytes() {
    let reports = sample::class_batch(2);
    let first = renderer().weekly_reports_pdf(&reports).unwrap();
    let second = renderer().weekly_reports_pdf(&reports).unwrap();
    assert!(first == second, "rendering is not deterministic");
}

#[test]
fn a_class_of_thirty_renders_in_one_pdf() {
    let reports = sample::class_batch(30);
    let started = Instant::now();
    let pdf = renderer().weekly_reports_pdf(&reports).unwrap();
    // Information only; timing belongs in benchmarks, not in assertions.
    eprintln!(
        "30 reports: {:?}, {} KiB",
        started.elapsed(),
        pdf.len() / 1024
    );
    let pages = page_texts("batch30", &pdf);
    assert!(pages.len() >= 30, "{} pages", pages.len());
    for report in &reports {
        assert!(
            pages.iter().any(|p| p.contains(&report.student)),
            "{}",
            report.student
        );
    }
}
