//! A decoded sheet: its header row and data rows, with columns found by
//! their headers (in any order; case, `ё`, spaces and a trailing `*` that
//! marks a required column do not matter).

use crate::names::collation_key;

/// One column a list has: its header as the template shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub header: &'static str,
    /// Must be present in the header row (and is filled in on every row).
    pub required: bool,
}

/// One data row, numbered as a spreadsheet shows it (the header is row 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<String>,
}

/// A sheet: the header row and the non-empty data rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

/// What is wrong with a header row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderError {
    /// The file has no header row at all.
    Empty,
    /// A header names no column of this list.
    Unknown(String),
    /// A required column is missing.
    Missing(&'static str),
    /// Two columns have the same header.
    Duplicate(String),
}

/// Where each column of a list is in a table (`None`: the file lacks it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    spec: Vec<Column>,
    at: Vec<Option<usize>>,
}

/// A header's comparison key.
pub fn header_key(text: &str) -> String {
    let text = text.trim().trim_end_matches('*').trim();
    collation_key(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

impl Table {
    /// Builds a table from raw rows (the first is the header row, numbered
    /// `first`), dropping rows with no text at all and trimming every cell.
    pub fn from_rows(raw: Vec<Vec<String>>, first: usize) -> Table {
        let mut rows = raw.into_iter().enumerate();
        let headers = match rows.next() {
            Some((_, h)) => h.into_iter().map(|c| c.trim().to_owned()).collect(),
            None => Vec::new(),
        };
        let rows = rows
            .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
            .map(|(i, cells)| Row {
                number: first + i,
                cells: cells.into_iter().map(|c| c.trim().to_owned()).collect(),
            })
            .collect();
        Table { headers, rows }
    }

    /// Finds the list's columns in the header row; every problem is reported.
    pub fn columns(&self, spec: &[Column]) -> Result<Columns, Vec<HeaderError>> {
        let mut errors = Vec::new();
        if self.headers.iter().all(|h| h.is_empty()) {
            return Err(vec![HeaderError::Empty]);
        }
        let keys: Vec<String> = spec.iter().map(|c| header_key(c.header)).collect();
        let mut at = vec![None; spec.len()];
        for (i, header) in self.headers.iter().enumerate() {
            if header.is_empty() {
                continue;
            }
            match keys.iter().position(|k| *k == header_key(header)) {
                None => errors.push(HeaderError::Unknown(header.clone())),
                Some(c) if at[c].is_some() => errors.push(HeaderError::Duplicate(header.clone())),
                Some(c) => at[c] = Some(i),
            }
        }
        for (c, column) in spec.iter().enumerate() {
            if column.required && at[c].is_none() {
                errors.push(HeaderError::Missing(column.header));
            }
        }
        if errors.is_empty() {
            Ok(Columns {
                spec: spec.to_vec(),
                at,
            })
        } else {
            Err(errors)
        }
    }
}

impl Columns {
    fn index(&self, header: &str) -> Option<usize> {
        let c = self.spec.iter().position(|c| c.header == header);
        debug_assert!(c.is_some(), "column {header} is not in the spec");
        c.and_then(|c| self.at[c])
    }

    /// Whether the file has this column (a missing optional column leaves
    /// stored values as they are; an empty cell in a present one clears).
    pub fn has(&self, header: &str) -> bool {
        self.index(header).is_some()
    }

    /// The cell of `row` in this column; `""` if the column or cell is absent.
    pub fn get<'r>(&self, row: &'r Row, header: &str) -> &'r str {
        self.index(header)
            .and_then(|i| row.cells.get(i))
            .map_or("", String::as_str)
    }

    /// The cell, or `None` if the file lacks the column.
    pub fn get_if<'r>(&self, row: &'r Row, header: &str) -> Option<&'r str> {
        self.has(header).then(|| self.get(row, header))
    }
}

/// The field separator of a CSV file, guessed from its first line: `;` (what
/// Russian Excel writes), `,` or a tab, whichever occurs most.
pub fn sniff_separator(first_line: &str) -> u8 {
    let count = |c: char| first_line.matches(c).count();
    [(b';', count(';')), (b',', count(',')), (b'\t', count('\t'))]
        .into_iter()
        .max_by_key(|(sep, n)| (*n, *sep == b';'))
        .map_or(b';', |(sep, _)| sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: [Column; 3] = [
        Column {
            header: "Фамилия",
            required: true,
        },
        Column {
            header: "Имя",
            required: true,
        },
        Column {
            header: "Отчество",
            required: false,
        },
    ];

    fn rows(raw: &[&[&str]]) -> Vec<Vec<String>> {
        raw.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn columns_found_by_header_in_any_order_and_spelling() {
        let t = Table::from_rows(
            rows(&[
                &["имя", " ФАМИЛИЯ* "],
                &["Иван", "Иванов"],
                &["", " "],
                &["Пётр", "Петров"],
            ]),
            1,
        );
        let c = t.columns(&SPEC).unwrap();
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].number, 4, "empty rows still count in numbering");
        assert_eq!(c.get(&t.rows[0], "Фамилия"), "Иванов");
        assert!(!c.has("Отчество"));
        assert_eq!(c.get(&t.rows[0], "Отчество"), "");
        assert_eq!(c.get_if(&t.rows[0], "Отчество"), None);
    }

    #[test]
    fn header_problems_are_all_reported() {
        let t = Table::from_rows(rows(&[&["Фамилия", "Фамилия", "Возраст"]]), 1);
        let errors = t.columns(&SPEC).unwrap_err();
        assert_eq!(
            errors,
            vec![
                HeaderError::Duplicate("Фамилия".into()),
                HeaderError::Unknown("Возраст".into()),
                HeaderError::Missing("Имя"),
            ]
        );
        assert_eq!(
            Table::from_rows(vec![], 1).columns(&SPEC),
            Err(vec![HeaderError::Empty])
        );
    }

    #[test]
    fn separator_is_guessed_from_the_header_line() {
        assert_eq!(sniff_separator("Фамилия;Имя;Отчество"), b';');
        assert_eq!(sniff_separator("Фамилия,Имя,Отчество"), b',');
        assert_eq!(sniff_separator("Фамилия\tИмя"), b'\t');
        assert_eq!(sniff_separator("Класс"), b';');
    }
}
