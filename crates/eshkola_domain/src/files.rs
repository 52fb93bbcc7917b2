//! Stored files (homework attachments): the size limit, the types a school
//! may upload and the check of a declared type against the content.

/// The largest file accepted: 10 MiB.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The longest file name kept, in characters.
pub const MAX_NAME: usize = 200;

/// Zip-packed office documents: told apart by what the archive holds.
const ZIPPED: [&str; 5] = [
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
];
/// The old binary office formats (an OLE container).
const OLE: [&str; 2] = ["application/msword", "application/vnd.ms-excel"];
const OTHERS: [&str; 5] = [
    "application/pdf",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
];
pub const TEXT: &str = "text/plain";

/// Every media type a school may upload.
pub fn allowed() -> impl Iterator<Item = &'static str> {
    OTHERS
        .into_iter()
        .chain(ZIPPED)
        .chain(OLE)
        .chain(std::iter::once(TEXT))
}

/// Why a file is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileTypeError {
    /// The content is of a type schools may not upload.
    #[error("not allowed")]
    NotAllowed,
    /// The content is not what the request says it is.
    #[error("mismatch")]
    Mismatch,
}

/// A declared `Content-Type` without parameters, lower case; `image/jpg`
/// as `image/jpeg`.
pub fn essence(declared: &str) -> String {
    let essence = declared
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if essence == "image/jpg" || essence == "image/pjpeg" {
        "image/jpeg".into()
    } else {
        essence
    }
}

/// The media type to store a file under. `detected` is the type its magic
/// bytes show (`None` if they show nothing), `text` whether it reads as
/// plain text. A declared `application/octet-stream` (or nothing) defers to
/// the content.
pub fn media_type(
    declared: &str,
    detected: Option<&str>,
    text: bool,
) -> Result<&'static str, FileTypeError> {
    let declared = essence(declared);
    let vague = declared.is_empty() || declared == "application/octet-stream";
    let is_allowed = |t: &str| allowed().find(|a| *a == t);
    match detected {
        None if text && (vague || declared == TEXT) => Ok(TEXT),
        None if text => Err(FileTypeError::Mismatch),
        None => Err(FileTypeError::NotAllowed),
        Some(found) => {
            let found_allowed = is_allowed(found);
            if vague {
                return found_allowed.ok_or(FileTypeError::NotAllowed);
            }
            let declared_allowed = is_allowed(&declared).ok_or(FileTypeError::NotAllowed)?;
            let container_fits = (found == "application/zip" && ZIPPED.contains(&declared_allowed))
                || (found == "application/x-ole-storage" && OLE.contains(&declared_allowed));
            if found == declared_allowed || container_fits {
                Ok(declared_allowed)
            } else if found_allowed.is_none() && !container_fits {
                Err(FileTypeError::NotAllowed)
            } else {
                Err(FileTypeError::Mismatch)
            }
        }
    }
}

/// Whether bytes read as plain text: no NULs or other control characters
/// but tabs, line breaks and form feeds (UTF-8 or a one-byte code page).
pub fn looks_like_text(bytes: &[u8]) -> bool {
    !bytes.is_empty()
        && bytes
            .iter()
            .all(|&b| b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
}

/// A file name as uploaded, cleaned: the last path part, no control
/// characters, at most [`MAX_NAME`] characters; `None` if nothing is left.
pub fn clean_name(name: &str) -> Option<String> {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect();
    let cleaned = cleaned.trim().to_owned();
    (!cleaned.is_empty() && cleaned != "." && cleaned != "..").then_some(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_decides_and_must_match_the_declared_type() {
        assert_eq!(
            media_type("application/pdf", Some("application/pdf"), false),
            Ok("application/pdf")
        );
        assert_eq!(
            media_type("image/JPG", Some("image/jpeg"), false),
            Ok("image/jpeg")
        );
        assert_eq!(
            media_type("application/octet-stream", Some("image/png"), false),
            Ok("image/png")
        );
        assert_eq!(
            media_type("image/png", Some("application/pdf"), false),
            Err(FileTypeError::Mismatch)
        );
        assert_eq!(
            media_type(
                "application/x-msdownload",
                Some("application/vnd.microsoft.portable-executable"),
                false
            ),
            Err(FileTypeError::NotAllowed)
        );
        assert_eq!(
            media_type(
                "application/pdf",
                Some("application/vnd.microsoft.portable-executable"),
                false
            ),
            Err(FileTypeError::NotAllowed)
        );
        assert_eq!(
            media_type("text/plain; charset=utf-8", None, true),
            Ok(TEXT)
        );
        assert_eq!(
            media_type("application/pdf", None, true),
            Err(FileTypeError::Mismatch)
        );
        assert_eq!(
            media_type("text/plain", None, false),
            Err(FileTypeError::NotAllowed)
        );
        let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        assert_eq!(media_type(docx, Some("application/zip"), false), Ok(docx));
        assert_eq!(
            media_type("application/zip", Some("application/zip"), false),
            Err(FileTypeError::NotAllowed)
        );
    }

    #[test]
    fn names_lose_paths_and_control_characters() {
        assert_eq!(
            clean_name("C:\\Users\\x\\Задание 1.pdf").as_deref(),
            Some("Задание 1.pdf")
        );
        assert_eq!(clean_name("../../etc/passwd").as_deref(), Some("passwd"));
        assert_eq!(clean_name("a\u{0}b\n.txt").as_deref(), Some("ab.txt"));
        assert_eq!(clean_name("dir/"), None);
        assert_eq!(clean_name(".."), None);
    }

    #[test]
    fn text_is_told_from_binary() {
        assert!(looks_like_text("Решить №1–5\r\n".as_bytes()));
        assert!(!looks_like_text(b"MZ\x90\x00"));
        assert!(!looks_like_text(b""));
    }
}
