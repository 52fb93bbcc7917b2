//! What a key does in the journal grid, as pure functions tested on the host:
//! arrows and Tab move, 1–5 give a mark, Н/Б/У/О (or the same keys on the
//! Latin layout: y , e j) set attendance, Backspace/Delete take the last entry
//! back, Enter goes down, F2 opens the cell, Ctrl+Enter the lesson, Esc cancels.

/// A direction of the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Up,
    Down,
    Left,
    Right,
    /// To the first lesson of the row (Home).
    RowStart,
    /// To the last lesson of the row (End).
    RowEnd,
}

/// What a key press asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Move(Dir),
    /// A mark of 1–5 points.
    Mark(u8),
    /// An attendance code, as the school writes it: «Н», «Б», «УП», «ОП».
    Code(&'static str),
    /// Remove the last mark, else the absence.
    Clear,
    /// Confirm and go down a row.
    Confirm,
    /// The cell's detail: its marks, comments and history.
    OpenCell,
    /// The lesson's panel: topic, kind of work, homework.
    OpenLesson,
    Cancel,
}

/// Modifier keys held with a key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mods {
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

/// The action of `key` (a `KeyboardEvent.key`), or `None` to let the browser
/// have it (shortcuts like Ctrl+C, or keys the grid does not use).
pub fn action(key: &str, mods: Mods) -> Option<Action> {
    if mods.alt {
        return None;
    }
    if mods.ctrl {
        return (key == "Enter").then_some(Action::OpenLesson);
    }
    let action = match key {
        "ArrowUp" => Action::Move(Dir::Up),
        "ArrowDown" => Action::Move(Dir::Down),
        "ArrowLeft" => Action::Move(Dir::Left),
        "ArrowRight" => Action::Move(Dir::Right),
        "Tab" if mods.shift => Action::Move(Dir::Left),
        "Tab" => Action::Move(Dir::Right),
        "Home" => Action::Move(Dir::RowStart),
        "End" => Action::Move(Dir::RowEnd),
        "Enter" if mods.shift => Action::Move(Dir::Up),
        "Enter" => Action::Confirm,
        "Backspace" | "Delete" => Action::Clear,
        "Escape" => Action::Cancel,
        "F2" => Action::OpenCell,
        _ => return typed(key),
    };
    Some(action)
}

/// A printable key: a mark digit or an attendance letter on either layout.
fn typed(key: &str) -> Option<Action> {
    let mut chars = key.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    if let Some(points) = c.to_digit(10).filter(|d| (1..=5).contains(d)) {
        return Some(Action::Mark(points as u8));
    }
    let code = match c.to_lowercase().next()? {
        'н' | 'y' => "Н",
        'б' | ',' => "Б",
        'у' | 'e' => "УП",
        'о' | 'j' => "ОП",
        _ => return None,
    };
    Some(Action::Code(code))
}

/// The cursor after a move in a grid of `rows` × `cols` (both non-zero); it
/// stays inside the grid.
pub fn step(at: (usize, usize), dir: Dir, rows: usize, cols: usize) -> (usize, usize) {
    let (row, col) = at;
    let last_row = rows.saturating_sub(1);
    let last_col = cols.saturating_sub(1);
    match dir {
        Dir::Up => (row.saturating_sub(1), col),
        Dir::Down => ((row + 1).min(last_row), col),
        Dir::Left => (row, col.saturating_sub(1)),
        Dir::Right => (row, (col + 1).min(last_col)),
        Dir::RowStart => (row, 0),
        Dir::RowEnd => (row, last_col),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(key: &str) -> Option<Action> {
        action(key, Mods::default())
    }

    #[test]
    fn digits_give_marks_and_other_digits_do_nothing() {
        assert_eq!(plain("5"), Some(Action::Mark(5)));
        assert_eq!(plain("1"), Some(Action::Mark(1)));
        assert_eq!(plain("0"), None);
        assert_eq!(plain("6"), None);
    }

    #[test]
    fn attendance_letters_on_both_layouts() {
        for (ru, latin, code) in [
            ("н", "y", "Н"),
            ("б", ",", "Б"),
            ("у", "e", "УП"),
            ("о", "j", "ОП"),
        ] {
            assert_eq!(plain(ru), Some(Action::Code(code)), "{ru}");
            assert_eq!(
                plain(&ru.to_uppercase()),
                Some(Action::Code(code)),
                "{ru} with Shift"
            );
            assert_eq!(plain(latin), Some(Action::Code(code)), "{latin}");
        }
        assert_eq!(plain("x"), None);
    }

    #[test]
    fn editing_and_moving_keys() {
        assert_eq!(plain("Backspace"), Some(Action::Clear));
        assert_eq!(plain("Delete"), Some(Action::Clear));
        assert_eq!(plain("Enter"), Some(Action::Confirm));
        assert_eq!(plain("Escape"), Some(Action::Cancel));
        assert_eq!(plain("F2"), Some(Action::OpenCell));
        assert_eq!(plain("Tab"), Some(Action::Move(Dir::Right)));
        let shift = Mods {
            shift: true,
            ..Mods::default()
        };
        assert_eq!(action("Tab", shift), Some(Action::Move(Dir::Left)));
        assert_eq!(action("Enter", shift), Some(Action::Move(Dir::Up)));
        let ctrl = Mods {
            ctrl: true,
            ..Mods::default()
        };
        assert_eq!(action("Enter", ctrl), Some(Action::OpenLesson));
        // The browser keeps its own shortcuts.
        assert_eq!(action("c", ctrl), None);
        assert_eq!(
            action(
                "5",
                Mods {
                    alt: true,
                    ..Mods::default()
                }
            ),
            None
        );
    }

    #[test]
    fn the_cursor_stays_inside_the_grid() {
        assert_eq!(step((0, 0), Dir::Up, 3, 4), (0, 0));
        assert_eq!(step((0, 0), Dir::Left, 3, 4), (0, 0));
        assert_eq!(step((2, 3), Dir::Down, 3, 4), (2, 3));
        assert_eq!(step((2, 3), Dir::Right, 3, 4), (2, 3));
        assert_eq!(step((1, 1), Dir::Down, 3, 4), (2, 1));
        assert_eq!(step((1, 1), Dir::Right, 3, 4), (1, 2));
        assert_eq!(step((1, 2), Dir::RowStart, 3, 4), (1, 0));
        assert_eq!(step((1, 2), Dir::RowEnd, 3, 4), (1, 3));
    }
}
