//! The school profile (R8): time zone, week length and requisites.

/// The week of a school that has not chosen: Monday to Friday.
pub const DEFAULT_WEEK_DAYS: u8 = 5;

/// The IANA time zones of Russia. A school's deadlines (R14) are in its own
/// zone, so only these are accepted: a typo must not shift every deadline.
pub const RUSSIAN_TIME_ZONES: [&str; 27] = [
    "Europe/Kaliningrad",
    "Europe/Moscow",
    "Europe/Simferopol",
    "Europe/Kirov",
    "Europe/Volgograd",
    "Europe/Astrakhan",
    "Europe/Saratov",
    "Europe/Ulyanovsk",
    "Europe/Samara",
    "Asia/Yekaterinburg",
    "Asia/Omsk",
    "Asia/Novosibirsk",
    "Asia/Barnaul",
    "Asia/Tomsk",
    "Asia/Novokuznetsk",
    "Asia/Krasnoyarsk",
    "Asia/Irkutsk",
    "Asia/Chita",
    "Asia/Yakutsk",
    "Asia/Khandyga",
    "Asia/Vladivostok",
    "Asia/Ust-Nera",
    "Asia/Magadan",
    "Asia/Sakhalin",
    "Asia/Srednekolymsk",
    "Asia/Kamchatka",
    "Asia/Anadyr",
];

pub fn is_russian_time_zone(name: &str) -> bool {
    RUSSIAN_TIME_ZONES.contains(&name)
}

fn digits(text: &str, len: usize) -> Option<Vec<u64>> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.bytes().map(|b| u64::from(b - b'0')).collect())
}

/// ИНН of an organisation: ten digits, the last a checksum.
pub fn is_valid_inn(text: &str) -> bool {
    const WEIGHTS: [u64; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    let Some(d) = digits(text, 10) else {
        return false;
    };
    let sum: u64 = d.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    sum % 11 % 10 == d[9]
}

/// ОГРН of an organisation: thirteen digits, the last a checksum.
pub fn is_valid_ogrn(text: &str) -> bool {
    let Some(d) = digits(text, 13) else {
        return false;
    };
    let body = d[..12].iter().fold(0u64, |n, d| n * 10 + d);
    body % 11 % 10 == d[12]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requisites_carry_checksums() {
        assert!(is_valid_inn("7707083893"));
        assert!(is_valid_inn("4217012344"));
        assert!(!is_valid_inn("4217012345"));
        assert!(!is_valid_inn("421701234"));
        assert!(!is_valid_inn("42170123٤4"));
        assert!(is_valid_ogrn("1024217012346"));
        assert!(!is_valid_ogrn("1024217012345"));
        assert!(!is_valid_ogrn("10242170123a6"));
    }

    #[test]
    fn the_demo_zone_is_russian() {
        assert!(is_russian_time_zone("Asia/Novokuznetsk"));
        assert!(!is_russian_time_zone("asia/novokuznetsk"));
        assert!(!is_russian_time_zone("Europe/Berlin"));
    }
}
