//! Every user-facing text of the API in one place (Russian now; another language
//! can be added by swapping this module's contents for a lookup).

use eshkola_api_types::problem::ErrorCode;

/// The short title of each kind of problem.
pub fn title(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Unauthenticated => "Требуется вход",
        ErrorCode::InvalidCredentials => "Неверный логин или пароль",
        ErrorCode::AccountDisabled => "Учётная запись заблокирована",
        ErrorCode::InvalidRefreshToken => "Сеанс завершён",
        ErrorCode::TooManyRequests => "Слишком много попыток",
        ErrorCode::Forbidden => "Доступ запрещён",
        ErrorCode::NotFound => "Не найдено",
        ErrorCode::Conflict => "Конфликт изменений",
        ErrorCode::ValidationFailed => "Ошибка в данных",
        ErrorCode::MalformedBody => "Некорректный запрос",
        ErrorCode::PayloadTooLarge => "Слишком большой запрос",
        ErrorCode::UnsupportedMediaType => "Неподдерживаемый формат",
        ErrorCode::InvalidParameter => "Некорректный параметр",
        ErrorCode::MethodNotAllowed => "Метод не поддерживается",
        ErrorCode::Unavailable => "Сервис временно недоступен",
        ErrorCode::Internal => "Внутренняя ошибка",
    }
}

pub const UNAUTHENTICATED: &str = "Войдите в систему, чтобы продолжить.";
pub const TOKEN_EXPIRED: &str = "Срок действия входа истёк. Войдите снова.";
pub const SESSION_ENDED: &str = "Этот сеанс завершён. Войдите снова.";
pub const INVALID_CREDENTIALS: &str = "Неверный логин или пароль.";
pub const ACCOUNT_DISABLED: &str =
    "Учётная запись заблокирована. Обратитесь к классному руководителю или администратору.";
pub const INVALID_REFRESH: &str = "Сеанс завершён или устарел. Войдите снова.";
pub const TOO_MANY_LOGINS: &str = "Слишком много неудачных попыток входа. Попробуйте позже.";
pub const TOO_MANY_REQUESTS: &str = "Слишком много запросов. Подождите немного и повторите.";
pub const FORBIDDEN: &str = "У вас нет прав на это действие.";
pub const NOT_FOUND: &str = "Запрошенный объект не найден.";
pub const ROUTE_NOT_FOUND: &str = "Такого адреса в API нет.";
pub const METHOD_NOT_ALLOWED: &str = "Этот метод не поддерживается для данного адреса.";
pub const VALIDATION_FAILED: &str = "Проверьте выделенные поля.";
pub const PAYLOAD_TOO_LARGE: &str = "Тело запроса слишком большое.";
pub const UNSUPPORTED_MEDIA_TYPE: &str = "Ожидается тело в формате JSON (application/json).";
pub const UNAVAILABLE: &str = "База данных недоступна. Повторите попытку позже.";
pub const INTERNAL: &str = "Произошла внутренняя ошибка. Мы уже знаем о ней.";

pub const FIELD_REQUIRED: &str = "Обязательное поле.";
pub const PASSWORD_TOO_SHORT: &str = "Пароль должен быть не короче 8 символов.";
pub const PASSWORD_TOO_LONG: &str = "Пароль должен быть не длиннее 128 символов.";
pub const PASSWORD_WRONG: &str = "Текущий пароль указан неверно.";
pub const PASSWORD_SAME: &str = "Новый пароль должен отличаться от текущего.";
pub const CANNOT_BLOCK_SELF: &str = "Нельзя заблокировать собственную учётную запись.";

/// Detail for a body that is not the JSON the operation expects.
pub fn malformed_body(cause: &str) -> String {
    format!("Тело запроса не соответствует ожидаемому формату JSON: {cause}")
}

/// Detail for a malformed path or query parameter.
pub fn invalid_parameter(cause: &str) -> String {
    format!("Некорректный параметр запроса: {cause}")
}

pub const FIELD_UNKNOWN: &str = "Неизвестное поле.";
pub const PATH_ID: &str = "идентификатор в адресе должен быть UUID.";
pub const BAD_REQUEST: &str = "запрос не удалось разобрать.";

/// Detail for JSON that does not parse or has values of the wrong type.
pub fn json_position(line: usize, column: usize, wrong_type: bool) -> String {
    let what = if wrong_type {
        "значение неверного типа"
    } else {
        "синтаксическая ошибка"
    };
    format!("{what} (строка {line}, позиция {column}).")
}
