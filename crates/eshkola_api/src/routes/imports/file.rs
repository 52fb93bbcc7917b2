//! Reading an uploaded file into a table: XLSX (the first sheet) or CSV in
//! UTF-8 (with or without a BOM) or Windows-1251, separated by `;`, `,` or
//! tabs. Formula cells are found here and reported per cell later: their
//! shown value is not what the file holds.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use eshkola_domain::import::{MAX_ROWS, cells, table::Table};

use crate::{ApiError, texts::import as t};

/// The most an XLSX may unpack to: its sheets are XML, ~10× the data.
const MAX_UNPACKED_BYTES: u64 = 100 * 1024 * 1024;

/// A decoded upload: the table and where the formula or error cells are,
/// as (row number, column index).
pub struct Sheet {
    pub table: Table,
    pub formulas: Vec<(usize, usize)>,
    pub cell_errors: Vec<(usize, usize)>,
}

fn file_error(message: impl Into<String>) -> ApiError {
    ApiError::field("file", &message.into())
}

/// Decodes an upload, telling the formats apart by their first bytes.
pub fn read(bytes: &[u8]) -> Result<Sheet, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(file_error(t::FILE_EMPTY));
    }
    let sheet = if bytes.starts_with(b"PK\x03\x04") {
        read_xlsx(bytes)?
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(file_error(t::FILE_OLD_XLS));
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(file_error(t::FILE_UTF16));
    } else {
        read_csv(bytes)?
    };
    if sheet.table.rows.len() > MAX_ROWS {
        return Err(file_error(t::file_too_many_rows(MAX_ROWS)));
    }
    Ok(sheet)
}

/// The text of a CSV upload: UTF-8 if it is valid UTF-8, else Windows-1251
/// (the two encodings Russian Excel saves CSV in).
fn decode_text(bytes: &[u8]) -> Result<String, ApiError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // NULs never occur in text: this is some binary file (or UTF-16 without a BOM).
    if bytes.contains(&0) {
        return Err(file_error(t::FILE_NOT_SPREADSHEET));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_owned());
    }
    let (text, _, _) = encoding_rs::WINDOWS_1251.decode(bytes);
    Ok(text.into_owned())
}

fn read_csv(bytes: &[u8]) -> Result<Sheet, ApiError> {
    let text = decode_text(bytes)?;
    let first_line = text.lines().next().unwrap_or("");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(eshkola_domain::import::table::sniff_separator(first_line))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut raw = Vec::new();
    let mut formulas = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| file_error(t::FILE_CSV_BROKEN))?;
        if raw.len() > MAX_ROWS + 1 {
            return Err(file_error(t::file_too_many_rows(MAX_ROWS)));
        }
        let number = raw.len() + 1;
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        for (col, cell) in cells.iter().enumerate() {
            if number > 1 && cells::is_formula(cell) {
                formulas.push((number, col));
            }
        }
        raw.push(cells);
    }
    Ok(Sheet {
        table: Table::from_rows(raw, 1),
        formulas,
        cell_errors: Vec::new(),
    })
}

/// Refuses archives that would unpack to far more than a school list (a
/// "zip bomb"), going by the sizes the archive declares.
fn check_unpacked_size(bytes: &[u8]) -> Result<(), ApiError> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| file_error(t::FILE_XLSX_BROKEN))?;
    let mut total = 0u64;
    for i in 0..archive.len() {
        let entry = archive
            .by_index_raw(i)
            .map_err(|_| file_error(t::FILE_XLSX_BROKEN))?;
        total = total.saturating_add(entry.size());
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(file_error(t::FILE_XLSX_TOO_BIG));
    }
    Ok(())
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        // Spreadsheets keep every number as a float; 2.0 is the 2 typed in.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => (if *b { t::YES } else { t::NO }).to_owned(),
        Data::DateTime(d) => d
            .as_datetime()
            .map(|d| cells::format_date(d.date()))
            .unwrap_or_default(),
        Data::Error(_) => String::new(),
    }
}

fn read_xlsx(bytes: &[u8]) -> Result<Sheet, ApiError> {
    check_unpacked_size(bytes)?;
    let mut book: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|_| file_error(t::FILE_XLSX_BROKEN))?;
    let name = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| file_error(t::FILE_NO_SHEET))?;
    let range = book
        .worksheet_range(&name)
        .map_err(|_| file_error(t::FILE_XLSX_BROKEN))?;
    let formula_range = book
        .worksheet_formula(&name)
        .map_err(|_| file_error(t::FILE_XLSX_BROKEN))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let (top, left) = (top as usize, left as usize);
    if range.height() > MAX_ROWS + 1 {
        return Err(file_error(t::file_too_many_rows(MAX_ROWS)));
    }
    let mut raw = Vec::with_capacity(range.height());
    let mut cell_errors = Vec::new();
    for (r, row) in range.rows().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if matches!(cell, Data::Error(_)) {
                cell_errors.push((top + r + 1, c));
            }
        }
        raw.push(row.iter().map(cell_text).collect());
    }
    // Formula positions are absolute; rows and columns of `raw` start at the
    // data range's top-left cell.
    let mut formulas = Vec::new();
    if let Some((f_top, f_left)) = formula_range.start() {
        for (r, c, formula) in formula_range.used_cells() {
            let (row, col) = (f_top as usize + r, f_left as usize + c);
            if !formula.is_empty() && row > top && col >= left {
                formulas.push((row + 1, col - left));
            }
        }
    }
    Ok(Sheet {
        table: Table::from_rows(raw, top + 1),
        formulas,
        cell_errors,
    })
}

/// Reads at most `limit` bytes of a request body; more is a 413.
pub async fn body(mut payload: actix_web::web::Payload, limit: usize) -> Result<Vec<u8>, ApiError> {
    use futures_util::StreamExt;
    let mut bytes = Vec::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| ApiError::MalformedBody(crate::texts::BAD_REQUEST.into()))?;
        if bytes.len() + chunk.len() > limit {
            return Err(ApiError::PayloadTooLarge);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}
