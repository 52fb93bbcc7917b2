//! What every import and export needs: the caller's school, the academic
//! year the lists belong to, and today.

use eshkola_db::{DbConn, models::AcademicYearRow, queries::years};
use uuid::Uuid;

use crate::{ApiError, auth::AuthUser, texts};

pub struct Ctx {
    pub school: String,
    pub user: String,
    year: Option<AcademicYearRow>,
}

impl Ctx {
    /// The caller's context; `year_id` (of the caller's school, else 404) or
    /// the year that includes today, else the latest.
    pub fn load(
        conn: &mut DbConn,
        auth: &AuthUser,
        year_id: Option<Uuid>,
    ) -> Result<Ctx, ApiError> {
        let school = auth.school_id().to_owned();
        let today = chrono::Utc::now().date_naive();
        let year = match year_id {
            Some(id) => Some(years::get(conn, &school, &id.to_string())?),
            None => {
                let mut all = years::list(conn, &school)?;
                all.sort_by_key(|y| y.starts_on);
                let current = all
                    .iter()
                    .position(|y| y.starts_on <= today && today <= y.ends_on);
                match current {
                    Some(i) => Some(all.swap_remove(i)),
                    None => all.pop(),
                }
            }
        };
        Ok(Ctx {
            school,
            user: auth.user_id().to_owned(),
            year,
        })
    }

    /// The year of classes and students; a file-level error if there is none.
    pub fn year(&self) -> Result<&AcademicYearRow, ApiError> {
        self.year
            .as_ref()
            .ok_or_else(|| ApiError::field("year_id", texts::import::NO_YEAR))
    }
}
