//! Writing lists as files: XLSX (every cell a string, so nothing is ever a
//! formula; a second sheet explains the columns) or CSV in UTF-8 with a BOM,
//! `;`-separated, cells defused against formula injection.

use eshkola_api_types::imports::FileFormat;
use eshkola_domain::import::{cells, table::Column};
use rust_xlsxwriter::{Format, Workbook};

use crate::{ApiError, texts::import as t};

fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> ApiError {
    ApiError::Internal(anyhow::anyhow!("xlsx: {e}"))
}

/// The file for these columns and rows.
pub fn file(
    format: FileFormat,
    columns: &[Column],
    rows: &[Vec<String>],
) -> Result<Vec<u8>, ApiError> {
    match format {
        FileFormat::Csv => csv(columns, rows),
        FileFormat::Xlsx => xlsx(columns, rows),
    }
}

fn csv(columns: &[Column], rows: &[Vec<String>]) -> Result<Vec<u8>, ApiError> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .from_writer(&mut out);
        let internal = |e: csv::Error| ApiError::Internal(e.into());
        writer
            .write_record(columns.iter().map(|c| c.header))
            .map_err(internal)?;
        for row in rows {
            writer
                .write_record(row.iter().map(|c| cells::csv_safe(c)))
                .map_err(internal)?;
        }
        writer.flush().map_err(|e| ApiError::Internal(e.into()))?;
    }
    Ok(out)
}

fn xlsx(columns: &[Column], rows: &[Vec<String>]) -> Result<Vec<u8>, ApiError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    for (c, column) in columns.iter().enumerate() {
        let c = c as u16;
        sheet
            .write_string_with_format(0, c, column.header, &bold)
            .map_err(xlsx_error)?;
        sheet.set_column_width(c, 22).map_err(xlsx_error)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                sheet
                    .write_string((r + 1) as u32, c as u16, cell)
                    .map_err(xlsx_error)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    let help = book.add_worksheet();
    help.set_name(t::HELP_SHEET).map_err(xlsx_error)?;
    for (c, header) in [t::HELP_COLUMN, t::HELP_REQUIRED, t::HELP_FORMAT]
        .into_iter()
        .enumerate()
    {
        help.write_string_with_format(0, c as u16, header, &bold)
            .map_err(xlsx_error)?;
    }
    help.set_column_width(0, 30).map_err(xlsx_error)?;
    help.set_column_width(2, 90).map_err(xlsx_error)?;
    for (r, column) in columns.iter().enumerate() {
        let r = (r + 1) as u32;
        help.write_string(r, 0, column.header).map_err(xlsx_error)?;
        help.write_string(r, 1, if column.required { t::YES } else { t::NO })
            .map_err(xlsx_error)?;
        help.write_string(r, 2, t::column_help(column.header))
            .map_err(xlsx_error)?;
    }
    book.save_to_buffer().map_err(xlsx_error)
}
