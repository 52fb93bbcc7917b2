//! `eshkola`: the school journal server and its administrative commands.

mod admin;
mod serve;
mod settings;
mod telemetry;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// eshkola — электронный журнал и дневник.
#[derive(Debug, Parser)]
#[command(name = "eshkola", version, about)]
struct Cli {
    /// Optional TOML configuration file; `ESHKOLA_*` environment variables win over it.
    #[arg(
        long,
        env = "ESHKOLA_CONFIG",
        default_value = "eshkola.toml",
        global = true
    )]
    config: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Apply migrations and serve the API and the SPA.
    Serve {
        /// Development mode with the demo school: seeds an empty database with one
        /// user per role (password `eshkola-demo`) and allows a random signing secret.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create an administrator account; the password is read from standard input.
    CreateAdmin(admin::CreateAdmin),
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let settings = settings::Settings::load(&cli.config)?;
    telemetry::init(&settings.log_format);
    match cli.command {
        Command::Serve { demo } => serve::run(settings, demo),
        Command::Migrate => {
            let pool = eshkola_db::connect(&settings.database_url, 1)?;
            let applied = eshkola_db::migrate(&mut *pool.get()?)?;
            tracing::info!(applied, "migrations applied");
            Ok(())
        }
        Command::CreateAdmin(args) => admin::run(&settings, args),
    }
}
