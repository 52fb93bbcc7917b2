//! Uploads: allowed types by content, the declared type must agree, size
//! limit, and the bytes come back as an attachment.

use super::{PNG, download, stored, stored_names, upload};
use crate::{both_engines, support::TestApp, support::people::classroom};

async fn staff_upload_and_read_back_files(app: TestApp) {
    let c = classroom(&app, "fu-").await;
    let teacher = app.login(&c.school.login("subject")).await.access;
    let file = stored(&app, &teacher, "Схема урока.png", "image/png", PNG.to_vec()).await;
    assert_eq!(file["name"], "Схема урока.png");
    assert_eq!(file["media_type"], "image/png");
    assert_eq!(file["size"], PNG.len());
    assert_eq!(file["sha256"].as_str().unwrap().len(), 64);
    let id = file["id"].as_str().unwrap();
    assert_eq!(
        stored_names(&app),
        [id.to_owned()],
        "stored by id, no temporary left"
    );

    let (status, headers, bytes) = download(&app, &teacher, id).await;
    assert_eq!(status, 200);
    assert_eq!(bytes, PNG);
    assert_eq!(headers["content-type"], "image/png");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(
        disposition.ends_with(
            "filename*=UTF-8''%D0%A1%D1%85%D0%B5%D0%BC%D0%B0%20%D1%83%D1%80%D0%BE%D0%BA%D0%B0.png"
        ),
        "{disposition}"
    );

    // Other allowed kinds: PDF, plain text, an XLSX, the type taken from the
    // content when the browser only says octet-stream.
    let pdf = stored(
        &app,
        &teacher,
        "a.pdf",
        "application/pdf",
        b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n".to_vec(),
    )
    .await;
    assert_eq!(pdf["media_type"], "application/pdf");
    let text = stored(
        &app,
        &teacher,
        "dz.txt",
        "text/plain; charset=utf-8",
        "Решить № 1–5.\n".into(),
    )
    .await;
    assert_eq!(text["media_type"], "text/plain");
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().write_string(0, 0, "Таблица").unwrap();
    let xlsx = book.save_to_buffer().unwrap();
    let sheet = stored(&app, &teacher, "t.xlsx", "application/octet-stream", xlsx).await;
    assert_eq!(
        sheet["media_type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    // Paths in names are dropped.
    let named = stored(&app, &teacher, "C:\\docs\\b.png", "image/png", PNG.to_vec()).await;
    assert_eq!(named["name"], "b.png");
}
both_engines!(staff_upload_and_read_back_files);

async fn wrong_types_and_sizes_are_refused(app: TestApp) {
    let c = classroom(&app, "fr-").await;
    let teacher = app.login(&c.school.login("subject")).await.access;
    // An executable, whatever it claims to be.
    let exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00".to_vec();
    for declared in ["application/pdf", "application/octet-stream"] {
        let reply = upload(&app, &teacher, "x.pdf", declared, exe.clone()).await;
        let problem = reply.problem(415, "unsupported_media_type");
        assert!(
            problem["detail"]
                .as_str()
                .unwrap()
                .contains("Такие файлы загружать нельзя"),
            "{problem}"
        );
    }
    // A PNG declared as a PDF.
    let reply = upload(&app, &teacher, "x.pdf", "application/pdf", PNG.to_vec()).await;
    let problem = reply.problem(415, "unsupported_media_type");
    assert!(
        problem["detail"].as_str().unwrap().contains("не совпадает"),
        "{problem}"
    );
    // A zip that is no office document.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("a.bin", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(&mut zip, b"data").unwrap();
    let zip = zip.finish().unwrap().into_inner();
    upload(&app, &teacher, "a.zip", "application/zip", zip)
        .await
        .problem(415, "unsupported_media_type");
    // Over 10 MiB.
    let mut big = PNG.to_vec();
    big.resize(10 * 1024 * 1024 + 1, 0);
    let reply = upload(&app, &teacher, "big.png", "image/png", big).await;
    let problem = reply.problem(413, "payload_too_large");
    assert!(
        problem["detail"].as_str().unwrap().contains("10 МБ"),
        "{problem}"
    );
    // Empty bodies and names.
    upload(&app, &teacher, "e.txt", "text/plain", Vec::new())
        .await
        .problem(422, "validation_failed");
    let reply = upload(&app, &teacher, "", "image/png", PNG.to_vec()).await;
    let problem = reply.problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "name");
    assert_eq!(stored_names(&app), Vec::<String>::new(), "nothing stored");
    // Students and parents upload too (their messages' attachments, R20),
    // under the same rules.
    for key in ["student", "parent"] {
        let token = app.login(&c.school.login(key)).await.access;
        upload(
            &app,
            &token,
            "s.exe",
            "application/octet-stream",
            exe.clone(),
        )
        .await
        .problem(415, "unsupported_media_type");
        stored(&app, &token, "Справка.png", "image/png", PNG.to_vec()).await;
    }
    assert_eq!(stored_names(&app).len(), 2);
}
both_engines!(wrong_types_and_sizes_are_refused);
