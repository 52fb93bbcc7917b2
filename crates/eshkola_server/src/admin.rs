//! `eshkola create-admin`: the first administrator of a fresh deployment (R2).

use std::io::BufRead;

use anyhow::{Context, bail};
use eshkola_api::auth::password;
use eshkola_db::{
    models::{SchoolRow, UserRow},
    queries::{schools, users},
    write_tx,
};
use eshkola_domain::Role;

use crate::settings::Settings;

/// Arguments of `create-admin`.
#[derive(Debug, clap::Args)]
pub struct CreateAdmin {
    /// The sign-in login.
    #[arg(long)]
    login: String,
    /// Фамилия.
    #[arg(long)]
    surname: String,
    /// Имя.
    #[arg(long)]
    first_name: String,
    /// Отчество.
    #[arg(long)]
    patronymic: Option<String>,
    /// Creates the school with this name when the database has none yet.
    #[arg(long)]
    school_name: Option<String>,
    /// The new school's IANA time zone.
    #[arg(long, default_value = "Europe/Moscow")]
    time_zone: String,
}

pub fn run(settings: &Settings, args: CreateAdmin) -> anyhow::Result<()> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from stdin")?;
    let pw = line.trim_end_matches(['\r', '\n']);
    if let Err(e) = eshkola_domain::password::check_new(pw) {
        bail!("the password on stdin is not acceptable: {e}");
    }
    let hash = password::hash(pw)?;
    let pool = eshkola_db::connect(&settings.database_url, 1)?;
    let mut conn = pool.get()?;
    eshkola_db::migrate(&mut conn)?;
    let login = args.login.trim().to_lowercase();
    write_tx(&mut conn, |conn| -> anyhow::Result<()> {
        let now = eshkola_db::now();
        let school = match (schools::first(conn)?, args.school_name) {
            (Some(school), _) => school,
            (None, Some(name)) => {
                let school = SchoolRow {
                    id: eshkola_db::new_id(),
                    short_name: name.clone(),
                    name,
                    time_zone: args.time_zone,
                    created_at: now,
                };
                schools::insert(conn, &school)?;
                school
            }
            (None, None) => bail!("the database has no school yet: pass --school-name"),
        };
        if users::find_by_login(conn, &login)?.is_some() {
            bail!("the login is already taken");
        }
        let user = UserRow {
            id: eshkola_db::new_id(),
            school_id: school.id,
            login,
            password_hash: Some(hash),
            surname: args.surname,
            first_name: args.first_name,
            patronymic: args.patronymic,
            active: true,
            created_at: now,
            last_login_at: None,
        };
        users::insert(conn, &user, &[Role::Administrator])?;
        Ok(())
    })?;
    tracing::info!("administrator created");
    Ok(())
}
