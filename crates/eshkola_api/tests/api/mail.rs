//! E-mail to families (R19, R20, R21, R23) through a real SMTP server on
//! localhost: letters are queued with what they tell, delivered once, follow
//! each parent's choices, go only where there is an address, and a failed
//! delivery is tried again later instead of being lost.

use std::{
    net::TcpListener,
    sync::{Arc, Mutex},
};

use chrono::Duration;
use eshkola_api::mail::{Mailer, deliver_due};
use eshkola_db::queries::mail;
use mailparse::MailHeaderMap;
use serde_json::json;

use crate::{
    both_engines,
    journal::{J, give, journal, login},
    support::{
        TestApp,
        setup::{patch, post, put},
    },
};

/// An SMTP server in a thread, keeping what it receives.
#[derive(Clone, Default)]
pub struct Sink(Arc<Mutex<Vec<Vec<u8>>>>, Arc<Mutex<Vec<u8>>>);

impl mailin_embedded::Handler for Sink {
    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.1.lock().unwrap().extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> mailin_embedded::Response {
        let letter = std::mem::take(&mut *self.1.lock().unwrap());
        self.0.lock().unwrap().push(letter);
        mailin_embedded::response::OK
    }
}

impl Sink {
    pub fn start() -> (Sink, u16) {
        let sink = Sink::default();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let mut server = mailin_embedded::Server::new(sink.clone());
        server
            .with_name("sink.local")
            .with_ssl(mailin_embedded::SslConfig::None)
            .expect("no TLS")
            .with_tcp_listener(listener);
        // The server runs until the test process ends; its error is not Send.
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        (sink, port)
    }

    /// (to, subject, text) of each letter received.
    pub fn letters(&self) -> Vec<(String, String, String)> {
        self.0
            .lock()
            .unwrap()
            .iter()
            .map(|raw| {
                let parsed = mailparse::parse_mail(raw).expect("a letter");
                let header = |name| parsed.headers.get_first_value(name).unwrap_or_default();
                (
                    header("To"),
                    header("Subject"),
                    parsed.get_body().expect("body"),
                )
            })
            .collect()
    }
}

pub fn mailer(port: u16) -> Mailer {
    Mailer::new(
        &format!("smtp://127.0.0.1:{port}"),
        "Школа № 12 <school@example.org>",
    )
    .expect("mailer")
}

pub async fn give_address(app: &TestApp, j: &J, key: &str, email: &str) {
    let path = format!("/api/v1/parents/{}", j.id(key));
    let reply = patch(app, &j.admin, &path, json!({ "email": email })).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
}

