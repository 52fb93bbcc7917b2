//! Collecting field errors, so a form learns of every problem at once.

use eshkola_api_types::problem::FieldError;

use crate::{ApiError, texts};

/// The field errors of one request, answered together as one 422.
#[derive(Debug, Default)]
pub struct Fields(Vec<FieldError>);

impl Fields {
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.into(),
            message: message.into(),
        });
    }

    /// Whether nothing was added so far.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok` if nothing was added.
    pub fn check(self) -> Result<(), ApiError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiError::Validation(self.0))
        }
    }

    /// The errors collected so far, as one 422 (for paths that cannot go on).
    pub fn into_error(self) -> ApiError {
        ApiError::Validation(self.0)
    }

    /// The errors collected, one per field problem (the import names their columns).
    pub fn into_errors(self) -> Vec<FieldError> {
        self.0
    }

    /// A required text, trimmed; reports it if empty or longer than `max`.
    pub fn required(&mut self, field: &str, value: &str, max: usize) -> String {
        let value = value.trim();
        if value.is_empty() {
            self.add(field, texts::FIELD_REQUIRED);
        } else if value.chars().count() > max {
            self.add(field, texts::text_too_long(max));
        }
        value.to_owned()
    }

    /// An optional text, trimmed; empty means "none".
    pub fn optional(&mut self, field: &str, value: &str, max: usize) -> Option<String> {
        let value = value.trim();
        if value.chars().count() > max {
            self.add(field, texts::text_too_long(max));
        }
        (!value.is_empty()).then(|| value.to_owned())
    }
}