async fn letters_reach_parents_with_an_address_by_their_choice(app: TestApp) {
    let j = journal(&app, "ml-").await;
    give_address(&app, &j, "parent2", "anna.petrova@example.org").await;
    let (sink, port) = Sink::start();
    let mailer = mailer(port);
    let teacher = login(&app, &j, "subject").await;
    let (lesson, date) = j.lesson_before(&app, &j.five, j.ago(1));
    for student in ["student", "student2"] {
        let given = give(&app, &teacher, &lesson, &j.id(student), "5").await;
        assert_eq!(given.status, 201, "{}", given.text);
    }
    // Only Глеб's mother has an address: one letter, delivered once.
    let sent = deliver_due(&app.db.pool, &mailer, eshkola_db::now())
        .await
        .expect("round");
    assert_eq!(sent, 1);
    assert_eq!(
        deliver_due(&app.db.pool, &mailer, eshkola_db::now())
            .await
            .unwrap(),
        0
    );
    let letters = sink.letters();
    assert_eq!(letters.len(), 1);
    let (to, subject, text) = &letters[0];
    assert!(to.contains("anna.petrova@example.org"), "{to}");
    assert_eq!(subject, "Новая оценка: Петров Глеб");
    let day = date.format("%d.%m.%Y").to_string();
    assert!(
        text.contains(&format!("оценку «5» по предмету «Математика» за {day}")),
        "{text}"
    );

    // She turns marks off: the next mark sends nothing; messages still go.
    let parent2 = login(&app, &j, "parent2").await;
    let reply = put(
        &app,
        &parent2,
        "/api/v1/me/mail",
        json!({ "kinds": [{ "kind": "new_mark", "email": false }] }),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let settings = app.get("/api/v1/me/mail", &parent2).await.json();
    assert_eq!(settings["address"], "anna.petrova@example.org");
    assert_eq!(
        settings["kinds"][0],
        json!({ "kind": "new_mark", "email": false })
    );
    assert_eq!(
        settings["kinds"][5],
        json!({ "kind": "message", "email": true })
    );
    let given = give(&app, &teacher, &lesson, &j.id("student2"), "4").await;
    assert_eq!(given.status, 201, "{}", given.text);
    let class_teacher = login(&app, &j, "teacher").await;
    let body = json!({ "subject": "Родительское собрание", "body": "Жду вас в пятницу.",
        "recipient_ids": [j.id("parent2")] });
    let reply = post(&app, &class_teacher, "/api/v1/messages/threads", body).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    let deputy = login(&app, &j, "deputy").await;
    let announcement = json!({ "title": "Ярмарка", "body": "В субботу в актовом зале.",
        "audience": { "parents": true, "class_ids": [j.five] } });
    let reply = post(&app, &deputy, "/api/v1/announcements", announcement).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    let sent = deliver_due(&app.db.pool, &mailer, eshkola_db::now())
        .await
        .unwrap();
    let subjects: Vec<String> = sink.letters().into_iter().map(|l| l.1).collect();
    assert_eq!(sent, 2, "{subjects:?}");
    assert_eq!(
        subjects,
        [
            "Новая оценка: Петров Глеб",
            "Новое сообщение: Родительское собрание",
            "Объявление: Ярмарка"
        ]
    );
    let letters = sink.letters();
    assert!(
        letters[1].2.contains("Сергей Волков пишет:"),
        "{}",
        letters[1].2
    );
    // Bad input: an unknown kind is a malformed body (as any bad enum value).
    put(
        &app,
        &parent2,
        "/api/v1/me/mail",
        json!({ "kinds": [{ "kind": "spam", "email": true }] }),
    )
    .await
    .problem(400, "malformed_body");
}
both_engines!(letters_reach_parents_with_an_address_by_their_choice);

async fn a_failed_delivery_is_tried_again_later(app: TestApp) {
    let j = journal(&app, "mr-").await;
    give_address(&app, &j, "parent2", "anna.petrova@example.org").await;
    let teacher = login(&app, &j, "subject").await;
    let (lesson, _) = j.lesson_before(&app, &j.five, j.ago(1));
    let given = give(&app, &teacher, &lesson, &j.id("student2"), "3").await;
    assert_eq!(given.status, 201, "{}", given.text);
    // Nobody listens on this port: the round fails softly.
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let now = eshkola_db::now();
    assert_eq!(
        deliver_due(&app.db.pool, &mailer(closed), now)
            .await
            .unwrap(),
        0
    );
    let row = {
        let mut conn = app.db.pool.get().unwrap();
        mail::of_user(&mut conn, &j.school.school_id, &j.id("parent2"))
            .unwrap()
            .remove(0)
    };
    assert_eq!((row.attempts, row.sent_at), (1, None));
    assert!(row.last_error.is_some() && row.failed_at.is_none());
    assert!(
        row.next_attempt_at >= now + Duration::seconds(60),
        "backs off a minute"
    );
    // Not due yet; then, a minute on, delivered.
    let (sink, port) = Sink::start();
    assert_eq!(
        deliver_due(&app.db.pool, &mailer(port), now).await.unwrap(),
        0
    );
    let later = now + Duration::seconds(61);
    assert_eq!(
        deliver_due(&app.db.pool, &mailer(port), later)
            .await
            .unwrap(),
        1
    );
    assert_eq!(sink.letters().len(), 1);
    let mut conn = app.db.pool.get().unwrap();
    let row = mail::of_user(&mut conn, &j.school.school_id, &j.id("parent2"))
        .unwrap()
        .remove(0);
    assert_eq!(row.attempts, 2);
    assert!(row.sent_at.is_some());
}
both_engines!(a_failed_delivery_is_tried_again_later);
